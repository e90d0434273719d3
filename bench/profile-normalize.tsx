/** Profiling aid: `BENCH_ENTRY=profile-normalize node bench/run.mjs` (add BENCH_CPU_PROF=1 for a CPU profile). */
import { normalizeArticle } from '../src';
import seed from '../test/fixtures/seed-article.json';

const start = performance.now();
let n = 0;
while (performance.now() - start < 3000) {
  normalizeArticle(seed);
  n++;
}
console.log(`normalizeArticle: ${(((performance.now() - start) * 1000) / n).toFixed(1)} µs/op`);
