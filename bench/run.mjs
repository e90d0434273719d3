// Compiles bench/bench.tsx for Node with Vite (production React, no minification) and runs it
// in one fresh process with NODE_ENV=production.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}bench/.out`;
process.env.NODE_ENV = 'production';

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  mode: 'production',
  build: {
    ssr: `${root}bench/${process.env.BENCH_ENTRY ?? 'bench'}.tsx`,
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
});

// BENCH_CPU_PROF=1 writes a V8 CPU profile of the run to bench/.out/profiles (open it in Chrome DevTools).
const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${outDir}/profiles`] : [];
const result = spawnSync(process.execPath, [...profile, `${outDir}/bench.mjs`], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
if (result.status !== 0 || process.env.BENCH_ENTRY) process.exit(result.status ?? 1);

// The browser: mount time of the seed ArticleView in Debian's Chromium (production build of the page).
const browserOut = `${root}bench/.out/browser`;
await build({
  root: `${root}bench/browser`,
  configFile: false,
  logLevel: 'warn',
  mode: 'production',
  base: './',
  build: { outDir: browserOut, emptyOutDir: true },
});
const { chromium } = await import('playwright');
const { createServer } = await import('node:http');
const { readFile } = await import('node:fs/promises');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const path = pathname === '/' ? '/index.html' : pathname;
  try {
    const body = await readFile(`${browserOut}${path}`);
    response.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const results = await page.waitForFunction(() => window.__results, undefined, { timeout: 120_000 });
  const { rounds, mount, normalizeAndMount, userAgent } = await results.jsonValue();
  console.log('\n## Mount in Chromium (createRoot + flushSync + layout, median of %d)\n', rounds);
  console.log(`browser: ${userAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? userAgent}`);
  console.log(
    `ArticleView mount: ${mount.toFixed(2)} ms; normalizeArticle + mount: ${normalizeAndMount.toFixed(2)} ms`,
  );
} finally {
  await browser.close();
  server.close();
}
