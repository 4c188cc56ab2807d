// Plain data, no Node API: the browser form bundles it through translate.ts.
import type { Lang } from '../core/text.js';

/** A counted noun's forms: `one` and `other` always, `zero`/`two`/`few`/`many` where a language has them. */
type Forms = { readonly one: string; readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

// `{count}` is the number, written where the language puts it.
const nl = {
  questions: { one: '{count} vraag', other: '{count} vragen' },
  themes: { one: '{count} thema', other: "{count} thema's" },
  files: { one: '{count} bestand', other: '{count} bestanden' },
  participants: { one: '{count} deelnemer', other: '{count} deelnemers' },
  clients: { one: '{count} cliënt', other: '{count} cliënten' },
  answers: { one: '{count} antwoord', other: '{count} antwoorden' },
  errors: { one: '{count} fout', other: '{count} fouten' },
  problems: { one: '{count} probleem', other: '{count} problemen' },
} as const satisfies Record<string, Forms>;

/** A noun a message can count: `{total:questions}` in a template gives "12 vragen", "1 vraag". */
export type CountNoun = keyof typeof nl;

const en: Record<CountNoun, Forms> = {
  questions: { one: '{count} question', other: '{count} questions' },
  themes: { one: '{count} theme', other: '{count} themes' },
  files: { one: '{count} file', other: '{count} files' },
  participants: { one: '{count} participant', other: '{count} participants' },
  clients: { one: '{count} client', other: '{count} clients' },
  answers: { one: '{count} answer', other: '{count} answers' },
  errors: { one: '{count} error', other: '{count} errors' },
  problems: { one: '{count} problem', other: '{count} problems' },
};

/** The counted nouns of every language; a language without one of them is a compile error. */
export const COUNT_NOUNS: { readonly [L in Lang]: Readonly<Record<CountNoun, Forms>> } = { nl, en };

export function isCountNoun(name: string): name is CountNoun {
  return Object.hasOwn(nl, name);
}
