// Only the language's Intl formatting: no Node API and no zod, so the browser form bundles it.
import { localize, type Lang, type TextPicker } from '../core/text.js';

/** The BCP 47 tag each language is formatted with (decimal comma and "en" for Dutch, "and" for English). */
const INTL_TAGS: { readonly [L in Lang]: string } = { nl: 'nl-NL', en: 'en-GB' };

/**
 * One language, decided once per run (`--lang` in cli.ts) and carried in the command context:
 * everything that turns ids and numbers into words for a person goes through it.
 */
export interface Locale extends TextPicker {
  readonly lang: Lang;
  /** The Intl tag of `lang`, for a page's `lang` attribute or a formatter of one's own. */
  readonly tag: string;
  /** A number for people: `37,5` in Dutch, `37.5` in English; at most `maxDecimals` (default 1) decimals. */
  number(value: number, maxDecimals?: number): string;
  /** A share 0..1 as a whole percentage: `38%` (nl `38%`), never "0.375". */
  percent(share: number): string;
  /** A day (`2026-03-02`) in words: `2 maart 2026`, `2 March 2026`; any other text as it is. */
  date(day: string): string;
  /** Which plural form `count` takes: `one` or `other` in Dutch and English, more in other languages. */
  plural(count: number): Intl.LDMLPluralRule;
  /** "a, b en c" / "a, b and c". */
  list(items: readonly string[]): string;
  /**
   * A text of the question set (title, option label, advice) in this language, else in whichever
   * language the set has: core hands renderers the set's texts whole, and only they pick.
   */
  text: TextPicker['text'];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function createLocale(lang: Lang): Locale {
  const tag = INTL_TAGS[lang];
  // Built on first use: most runs format a handful of numbers and never a date or a list.
  const numbers = new Map<number, Intl.NumberFormat>();
  let percents: Intl.NumberFormat | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  let lists: Intl.ListFormat | undefined;
  return {
    lang,
    tag,
    number(value, maxDecimals = 1) {
      let format = numbers.get(maxDecimals);
      if (format === undefined) {
        // Grouping from 10 000 on: "1234 vragen" reads better than "1.234", and a line number stays a line number.
        format = new Intl.NumberFormat(tag, { maximumFractionDigits: maxDecimals, useGrouping: 'min2' });
        numbers.set(maxDecimals, format);
      }
      return format.format(value);
    },
    percent(share) {
      percents ??= new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
      return percents.format(share);
    },
    date(day) {
      const match = DAY.exec(day);
      if (match === null) return day;
      // Noon UTC, formatted in UTC: the same day in every time zone.
      const when = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
      if (Number.isNaN(when.getTime())) return day;
      dates ??= new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      return dates.format(when);
    },
    plural(count) {
      plurals ??= new Intl.PluralRules(tag);
      return plurals.select(count);
    },
    list(items) {
      lists ??= new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
      return lists.format(items);
    },
    text(value) {
      return localize(value, lang);
    },
  };
}

const locales = new Map<Lang, Locale>();

/** The Locale of `lang`: one per language per process, since it holds no state but its formatters. */
export function localeOf(lang: Lang): Locale {
  let locale = locales.get(lang);
  if (locale === undefined) {
    locale = createLocale(lang);
    locales.set(lang, locale);
  }
  return locale;
}
