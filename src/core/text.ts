// No zod here (the schema is in localized-text.ts): the browser form bundles this file.
import type { LocalizedText } from './localized-text.js';

/** The languages the tool speaks. Dutch is the first and the fallback. */
export const LANGS = ['nl', 'en'] as const;
/** One of the languages the tool speaks. */
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export type { LocalizedText } from './localized-text.js';

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
