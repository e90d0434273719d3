// Packs the built package once, as `npm publish` would, to .tmp/article-meta-box.tgz: publint, attw
// and the consumer tests (`--tarball=`) all read that one file instead of each packing again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.tmp');
const target = join(out, 'article-meta-box.tgz');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('pack: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
rmSync(target, { force: true });
const stdout = execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
renameSync(join(out, info.filename), target);
console.log(
  `pack: .tmp/article-meta-box.tgz (${info.name}@${info.version}, ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB)`,
);
