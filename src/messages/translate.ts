import { neutralize } from '../core/terminal-text.js';
import type { Lang } from '../core/text.js';

/** A message catalogue: key → template with `{param}` placeholders, per language. */
export type Catalogue = Record<Lang, Record<string, string>>;

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

/** A translator for one catalogue: Dutch is the fallback, then the key itself. */
export function translator(catalogue: Catalogue) {
  return (lang: Lang, key: string, params: Record<string, string | number> = {}): string => {
    const template = catalogue[lang][key] ?? catalogue.nl[key] ?? key;
    return fill(template, params);
  };
}
