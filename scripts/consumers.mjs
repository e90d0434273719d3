// Consumer tests: packs the package with `npm pack` and checks the tarball in fresh projects that
// install it like a user would, one on React 18.3 and one on React 19:
//   ssr+hydrate  renderToString without any DOM, then hydrateRoot in jsdom (production and development
//                builds of React): no console.error/warn, no recoverable error, the DOM is unchanged;
//   tsc          a strict consumer.tsx against the shipped .d.ts ("NodeNext" and "Bundler" resolution);
//   resolve      Node resolves the exports (".", styles.css, styles.layer.css, package.json) and the
//                package's own imports (react, react-dom, clsx) inside the consumer project.
// The projects live in node_modules/.cache/amb-consumers/<name>. Their third-party dependencies are
// installed again only when the project's package.json (or the package's own dependencies) change;
// every run extracts the fresh tarball over node_modules/article-meta-box.
//
//   node scripts/consumers.mjs [react18|react19 …] [--fresh] [--tarball=<file>]
//   --fresh: delete the cache first; --tarball: test that packed file (scripts/pack.mjs writes
//   .tmp/article-meta-box.tgz) instead of packing again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheRoot = join(root, 'node_modules', '.cache', 'amb-consumers');
const fixture = join(root, 'test', 'fixtures', 'seed-article.json');
const tools = { jsdom: '29.0.1', typescript: '5.9.3' };

const CONSUMERS = [
  {
    name: 'react18',
    dependencies: {
      react: '18.3.1',
      'react-dom': '18.3.1',
      '@types/react': '18.3.32',
      '@types/react-dom': '18.3.7',
      ...tools,
    },
  },
  {
    name: 'react19',
    dependencies: {
      react: '19.3.1',
      'react-dom': '19.3.1',
      '@types/react': '19.3.0',
      '@types/react-dom': '19.3.0',
      ...tools,
    },
  },
];

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const givenTarball = args.find((arg) => arg.startsWith('--tarball='))?.slice('--tarball='.length);
const only = args.filter((arg) => !arg.startsWith('--'));
for (const name of only) {
  if (!CONSUMERS.some((consumer) => consumer.name === name)) {
    console.error(`consumers: unknown consumer "${name}" (known: ${CONSUMERS.map((c) => c.name).join(', ')})`);
    process.exit(2);
  }
}
const selected = only.length > 0 ? CONSUMERS.filter((consumer) => only.includes(consumer.name)) : CONSUMERS;
const jobs = Math.max(1, Number(process.env.AMB_CONSUMERS_JOBS) || Math.min(2, availableParallelism()));

// npm passes its own settings to scripts as npm_* variables; an npm run inside a consumer project must
// not inherit those of this repository (its prefix, its command), only the user's registry and cache.
const KEEP_NPM_ENV =
  /^npm_config_(cache|registry|userconfig|globalconfig|proxy|https_proxy|noproxy|cafile|strict_ssl)$/i;
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') || KEEP_NPM_ENV.test(key)),
);
delete cleanEnv.NODE_ENV;

const started = performance.now();
const ms = (since) => Math.round(performance.now() - since);

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
function run(command, commandArgs, { cwd, env = cleanEnv } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, stdout, stderr }));
  });
}

/** Runs a command and throws with its output when it fails. */
async function must(command, commandArgs, options) {
  const result = await run(command, commandArgs, options);
  if (result.code !== 0) {
    throw new Error(`\`${command} ${commandArgs.join(' ')}\` failed (exit ${result.code})\n${tail(result)}`);
  }
  return result;
}

function tail({ stdout, stderr }, lines = 40) {
  const text = `${stdout}\n${stderr}`.trim();
  const all = text.split('\n');
  return (all.length > lines ? ['…', ...all.slice(-lines)] : all).map((line) => `    ${line}`).join('\n');
}

/** Newest modification time of the files under a directory. */
function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) max = Math.max(max, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return max;
}

// ── 1. the tarball ───────────────────────────────────────────────────────────────────────────────

const DIST_FILES = ['index.js', 'index.d.ts', 'styles.css', 'styles.layer.css'];
async function pack(destination) {
  if (!DIST_FILES.every((file) => existsSync(join(root, 'dist', file)))) {
    const since = performance.now();
    await must('npm', ['run', 'build'], { cwd: root, env: process.env });
    console.log(`build: dist/ was missing, built it (${ms(since)} ms)`);
  } else if (newest(join(root, 'src')) > statSync(join(root, 'dist', 'index.js')).mtimeMs) {
    console.log('note: dist/ is older than src/; testing the existing build (run `npm run build` to refresh it)');
  }
  const since = performance.now();
  const { stdout } = await must('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: root,
    env: process.env,
  });
  const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
  const tarball = join(destination, info.filename);
  console.log(
    `pack: ${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(1)} kB (${ms(since)} ms)`,
  );
  return tarball;
}

/** A tarball packed before (by scripts/pack.mjs): it must exist and be newer than dist/. */
function packed(file) {
  const tarball = resolve(root, file);
  if (!existsSync(tarball)) throw new Error(`--tarball: ${file} does not exist (run \`node scripts/pack.mjs\`)`);
  const built = join(root, 'dist', 'index.js');
  if (existsSync(built) && statSync(built).mtimeMs > statSync(tarball).mtimeMs) {
    throw new Error(`--tarball: ${file} is older than dist/index.js; pack again (\`node scripts/pack.mjs\`)`);
  }
  console.log(`pack: using ${relative(root, tarball)}, ${(statSync(tarball).size / 1024).toFixed(1)} kB`);
  return tarball;
}

// ── 2. the consumer projects ─────────────────────────────────────────────────────────────────────

/** Extracts an npm tarball (whose entries sit under package/) into `dir`. */
async function extract(tarball, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await must('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/**
 * Makes `dir` a project with the consumer's dependencies and the fresh tarball installed.
 * Returns what was done ("installed" or "cached").
 */
async function setUp(consumer, dir, tarball) {
  mkdirSync(dir, { recursive: true });
  const manifest = `${JSON.stringify(
    {
      name: `amb-consumer-${consumer.name}`,
      private: true,
      type: 'module',
      dependencies: { ...consumer.dependencies, 'article-meta-box': 'file:./article-meta-box.tgz' },
    },
    null,
    2,
  )}\n`;
  writeFileSync(join(dir, 'package.json'), manifest);
  copyFileSync(tarball, join(dir, 'article-meta-box.tgz'));

  // The package as packed, extracted beside node_modules; its dependency fields are part of the hash,
  // so that a new dependency of the package (or a new peer range) makes npm install everything again.
  const staged = join(dir, '.article-meta-box');
  const pkg = await extract(tarball, staged);
  const { dependencies, peerDependencies, optionalDependencies, bundleDependencies, scripts = {}, bin } = pkg;
  const hash = createHash('sha256')
    .update(manifest)
    .update(JSON.stringify({ dependencies, peerDependencies, optionalDependencies, bundleDependencies, bin }))
    .update(process.version.split('.')[0])
    .digest('hex');
  const hashFile = join(dir, '.deps-hash');
  const target = join(dir, 'node_modules', 'article-meta-box');
  const cached = existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash && existsSync(target);
  // Extracting is all `npm install` does for this package, unless it has install scripts or bins.
  const plain = !bin && !['preinstall', 'install', 'postinstall', 'prepare'].some((name) => scripts[name]);

  if (cached && plain) {
    rmSync(target, { recursive: true, force: true });
    renameSync(staged, target);
    return 'cached';
  }
  rmSync(staged, { recursive: true, force: true });
  if (cached) {
    await must(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', './article-meta-box.tgz'],
      {
        cwd: dir,
      },
    );
    return 'cached';
  }
  rmSync(hashFile, { force: true });
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  for (const name of Object.keys(RESOLUTIONS)) rmSync(join(dir, `.${name.toLowerCase()}.tsbuildinfo`), { force: true });
  await must('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir });
  writeFileSync(hashFile, hash);
  return 'installed';
}

// ── 3. the checks, written into each project ─────────────────────────────────────────────────────

const SSR_HYDRATE = String.raw`// Written by scripts/consumers.mjs: server render without a DOM, then hydrate in jsdom.
import { readFileSync } from 'node:fs';

const reported = [];
for (const level of ['error', 'warn']) {
  console[level] = (...args) => reported.push('console.' + level + ': ' + args.map(String).join(' '));
}
function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(1);
}

// The server: no window, no document.
const React = await import('react');
const { renderToString } = await import('react-dom/server');
const { ArticleView, normalizeArticle } = await import('article-meta-box');
const seed = JSON.parse(readFileSync(new URL('./seed-article.json', import.meta.url), 'utf8'));
if (typeof window !== 'undefined' || typeof document !== 'undefined') fail('a DOM global exists on the server side');

const { article, issues } = normalizeArticle(seed);
let hydrated;
const done = new Promise((resolve) => {
  hydrated = resolve;
});
// Renders nothing itself; its effect runs once the hydration has been committed.
function Committed({ children }) {
  React.useEffect(() => hydrated(), []);
  return children;
}
const page = (model) => React.createElement(Committed, null, React.createElement(ArticleView, { article: model }));
const html = renderToString(page(article));

// The browser: the article reaches it as JSON, the way a loader or a server component passes props.
const { JSDOM } = await import('jsdom');
const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
const { window: win } = dom;
const globals = {
  window: win,
  self: win,
  document: win.document,
  navigator: win.navigator,
  location: win.location,
  getComputedStyle: win.getComputedStyle.bind(win),
  requestAnimationFrame: win.requestAnimationFrame.bind(win),
  cancelAnimationFrame: win.cancelAnimationFrame.bind(win),
};
for (const name of ['Node', 'Element', 'HTMLElement', 'HTMLIFrameElement', 'Text', 'Comment', 'Event', 'MutationObserver']) {
  globals[name] = win[name];
}
for (const [name, value] of Object.entries(globals)) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

const container = win.document.getElementById('root');
container.innerHTML = html;
const serverDom = container.innerHTML;
const h1 = container.querySelectorAll('h1');
if (h1.length !== 1) fail('expected 1 <h1>, found ' + h1.length);
if (h1[0].textContent !== seed.title) fail('<h1> is "' + h1[0].textContent + '", expected the seed title "' + seed.title + '"');
const meters = container.querySelectorAll('[role="meter"]').length;
if (meters !== 4) fail('expected 4 role="meter" elements, found ' + meters);

const recoverable = [];
const { hydrateRoot } = await import('react-dom/client');
hydrateRoot(container, page(JSON.parse(JSON.stringify(article))), {
  onRecoverableError: (error) => recoverable.push(error),
});
let timer;
const timeout = new Promise((resolve) => {
  timer = setTimeout(() => resolve('timeout'), 10000);
});
if ((await Promise.race([done, timeout])) === 'timeout') fail('hydration did not commit within 10 s');
clearTimeout(timer);
await new Promise((resolve) => setTimeout(resolve, 0));

const problems = [...recoverable.map((error) => 'onRecoverableError: ' + (error?.stack ?? error)), ...reported];
if (problems.length > 0) fail(problems.join('\n'));
const clientDom = container.innerHTML;
if (clientDom !== serverDom) {
  let at = 0;
  while (clientDom[at] === serverDom[at]) at++;
  fail('the DOM changed during hydration at character ' + at + ':\n  server: …' + serverDom.slice(Math.max(0, at - 60), at + 60) + '\n  client: …' + clientDom.slice(Math.max(0, at - 60), at + 60));
}
console.log(JSON.stringify({ react: React.version, bytes: html.length, meters, issues: issues.length }));
`;

const RESOLVE = String.raw`// Written by scripts/consumers.mjs: Node ESM resolution of the exports and of the package's imports.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('.', import.meta.url));
const pkgDir = project + 'node_modules/article-meta-box/';
const errors = [];
const resolved = {};
for (const specifier of ['article-meta-box', 'article-meta-box/styles.css', 'article-meta-box/styles.layer.css', 'article-meta-box/package.json']) {
  let path;
  try {
    path = fileURLToPath(import.meta.resolve(specifier));
  } catch (error) {
    errors.push(specifier + ': ' + error.message);
    continue;
  }
  resolved[specifier] = path.slice(pkgDir.length);
  if (!path.startsWith(pkgDir)) errors.push(specifier + ' resolves outside the installed package: ' + path);
  else if (!existsSync(path) || statSync(path).size === 0) errors.push(specifier + ' resolves to a missing or empty file: ' + path);
}
const read = (specifier) => (resolved[specifier] ? readFileSync(pkgDir + resolved[specifier], 'utf8') : '');
if (!read('article-meta-box/styles.css').includes('.amb-')) errors.push('styles.css has no .amb- rules');
if (!read('article-meta-box/styles.layer.css').startsWith('@layer article-meta-box')) errors.push('styles.layer.css is not inside @layer article-meta-box');
if (JSON.parse(read('article-meta-box/package.json') || '{}').name !== 'article-meta-box') errors.push('package.json is not the package manifest');

// What the package imports must come from this project, not from a node_modules further up.
if (resolved['article-meta-box']) {
  const require = createRequire(pkgDir + resolved['article-meta-box']);
  for (const dependency of ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/server', 'clsx']) {
    try {
      const path = require.resolve(dependency);
      if (!path.startsWith(project + 'node_modules/')) errors.push(dependency + ' resolves outside the project: ' + path);
    } catch (error) {
      errors.push(dependency + ' does not resolve from the package: ' + error.message);
    }
  }
}
if (errors.length > 0) {
  process.stderr.write(errors.join('\n') + '\n');
  process.exit(1);
}
console.log(JSON.stringify(resolved));
`;

const CONSUMER_TSX = `// Written by scripts/consumers.mjs: a strict consumer of the published types.
import {
  ArticleView,
  type ArticleViewProps,
  type Article,
  type MetaIssue,
  type NormalizeOptions,
  normalizeArticle,
} from 'article-meta-box';
import { CopyButton, type CopyButtonProps } from 'article-meta-box/client';
import type { ReactElement } from 'react';

// Each public name must be a real type: were it \`any\` (types not loaded), these lines would not fail
// and tsc would report the directives as unused.
// @ts-expect-error an Article is not a number
export const article: number = {} as Article;
// @ts-expect-error a MetaIssue is not a number
export const issue: number = {} as MetaIssue;
// @ts-expect-error ArticleViewProps are not a number
export const viewProps: number = {} as ArticleViewProps;
// @ts-expect-error ArticleView is not a number
export const view: number = ArticleView;
// @ts-expect-error normalizeArticle is not a number
export const normalize: number = normalizeArticle;

const options: NormalizeOptions = { locale: 'en-US' };

export function ArticlePage({ raw }: { raw: unknown }): ReactElement {
  const { article, issues } = normalizeArticle(raw, options);
  const errors: MetaIssue[] = issues.filter((issue) => issue.severity === 'error');
  const first: string | undefined = errors[0]?.path;
  const title: string = article.title;
  const props: ArticleViewProps = {
    article,
    messages: { postMeta: 'About this post', similarPosts: 'Related', showMore: (count) => \`\${count} more\` },
    collapseAfter: 10,
    jsonLd: false,
    actions: { hash: (entry) => (entry.value.kind === 'text' ? <CopyButton value={entry.value.text} label="Copy hash" /> : null) },
    className: 'page',
    'aria-label': title,
    onClick: (event) => event.currentTarget.tagName,
  };
  return (
    <>
      <ArticleView {...props} data-first-issue={first} />
      {/* @ts-expect-error collapseAfter is a number */}
      <ArticleView article={article} collapseAfter="ten" />
      {/* @ts-expect-error article is required */}
      <ArticleView messages={{ postMeta: 'No article' }} />
    </>
  );
}

// @ts-expect-error CopyButton needs a string value
export const copyProps: CopyButtonProps = { value: 42 };

// @ts-expect-error an issue's severity is 'error' | 'warning'
export const severity: MetaIssue['severity'] = 'fatal';
`;

const TSCONFIG_BASE = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: false,
    types: [],
    noEmit: true,
  },
  files: ['consumer.tsx'],
};
const RESOLUTIONS = {
  NodeNext: { module: 'NodeNext', moduleResolution: 'NodeNext' },
  Bundler: { module: 'ESNext', moduleResolution: 'Bundler' },
};

function writeChecks(dir) {
  rmSync(join(dir, 'seed-article.json'), { force: true }); // the copy keeps the fixture's mode, maybe read-only
  copyFileSync(fixture, join(dir, 'seed-article.json'));
  writeFileSync(join(dir, 'ssr-hydrate.mjs'), SSR_HYDRATE);
  writeFileSync(join(dir, 'resolve.mjs'), RESOLVE);
  writeFileSync(join(dir, 'consumer.tsx'), CONSUMER_TSX);
  for (const [name, options] of Object.entries(RESOLUTIONS)) {
    const config = { ...TSCONFIG_BASE, compilerOptions: { ...TSCONFIG_BASE.compilerOptions, ...options } };
    writeFileSync(join(dir, `tsconfig.${name.toLowerCase()}.json`), `${JSON.stringify(config, null, 2)}\n`);
  }
}

/** The checks of one project: each one a node process, resolving to a detail string or throwing. */
function checksOf(dir) {
  const node = (script, nodeEnv) =>
    run(process.execPath, [script], { cwd: dir, env: { ...cleanEnv, NODE_ENV: nodeEnv } });
  const ssr = (nodeEnv) => async () => {
    const result = await node('ssr-hydrate.mjs', nodeEnv);
    if (result.code !== 0) throw new Error(tail(result));
    const { react, bytes, meters, issues } = JSON.parse(result.stdout.trim().split('\n').pop());
    return `React ${react}, ${(bytes / 1024).toFixed(1)} kB HTML, ${meters} meters, ${issues} issues`;
  };
  const tsc = (resolution) => async () => {
    const config = `tsconfig.${resolution.toLowerCase()}.json`;
    const result = await run(
      process.execPath,
      // --incremental keeps the diagnostics of unchanged files (React's types, the DOM lib) between runs.
      [
        join(dir, 'node_modules/typescript/bin/tsc'),
        ...['-p', config, '--pretty', 'false', '--listFiles'],
        ...['--incremental', '--tsBuildInfoFile', `.${resolution.toLowerCase()}.tsbuildinfo`],
      ],
      { cwd: dir },
    );
    const lines = result.stdout.split('\n').filter(Boolean);
    const files = lines.filter((line) => line.startsWith('/'));
    const diagnostics = lines.filter((line) => !line.startsWith('/'));
    if (result.code !== 0 || diagnostics.length > 0) {
      const shown =
        diagnostics.length > 15 ? [...diagnostics.slice(0, 15), `… ${diagnostics.length - 15} more`] : diagnostics;
      throw new Error(
        [...shown, result.stderr.trim()]
          .filter(Boolean)
          .map((line) => `    ${line}`)
          .join('\n'),
      );
    }
    const outside = files.filter((file) => !file.startsWith(dir));
    if (outside.length > 0) throw new Error(`    type files from outside the project:\n    ${outside.join('\n    ')}`);
    const ours = files.filter((file) => file.includes('/node_modules/article-meta-box/'));
    if (!ours.some((file) => file.endsWith('/dist/index.d.ts'))) throw new Error('    dist/index.d.ts was not loaded');
    return `${ours.length} .d.ts files of the package, skipLibCheck false`;
  };
  const resolve = async () => {
    const result = await node('resolve.mjs', 'production');
    if (result.code !== 0) throw new Error(tail(result));
    return Object.values(JSON.parse(result.stdout)).join(', ');
  };
  return [
    ['ssr+hydrate (production)', ssr('production')],
    ['ssr+hydrate (development)', ssr('development')],
    ['tsc strict NodeNext', tsc('NodeNext')],
    ['tsc strict Bundler', tsc('Bundler')],
    ['resolve exports', resolve],
  ];
}

/** Runs async tasks with at most `limit` at a time. */
async function pool(tasks, limit) {
  const queue = [...tasks];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length > 0) await queue.shift()();
  });
  await Promise.all(workers);
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────

const failures = [];
let passed = 0;
const packDir = mkdtempSync(join(tmpdir(), 'amb-pack-'));
try {
  if (fresh) rmSync(cacheRoot, { recursive: true, force: true });
  const tarball = givenTarball ? packed(givenTarball) : await pack(packDir);

  const ready = await Promise.all(
    selected.map(async (consumer) => {
      const dir = join(cacheRoot, consumer.name);
      const since = performance.now();
      try {
        const how = await setUp(consumer, dir, tarball);
        writeChecks(dir);
        const what =
          how === 'installed' ? 'installed dependencies and the tarball' : 'dependencies cached, tarball extracted';
        console.log(`${consumer.name}: setup ok, ${what} (${ms(since)} ms)`);
        return { consumer, dir };
      } catch (error) {
        console.log(`${consumer.name}: setup FAILED (${ms(since)} ms)`);
        failures.push(`${consumer.name}: setup\n${error.message}`);
        return null;
      }
    }),
  );

  const tasks = ready.filter(Boolean).flatMap(({ consumer, dir }) =>
    checksOf(dir).map(([label, check]) => async () => {
      const since = performance.now();
      try {
        const detail = await check();
        passed++;
        console.log(`${consumer.name}: ${label} ok, ${detail} (${ms(since)} ms)`);
      } catch (error) {
        console.log(`${consumer.name}: ${label} FAILED (${ms(since)} ms)`);
        failures.push(`${consumer.name}: ${label}\n${error.message}`);
      }
    }),
  );
  await pool(tasks, jobs);
} catch (error) {
  failures.push(error.message);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\nconsumers: ${failures.length} failed, ${passed} passed (${ms(started)} ms)\n`);
  for (const failure of failures) console.error(`✗ ${failure}\n`);
  process.exit(1);
}
console.log(`consumers: all ${passed} checks passed (${ms(started)} ms)`);
