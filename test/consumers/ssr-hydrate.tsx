/**
 * Run in each consumer project (React 18 and 19) against the installed tarball, once with the
 * production and once with the development build of React: the seed article is rendered on a server
 * with no DOM, then hydrated in jsdom. It fails on any console error or warning, any recoverable
 * error, any change to the DOM, and a `ref` that does not reach the article element.
 * scripts/consumers.mjs compiles this file to ssr-hydrate.mjs in each project.
 */
import { readFileSync } from 'node:fs';
import { ArticleView, normalizeArticle } from 'article-meta-box';
import { JSDOM } from 'jsdom';
import { createRef, type ReactNode, useEffect, version } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';

const reported: string[] = [];
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => reported.push(`console.${level}: ${args.map(String).join(' ')}`);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// The server: no window, no document.
if (typeof window !== 'undefined' || typeof document !== 'undefined') fail('a DOM global exists on the server side');
const seed = JSON.parse(readFileSync(new URL('./seed-article.json', import.meta.url), 'utf8'));
const { article, issues } = normalizeArticle(seed);

let committed: () => void = () => {};
const hydrated = new Promise<void>((resolve) => {
  committed = resolve;
});

/** Renders its children; its effect runs once the hydration has been committed. */
function Committed({ children }: { children: ReactNode }) {
  useEffect(() => committed(), []);
  return children;
}

const articleRef = createRef<HTMLElement>();
const page = (model: typeof article) => (
  <Committed>
    <ArticleView article={model} ref={articleRef} />
  </Committed>
);
const html = renderToString(page(article));

// The browser: the article reaches it as JSON, the way a loader or a server component passes props.
const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
const browser = dom.window;
const globals: Record<string, unknown> = {
  window: browser,
  self: browser,
  document: browser.document,
  navigator: browser.navigator,
  location: browser.location,
  getComputedStyle: browser.getComputedStyle.bind(browser),
  requestAnimationFrame: browser.requestAnimationFrame.bind(browser),
  cancelAnimationFrame: browser.cancelAnimationFrame.bind(browser),
};
for (const name of [
  'Node',
  'Element',
  'HTMLElement',
  'HTMLIFrameElement',
  'Text',
  'Comment',
  'Event',
  'MutationObserver',
]) {
  globals[name] = browser[name];
}
for (const [name, value] of Object.entries(globals)) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

const container = browser.document.getElementById('root');
if (!container) fail('no #root in the page');
container.innerHTML = html;
const serverDom = container.innerHTML;
const headings = container.querySelectorAll('h1');
if (headings.length !== 1) fail(`expected 1 <h1>, found ${headings.length}`);
if (headings[0]?.textContent !== seed.title) fail(`<h1> is "${headings[0]?.textContent}", not the seed title`);
const meters = container.querySelectorAll('[role="meter"]').length;
if (meters !== 4) fail(`expected 4 role="meter" elements, found ${meters}`);

const recoverable: unknown[] = [];
hydrateRoot(container, page(JSON.parse(JSON.stringify(article))), {
  onRecoverableError: (error) => recoverable.push(error),
});
let timer: ReturnType<typeof setTimeout> | undefined;
const timeout = new Promise<'timeout'>((resolve) => {
  timer = setTimeout(() => resolve('timeout'), 10_000);
});
if ((await Promise.race([hydrated, timeout])) === 'timeout') fail('hydration did not commit within 10 s');
clearTimeout(timer);
await new Promise((resolve) => setTimeout(resolve, 0));

const problems = [
  ...recoverable.map((error) => `onRecoverableError: ${error instanceof Error ? error.stack : String(error)}`),
  ...reported,
];
if (problems.length > 0) fail(problems.join('\n'));
const clientDom = container.innerHTML;
if (clientDom !== serverDom) {
  let at = 0;
  while (clientDom[at] === serverDom[at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 60), at + 60);
  fail(
    `the DOM changed during hydration at character ${at}:\n  server: …${around(serverDom)}\n  client: …${around(clientDom)}`,
  );
}
if (articleRef.current !== container.querySelector('article')) fail('ref did not reach the <article> element');

console.log(JSON.stringify({ react: version, bytes: html.length, meters, issues: issues.length, ref: 'article' }));
