import { createHash } from 'node:crypto';
import type { Lang } from '../core/text.js';
import { escapeHtml as h } from './html-escape.js';

/** The CSP source for one inline element: its SHA-256, so nothing else of its kind is allowed. */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** What a self-contained page is made of; `body` is HTML that the caller has escaped. */
export interface PageParts {
  lang: Lang;
  title: string;
  css: string;
  body: readonly string[];
  /** The one inline script, placed last in the body; without it the page runs no script at all. */
  script?: string;
  /** Where the script may send requests (`connect-src`); without it, nowhere. */
  connect?: string;
}

/** A table in its own focusable, named scroll box: on a phone a wide table scrolls there, not the page. */
export function tableOpen(label: string): string {
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${h(label)}"><table>`;
}
export const TABLE_CLOSE = '</tbody></table></div>';

/** One key figure as a card: the figure (HTML, already escaped) and what it is (text). */
export function card(big: string, what: string): string {
  return `<li><span class="big">${big}</span><span class="what">${h(what)}</span></li>`;
}

/** A right-aligned head cell of a table with numbers. */
export function numHead(label: string): string {
  return `<th class="num">${h(label)}</th>`;
}

/** A right-aligned cell of a table with numbers; `content` is HTML, already escaped. */
export function numCell(content: string | number): string {
  return `<td class="num">${content}</td>`;
}

/**
 * A self-contained page: its one style (and script, if any) allowed by their hashes in a
 * Content-Security-Policy that is the first element of <head>, nothing fetched. The report,
 * the mirror, the client card, the form and the projector are all made by this one function.
 */
export function htmlPage(page: PageParts): string {
  const { lang, title, css, body, script, connect } = page;
  const csp = [
    "default-src 'none'",
    ...(script === undefined ? [] : [`script-src ${inlineHash(script)}`]),
    `style-src ${inlineHash(css)}`,
    ...(script === undefined ? [] : [`connect-src ${connect ?? "'none'"}`, "img-src 'none'"]),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${h(lang)}">`,
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    ...body,
    ...(script === undefined ? [] : [`<script>${script}</script>`]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
