import type { CSSProperties } from 'react';

/** React's style type, extended once for the library's public and private custom properties. */
export type StyleWithVars = CSSProperties & { [name: `--amb-${string}` | `--_amb-${string}`]: string | number };
