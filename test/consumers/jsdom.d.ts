// jsdom ships no types and @types/jsdom is not a dependency: the little ssr-hydrate.tsx uses.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string; pretendToBeVisual?: boolean });
    readonly window: Window & typeof globalThis & Record<string, unknown>;
  }
}
