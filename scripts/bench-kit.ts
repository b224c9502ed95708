// Shared helpers for the packages' benchmarks (bench/*.bench.ts): measure a
// function, print a side-by-side row with its baseline, and append it to the
// table `npm run bench` prints (file named by KEHOACH_BENCH_OUT).
import { appendFileSync } from "node:fs";

/** One benchmark row: ours beside the baseline the issue names. */
export interface BenchRow {
  package: string;
  benchmark: string;
  ours: number;
  baseline?: number;
  baselineName?: string;
  /** Unit of `ours`/`baseline`, e.g. "ops/s", "ms", "MB/s". */
  unit: string;
  /** ours / baseline (or baseline / ours for times: say which in `note`). */
  ratio?: number;
  /** The issue's target, as text: "≥ 2×", "≤ 1.2×", "< 50 ms". */
  target?: string;
  note?: string;
}

/** Prints a row and appends it to the run's table. */
export function report(row: BenchRow): void {
  const ratio = row.ratio === undefined ? "" : `  ratio ${row.ratio.toFixed(2)}×`;
  const base =
    row.baseline === undefined
      ? ""
      : `  baseline ${fmt(row.baseline)} ${row.unit} (${row.baselineName ?? "?"})`;
  console.log(
    `${row.benchmark}: ${fmt(row.ours)} ${row.unit}${base}${ratio}${row.target ? `  target ${row.target}` : ""}${row.note ? `\n  (${row.note})` : ""}`,
  );
  const out = process.env.KEHOACH_BENCH_OUT;
  if (out) appendFileSync(out, `${JSON.stringify(row)}\n`);
}

function fmt(n: number): string {
  return Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3);
}

/** Runs `fn` for about `ms` milliseconds (after a warm-up) and returns calls per second. */
export function opsPerSecond(fn: () => void, ms = 1000): number {
  const warmUntil = performance.now() + Math.min(200, ms / 4);
  while (performance.now() < warmUntil) fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    fn();
    calls++;
    if ((calls & 15) === 0) now = performance.now();
  }
  now = performance.now();
  return (calls * 1000) / (now - start);
}

/** Times one call of `fn` in milliseconds (best of `runs`). */
export async function timeMs(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
