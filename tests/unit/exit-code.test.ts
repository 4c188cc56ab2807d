import { describe, expect, it } from 'vitest';
import {
  belowThresholds,
  countOutcome,
  EMPTY_COUNTS,
  exitCodeFor,
  type BatchCounts,
} from '../../src/core/exit-code.js';

const result = (overall: number | null, themes: Array<number | null>) => ({
  overall: { score: overall },
  themes: themes.map((score) => ({ score })),
});

describe('belowThresholds', () => {
  it.each([
    // overall, themes, --fail-under, --fail-under-theme, below overall, below theme
    [69, [88, 75, 50, 100, 13, 88], undefined, undefined, false, false],
    [69, [88, 75, 50, 100, 13, 88], 60, undefined, false, false],
    [69, [88, 75, 50, 100, 13, 88], 70, undefined, true, false],
    [69, [88, 75, 50, 100, 13, 88], 69, undefined, false, false], // equal passes
    [69, [88, 75, 50, 100, 13, 88], undefined, 13, false, false],
    [69, [88, 75, 50, 100, 13, 88], undefined, 14, false, true],
    [69, [88, 75, 50, 100, 13, 88], 70, 50, true, true],
    [38, [50, null, 13, 25, 75, 25], undefined, 13, false, false], // an unscored theme is never below
    [null, [null, null, null, null, null, null], 60, 60, false, false], // no score: nothing to compare
    [60, [60], 59.5, 60.5, false, true], // thresholds may have decimals
  ] as const)('score %s themes %j with %s / %s', (overall, themes, under, underTheme, expectOverall, expectTheme) => {
    expect(belowThresholds(result(overall, [...themes]), { overall: under, theme: underTheme })).toEqual({
      overall: expectOverall,
      theme: expectTheme,
    });
  });
});

describe('exitCodeFor', () => {
  const counts = (over: Partial<BatchCounts>): BatchCounts => ({ ...EMPTY_COUNTS, ...over });
  it.each([
    [counts({}), 0],
    [counts({ scored: 12 }), 0],
    [counts({ scored: 12, unscored: 12 }), 0],
    [counts({ scored: 12, belowOverall: 1 }), 1],
    [counts({ scored: 12, belowTheme: 3 }), 1],
    [counts({ scored: 12, invalid: 1 }), 2],
    [counts({ scored: 12, belowOverall: 5, belowTheme: 5, invalid: 1 }), 2],
    [counts({ invalid: 3 }), 2],
  ])('%j -> %i', (input, code) => {
    expect(exitCodeFor(input)).toBe(code);
  });

  it('counts outcomes without changing the counts it was given', () => {
    let total = EMPTY_COUNTS;
    total = countOutcome(total, { ok: true, unscored: false, below: { overall: true, theme: false } });
    total = countOutcome(total, { ok: true, unscored: true, below: { overall: false, theme: false } });
    total = countOutcome(total, { ok: true, unscored: false, below: { overall: true, theme: true } });
    total = countOutcome(total, { ok: false });
    expect(total).toEqual({ scored: 3, unscored: 1, belowOverall: 2, belowTheme: 1, invalid: 1 });
    expect(EMPTY_COUNTS).toEqual({ scored: 0, unscored: 0, belowOverall: 0, belowTheme: 0, invalid: 0 });
  });
});
