/** `--fail-under` and `--fail-under-theme`: a score below either makes a file "below". */
export interface Thresholds {
  /** The overall score must be at least this (0–100). */
  overall?: number | undefined;
  /** Every scored theme must be at least this (0–100). */
  theme?: number | undefined;
}

/** The scores a threshold looks at: the overall score and each theme's, null when not scored. */
export interface Scored {
  overall: { score: number | null };
  themes: ReadonlyArray<{ score: number | null }>;
}

/** Which thresholds one result falls below. */
export interface Below {
  overall: boolean;
  theme: boolean;
}

/**
 * Whether a result falls below the thresholds. A missing score is never below: a file with too
 * few answers has nothing to compare, and it is reported as unanswered instead (an untouched
 * template scores "0 of 12 answered" and passes). Only scored themes count for the theme threshold.
 */
export function belowThresholds(result: Scored, thresholds: Thresholds): Below {
  const under = (score: number | null, min: number | undefined): boolean =>
    min !== undefined && score !== null && score < min;
  return {
    overall: under(result.overall.score, thresholds.overall),
    theme: result.themes.some((theme) => under(theme.score, thresholds.theme)),
  };
}

/** What a batch came to: how many files scored, fell below a threshold, or could not be used. */
export interface BatchCounts {
  /** Valid files, with or without a score. */
  scored: number;
  /** Valid files without an overall score (too few answers). */
  unscored: number;
  /** Valid files below `--fail-under`. */
  belowOverall: number;
  /** Valid files with a theme below `--fail-under-theme`. */
  belowTheme: number;
  /** Files (or inputs) that could not be scored. */
  invalid: number;
}

export const EMPTY_COUNTS: BatchCounts = { scored: 0, unscored: 0, belowOverall: 0, belowTheme: 0, invalid: 0 };

/** The counts after one more outcome; a new object, so the function stays pure. */
export function countOutcome(
  counts: BatchCounts,
  outcome: { ok: false } | { ok: true; unscored: boolean; below: Below },
): BatchCounts {
  if (!outcome.ok) return { ...counts, invalid: counts.invalid + 1 };
  return {
    scored: counts.scored + 1,
    unscored: counts.unscored + (outcome.unscored ? 1 : 0),
    belowOverall: counts.belowOverall + (outcome.below.overall ? 1 : 0),
    belowTheme: counts.belowTheme + (outcome.below.theme ? 1 : 0),
    invalid: counts.invalid,
  };
}

/**
 * The CI contract of `kantellat score`: 2 when any input could not be scored (a broken file must
 * never pass unnoticed, whatever the scores), else 1 when some file is below a threshold, else 0.
 * Usage errors exit 2 before any file is read (src/cli.ts).
 */
export function exitCodeFor(counts: BatchCounts): 0 | 1 | 2 {
  if (counts.invalid > 0) return 2;
  if (counts.belowOverall > 0 || counts.belowTheme > 0) return 1;
  return 0;
}
