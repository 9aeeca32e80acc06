/** What every benchmark shares: the clock, the median, the units. Wall-clock, single thread. */

export const MB = 1024 * 1024;

/** Untimed passes before timing: the JIT needs a few to settle on steady-state code. */
export const WARM_UP_PASSES = 5;

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Times `fn` once with `now`, in ms. */
export function time(now: () => number, fn: () => void): number {
  const start = now();
  fn();
  return now() - start;
}

/** A number with a fixed count of decimals, for the printed report. */
export const fmt = (n: number, digits = 1): string => n.toFixed(digits);
