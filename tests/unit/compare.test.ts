import { describe, expect, it } from 'vitest';
import { compareResults } from '../../src/core/compare.js';
import { demoSet, scorer } from '../helpers/demo-set.js';
import { localeOf } from '../../src/messages/locale.js';
import type { LocalizedText } from '../../src/core/text.js';

// Option labels Nooit, Soms, Altijd and n.v.t. (Never, Sometimes, Always, n/a); q2 is reverse-keyed;
// t1 has the advice bands Laag and Hoog; t2 needs both its questions answered.
const set = demoSet({ bilingual: true, t1: { advice: 'two' } });
const score = scorer(set);

describe('compareResults', () => {
  // before: t1 (0 + 50) / 2 = 25, t2 none (q4 n.v.t.), overall 25
  const before = score({ q1: 'a', q2: 'b', q3: 'a', q4: 'x' }, 'Anna', '2026-03-01');
  // after: t1 (50 + 100) / 2 = 75, t2 (0 + 50) / 2 = 25, overall 50
  const after = score({ q1: 'b', q2: 'a', q3: 'a', q4: 'b' }, 'Anna', '2026-09-01');
  const comparison = compareResults(set, before, after);
  // The comparison keeps the set's texts whole; a renderer words them.
  const nl = localeOf('nl');
  const en = localeOf('en');
  const worded = (text: LocalizedText | null): string | null => (text === null ? null : nl.text(text));

  it('compares theme by theme and overall, any change counting', () => {
    expect(
      comparison.themes.map((theme) => [theme.id, theme.before, theme.after, theme.change, theme.direction]),
    ).toEqual([
      ['t1', 25, 75, 50, 'up'],
      ['t2', null, 25, null, null],
    ]);
    const levels = (change: { beforeLevel: LocalizedText | null; afterLevel: LocalizedText | null } | undefined) => [
      worded(change?.beforeLevel ?? null),
      worded(change?.afterLevel ?? null),
    ];
    expect(levels(comparison.themes[0])).toEqual(['Laag', 'Hoog']);
    expect(comparison.overall).toMatchObject({ before: 25, after: 50, change: 25, direction: 'up' });
    expect(levels(comparison.overall)).toEqual(['Laag', 'Hoog']);
  });

  it('lists the questions whose answer changed, with labels in the language asked', () => {
    expect(
      comparison.changedAnswers.map((answer) => [
        answer.id,
        worded(answer.before.label),
        worded(answer.after.label),
        answer.direction,
      ]),
    ).toEqual([
      ['q1', 'Nooit', 'Soms', 'up'],
      // q2 is reverse-keyed: b (50) -> a (100) is better
      ['q2', 'Soms', 'Nooit', 'up'],
      // n.v.t. has no score: the answer changed, but not up or down
      ['q4', 'n.v.t.', 'Soms', null],
    ]);
    const label = comparison.changedAnswers[0]?.after.label;
    expect(label === undefined || label === null ? null : en.text(label)).toBe('Sometimes');
  });

  it('shows equal scores as the same, and a drop as down', () => {
    const back = compareResults(set, after, before);
    expect(back.themes[0]).toMatchObject({ change: -50, direction: 'down' });
    const same = compareResults(set, before, before);
    expect(same.overall).toMatchObject({ change: 0, direction: 'same' });
    expect(same.changedAnswers).toEqual([]);
  });

  it('notices another respondent and dates in the wrong order', () => {
    expect(comparison).toMatchObject({ sameRespondent: true, reversedDates: false });
    const other = score({ q1: 'a' }, 'Bram', '2026-01-01');
    expect(compareResults(set, before, other)).toMatchObject({ sameRespondent: false, reversedDates: true });
  });
});
