/**
 * Sampling shared by the bench entries: interleaved rounds of repeated calls, medians and quantiles,
 * Markdown tables, and the machine line every run starts with.
 */
import { cpus } from 'node:os';

export type Case = { name: string; run: () => unknown };

export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
export const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 150);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
}

/** Sums something of every result, so no call can be optimized away. */
export let sink = 0;

/** µs per op over about ROUND_MS of repeated calls. */
function measure(run: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) {
    const result = run();
    sink += typeof result === 'string' ? result.length : 1;
  }
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

/** Iterations that take about ROUND_MS, found after a warm-up. */
function calibrate(run: () => unknown): number {
  for (let i = 0; i < 200; i++) run();
  let iterations = 1;
  for (;;) {
    const perOp = measure(run, iterations);
    if (perOp * iterations > 20_000 || iterations > 1e6) return Math.max(1, Math.round((ROUND_MS * 1000) / perOp));
    iterations *= 4;
  }
}

/** Runs all cases in interleaved rounds; returns µs/op per case per round. */
export function interleaved(cases: Case[]): number[][] {
  const iterations = cases.map((c) => calibrate(c.run));
  const samples: number[][] = cases.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    cases.forEach((c, i) => {
      samples[i].push(measure(c.run, iterations[i]));
    });
  }
  return samples;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function table(headers: string[], rows: string[][]): string {
  const lines = [headers, headers.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The machine and sampling lines a run starts with. */
export function printMachine(): void {
  const cpu = cpus();
  console.log(
    `machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, Node ${process.version}, ${process.platform}-${process.arch}, NODE_ENV=${process.env.NODE_ENV}`,
  );
  console.log(`rounds: ${ROUNDS} × ~${ROUND_MS} ms per case, interleaved\n`);
}
