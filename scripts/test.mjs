// `npm test`: everything CI checks. Vitest (unit, RSC and story tests, the long pole: about 1.6 of
// two cores) runs beside one lane of the other steps, one after another: typecheck, Biome, the library
// build, one `npm pack`, the package checks on that tarball, the consumer tests on the same tarball,
// and the Storybook test build with its index check. A step whose input failed is skipped; every
// other step runs, so one run reports every failure. Vitest's output streams; the lane's output is
// printed step by step once Vitest is done (so it cannot garble Vitest's live display), then a summary.
//
//   AMB_TEST_SERIAL=1 npm test   runs Vitest first and the lane after it (no overlap)
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const serial = process.env.AMB_TEST_SERIAL === '1';
const tarball = '.tmp/article-meta-box.tgz';
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };

/** The lane beside Vitest, in order; `needs` names the steps whose output a step reads. */
const LANE = [
  { name: 'lint', command: 'biome check .' },
  { name: 'typecheck', command: 'tsc -p tsconfig.json --noEmit' },
  { name: 'build', command: 'node scripts/build.mjs' },
  { name: 'pack', command: 'node scripts/pack.mjs', needs: ['build'] },
  {
    name: 'package',
    command: [
      `publint run ${tarball} --strict`,
      `attw ${tarball} --profile esm-only --exclude-entrypoints ./styles.css ./styles.layer.css`,
      'size-limit',
    ].join(' && '),
    needs: ['pack'],
  },
  { name: 'consumers', command: `node scripts/consumers.mjs --tarball=${tarball}`, needs: ['pack'] },
  {
    name: 'storybook',
    command:
      'storybook build --test --quiet -o .tmp/storybook-test && node scripts/check-storybook-index.mjs .tmp/storybook-test',
  },
];
const VITEST = { name: 'vitest', command: 'vitest run' };

const results = new Map();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a shell command; `stream` passes its output through, otherwise it is kept for later. */
function run(step, stream) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      cwd: root,
      env,
      shell: true,
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    if (!stream) {
      child.stdout.setEncoding('utf8').on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.setEncoding('utf8').on('data', (chunk) => {
        output += chunk;
      });
    }
    child.on('close', (code, signal) => {
      const result = { ok: code === 0, code: code ?? signal, ms: performance.now() - started, output };
      results.set(step.name, result);
      resolve(result);
    });
  });
}

let vitestDone = false;
const held = [];
function report(step, result) {
  const text = `\n── ${step.name}: ${step.command}\n${result.output.trimEnd()}\n── ${step.name} ${
    result.ok ? 'passed' : `FAILED (exit ${result.code})`
  } in ${seconds(result.ms)}\n`;
  if (vitestDone) process.stdout.write(text);
  else held.push(text);
}

async function lane() {
  for (const step of LANE) {
    const missing = (step.needs ?? []).filter((name) => !results.get(name)?.ok);
    if (missing.length > 0) {
      results.set(step.name, { skipped: `needs ${missing.join(', ')}` });
      continue;
    }
    report(step, await run(step, false));
  }
}

async function vitest() {
  process.stdout.write(`── ${VITEST.name}: ${VITEST.command}\n`);
  await run(VITEST, true);
  vitestDone = true;
  for (const text of held.splice(0)) process.stdout.write(text);
}

const started = performance.now();
const chromium = await run({ name: 'chromium', command: 'node scripts/check-chromium.mjs' }, true);
if (!chromium.ok) process.exit(1);
if (serial) {
  await vitest();
  await lane();
} else {
  await Promise.all([vitest(), lane()]);
}

const rows = [VITEST, ...LANE].map(({ name }) => {
  const result = results.get(name);
  if (result.skipped) return `  -  ${name.padEnd(10)} skipped (${result.skipped})`;
  return `  ${result.ok ? '✓' : '✗'}  ${name.padEnd(10)} ${seconds(result.ms).padStart(8)}${result.ok ? '' : '  FAILED'}`;
});
const failed = [...results.values()].filter((result) => result.skipped || !result.ok).length;
console.log(
  `\nnpm test${serial ? ' (serial)' : ''}: ${failed === 0 ? 'all passed' : `${failed} failed or skipped`} in ${seconds(
    performance.now() - started,
  )}\n${rows.join('\n')}`,
);
process.exit(failed === 0 ? 0 : 1);
