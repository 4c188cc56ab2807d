import type { KeyOf } from '../messages/translate.js';
import type { ChalkInstance } from 'chalk';
import type { TeamMirror } from '../core/mirror.js';
import type { Lang } from '../core/text.js';
import { teamThemeText, tMirror } from '../messages/mirror.js';
import { formatChange, formatNumber } from '../messages/report.js';
import { escapeHtml as h } from './html-escape.js';
import { numCell, numHead, TABLE_CLOSE, tableOpen } from './html-page.js';
import { pad, truncate, wrapIndented } from './report-layout.js';
import { markdownRow, markdownText as md } from './report-markdown.js';

// The part `report --clients` adds to each human format of the group report: the team's own
// view beside all its clients' view, per theme. Clients only together, only from three on.

function tooFew(mirror: TeamMirror<string>, lang: Lang): string {
  return tMirror(lang, 'team.tooFew', { count: mirror.clientCount, min: mirror.minClients });
}

/** The clients' section for the terminal report. */
export function clientsTerminal(mirror: TeamMirror<string>, lang: Lang, c: ChalkInstance, width: number): string[] {
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(lang, key, params);
  const out = [c.bold(t('team.title').toLocaleUpperCase(lang))];
  if (!mirror.enough) return [...out, ...wrapIndented(tooFew(mirror, lang), width, '  ')];
  out.push(...wrapIndented(t('team.note', { min: mirror.minClients }), width, '  ').map((line) => c.dim(line)));
  const nameWidth = Math.max(12, Math.min(28, width - 44));
  out.push(
    c.dim(
      `  ${pad(t('label.theme'), nameWidth)}  ${pad(t('team.label.team'), 10, true)}  ` +
        `${pad(t('team.label.clients'), 10, true)}  ${pad(t('label.gap'), 8, true)}`,
    ),
  );
  for (const theme of mirror.themes) {
    const team = `${formatNumber(theme.team.mean, lang)} (${theme.team.n})`;
    const clients = `${formatNumber(theme.clients.mean, lang)} (${theme.clients.n})`;
    const gap = formatChange(theme.gap, lang);
    const cells = [pad(truncate(theme.title, nameWidth), nameWidth), pad(team, 10, true), pad(clients, 10, true)];
    out.push(`  ${cells.join('  ')}  ${pad(gap, 8, true)}`);
  }
  for (const theme of mirror.themes.filter(
    (found) => found.direction === 'self-higher' || found.direction === 'self-lower',
  )) {
    out.push(...wrapIndented(teamThemeText(theme, lang), width, '  - ', '    '));
  }
  return out;
}

/** The clients' section for the Markdown report. */
export function clientsMarkdown(mirror: TeamMirror<string>, lang: Lang): string[] {
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(lang, key, params);
  const out = [`## ${md(t('team.title'))}`, ''];
  if (!mirror.enough) return [...out, md(tooFew(mirror, lang)), ''];
  out.push(md(t('team.note', { min: mirror.minClients })), '');
  out.push(
    markdownRow([
      md(t('label.theme')),
      md(t('team.label.team')),
      'n',
      md(t('team.label.clients')),
      'n',
      md(t('label.gap')),
    ]),
    '|---|--:|--:|--:|--:|--:|',
  );
  for (const theme of mirror.themes) {
    const team = formatNumber(theme.team.mean, lang);
    const clients = formatNumber(theme.clients.mean, lang);
    out.push(
      markdownRow([md(theme.title), team, theme.team.n, clients, theme.clients.n, formatChange(theme.gap, lang)]),
    );
  }
  out.push('');
  for (const theme of mirror.themes) out.push(`- ${md(teamThemeText(theme, lang))}`);
  return [...out, ''];
}

/** The clients' section for the HTML report (its table styles). */
export function clientsHtml(mirror: TeamMirror<string>, lang: Lang): string[] {
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(lang, key, params);
  const out = ['<section id="clients">', `<h2>${h(t('team.title'))}</h2>`];
  if (!mirror.enough) return [...out, `<p class="warning">${h(tooFew(mirror, lang))}</p>`, '</section>'];
  out.push(`<p class="note">${h(t('team.note', { min: mirror.minClients }))}</p>`);
  out.push(
    tableOpen(t('team.title')),
    `<thead><tr><th>${h(t('label.theme'))}</th>` +
      [t('team.label.team'), 'n', t('team.label.clients'), 'n', t('label.gap')].map(numHead).join('') +
      '</tr></thead><tbody>',
  );
  for (const theme of mirror.themes) {
    const figures = [
      `<b>${h(formatNumber(theme.team.mean, lang))}</b>`,
      theme.team.n,
      `<b>${h(formatNumber(theme.clients.mean, lang))}</b>`,
      theme.clients.n,
      h(formatChange(theme.gap, lang)),
    ];
    out.push(`<tr><td>${h(theme.title)}</td>${figures.map(numCell).join('')}</tr>`);
  }
  out.push(
    TABLE_CLOSE,
    '<ol class="starters">',
    ...mirror.themes.map((theme) => `<li>${h(teamThemeText(theme, lang))}</li>`),
    '</ol>',
    '</section>',
  );
  return out;
}
