import { describe, expect, it } from 'vitest';
import { groupStats } from '../../src/core/group-stats.js';
import { labelParticipants, type Participant } from '../../src/core/participants.js';
import { summarize } from '../../src/core/statistics.js';
import type { Result } from '../../src/core/score.js';
import { demoSet, scorer } from '../helpers/demo-set.js';
import { wordGroupStats } from '../../src/render/worded.js';
import { localeOf } from '../../src/messages/locale.js';

// Scale a=0, b=1, c=2 (0, 50, 100 after normalising), x = n.v.t. q2 is reverse-keyed.
// t2 needs both its questions answered to get a score. Both themes have the advice bands Laag and Hoog.
const set = demoSet({ t1: { advice: 'two' }, t2: { advice: 'two' } });
const score = scorer(set);

// A: t1 = (100 + 100) / 2 = 100; t2 = (50 + 100) / 2 = 75; overall (100 + 75) / 2 = 87.5 -> 88
const A = score({ q1: 'c', q2: 'a', q3: 'b', q4: 'c' }, 'Anna');
// B: t1 = (0 + 50) / 2 = 25; t2 has 1 of the 2 it needs -> no score; overall 25
const B = score({ q1: 'a', q2: 'b', q3: 'a', q4: 'x' }, 'Bram');
// C: t1 = (50 + 0) / 2 = 25; t2 = (100 + 50) / 2 = 75; overall (25 + 75) / 2 = 50
const C = score({ q1: 'b', q2: 'c', q3: 'c', q4: 'b' }, 'Cor');
// D: t1 = 100; t2 all n.v.t. -> no score; overall 100
const D = score({ q1: 'c', q2: 'a', q3: 'x', q4: 'x' }, 'Dirk');

const stats = (results: Result[]) =>
  wordGroupStats(groupStats(set, labelParticipants(results, false), { named: false }), localeOf('nl'));

describe('summarize', () => {
  it('takes the middle value for odd n', () => {
    expect(summarize([25, 100, 25])).toEqual({ n: 3, mean: 50, median: 25, min: 25, max: 100, spread: 35.4 });
  });
  it('averages the two middle values for even n', () => {
    // mean (10 + 20 + 40 + 90) / 4 = 40; median (20 + 40) / 2 = 30
    // deviations -30 -20 0 50: (900 + 400 + 0 + 2500) / 4 = 950, sqrt 30.82 -> 30.8
    expect(summarize([90, 10, 40, 20])).toEqual({ n: 4, mean: 40, median: 30, min: 10, max: 90, spread: 30.8 });
  });
  it('rounds the mean to one decimal', () => {
    expect(summarize([88, 25, 50]).mean).toBe(54.3);
  });
  it('has no numbers for no scores', () => {
    expect(summarize([])).toEqual({ n: 0, mean: null, median: null, min: null, max: null, spread: null });
  });
});

describe('groupStats, three participants (odd n)', () => {
  const group = stats([A, B, C]);

  it('summarises each theme and counts the participants without a score', () => {
    const [t1, t2] = group.themes;
    // t1: 100, 25, 25. Deviations 50, -25, -25: (2500 + 625 + 625) / 3 = 1250, sqrt 35.36
    expect(t1).toMatchObject({
      id: 't1',
      n: 3,
      mean: 50,
      median: 25,
      min: 25,
      max: 100,
      spread: 35.4,
      missing: 0,
      meanBand: 1,
    });
    expect(t1?.bands.map((band) => [band.label, band.count, band.share])).toEqual([
      ['Laag', 2, 0.6667],
      ['Hoog', 1, 0.3333],
    ]);
    // t2: Bram has no score; Anna and Cor both 75
    expect(t2).toMatchObject({
      id: 't2',
      n: 2,
      mean: 75,
      median: 75,
      min: 75,
      max: 75,
      spread: 0,
      missing: 1,
      meanBand: 1,
    });
    expect(t2?.bands.map((band) => band.count)).toEqual([0, 2]);
  });

  it('gives the overall distribution per level and as a histogram', () => {
    // overall 88, 25, 50: mean 163 / 3 = 54.33
    expect(group.overall).toMatchObject({ n: 3, mean: 54.3, median: 50, min: 25, max: 88, missing: 0, meanLevel: 1 });
    expect(group.overall.levels.map((level) => level.count)).toEqual([1, 2]);
    const bins = group.overall.histogram.filter((bin) => bin.count > 0).map((bin) => [bin.from, bin.to, bin.count]);
    expect(bins).toEqual([
      [20, 29, 1],
      [50, 59, 1],
      [80, 89, 1],
    ]);
    expect(group.overall.histogram.at(-1)).toEqual({ from: 90, to: 100, count: 0 });
  });

  it('counts every option per question, n.v.t. included', () => {
    const q4 = group.questions.find((question) => question.id === 'q4');
    expect(q4?.options.map((option) => [option.id, option.count])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['x', 1],
    ]);
    // Only Anna (100) and Cor (50) have a score on q4
    expect(q4).toMatchObject({ n: 2, mean: 75, median: 75, notAnswered: 0, lowOption: 'b', highOption: 'c' });
    expect(q4?.options.find((option) => option.id === 'x')).toMatchObject({
      unanswered: true,
      value: null,
      score: null,
    });
  });

  it('scores options after reverse keying', () => {
    const q2 = group.questions.find((question) => question.id === 'q2');
    expect(q2?.options.map((option) => option.score)).toEqual([100, 50, 0, null]);
    // Cor chose c (score 0), Anna a (score 100)
    expect(q2).toMatchObject({ reverse: true, lowOption: 'c', highOption: 'a' });
  });

  it('picks the widest spreads as starters, and names no strongest theme from two of three people', () => {
    // q1, q2 and q3 each have 0, 50 and 100: spread 40.8; ties keep the order of the set.
    // t2 has spread 0: nothing to disagree about. Its mean (75) is of two of the three people,
    // fewer than MIN_ANONYMOUS_GROUP: not the group's, so no strongest or weakest theme.
    expect(group.starters).toEqual([
      { kind: 'theme-spread', theme: 't1', spread: 35.4, min: 25, max: 100 },
      { kind: 'question-spread', question: 'q1', spread: 40.8, low: 'a', high: 'c' },
      { kind: 'question-spread', question: 'q2', spread: 40.8, low: 'c', high: 'a' },
    ]);
  });

  it('names the strongest and weakest theme when each has a score from enough people', () => {
    const everyone = stats([A, C, score({ q1: 'a', q2: 'c', q3: 'c', q4: 'b' }, 'Els')]);
    expect(everyone.starters.filter((starter) => starter.kind === 'strongest' || starter.kind === 'weakest')).toEqual([
      { kind: 'strongest', theme: 't2', mean: expect.any(Number) },
      { kind: 'weakest', theme: 't1', mean: expect.any(Number) },
    ]);
  });

  it('is not traceable with three people', () => {
    expect(group.traceable).toBe(false);
    expect(group.size).toBe(3);
  });
});

describe('groupStats, four participants (even n)', () => {
  const group = stats([A, B, C, D]);
  it('takes the mean of the two middle scores as the median', () => {
    // t1: 100, 25, 25, 100 -> mean 62.5, median (25 + 100) / 2 = 62.5, every deviation 37.5
    expect(group.themes[0]).toMatchObject({ n: 4, mean: 62.5, median: 62.5, spread: 37.5, missing: 0 });
    // t2: only Anna and Cor
    expect(group.themes[1]).toMatchObject({ n: 2, missing: 2, mean: 75 });
    // overall 88, 25, 50, 100: mean 65.75 -> 65.8, median (50 + 88) / 2 = 69
    expect(group.overall).toMatchObject({ n: 4, mean: 65.8, median: 69 });
  });
});

describe('groupStats when everything is n.v.t.', () => {
  const nothing = score({ q1: 'x', q2: 'x', q3: 'x', q4: 'x' }, 'Nel');
  const group = stats([nothing]);
  it('has no scores, no NaN, no starters, and warns that answers are traceable', () => {
    expect(group.themes.map((theme) => [theme.n, theme.mean, theme.median, theme.missing, theme.meanBand])).toEqual([
      [0, null, null, 1, null],
      [0, null, null, 1, null],
    ]);
    expect(group.overall).toMatchObject({ n: 0, mean: null, missing: 1, meanLevel: null });
    expect(group.overall.levels.map((level) => [level.count, level.share])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(group.questions.map((question) => question.options.find((option) => option.id === 'x')?.count)).toEqual([
      1, 1, 1, 1,
    ]);
    expect(group.questions.every((question) => question.mean === null && question.lowOption === null)).toBe(true);
    expect(group.starters).toEqual([]);
    expect(group.traceable).toBe(true);
    expect(JSON.stringify(group)).not.toContain('NaN');
  });
});

describe('groupStats with a question left open', () => {
  it('counts it as not answered, apart from n.v.t.', () => {
    const open = score({ q1: 'a', q2: null, q3: 'x' }, 'Olga');
    const group = stats([open, A]);
    const q2 = group.questions[1];
    expect(q2?.notAnswered).toBe(1);
    expect(q2?.options.map((option) => option.count)).toEqual([1, 0, 0, 0]);
    expect(group.questions[3]?.notAnswered).toBe(1);
  });
});

describe('labelParticipants', () => {
  const label = (participants: Participant[]) =>
    participants.map((participant) => [participant.label, participant.result.respondent]);

  it('numbers participants in an order that does not depend on the input order', () => {
    const one = label(labelParticipants([A, B, C, D], false));
    const two = label(labelParticipants([D, C, A, B], false));
    expect(one).toEqual(two);
    expect(one.map(([name]) => name)).toEqual(['P1', 'P2', 'P3', 'P4']);
  });

  it('shows names only when asked, and a number for a file without a name', () => {
    const nameless = score({ q1: 'a' });
    const labels = labelParticipants([A, nameless], true).map((participant) => participant.label);
    expect(labels).toContain('Anna');
    expect(labels.some((found) => /^P[12]$/.test(found))).toBe(true);
    expect(labelParticipants([A], false)[0]?.label).toBe('P1');
  });
});

describe('a group mean and its band agree', () => {
  it('49,5 is in Laag (0–49), not next to Hoog (50–100)', () => {
    const at = (score: number): Result => ({ ...C, overall: { ...C.overall, score } });
    const group = stats([at(49), at(50)]);
    expect(group.overall.mean).toBe(49.5);
    expect(group.overall.meanLevel).toBe(0);
    expect(stats([at(50), at(50)]).overall.meanLevel).toBe(1);
    expect(stats([at(100), at(100)]).overall.meanLevel).toBe(1);
  });
});
