/**
 * Mount benchmark in Chromium: time from createRoot().render() (flushed synchronously) to a
 * committed DOM, for the seed ArticleView, with and without normalization. Results go to
 * window.__results for bench/run.mjs to read.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ArticleView, normalizeArticle } from '../../src';
import '../../src/styles.css';
import seed from '../../test/fixtures/seed-article.json';

const ROUNDS = 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function mountOnce(withNormalize: boolean, article: ReturnType<typeof normalizeArticle>['article']): number {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const start = performance.now();
  flushSync(() => {
    root.render(<ArticleView article={withNormalize ? normalizeArticle(seed).article : article} />);
  });
  // Reading layout forces style and layout, so the time includes what the browser does to show it.
  void host.offsetHeight;
  const time = performance.now() - start;
  root.unmount();
  host.remove();
  return time;
}

const article = normalizeArticle(seed).article;
for (let i = 0; i < 10; i++) mountOnce(true, article);
const mount: number[] = [];
const normalizeAndMount: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  mount.push(mountOnce(false, article));
  normalizeAndMount.push(mountOnce(true, article));
}
(window as unknown as { __results: unknown }).__results = {
  rounds: ROUNDS,
  mount: median(mount),
  normalizeAndMount: median(normalizeAndMount),
  userAgent: navigator.userAgent,
};
