// Shared by every benchmark: one row per measurement, printed as one table by bench/run.ts.
export interface BenchRow {
  area: string;
  measure: string;
  value: number;
  unit: 'ms' | 'MB' | 'x' | 'pages' | 'ms/key';
  /** The target from the issue, when there is one; a row above it is marked MISSED. */
  target?: number;
  note?: string;
}

/** Median wall time of `runs` calls, after one warm-up. */
export async function timeMedian(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The middle value of a set of timings (the upper middle of an even number). */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The value a share `p` (0.95) of the timings do not exceed. */
export const percentile = (xs: readonly number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
