import { describe, expect, it } from 'vitest';
import { compareGroups, directionOf } from '../../src/core/group-compare.js';
import { groupStats } from '../../src/core/group-stats.js';
import { labelParticipants } from '../../src/core/participants.js';
import type { Result } from '../../src/core/score.js';
import { demoSet, scorer } from '../helpers/demo-set.js';

// q2 is reverse-keyed; t2 needs both its questions answered.
const set = demoSet();
const score = scorer(set);
const stats = (results: Result[]) => groupStats(set, labelParticipants(results, false), { named: false });

// Per question score: A 100 100 50 100, B 0 50 0 n.v.t., C 50 0 100 50.
const A = score({ q1: 'c', q2: 'a', q3: 'b', q4: 'c' }); // t1 100, t2 75, overall 88
const B = score({ q1: 'a', q2: 'b', q3: 'a', q4: 'x' }); // t1 25, t2 none, overall 25
const C = score({ q1: 'b', q2: 'c', q3: 'c', q4: 'b' }); // t1 25, t2 75, overall 50

describe('directionOf', () => {
  it('calls changes below the threshold the same', () => {
    expect(directionOf(1.9, 2)).toBe('same');
    expect(directionOf(-1.9, 2)).toBe('same');
    expect(directionOf(2, 2)).toBe('up');
    expect(directionOf(-2, 2)).toBe('down');
    expect(directionOf(0, 0)).toBe('same');
    expect(directionOf(1, 0)).toBe('up');
    expect(directionOf(null, 2)).toBeNull();
  });
});

describe('compareGroups', () => {
  // Before: B and C. After: A, B and C.
  const comparison = compareGroups(stats([B, C]), stats([A, B, C]));

  it('gives the change in mean and median per theme', () => {
    const [t1, t2] = comparison.themes;
    // t1 before 25, 25 (mean 25, median 25); after 100, 25, 25 (mean 50, median 25)
    expect(t1).toMatchObject({
      id: 't1',
      before: { n: 2, mean: 25, median: 25 },
      after: { n: 3, mean: 50, median: 25 },
      meanChange: 25,
      medianChange: 0,
      meanDirection: 'up',
      medianDirection: 'same',
    });
    // t2 before: only C, 75; after A and C, 75
    expect(t2).toMatchObject({ meanChange: 0, meanDirection: 'same', before: { n: 1 }, after: { n: 2 } });
  });

  it('compares the overall scores', () => {
    // before 25, 50: mean 37.5, median 37.5; after 88, 25, 50: mean 54.3, median 50
    expect(comparison.overall).toMatchObject({
      meanChange: 16.8,
      medianChange: 12.5,
      meanDirection: 'up',
      medianDirection: 'up',
    });
    expect([comparison.beforeSize, comparison.afterSize]).toEqual([2, 3]);
  });

  it('lists the questions that moved most', () => {
    // q1: 25 -> 50; q2: 25 -> 50; q3: 50 -> 50 (not moved); q4: 50 -> 75
    expect(
      comparison.movedQuestions.map((question) => [
        question.id,
        question.before.mean,
        question.after.mean,
        question.change,
        question.direction,
      ]),
    ).toEqual([
      ['q1', 25, 50, 25, 'up'],
      ['q2', 25, 50, 25, 'up'],
      ['q4', 50, 75, 25, 'up'],
    ]);
  });

  it('shows a drop as lower', () => {
    const back = compareGroups(stats([A, B, C]), stats([B, C]));
    expect(back.themes[0]).toMatchObject({ meanChange: -25, meanDirection: 'down' });
  });
});
