import { describe, expect, it } from 'vitest';
import { demoSet, scorer } from '../helpers/demo-set.js';

describe('scoreAnswers', () => {
  // q2 is reverse-keyed with weight 3; t2 needs both its questions answered.
  const score = scorer(demoSet({ q2Weight: 3 }));

  it('weights, reverses and leaves n.v.t. out', () => {
    // q1 = c -> 1.0 (weight 1); q2 = a reversed -> 1.0 (weight 3): t1 = 100
    // q3 = b -> 0.5, q4 = x (n.v.t.): t2 has 1 of the 2 it needs -> no score
    const result = score({ q1: 'c', q2: 'a', q3: 'b', q4: 'x' });
    expect(result.themes.map((t) => t.score)).toEqual([100, null]);
    expect(result.overall.score).toBe(100);
    expect(result.overall.level?.label).toBe('Hoog');
  });

  it('computes a weighted mean', () => {
    // q1 = a -> 0 (w1), q2 = b reversed -> 0.5 (w3): (0 + 1.5) / 4 = 37.5 -> 38
    // t2: q3 = c -> 1, q4 = a -> 0: 50. overall = (37.5 + 50) / 2 = 43.75 -> 44
    const result = score({ q1: 'a', q2: 'b', q3: 'c', q4: 'a' });
    expect(result.themes.map((t) => t.score)).toEqual([38, 50]);
    expect(result.overall.score).toBe(44);
    expect(result.focus).toBe('t1');
    expect(result.strongest).toBe('t2');
  });

  it('gives no score and no NaN when nothing is answered', () => {
    const result = score({});
    expect(result.overall).toMatchObject({
      score: null,
      level: null,
      gap: { reason: 'too-few-themes', scoredThemes: 0 },
    });
    expect(result.answered).toBe(0);
  });
});
