// Consumer tests: packs the package with `npm pack` and checks the tarball in fresh projects that
// install it like a user would, one on React 18.3 and one on React 19. The programs are real files
// in test/consumers/ (type-checked and linted with the rest of the repository):
//   ssr-hydrate.tsx  renderToString without any DOM, then hydrateRoot in jsdom (production and
//                    development builds of React): no console.error/warn, no recoverable error, the
//                    DOM unchanged, `ref` on the article element;
//   consumer.tsx     compiled by tsc with strict settings against the shipped .d.ts.
// What publint and attw check (exports, resolution under node16/bundler) is not checked again here.
// The projects live in node_modules/.cache/amb-consumers/<name>. Their dependencies are installed
// again only when the project's package.json (or the package's own dependencies) change; every run
// extracts the fresh tarball over node_modules/article-meta-box.
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
  rmSync(join(dir, '.tsbuildinfo'), { force: true });
  await must('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir });
  writeFileSync(hashFile, hash);
  return 'installed';
}

// ── 3. the checks, written into each project ─────────────────────────────────────────────────────

const consumersDir = join(root, 'test', 'consumers');
const typescript = (await import('typescript')).default;

/** The compiler settings of a demanding consumer project. */
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'Bundler',
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

function writeChecks(dir) {
  rmSync(join(dir, 'seed-article.json'), { force: true }); // the copy keeps the fixture's mode, maybe read-only
  copyFileSync(fixture, join(dir, 'seed-article.json'));
  // The program runs as plain ESM: its types are erased and its JSX compiled, nothing else.
  const source = readFileSync(join(consumersDir, 'ssr-hydrate.tsx'), 'utf8');
  const { outputText } = typescript.transpileModule(source, {
    compilerOptions: {
      module: typescript.ModuleKind.ESNext,
      target: typescript.ScriptTarget.ES2022,
      jsx: typescript.JsxEmit.ReactJSX,
    },
  });
  writeFileSync(join(dir, 'ssr-hydrate.mjs'), outputText);
  copyFileSync(join(consumersDir, 'consumer.tsx'), join(dir, 'consumer.tsx'));
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
}

/** The checks of one project: each one a node process, resolving to a detail string or throwing. */
function checksOf(dir) {
  const ssr = (nodeEnv) => async () => {
    const result = await run(process.execPath, ['ssr-hydrate.mjs'], {
      cwd: dir,
      env: { ...cleanEnv, NODE_ENV: nodeEnv },
    });
    if (result.code !== 0) throw new Error(tail(result));
    const { react, bytes, meters, issues, ref } = JSON.parse(result.stdout.trim().split('\n').pop());
    return `React ${react}, ${(bytes / 1024).toFixed(1)} kB HTML, ${meters} meters, ${issues} issues, ref on the ${ref}`;
  };
  const tsc = async () => {
    // --incremental keeps the diagnostics of unchanged files (React's types, the DOM lib) between runs.
    const args = [
      '-p',
      'tsconfig.json',
      '--pretty',
      'false',
      '--listFiles',
      '--incremental',
      '--tsBuildInfoFile',
      '.tsbuildinfo',
    ];
    const result = await run(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), ...args], { cwd: dir });
    const lines = result.stdout.split('\n').filter(Boolean);
    const diagnostics = lines.filter((line) => !line.startsWith('/'));
    if (result.code !== 0 || diagnostics.length > 0) {
      throw new Error(
        [...diagnostics.slice(0, 15), result.stderr.trim()]
          .filter(Boolean)
          .map((line) => `    ${line}`)
          .join('\n'),
      );
    }
    const ours = lines.filter((line) => line.includes('/node_modules/article-meta-box/'));
    if (!ours.some((file) => file.endsWith('/dist/index.d.ts'))) throw new Error('    dist/index.d.ts was not loaded');
    return `${ours.length} .d.ts files of the package, skipLibCheck false`;
  };
  return [
    ['ssr+hydrate+ref (production)', ssr('production')],
    ['ssr+hydrate+ref (development)', ssr('development')],
    ['tsc strict', tsc],
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
