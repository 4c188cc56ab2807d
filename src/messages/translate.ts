import type { Lang } from '../core/text.js';

/** A message catalogue: key → template with `{param}` placeholders, per language. */
export type Catalogue = Record<Lang, Record<string, string>>;

/** Fills a template's `{param}` placeholders. Unknown placeholders stay as they are. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** A translator for one catalogue: Dutch is the fallback, then the key itself. */
export function translator(catalogue: Catalogue) {
  return (lang: Lang, key: string, params: Record<string, string | number> = {}): string => {
    const template = catalogue[lang][key] ?? catalogue.nl[key] ?? key;
    return fill(template, params);
  };
}
