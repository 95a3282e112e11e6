import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  /** Median of the timed runs, in milliseconds. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** A target the figure is compared with, for the reader; benchmarks never fail. */
  target?: string;
}

/** Times `run` after a few warm-up calls and reports the median, so one slow run on a busy machine does not decide. */
export function measure(name: string, run: () => unknown, options: { runs?: number; warmup?: number; target?: string } = {}): BenchResult {
  const { runs = 31, warmup = 5, target } = options;
  for (let i = 0; i < warmup; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    minMs: times[0] ?? Number.NaN,
    maxMs: times.at(-1) ?? Number.NaN,
    runs,
    ...(target === undefined ? {} : { target }),
  };
}
