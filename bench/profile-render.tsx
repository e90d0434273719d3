/** Profiling aid: `BENCH_ENTRY=profile-render node bench/run.mjs` (add BENCH_CPU_PROF=1 for a CPU profile). */
import { renderToString } from 'react-dom/server';
import { ArticleView, normalizeArticle } from '../src';
import seed from '../test/fixtures/seed-article.json';

const { article } = normalizeArticle(seed);
const start = performance.now();
let n = 0;
while (performance.now() - start < 4000) {
  renderToString(<ArticleView article={article} />);
  n++;
}
console.log(`ArticleView render: ${(((performance.now() - start) * 1000) / n).toFixed(1)} µs/op`);
