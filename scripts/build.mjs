// Builds the package: dist/index.js (ESM, React external), dist/*.d.ts with maps, dist/styles.css
// and dist/styles.layer.css (the same rules inside @layer article-meta-box).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { bundle } from 'lightningcss';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
rmSync(dist, { recursive: true, force: true });

const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: `${root}src/index.ts`,
        client: `${root}src/client.ts`,
        parsers: `${root}src/parsers.ts`,
        // One file per parser, so a bundle that imports one parser drops the others' libraries whole
        // (the package's JS is free of side effects; parse5 and yaml, whose modules are not, stay out).
        ...Object.fromEntries(
          ['html', 'html-text', 'markdown', 'portable-text', 'contentful', 'notion'].map((name) => [
            `parsers/${name}`,
            `${root}src/normalize/body/${name}.ts`,
          ]),
        ),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
    },
  },
});

execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], {
  stdio: 'inherit',
});

const { code } = bundle({ filename: `${root}src/styles.css`, minify: true });
const css = code.toString();
writeFileSync(`${dist}/styles.css`, css);
writeFileSync(`${dist}/styles.layer.css`, `@layer article-meta-box{${css}}`);
// The client entry must keep its directive, so React Server Components treat it as a client module.
if (!/^["']use client["'];/.test(readFileSync(`${dist}/client.js`, 'utf8'))) {
  throw new Error("dist/client.js must start with 'use client'");
}
console.log('built dist/: index.js, client.js, *.d.ts, styles.css, styles.layer.css');
