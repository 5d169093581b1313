// Timing helpers shared by the benchmarks (bench, benchCompromise, bench:export).
import { performance } from 'node:perf_hooks';

/** Milliseconds one call of `fn` takes. */
export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The middle value (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
