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

const result = spawnSync(process.execPath, [`${outDir}/bench.mjs`], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
