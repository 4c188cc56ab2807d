import { createHash } from 'node:crypto';
import type { Lang } from '../core/text.js';
import { escapeHtml as h } from './html-escape.js';

/** The CSP source for a style element: its SHA-256, so no other style (or anything else) is allowed. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** A table in its own focusable, named scroll box: on a phone a wide table scrolls there, not the page. */
export function tableOpen(label: string): string {
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${h(label)}"><table>`;
}
export const TABLE_CLOSE = '</tbody></table></div>';

/**
 * A self-contained page: one style element allowed by its hash, no scripts, nothing fetched,
 * as the group report is. `body` is HTML that the caller has escaped.
 */
export function htmlPage(lang: Lang, title: string, css: string, body: readonly string[]): string {
  const csp = `default-src 'none'; style-src ${styleHash(css)}; base-uri 'none'; form-action 'none'`;
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
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
