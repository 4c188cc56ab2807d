import type { KeyOf } from '../messages/translate.js';
import { QUESTION_GAP, THEME_GAP, type MirrorTheme } from '../core/mirror.js';
import type { Lang } from '../core/text.js';
import { lowerText, subtitleText, themeText, tMirror, tooFewText, valuedText } from '../messages/mirror.js';
import { formatChange, formatNumber } from '../messages/report.js';
import { escapeHtml as h } from './html-escape.js';
import { card, htmlPage, numCell, numHead, TABLE_CLOSE, tableOpen } from './html-page.js';
import type { MirrorInput } from './mirror-formats.js';
import { REPORT_CSS } from './report-html.js';

// The look of the group report (large type, high contrast, numbers and words on every bar, one
// page per section on paper), plus the client colour and the gap words of the mirror.
const CSS = `${REPORT_CSS}
:root { --client: #8a4b08; }
.self-higher { color: #b42318; font-weight: 700; }
.self-lower { color: #1a7f37; font-weight: 700; }
ul.plain li { margin: 0 0 0.5em; }
`;

const SELF_FILL = '#1d2b4f';
const CLIENT_FILL = '#e3a857';

/** Two bars per theme, the professional's and the clients', each with its word and its number. */
function pairChart(themes: readonly MirrorTheme<string>[], lang: Lang, id: string): string {
  const t = (key: KeyOf<typeof tMirror>): string => tMirror(lang, key);
  const left = 300;
  const barMax = 760;
  const rowHeight = 166;
  const height = themes.length * rowHeight + 10;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" aria-labelledby="${h(id)}" viewBox="0 0 1200 ${height}" ` +
      'xmlns="http://www.w3.org/2000/svg">',
  );
  parts.push(`<title id="${h(id)}">${h(tMirror(lang, 'mirror.themes'))}</title>`);
  themes.forEach((theme, i) => {
    // The theme's name on a line of its own, so a long name never runs into the bars.
    const y = 10 + i * rowHeight;
    parts.push(`<text x="0" y="${y + 30}" font-size="30" font-weight="700">${h(theme.title)}</text>`);
    const bar = (row: number, value: number | null, fill: string, word: string): void => {
      const top = y + 46 + row * 52;
      const width = value === null ? 0 : Math.round((value / 100) * barMax);
      parts.push(`<text x="${left - 14}" y="${top + 33}" font-size="26" text-anchor="end">${h(word)}</text>`);
      parts.push(`<rect x="${left}" y="${top}" width="${barMax}" height="44" fill="#f1f3f8" stroke="#b8b8b8"/>`);
      if (width > 0) parts.push(`<rect x="${left}" y="${top}" width="${width}" height="44" fill="${fill}"/>`);
      const figure = h(formatNumber(value, lang));
      parts.push(`<text x="${left + barMax + 16}" y="${top + 34}" font-size="32" font-weight="800">${figure}</text>`);
    };
    bar(0, theme.self, SELF_FILL, t('label.you'));
    bar(1, theme.clients.mean, CLIENT_FILL, `${t('label.clients')} (n=${theme.clients.n})`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** The mirror as one self-contained page in the report's style, for the screen and for A4. */
export function renderMirrorHtml(input: MirrorInput): string {
  const { mirror, lang } = input;
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(lang, key, params);
  const title = t('mirror.title');
  const subtitle = subtitleText(mirror, lang);
  const body: string[] = ['<header>', `<h1>${h(title)}</h1>`, `<p class="subtitle">${h(subtitle)}</p>`];
  body.push(
    '<ul class="cards">',
    card(String(mirror.clientCount), t(mirror.clientCount === 1 ? 'label.client' : 'label.clients')),
  );
  if (mirror.enough) {
    const largest = mirror.themes[0];
    if (largest !== undefined && largest.gap !== null) {
      body.push(card(h(formatChange(largest.gap, lang)), `${t('label.gap')} · ${largest.title}`));
    }
  }
  body.push('</ul>', '</header>', '<main>');
  if (!mirror.enough) {
    body.push(`<p class="warning" role="alert">${h(tooFewText(mirror, lang))}</p>`, '</main>');
  } else {
    body.push(
      '<section class="first" id="themes">',
      `<h2>${h(t('mirror.themes'))}</h2>`,
      `<p class="note">${h(t('mirror.themes.note'))}</p>`,
    );
    // In its own scroll box, as the report's charts: on a phone the chart keeps a legible width.
    const scroll = `<div class="chart-scroll" role="region" tabindex="0" aria-label="${h(t('mirror.themes'))}">`;
    body.push(`<figure>${scroll}${pairChart(mirror.themes, lang, 'chart-mirror')}</div></figure>`);
    body.push(
      tableOpen(t('mirror.themes')),
      `<thead><tr><th>${h(t('label.theme'))}</th>` +
        [t('label.you'), t('label.clients'), 'n', t('label.gap')].map(numHead).join('') +
        '</tr></thead><tbody>',
    );
    for (const theme of mirror.themes) {
      const direction =
        theme.direction === 'self-higher' || theme.direction === 'self-lower' ? ` ${theme.direction}` : '';
      const figures = [h(formatNumber(theme.self, lang)), h(formatNumber(theme.clients.mean, lang)), theme.clients.n];
      const gap = `<td class="num${direction}">${h(formatChange(theme.gap, lang))}</td>`;
      body.push(`<tr><td>${h(theme.title)}</td>${figures.map(numCell).join('')}${gap}</tr>`);
    }
    body.push(TABLE_CLOSE, '</section>');
    body.push(
      '<section id="reflect">',
      `<h2>${h(t('mirror.reflect'))}</h2>`,
      '<ol class="starters">',
      ...mirror.themes.map((theme) => `<li>${h(themeText(theme, mirror.minClients, lang))}</li>`),
      '</ol>',
      '</section>',
    );
    body.push('<section id="questions">', `<h2>${h(t('mirror.lower'))}</h2>`);
    if (mirror.lower.length === 0) body.push(`<p>${h(t('mirror.lower.none', { gap: QUESTION_GAP }))}</p>`);
    else
      body.push(
        '<ul class="plain">',
        ...mirror.lower.map((question) => `<li>${h(lowerText(question, lang))}</li>`),
        '</ul>',
      );
    body.push(`<h2>${h(t('mirror.valued'))}</h2>`);
    if (mirror.valued.length === 0) body.push(`<p>${h(t('mirror.valued.none'))}</p>`);
    else
      body.push(
        '<ul class="plain">',
        ...mirror.valued.map((question) => `<li>${h(valuedText(question, lang))}</li>`),
        '</ul>',
      );
    body.push('</section>', '</main>');
  }
  body.push(
    '<footer>',
    `<h2>${h(t('mirror.howToRead'))}</h2>`,
    `<p>${h(t('mirror.howToRead.text', { gap: THEME_GAP, min: mirror.minClients }))}</p>`,
    `<p>${h(t('mirror.generated', { version: input.version }))}</p>`,
    '</footer>',
  );
  return htmlPage({ lang, title, css: CSS, body });
}
