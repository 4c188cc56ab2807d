import type { KeyOf } from '../messages/translate.js';
import { GROUP_SAME_WITHIN, type GroupComparison, type SummaryChange } from '../core/group-compare.js';
import type { GroupStats, QuestionStats } from '../core/group-stats.js';
import type { Lang } from '../core/text.js';
import {
  changeWords,
  datesText,
  groupNotes,
  formatNumber,
  formatPercent,
  participantsText,
  starterText,
  howToReadText,
  tReport,
} from '../messages/report.js';
import { escapeHtml as h } from './html-escape.js';
import { card, htmlPage, numCell, numHead } from './html-page.js';
import { sameBandLabels } from './report-layout.js';
import { clientsHtml } from './report-clients.js';
import { TABLE_CLOSE, tableOpen } from './html-page.js';
import { HEATMAP_MAX_PARTICIPANTS, type ReportInput } from './report-formats.js';
import {
  baselineChart,
  bandFill,
  heatmap,
  histogramChart,
  levelsChart,
  markSwatch,
  optionFill,
  questionChart,
  swatch,
  themeChart,
} from './report-svg.js';

// The page is one self-contained file: no scripts, no fonts, no images, nothing fetched. The
// Content-Security-Policy allows exactly the one style element (by its hash) and nothing else,
// so even a name that slipped past escaping could not run or load anything.

/** The report's style sheet; the projector page of `kantellat session` uses it too. */
export const REPORT_CSS = `
:root { --ink: #111111; --muted: #444444; --line: #b8b8b8; --accent: #1d2b4f; --soft: #f1f3f8; }
* { box-sizing: border-box; }
html { font-size: clamp(18px, 1.55vw, 30px); color-scheme: light; }
body { margin: 0 auto; max-width: 1300px; padding: 1rem 2rem 3rem; color: var(--ink); background: #ffffff;
  overflow-wrap: break-word;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial,
    sans-serif; line-height: 1.4; }
h1 { font-size: 2.1rem; line-height: 1.15; margin: 0.3em 0 0.15em; }
h2 { font-size: 1.55rem; margin: 1.6em 0 0.5em; padding-bottom: 0.15em; border-bottom: 5px solid var(--accent); }
h3 { font-size: 1.08rem; margin: 0 0 0.35em; }
p { margin: 0.4em 0; }
.subtitle { font-size: 1.05rem; color: var(--muted); margin: 0; }
.warning { background: #fff3c4; border-left: 10px solid #a66f00; padding: 0.6em 1em; font-weight: 700;
  margin: 0.8em 0; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 0.9rem 0 0.4rem; padding: 0; list-style: none; }
.cards li { border: 3px solid var(--line); border-radius: 12px; padding: 0.35em 0.9em 0.45em; min-width: 8.5em; }
.cards .big { display: block; font-size: 2.3rem; font-weight: 800; line-height: 1.1; }
.cards .what { color: var(--muted); }
.note { color: var(--muted); font-size: 0.92rem; }
.frame { color: var(--muted); font-size: 0.92rem; font-style: italic; margin: 0 0 0.2em; }
figure { margin: 0.8rem 0 1.2rem; }
figcaption { font-weight: 700; margin-bottom: 0.3em; }
svg.chart { display: block; width: 100%; min-width: 34rem; height: auto; }
.chart-scroll, .table-scroll { overflow-x: auto; max-width: 100%; }
.chart-scroll:focus-visible, .table-scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
svg text { font-family: inherit; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; font-size: 0.9rem; }
th, td { border-bottom: 2px solid #dddddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { border-bottom-color: var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.up { color: #1a7f37; font-weight: 700; }
.down { color: #b42318; font-weight: 700; }
.same { color: var(--muted); font-weight: 700; }
ol.starters { list-style: none; counter-reset: starter; padding: 0; margin: 0; }
ol.starters li { counter-increment: starter; position: relative; font-size: 1.22rem; background: var(--soft);
  border-left: 10px solid var(--accent); padding: 0.55em 1em 0.6em 3.1em; margin: 0 0 0.7em; }
ol.starters li::before { content: counter(starter); position: absolute; left: 0.75em; top: 0.4em; font-size: 1.35em;
  font-weight: 800; color: var(--accent); }
ul.legend { display: flex; flex-wrap: wrap; gap: 0.3em 1.4em; list-style: none; padding: 0; margin: 0.4em 0 0.8em; }
ul.legend li { display: flex; align-items: center; gap: 0.4em; }
svg.swatch { display: inline-block; width: 1.05em; height: 1.05em; vertical-align: -0.15em; flex: none; }
svg.swatch.wide { width: 1.3em; }
.question { margin: 0 0 1.3em; }
.question .counts { margin: 0.25em 0 0; }
.question .counts span { white-space: nowrap; }
.tag { font-weight: 400; color: var(--muted); font-size: 0.85em; }
footer { margin-top: 3rem; border-top: 3px solid var(--line); padding-top: 0.8rem; color: var(--muted);
  font-size: 0.92rem; }
/* A phone: less margin, smaller headings, cards that may shrink; wide tables and charts scroll in their own box. */
@media (max-width: 40em) {
  body { padding: 0.6rem 0.75rem 2rem; }
  h1 { font-size: 1.6rem; }
  h2 { font-size: 1.3rem; }
  .cards li { min-width: 0; }
  ol.starters li { font-size: 1.05rem; padding-left: 2.6em; }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  section { break-before: page; }
  section.first { break-before: auto; }
  h2 { break-after: avoid; margin-top: 0; }
  figure, table, .question, ol.starters li, ul.cards, .warning { break-inside: avoid; }
  .cards li { min-width: 0; padding: 0.2em 0.7em 0.3em; }
  .cards .big { font-size: 1.7rem; }
  table { font-size: 0.85rem; }
  svg.chart { min-width: 0; }
  .chart-scroll, .table-scroll { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function changeCell(change: SummaryChange<string>, which: 'mean' | 'median', lang: Lang): string {
  const delta = which === 'mean' ? change.meanChange : change.medianChange;
  const direction = which === 'mean' ? change.meanDirection : change.medianDirection;
  if (delta === null) return '<td>–</td>';
  return `<td class="${h(direction ?? 'same')}">${h(changeWords(direction, delta, lang, true))}</td>`;
}

function bandOfScore(stats: GroupStats<string>, score: number): number | null {
  const index = stats.overall.levels.findIndex((level) => score >= level.min && score <= level.max);
  return index === -1 ? null : index;
}

function questionBlock(question: QuestionStats<string>, stats: GroupStats<string>, lang: Lang): string {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const theme = stats.themes.find((found) => found.id === question.theme)?.title ?? question.theme;
  const counts = question.options.map(
    (option, i) => `<span>${swatch(optionFill(question, i).fill)} ${h(option.label)} <b>${option.count}</b></span>`,
  );
  if (question.notAnswered > 0)
    counts.push(`<span>${swatch('#ffffff', true)} ${h(t('label.notAnswered'))} <b>${question.notAnswered}</b></span>`);
  const summary = [
    `${t('label.mean')} ${formatNumber(question.mean, lang)}`,
    `${t('label.spread')} ${formatNumber(question.spread, lang)}`,
    `n=${question.n}`,
  ];
  if (question.reverse) summary.push(t('label.reverse'));
  return [
    '<div class="question">',
    // The recall frame first, as the participant read it: a text such as "die tien gesprekken" leans on it.
    question.frame === null ? '' : `<p class="frame">${h(question.frame)}</p>`,
    `<h3>${question.number}. ${h(question.text)} <span class="tag">(${h(theme)})</span></h3>`,
    questionChart(question, stats.size, lang, `chart-q-${question.number}`),
    `<p class="counts">${counts.join(' · ')}</p>`,
    `<p class="note">${h(summary.join(' · '))}</p>`,
    '</div>',
  ].join('\n');
}

type T = (key: KeyOf<typeof tReport>, params?: Record<string, string | number>) => string;

function translatorFor(lang: Lang): T {
  return (key, params = {}) => tReport(lang, key, params);
}

/**
 * The page's header: title, who and when, the traceability warning, the group's notes, and the key figures as cards.
 */
export function reportHeader(
  stats: GroupStats<string>,
  lang: Lang,
  baseline: GroupComparison<string> | null = null,
  duplicates = 0,
): string[] {
  const t = translatorFor(lang);
  const title = `${stats.questionSet.title} · ${t('report.title')}`;
  const subtitle = [
    participantsText(stats.size, lang),
    datesText(stats.dates, lang),
    t('report.version', { id: stats.questionSet.id, version: stats.questionSet.version }),
  ].filter((part) => part !== null);
  const body: string[] = [];
  body.push('<header>', `<h1>${h(title)}</h1>`, `<p class="subtitle">${h(subtitle.join(' · '))}</p>`);
  if (stats.traceable) body.push(`<p class="warning" role="alert">${h(t('report.traceable', { n: stats.size }))}</p>`);
  for (const note of groupNotes(stats, baseline, lang)) body.push(`<p class="note">${h(note)}</p>`);
  if (duplicates > 0) body.push(`<p class="warning" role="alert">${h(t('report.duplicates', { n: duplicates }))}</p>`);
  body.push(...reportCards(stats, lang), '</header>');
  return body;
}

/** A band in a legend: its swatch, its label and its range. */
function bandLegendItem(band: { index: number; label: string; min: number; max: number }, count: number): string {
  return `<li>${swatch(bandFill(band.index, count, 'light'))} ${h(`${band.label} (${band.min}–${band.max})`)}</li>`;
}

/** The key figures: participants, overall mean with its level, median, lowest–highest. */
export function reportCards(stats: GroupStats<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const num = (value: number | null): string => h(formatNumber(value, lang));
  const overall = stats.overall;
  const level = overall.meanLevel === null ? null : overall.levels[overall.meanLevel];
  const body = ['<ul class="cards">'];
  body.push(card(String(stats.size), t(stats.size === 1 ? 'label.participant.one' : 'label.participant.other')));
  // Beside "7 deelnemers", a mean of the two who have an overall score must say it is two.
  const fewer = overall.n < stats.size ? ` · n=${overall.n}` : '';
  const levelWord = level === null || level === undefined ? '' : ` · ${level.label}`;
  body.push(card(num(overall.mean), `${t('label.overallMean')}${levelWord}${fewer}`));
  if (overall.points !== undefined)
    body.push(card(num(overall.points.mean), t('label.points', { max: overall.points.max })));
  body.push(card(num(overall.median), t('label.median')));
  if (overall.min !== null && overall.max !== null) {
    body.push(card(`${overall.min}–${overall.max}`, t('label.lowestHighest')));
  }
  body.push('</ul>');
  return body;
}

/** The themes: the chart of means, medians and ranges, its legend and the table. */
export function themesSection(stats: GroupStats<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const num = (value: number | null): string => h(formatNumber(value, lang));
  const body: string[] = [];
  body.push(
    '<section class="first" id="themes">',
    `<h2>${h(t('report.themes'))}</h2>`,
    `<p class="note">${h(t('report.themes.note'))}</p>`,
  );
  // The band zones are explained once when every theme has the same bands (the usual case).
  const first = stats.themes[0]?.bands ?? [];
  const shared = sameBandLabels(stats.themes.map((theme) => theme.bands));
  body.push(`<figure>${themeChart(stats, lang, 'chart-themes')}</figure>`);
  body.push(
    '<ul class="legend">',
    `<li>${markSwatch('bar')} ${h(t('label.mean'))}</li>`,
    `<li>${markSwatch('median')} ${h(t('label.median'))}</li>`,
    `<li>${markSwatch('range')} ${h(t('label.lowToHigh'))}</li>`,
    ...(shared ? first : []).map((band) => bandLegendItem(band, first.length)),
    '</ul>',
  );
  // One column per band when every theme has the same bands, one column with all of them otherwise.
  const bandHeads = shared
    ? first.map((band) => `<th class="num">${h(band.label)}</th>`).join('')
    : `<th>${h(t('label.level'))}</th>`;
  body.push(
    tableOpen(t('report.themes')),
    '<thead><tr>',
    `<th>${h(t('label.theme'))}</th>${numHead('n')}${numHead(t('label.mean'))}${numHead(t('label.median'))}` +
      `${numHead('min–max')}${numHead(t('label.spread'))}${bandHeads}`,
    '</tr></thead><tbody>',
  );
  for (const theme of stats.themes) {
    const bands = shared
      ? theme.bands
          .map(
            (band) =>
              `<td class="num">${band.count} <span class="tag">(${h(formatPercent(band.share, lang))})</span></td>`,
          )
          .join('')
      : `<td>${theme.bands.map((band) => `${h(band.label)} <b>${band.count}</b>`).join(' · ')}</td>`;
    const missing = theme.missing > 0 ? `<br><span class="tag">${h(t('label.noScore'))}: ${theme.missing}</span>` : '';
    const range = theme.min === null || theme.max === null ? '–' : `${theme.min}–${theme.max}`;
    const figures = [theme.n, `<b>${num(theme.mean)}</b>`, num(theme.median), range, num(theme.spread)];
    body.push(`<tr><td>${h(theme.title)}${missing}</td>${figures.map(numCell).join('')}${bands}</tr>`);
  }
  body.push(TABLE_CLOSE, '</section>');
  return body;
}

/** The discussion starters, as a numbered list. */
export function startersSection(stats: GroupStats<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const body = ['<section id="starters">', `<h2>${h(t('report.starters'))}</h2>`];
  if (stats.starters.length === 0) body.push(`<p>${h(t('starter.none'))}</p>`);
  else
    body.push(
      '<ol class="starters">',
      ...stats.starters.map((starter) => `<li>${h(starterText(starter, stats, lang))}</li>`),
      '</ol>',
    );
  body.push('</section>');
  return body;
}

function baselineSection(baseline: GroupComparison<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const num = (value: number | null): string => h(formatNumber(value, lang));
  const body: string[] = [];
  body.push(
    '<section id="baseline">',
    `<h2>${h(t('report.baseline'))}</h2>`,
    `<p class="note">${h(t('report.baseline.sizes', { before: baseline.beforeSize, after: baseline.afterSize }))}</p>`,
  );
  body.push(`<figure>${baselineChart(baseline, lang, 'chart-baseline')}</figure>`);
  // "Gemiddelde vóór | na | verandering", and the same for the median.
  const beforeAfterHeads = (what: string): string =>
    `${numHead(`${what} ${t('label.before')}`)}${numHead(t('label.after'))}<th>${h(t('label.change'))}</th>`;
  body.push(
    tableOpen(t('report.baseline')),
    '<thead><tr>',
    `<th>${h(t('label.theme'))}</th>${beforeAfterHeads(t('label.mean'))}${beforeAfterHeads(t('label.median'))}`,
    '</tr></thead><tbody>',
  );
  for (const change of [{ ...baseline.overall, title: t('label.overall') }, ...baseline.themes]) {
    const mean = `${numCell(num(change.before.mean))}${numCell(`<b>${num(change.after.mean)}</b>`)}`;
    const median = `${numCell(num(change.before.median))}${numCell(`<b>${num(change.after.median)}</b>`)}`;
    body.push(
      `<tr><td>${h(change.title)}</td>${mean}${changeCell(change, 'mean', lang)}` +
        `${median}${changeCell(change, 'median', lang)}</tr>`,
    );
  }
  body.push(TABLE_CLOSE, `<h3>${h(t('report.moved'))}</h3>`);
  if (baseline.movedQuestions.length === 0)
    body.push(`<p>${h(t('report.moved.none', { within: GROUP_SAME_WITHIN }))}</p>`);
  else {
    body.push('<ul>');
    for (const question of baseline.movedQuestions) {
      const move = changeWords(question.direction, question.change, lang, true);
      const means = `<span class="num">${num(question.before.mean)} → <b>${num(question.after.mean)}</b></span>`;
      const moved = `<span class="${h(question.direction)}">${h(move)}</span>`;
      body.push(`<li>${question.number}. ${h(question.text)}<br>${means} ${moved}</li>`);
    }
    body.push('</ul>');
  }
  body.push(`<p class="note">${h(t('report.baseline.note', { within: GROUP_SAME_WITHIN }))}</p>`, '</section>');
  return body;
}

/** A chart (HTML) with its caption (text). */
function figure(caption: string, chart: string): string {
  return `<figure><figcaption>${h(caption)}</figcaption>${chart}</figure>`;
}

/** The overall scores: participants per level and the histogram. */
export function overallSection(stats: GroupStats<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const overall = stats.overall;
  return [
    '<section id="overall">',
    `<h2>${h(t('report.overall'))}</h2>`,
    figure(t('report.overall.levels'), levelsChart(overall, lang, 'chart-levels')),
    figure(
      t('report.histogram'),
      histogramChart(overall, lang, 'chart-histogram', (score) => bandOfScore(stats, score)),
    ),
    '</section>',
  ];
}

function participantsSection(stats: GroupStats<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const overall = stats.overall;
  const body = ['<section id="participants">', `<h2>${h(t('report.heatmap'))}</h2>`];
  if (stats.participants.length > HEATMAP_MAX_PARTICIPANTS) {
    body.push(
      `<p>${h(t('report.heatmap.tooMany', { n: stats.size, max: HEATMAP_MAX_PARTICIPANTS }))}</p>`,
      '</section>',
    );
    return body;
  }
  body.push(`<p class="note">${h(t('report.heatmap.note'))}</p>`);
  body.push(
    '<ul class="legend">',
    ...overall.levels.map((band) => bandLegendItem(band, overall.levels.length)),
    `<li>${swatch(bandFill(null, 1, 'light'))} ${h(t('label.noScore'))}</li>`,
    '</ul>',
  );
  body.push(`<figure>${heatmap(stats, lang, 'chart-heatmap')}</figure>`);
  body.push(`<p class="note">${h(t(stats.named ? 'report.named' : 'report.anonymous'))}</p>`, '</section>');
  return body;
}

/** The answers per question: a bar of option shares and the counts for each. */
export function questionsSection(stats: GroupStats<string>, lang: Lang): string[] {
  const t = translatorFor(lang);
  const body = [
    '<section id="questions">',
    `<h2>${h(t('report.questions'))}</h2>`,
    `<p class="note">${h(t('report.questions.note'))}</p>`,
  ];
  for (const question of stats.questions) body.push(questionBlock(question, stats, lang));
  body.push('</section>');
  return body;
}

/**
 * The group report as one self-contained HTML page for a projector and for A4: large type,
 * high contrast, inline SVG charts with numbers and labels on everything, print CSS with a page
 * per section. Every name and text is escaped; notes and file names are never in it.
 */
export function renderReportHtml(input: ReportInput): string {
  const { stats, baseline, lang } = input;
  const t = translatorFor(lang);
  const title = `${stats.questionSet.title} · ${t('report.title')}`;
  const body: string[] = [
    ...reportHeader(stats, lang, baseline, input.duplicates ?? 0),
    '<main>',
    ...themesSection(stats, lang),
    ...startersSection(stats, lang),
    ...(baseline === null ? [] : baselineSection(baseline, lang)),
    ...overallSection(stats, lang),
    ...participantsSection(stats, lang),
    ...questionsSection(stats, lang),
    ...(input.clients === undefined ? [] : clientsHtml(input.clients, lang)),
    '</main>',
  ];
  body.push(
    '<footer>',
    `<h2>${h(t('report.howToRead'))}</h2>`,
    `<p>${h(howToReadText(input.stats, input.lang))}</p>`,
    `<p>${h(t('report.generated', { version: input.version }))}</p>`,
    '</footer>',
  );

  return htmlPage({ lang, title, css: REPORT_CSS, body });
}
