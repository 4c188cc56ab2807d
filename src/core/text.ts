import * as z from 'zod';

/** The languages the tool speaks. Dutch is the first and the fallback. */
export const LANGS = ['nl', 'en'] as const;
/** One of the languages the tool speaks. */
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** A human text: a plain string (Dutch), or one string per language with `nl` required. */
export const localizedTextSchema = z.union(
  [
    z.string().trim().min(1),
    z.strictObject({
      nl: z.string().trim().min(1),
      en: z.string().trim().min(1).optional(),
    }),
  ],
  // zod's own words for a failed union are just "invalid input"; this says what fits.
  { error: 'kantellat:localized-text' },
).describe('A text: a plain string (Dutch), or one string per language: {nl: ..., en: ...}.');
/** A human text: a plain string (Dutch), or one string per language with `nl` required. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in `lang`, falling back to Dutch. */
export function localize(text: LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}

/** Whether `text` has its own wording in `lang` (no fallback). */
export function hasTranslation(text: LocalizedText, lang: Lang): boolean {
  if (typeof text === 'string') return lang === 'nl';
  return lang === 'nl' ? true : text.en !== undefined;
}
