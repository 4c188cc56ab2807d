import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers.js';
import { compareResults } from '../../src/core/compare.js';
import { scoreAnswers, type Result } from '../../src/core/score.js';
import { parseQuestionSet } from '../../src/io/load.js';

const SET = `
id: demo
version: 1.0.0
title: Demo
scales:
  f:
    options:
      - { id: a, value: 0, label: { nl: Nooit, en: Never } }
      - { id: b, value: 1, label: { nl: Soms, en: Sometimes } }
      - { id: c, value: 2, label: { nl: Altijd, en: Always } }
      - { id: x, unanswered: true, label: { nl: n.v.t., en: n/a } }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 100, label: Hoog, text: hoog }
themes:
  - id: t1
    title: T1
    advice:
      - { min: 0, max: 49, label: Laag, text: laag }
      - { min: 50, max: 100, label: Hoog, text: hoog }
  - { id: t2, title: T2, minAnswered: 2, advice: [{ min: 0, max: 100, label: Alles, text: tekst }] }
questions:
  - { id: q1, theme: t1, text: Q1, scale: f }
  - { id: q2, theme: t1, text: Q2, scale: f, reverse: true }
  - { id: q3, theme: t2, text: Q3, scale: f }
  - { id: q4, theme: t2, text: Q4, scale: f }
`;
const set = parseQuestionSet(SET, 'demo.yaml');
const score = (respondent: string, date: string, answers: Record<string, string>): Result =>
  scoreAnswers(set, checkAnswers(set, { questionSet: 'demo', version: '1.0.0', respondent, date, answers }).answers);

describe('compareResults', () => {
  // before: t1 (0 + 50) / 2 = 25, t2 none (q4 n.v.t.), overall 25
  const before = score('Anna', '2026-03-01', { q1: 'a', q2: 'b', q3: 'a', q4: 'x' });
  // after: t1 (50 + 100) / 2 = 75, t2 (0 + 50) / 2 = 25, overall 50
  const after = score('Anna', '2026-09-01', { q1: 'b', q2: 'a', q3: 'a', q4: 'b' });
  const comparison = compareResults(set, before, after, 'nl');

  it('compares theme by theme and overall, any change counting', () => {
    expect(comparison.themes.map((theme) => [theme.id, theme.before, theme.after, theme.change, theme.direction])).toEqual([
      ['t1', 25, 75, 50, 'up'],
      ['t2', null, 25, null, null],
    ]);
    expect(comparison.themes[0]).toMatchObject({ beforeLevel: 'Laag', afterLevel: 'Hoog' });
    expect(comparison.overall).toMatchObject({ before: 25, after: 50, change: 25, direction: 'up', beforeLevel: 'Laag', afterLevel: 'Hoog' });
  });

  it('lists the questions whose answer changed, with labels in the language asked', () => {
    expect(comparison.changedAnswers.map((answer) => [answer.id, answer.before.label, answer.after.label, answer.direction])).toEqual([
      ['q1', 'Nooit', 'Soms', 'up'],
      // q2 is reverse-keyed: b (50) -> a (100) is better
      ['q2', 'Soms', 'Nooit', 'up'],
      // n.v.t. has no score: the answer changed, but not up or down
      ['q4', 'n.v.t.', 'Soms', null],
    ]);
    const english = compareResults(set, before, after, 'en');
    expect(english.changedAnswers[0]?.after.label).toBe('Sometimes');
  });

  it('shows equal scores as the same, and a drop as down', () => {
    const back = compareResults(set, after, before, 'nl');
    expect(back.themes[0]).toMatchObject({ change: -50, direction: 'down' });
    const same = compareResults(set, before, before, 'nl');
    expect(same.overall).toMatchObject({ change: 0, direction: 'same' });
    expect(same.changedAnswers).toEqual([]);
  });

  it('notices another respondent and dates in the wrong order', () => {
    expect(comparison).toMatchObject({ sameRespondent: true, reversedDates: false });
    const other = score('Bram', '2026-01-01', { q1: 'a' });
    expect(compareResults(set, before, other, 'nl')).toMatchObject({ sameRespondent: false, reversedDates: true });
  });
});
