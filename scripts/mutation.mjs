#!/usr/bin/env node
/**
 * `npm run test:mutation`: mutation testing (StrykerJS, stryker.config.mjs) over the whole scope, in
 * chunks of files that share one incremental file, then the score table and the targets.
 *
 *   npm run test:mutation                          every chunk, then the table; exit 1 if a target is missed
 *   npm run test:mutation -- --mutate a.ts,b.ts    one Stryker run over those files, then the table
 *   npm run test:mutation -- --concurrency 1       fewer test processes (default: stryker.config.mjs)
 *   npm run test:mutation -- --summary             the table of the results on record, nothing run
 *   npm run test:mutation -- --retest-timeouts     also retest the mutants on record as timed out (a
 *                                                  busy machine can time a mutant out that does not loop)
 *   npm run test:mutation -- --survivors [prefix]  what no test detected, by file
 *
 * Chunks: each finished chunk is on record in `.tmp/mutation/incremental.json` at once, so an
 * interrupted run resumes where it stopped, and a rerun after a change retests only the mutants that
 * change touches (Stryker's incremental mode: a mutant is reused when its code, its killing test or,
 * for a survivor, every test is unchanged). Mutants of files outside a run's `--mutate` stay on record.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import config from '../stryker.config.mjs';

const TARGETS = { 'src/normalize': 90, overall: 85 };
const INCREMENTAL = config.incrementalFile;
/**
 * The results on record, committed: a fresh clone starts from them (Stryker retests only what changed
 * since), and a run records its results there when it ends. Gzipped: the JSON holds every mutated
 * file's and test file's source (about 14 MB for the whole scope).
 */
const RECORD = 'test/mutation/results.json.gz';

function restore() {
  if (existsSync(INCREMENTAL) || !existsSync(RECORD)) return;
  mkdirSync(path.dirname(INCREMENTAL), { recursive: true });
  writeFileSync(INCREMENTAL, gunzipSync(readFileSync(RECORD)));
  console.log(`results on record restored from ${RECORD}`);
}

function record() {
  if (!existsSync(INCREMENTAL)) return;
  mkdirSync(path.dirname(RECORD), { recursive: true });
  writeFileSync(RECORD, gzipSync(readFileSync(INCREMENTAL), { level: 9 }));
}

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const mutateAt = args.indexOf('--mutate');

/** Files in scope: the config's `mutate` globs, read as "dir/**\/*.ext" includes and "!dir/**" excludes. */
function scopeFiles() {
  const files = [];
  for (const pattern of config.mutate.filter((p) => !p.startsWith('!'))) {
    const [dir, ext] = pattern.split('/**/*');
    for (const file of readdirSync(dir, { recursive: true })) {
      const full = path.posix.join(dir, String(file).split(path.sep).join('/'));
      if (full.endsWith(ext)) files.push(full);
    }
  }
  // Exclusions are file paths or "dir/**".
  const excluded = config.mutate.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/\*\*$/, ''));
  // The normalizer first: its target is the stricter one.
  const order = (file) => (file.startsWith('src/normalize/') ? `0${file}` : `1${file}`);
  return files
    .filter((file) => !excluded.some((prefix) => file.startsWith(prefix)))
    .sort((a, b) => order(a).localeCompare(order(b)));
}

/** Chunks of about `size` source lines: few enough Stryker start-ups, small enough to resume. */
function chunks(files, size = 600) {
  const out = [];
  let current = [];
  let lines = 0;
  for (const file of files) {
    const count = readFileSync(file, 'utf8').split('\n').length;
    if (current.length > 0 && lines + count > size) {
      out.push(current);
      current = [];
      lines = 0;
    }
    current.push(file);
    lines += count;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Takes off the record the results of the files about to run that incremental mode would wrongly reuse:
 * - static survivors (and survivors with no covering test): a static mutant (module-level code) has no
 *   per-test coverage, so Stryker would keep it "survived" forever, whatever tests are added;
 * - with --retest-timeouts, every timeout: beside other work a mutant can exceed its time limit
 *   without looping (a static one runs the whole suite).
 */
function forgetUnreliable(mutate) {
  if (!existsSync(INCREMENTAL)) return;
  const retestTimeouts = args.includes('--retest-timeouts');
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  const files = new Set(mutate.map((file) => file.split(':')[0]));
  let forgotten = 0;
  for (const [file, result] of Object.entries(report.files)) {
    if (!files.has(file)) continue;
    const kept = result.mutants.filter(
      (m) =>
        !(
          (retestTimeouts && m.status === 'Timeout') ||
          ((m.static || !m.coveredBy?.length) && (m.status === 'Survived' || m.status === 'NoCoverage'))
        ),
    );
    forgotten += result.mutants.length - kept.length;
    result.mutants = kept;
  }
  if (forgotten > 0) {
    writeFileSync(INCREMENTAL, JSON.stringify(report));
    console.log(`${forgotten} mutant(s) taken off the record, to be tested again`);
  }
}

function stryker(mutate) {
  restore();
  forgetUnreliable(mutate);
  const concurrency = args.includes('--concurrency') ? ['--concurrency', args[args.indexOf('--concurrency') + 1]] : [];
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate.join(','), ...concurrency], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`stryker failed (exit ${run.status}) on ${mutate.join(', ')}`);
    process.exit(run.status ?? 1);
  }
  record();
}

/** Stryker's mutation score: detected (killed or timed out) over detected, survived and not covered. */
function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
}

function summary() {
  restore();
  if (!existsSync(INCREMENTAL)) {
    console.error(`no results on record (${INCREMENTAL}): run npm run test:mutation`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  const inScope = new Set(scopeFiles());
  const zero = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 });
  const rows = new Map();
  for (const [file, result] of Object.entries(report.files)) {
    if (!inScope.has(file)) continue;
    const counts = zero();
    for (const mutant of result.mutants) {
      if (mutant.status in counts) counts[mutant.status] += 1;
      else counts.other += 1;
    }
    rows.set(file, counts);
  }
  const missing = [...inScope].filter((file) => !rows.has(file));
  const total = (filter) => {
    const sum = zero();
    for (const [file, counts] of rows) {
      if (!filter(file)) continue;
      for (const key of Object.keys(sum)) sum[key] += counts[key];
    }
    return sum;
  };
  const line = (name, c) =>
    `| ${name.padEnd(48)} | ${String(c.Killed + c.Timeout + c.Survived + c.NoCoverage).padStart(7)} | ${String(c.Killed).padStart(6)} | ${String(c.Timeout).padStart(7)} | ${String(c.Survived).padStart(8)} | ${String(c.NoCoverage).padStart(6)} | ${c.Killed + c.Timeout + c.Survived + c.NoCoverage === 0 ? '      – ' : `${score(c).toFixed(2).padStart(7)} %`} |`;
  console.log(`\n| ${'file'.padEnd(48)} | mutants | killed | timeout | survived | no cov |   score   |`);
  console.log(`| ${'-'.repeat(48)} | ------: | -----: | ------: | -------: | -----: | --------: |`);
  for (const [file, counts] of [...rows].sort(([a], [b]) => a.localeCompare(b))) console.log(line(file, counts));
  const normalize = total((file) => file.startsWith('src/normalize/'));
  const components = total((file) => file.startsWith('src/components/'));
  const overall = total(() => true);
  console.log(line('**src/normalize**', normalize));
  console.log(line('**src/components**', components));
  console.log(line('**overall**', overall));
  if (missing.length > 0) console.log(`\nnot on record yet (${missing.length}): ${missing.join(', ')}`);
  const met = missing.length === 0 && score(normalize) >= TARGETS['src/normalize'] && score(overall) >= TARGETS.overall;
  console.log(
    `\ntargets: src/normalize ${score(normalize).toFixed(2)} % (≥ ${TARGETS['src/normalize']} %), overall ${score(overall).toFixed(2)} % (≥ ${TARGETS.overall} %)${missing.length ? ', with files not on record' : ''}: ${met ? 'met' : 'NOT met'}`,
  );
  return met;
}

if (args.includes('--record')) {
  // Records the results of runs made with `npx stryker run` directly.
  record();
  process.exit(0);
}
if (args.includes('--survivors')) {
  // The mutants no test detected, by file: `--survivors [path prefix]`.
  const prefix = args[args.indexOf('--survivors') + 1] ?? '';
  restore();
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  for (const [file, result] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!file.startsWith(prefix)) continue;
    const lines = result.source.split('\n');
    for (const mutant of result.mutants) {
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const { line, column } = mutant.location.start;
      const code = lines[line - 1].trim().slice(0, 100);
      console.log(
        `${file}:${line}:${column} ${mutant.mutatorName} ${mutant.status} → ${JSON.stringify(mutant.replacement)}\n    ${code}`,
      );
    }
  }
  process.exit(0);
}
if (args.includes('--chunks')) {
  for (const chunk of chunks(scopeFiles())) console.log(chunk.join(','));
  process.exit(0);
}
if (!summaryOnly) {
  if (mutateAt >= 0) {
    stryker(args[mutateAt + 1].split(','));
  } else {
    const all = chunks(scopeFiles());
    for (const [i, chunk] of all.entries()) {
      console.log(`\n## chunk ${i + 1} of ${all.length}: ${chunk.join(', ')}\n`);
      stryker(chunk);
    }
  }
}
process.exit(summary() ? 0 : 1);
