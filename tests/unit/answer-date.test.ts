import { describe, expect, it } from 'vitest';
import { dateKey, readDate } from '../../src/core/answer-date.js';

describe('readDate: ISO and the Dutch forms, nothing else ordered', () => {
  it.each([
    ['2026-04-15', '2026-04-15'],
    ['2026-04-15T10:30:00Z', '2026-04-15'],
    ['15-04-2026', '2026-04-15'],
    ['5-4-2026', '2026-04-05'],
    ['05/04/2026', '2026-04-05'],
    ['29-02-2028', '2028-02-29'],
  ])('%s is %s', (written, iso) => {
    expect(readDate(written)).toEqual({ kind: 'date', iso });
  });

  it.each(['2026-13-45', '31-02-2026', '29-02-2026', '2026-04-31', '00-01-2026', '2026-4-5'])(
    '%s does not exist',
    (written) => {
      expect(readDate(written).kind).toBe('impossible');
    },
  );

  it.each(['voorjaar 2026', 'gisteren', '', 'april'])('"%s" is not a date', (written) => {
    expect(readDate(written).kind).toBe('not-a-date');
  });

  it('orders by the day, not the text', () => {
    const key = (text: string): string => dateKey(text) ?? '';
    expect(key('15-04-2026') < key('01-10-2026')).toBe(true);
    expect('15-04-2026' < '01-10-2026').toBe(false);
    expect(dateKey('voorjaar')).toBeNull();
  });
});
