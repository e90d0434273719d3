'use client';
// The interactive parts, for client components only: `import { CopyButton } from 'article-meta-box/client'`.
export type { CopyButtonProps } from './components/CopyButton/CopyButton.js';
export { CopyButton } from './components/CopyButton/CopyButton.js';
