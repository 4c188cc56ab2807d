/**
 * The `date` of an answer file. People write it as ISO (2026-04-15, what `check` and `template`
 * write) or the Dutch way (15-04-2026, 5-4-2026, also with / or .). Anything else is not a
 * date, and something date-shaped that no calendar has (2026-13-45, 31-02-2026) is refused:
 * ordering text as if it were a date gave false "later date" warnings and reversed ranges.
 */
export type DateReading =
  | { kind: 'date'; iso: string }
  /** Shaped like a date, but no such day exists. */
  | { kind: 'impossible' }
  | { kind: 'not-a-date' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DUTCH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const SHAPED = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function day(year: number, month: number, date: number): DateReading {
  if (year < 1000 || month < 1 || month > 12 || date < 1) return { kind: 'impossible' };
  // Day 0 of the next month is the last day of this one (leap years included).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (date > last) return { kind: 'impossible' };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}` };
}

/** What a written date is: a day (as ISO), an impossible one, or no date at all. */
export function readDate(text: string): DateReading {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso !== null) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = DUTCH.exec(trimmed);
  if (dutch !== null) return day(Number(dutch[4]), Number(dutch[3]), Number(dutch[1]));
  return SHAPED.test(trimmed) ? { kind: 'impossible' } : { kind: 'not-a-date' };
}

/** The day a written date stands for (ISO), or null when it is not a date: never ordered as text. */
export function dateKey(text: string | null): string | null {
  if (text === null) return null;
  const reading = readDate(text);
  return reading.kind === 'date' ? reading.iso : null;
}
