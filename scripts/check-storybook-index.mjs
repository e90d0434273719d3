// After a Storybook build: every public component must have a docs entry in index.json, and the docs
// pages must be there.
//   node scripts/check-storybook-index.mjs [build directory, default storybook-static]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const indexPath = join(resolve(root, process.argv[2] ?? 'storybook-static'), 'index.json');
const index = JSON.parse(readFileSync(indexPath, 'utf8'));
const entries = Object.values(index.entries);
const source = readFileSync(`${root}src/index.ts`, 'utf8');
const components = [...source.matchAll(/export \{ ([A-Z]\w*) \} from '\.\/components\//g)].map((m) => m[1]);

const problems = [];
for (const name of components) {
  const docs = entries.find((e) => e.type === 'docs' && e.title === `Components/${name}`);
  const stories = entries.filter((e) => e.type === 'story' && e.title === `Components/${name}`);
  if (!docs) problems.push(`no docs entry for ${name}`);
  if (stories.length === 0) problems.push(`no stories for ${name}`);
}
for (const title of [
  'Docs/Introduction',
  'Docs/Data contract',
  'Docs/Theming',
  'Docs/Accessibility',
  'Docs/Security',
  'Docs/Bodies',
]) {
  if (!entries.some((e) => e.type === 'docs' && e.title === title)) problems.push(`no docs page "${title}"`);
}
if (components.length === 0) problems.push('found no component exports in src/index.ts');
if (problems.length > 0) {
  console.error(`${indexPath}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const storyCount = entries.filter((e) => e.type === 'story').length;
console.log(`storybook index: ${components.length} components with docs, ${storyCount} stories, docs pages present`);
