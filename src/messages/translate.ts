import { once } from '../core/once.js';
import { neutralize } from '../core/terminal-text.js';
import type { Lang } from '../core/text.js';
import { COUNT_NOUNS, isCountNoun } from './counts.js';
import { localeOf } from './locale.js';

/** The values a template's `{param}` placeholders are filled with. */
export type Params = Readonly<Record<string, string | number>>;

/** A message catalogue: for every language the same keys, each a template with `{param}` placeholders. */
export type Catalogue<Key extends string> = () => { readonly [L in Lang]: Readonly<Record<Key, string>> };

/**
 * A catalogue from a function that gives its texts per language. The keys are taken from the
 * Dutch texts only, so a key that another language lacks (or has extra) is a compile error in
 * that language's block. The texts are made when the first of them is asked for: a command that
 * starts dozens of times in a session makes only the catalogues it speaks from (`score` without a
 * problem never makes those of problems, check or report).
 */
export function defineCatalogue<const T extends Texts>(
  texts: () => T & SameKeys<T>,
): Catalogue<keyof T['nl'] & string> {
  return once(texts);
}

/** The texts of a catalogue, as its function gives them. */
type Texts = { readonly [L in Lang]: Readonly<Record<string, string>> };

/** Nothing when every language has exactly the Dutch keys; `never` otherwise, which no catalogue can be. */
type SameKeys<T extends Texts> = {
  [L in Lang]: Exclude<keyof T[L], keyof T['nl']> | Exclude<keyof T['nl'], keyof T[L]>;
}[Lang] extends never
  ? unknown
  : never;

/** `x` for a catalogue with `x.one` and `x.other`: the key a plural message is asked by. */
export type PluralStem<Key extends string> = Key extends `${infer Stem}.other` ? Stem : never;

/** A key of a catalogue: a plain key, or the stem of a plural message. */
export type MessageKey<Key extends string> = Key | PluralStem<Key>;

let invocation = 'kantellat';

/**
 * How the user started kantellat, for the commands that messages tell them to type next:
 * `npx kantellat` when it was run through npx (as the README's quick start does), where a bare
 * `kantellat` would not be found.
 */
export function setInvocation(env: Readonly<Record<string, string | undefined>>): void {
  invocation = env['npm_command'] === 'exec' ? 'npx kantellat' : 'kantellat';
}

/** A path as it can be typed after a command: in double quotes when a shell would split or read it. */
export function shellQuoted(path: string): string {
  return /[\s"'&|<>()^%!]/.test(path) ? `"${path}"` : path;
}

/** `kantellat`, or `npx kantellat` when it was started through npx. */
export function invocationName(): string {
  return invocation;
}

/**
 * Fills a template's `{param}` placeholders; `{kantellat}` is the command as the user starts it.
 * Unknown placeholders stay as they are. A value often comes from a file (a name, an answer, a
 * path), so control characters in it are neutralized: a message can never steer the terminal.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? neutralize(String(params[name])) : name === 'kantellat' ? invocation : whole,
  );
}

/**
 * The template of `key`, or of its plural form: a key with `.one`/`.other` (and `.few`, `.many`,
 * ... as a language needs) variants picks the variant Intl.PluralRules gives for `{count}` (or
 * `{n}`), so Dutch gets "1 vraag" and "2 vragen" from one call. For a noun alone, see `withCounts`.
 */
function templateOf(
  texts: Readonly<Record<string, string>>,
  lang: Lang,
  key: string,
  params: Params,
): string | undefined {
  const plain = texts[key];
  if (plain !== undefined) return plain;
  const other = texts[`${key}.other`];
  if (other === undefined) return undefined;
  const count = params['count'] ?? params['n'];
  if (typeof count !== 'number') return other;
  return texts[`${key}.${localeOf(lang).plural(count)}`] ?? other;
}

/**
 * `{total:questions}`: the number in `total` with its noun in the right form ("1 vraag", "12
 * vragen"), from src/messages/counts.ts. A template never writes "vraag/vragen" or "file(s)".
 */
function withCounts(template: string, lang: Lang, params: Params): string {
  return template.replace(/\{(\w+):(\w+)\}/g, (whole, name: string, noun: string) => {
    const count = params[name];
    if (typeof count !== 'number' || !isCountNoun(noun)) return whole;
    const forms = COUNT_NOUNS[lang][noun];
    const form = forms[localeOf(lang).plural(count)] ?? forms.other;
    return form.replace('{count}', `{${name}}`);
  });
}

/** Numbers as the language writes them: a decimal comma in Dutch. Whole numbers (ports, lines, counts) as they are. */
function localized(params: Params, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] =
      typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)
        ? localeOf(lang).number(value, 2)
        : value;
  }
  return out;
}

/**
 * Gives the text of a key of one catalogue in a language, its placeholders filled. `loose` takes
 * a key that comes from data (an error's or a problem's code) and gives the key itself when the
 * catalogue lacks it.
 */
export interface Translate<Key extends string> {
  (lang: Lang, key: MessageKey<Key>, params?: Params): string;
  loose(lang: Lang, key: string, params?: Params): string;
}

/** The keys a translator takes, for a helper that passes them on. */
export type KeyOf<T> = T extends Translate<infer Key> ? MessageKey<Key> : never;

/** A translator for one catalogue. Every language has every key (the compiler checks), so nothing falls back. */
export function translator<Key extends string>(catalogue: Catalogue<Key>): Translate<Key> {
  const loose = (lang: Lang, key: string, params: Params = {}): string =>
    fill(withCounts(templateOf(catalogue()[lang], lang, key, params) ?? key, lang, params), localized(params, lang));
  return Object.assign((lang: Lang, key: MessageKey<Key>, params: Params = {}) => loose(lang, key, params), { loose });
}
