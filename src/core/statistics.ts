/** n, mean, median, range and spread (population standard deviation) of whole-number scores; null when n is 0. */
export interface Summary {
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
}

/** One decimal, the precision every mean, median and spread in the report is given in. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The summary of a list of whole-number scores. */
export function summarize(scores: readonly number[]): Summary {
  const n = scores.length;
  if (n === 0) return { n, mean: null, median: null, min: null, max: null, spread: null };
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / n;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const variance = sorted.reduce((sum, x) => sum + (x - mean) ** 2, 0) / n;
  return {
    n,
    mean: round1(mean),
    median: round1(median),
    min: sorted[0] ?? null,
    max: sorted[n - 1] ?? null,
    spread: round1(Math.sqrt(variance)),
  };
}
