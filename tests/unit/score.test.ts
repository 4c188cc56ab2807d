import { describe, expect, it } from 'vitest';
import { parseQuestionSet } from '../../src/io/load.js';
import { checkAnswers } from '../../src/core/answers.js';
import { scoreAnswers } from '../../src/core/score.js';

const SET = `
id: demo
version: 1.0.0
title: Demo
scales:
  f:
    options:
      - { id: a, value: 0, label: A }
      - { id: b, value: 1, label: B }
      - { id: c, value: 2, label: C }
      - { id: x, unanswered: true, label: X }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 100, label: Hoog, text: hoog }
themes:
  - id: t1
    title: T1
    advice: [{ min: 0, max: 100, label: Alles, text: tekst }]
  - id: t2
    title: T2
    minAnswered: 2
    advice: [{ min: 0, max: 100, label: Alles, text: tekst }]
questions:
  - { id: q1, theme: t1, text: Q1, scale: f }
  - { id: q2, theme: t1, text: Q2, scale: f, weight: 3, reverse: true }
  - { id: q3, theme: t2, text: Q3, scale: f }
  - { id: q4, theme: t2, text: Q4, scale: f }
`;

describe('scoreAnswers', () => {
  const set = parseQuestionSet(SET, 'demo.yaml');
  const score = (answers: Record<string, string | null>) =>
    scoreAnswers(set, checkAnswers(set, { questionSet: 'demo', version: '1.0.0', answers }).answers);

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
    expect(result.overall).toEqual({ score: null, level: null });
    expect(result.answered).toBe(0);
  });
});
