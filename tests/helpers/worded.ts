import type { LocalizedText } from '../../src/core/text.js';
import type { Lang } from '../../src/core/text.js';
import { localeOf } from '../../src/messages/locale.js';

/** A band's label as a reader in `lang` sees it (results keep the set's texts in every language). */
export function bandName(band: { label: LocalizedText } | null | undefined, lang: Lang = 'nl'): string | null {
  return band === null || band === undefined ? null : localeOf(lang).text(band.label);
}

/** Steps tied to an answer, their texts as a reader in `lang` sees them. */
export function stepsIn<Entry extends { short: LocalizedText; answer: LocalizedText; steps: LocalizedText[] }>(
  entry: Entry,
  lang: Lang = 'nl',
): Omit<Entry, 'short' | 'answer' | 'steps'> & { short: string; answer: string; steps: string[] } {
  const { text } = localeOf(lang);
  return { ...entry, short: text(entry.short), answer: text(entry.answer), steps: entry.steps.map(text) };
}
