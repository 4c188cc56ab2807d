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

/**
 * What picks a set's text for one reader: the run's Locale (src/messages/locale.ts) in practice.
 * Core hands texts over whole; only what writes for a person (renderers, the JSON label fields) picks.
 */
export interface TextPicker {
  /** A plain function (no `this`), so it can be handed on: `steps.map(locale.text)`. */
  readonly text: (value: LocalizedText) => string;
}

/**
 * The text in `lang`, else in whichever language it has (Dutch first). A plain string is in the
 * set's own language, so it is the text whatever `lang` is.
 */
export function localize(text: LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  // The schema refuses an object without any language, so the empty string is never reached.
  return text[lang] ?? text.nl ?? text.en ?? '';
}

/**
 * Whether `text` has its own wording in `lang` (no fallback). A plain string is written in the
 * set's first language (`setLang`: Dutch unless the set's `languages` start with another).
 */
export function hasTranslation(text: LocalizedText, lang: Lang, setLang: Lang = 'nl'): boolean {
  if (typeof text === 'string') return lang === setLang;
  return text[lang] !== undefined;
}

/** The languages a set is written in (its `languages`, Dutch when it says none); the first is its own. */
export function setLanguages(set: { languages?: readonly Lang[] | undefined }): readonly [Lang, ...Lang[]] {
  const [first, ...rest] = set.languages ?? [];
  return first === undefined ? ['nl'] : [first, ...rest];
}
