import type { KeyOf } from '../messages/translate.js';
import type { ChalkInstance } from 'chalk';
import { GROUP_SAME_WITHIN, type Direction, type SummaryChange } from '../core/group-compare.js';
import type { BandCount, GroupStats } from '../core/group-stats.js';
import type { Summary } from '../core/statistics.js';
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
import { clientsTerminal } from './report-clients.js';
import { HEATMAP_MAX_PARTICIPANTS, type ReportInput } from './report-formats.js';
import { neutralize } from '../core/terminal-text.js';
import { pad, textBar, truncate, visibleLength, wrapIndented, wrapItems, type PaintedItem } from './report-layout.js';
import { toned } from './style.js';

/** How the terminal report looks: colour (chalk level 0 for none), Unicode or ASCII, width. */
export interface TerminalOptions {
  color: ChalkInstance;
  unicode: boolean;
  width: number;
}

/**
 * Colour for a band by its position: the lowest red, the highest green. Never the only sign: words and numbers stand
 * beside it.
 */
function bandColor(c: ChalkInstance, index: number | null, count: number): ChalkInstance {
  if (index === null) return c.dim;
  if (index === count - 1) return c.green;
  if (index === 0) return c.red;
  return c.yellow;
}

function directionColor(c: ChalkInstance, direction: Direction | null): ChalkInstance {
  return direction === 'up' ? c.green : direction === 'down' ? c.red : c.reset;
}

function bandShares(bands: readonly BandCount<string>[], lang: Lang): string[] {
  return bands.map((band) => `${neutralize(band.label)} ${band.count} (${formatPercent(band.share, lang)})`);
}

function header(c: ChalkInstance, text: string, lang: Lang): string {
  return c.bold(text.toLocaleUpperCase(lang));
}

function summaryLine(lang: Lang, summary: Summary): string[] {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const parts = [`${t('label.median')} ${formatNumber(summary.median, lang)}`];
  if (summary.min !== null && summary.max !== null)
    parts.push(t('label.range', { min: summary.min, max: summary.max }));
  parts.push(`${t('label.spread')} ${formatNumber(summary.spread, lang)}`, `n=${summary.n}`);
  return parts;
}

function changeCell(
  change: SummaryChange<string>,
  which: 'mean' | 'median',
  lang: Lang,
  c: ChalkInstance,
  unicode: boolean,
): string {
  const before = change.before[which];
  const after = change.after[which];
  const delta = which === 'mean' ? change.meanChange : change.medianChange;
  const direction = which === 'mean' ? change.meanDirection : change.medianDirection;
  const arrow = unicode ? '→' : '->';
  const values = `${formatNumber(before, lang)} ${arrow} ${formatNumber(after, lang)}`;
  if (delta === null) return values;
  return `${values}  ${directionColor(c, direction)(changeWords(direction, delta, lang, unicode))}`;
}

/** The group report for a terminal: bars with numbers and words, readable without colour, `width` columns. */
export function renderReportTerminal(input: ReportInput, options: TerminalOptions): string {
  const { stats, baseline, lang } = input;
  const { color: c, unicode } = options;
  const width = Math.max(60, Math.min(options.width, 100));
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const out: string[] = [];

  out.push(c.bold(`${neutralize(stats.questionSet.title)} · ${t('report.title')}`));
  out.push(
    [participantsText(stats.size, lang), datesText(stats.dates, lang)].filter((part) => part !== null).join(' · '),
  );
  out.push(c.dim(t('report.version', { id: stats.questionSet.id, version: stats.questionSet.version })));
  if (stats.traceable)
    out.push(
      '',
      ...wrapIndented(t('report.traceable', { n: stats.size }), width, '! ', '  ').map((line) => c.yellow(line)),
    );
  for (const note of groupNotes(stats, baseline, lang)) out.push('', ...wrapIndented(note, width, ''));
  if ((input.duplicates ?? 0) > 0)
    out.push(
      '',
      ...wrapIndented(t('report.duplicates', { n: input.duplicates ?? 0 }), width, '! ', '  ').map((line) =>
        c.yellow(line),
      ),
    );
  out.push('');

  // Overall
  const overall = stats.overall;
  const levelLabel =
    overall.meanLevel === null ? '' : `  ${neutralize(overall.levels[overall.meanLevel]?.label ?? '')}`;
  out.push(header(c, t('report.overall'), lang));
  out.push(`  ${t('label.mean')} ${c.bold(formatNumber(overall.mean, lang))}${levelLabel}`);
  if (overall.points !== undefined)
    out.push(
      ...wrapIndented(
        t('report.points', { mean: formatNumber(overall.points.mean, lang), max: overall.points.max }),
        width,
        '  ',
      ),
    );
  out.push(...wrapItems(summaryLine(lang, overall), width, '  '));
  const levelWidth = Math.min(24, Math.max(...overall.levels.map((level) => visibleLength(level.label))));
  for (const level of overall.levels) {
    const bar = bandColor(c, level.index, overall.levels.length)(textBar(level.share * 100, 20, unicode));
    const share = pad(formatPercent(level.share, lang), 4, true);
    out.push(
      `  ${pad(truncate(level.label, levelWidth), levelWidth)}  ${bar} ${pad(String(level.count), 3, true)}  ${share}`,
    );
  }
  const first = overall.histogram.findIndex((bin) => bin.count > 0);
  const last = overall.histogram.findLastIndex((bin) => bin.count > 0);
  if (first !== -1) {
    const most = Math.max(...overall.histogram.map((bin) => bin.count));
    out.push('', `  ${t('report.histogram')}`);
    for (const bin of overall.histogram.slice(first, last + 1)) {
      const blocks = (unicode ? '█' : '#').repeat(Math.round((bin.count / most) * 20));
      out.push(`  ${pad(`${bin.from}–${bin.to}`, 7, true)}  ${blocks}${blocks === '' ? '' : ' '}${bin.count}`);
    }
  }
  out.push('');

  // Themes
  out.push(
    header(c, t('report.themes'), lang),
    ...wrapIndented(t('report.themes.note'), width, '  ').map((line) => c.dim(line)),
  );
  const labelWidth = Math.min(26, Math.max(...stats.themes.map((theme) => visibleLength(theme.title))));
  const bandWidth = Math.max(
    ...stats.themes.map((theme) => Math.max(...theme.bands.map((band) => visibleLength(band.label)))),
  );
  const barWidth = Math.max(10, Math.min(30, width - 2 - labelWidth - 2 - 2 - 5 - 2 - bandWidth));
  for (const theme of stats.themes) {
    const band = theme.meanBand === null ? null : theme.bands[theme.meanBand];
    const tint = bandColor(c, theme.meanBand, theme.bands.length);
    const value =
      theme.mean === null
        ? c.dim(t('label.noScore'))
        : `${pad(formatNumber(theme.mean, lang), 5, true)}  ${tint(neutralize(band?.label ?? ''))}`;
    const bar = tint(textBar(theme.mean, barWidth, unicode));
    out.push(`  ${pad(truncate(theme.title, labelWidth), labelWidth)}  ${bar}  ${value}`);
    const details = summaryLine(lang, theme);
    if (theme.missing > 0) details.push(`${t('label.noScore')}: ${theme.missing}`);
    out.push(...wrapItems(details, width, '    ').map((line) => c.dim(line)));
    out.push(...wrapItems(bandShares(theme.bands, lang), width, '    '));
  }
  out.push('');

  // Discussion starters
  out.push(header(c, t('report.starters'), lang));
  if (stats.starters.length === 0) out.push(`  ${t('starter.none')}`);
  stats.starters.forEach((starter, i) => {
    out.push(...wrapIndented(starterText(starter, stats, lang), width, `  ${i + 1}. `));
  });
  out.push('');

  // Comparison with the previous session
  if (baseline !== null) {
    out.push(header(c, t('report.baseline'), lang));
    out.push(`  ${t('report.baseline.sizes', { before: baseline.beforeSize, after: baseline.afterSize })}`);
    const rows = [{ ...baseline.overall, title: t('label.overall') }, ...baseline.themes];
    const rowWidth = Math.min(24, Math.max(...rows.map((row) => visibleLength(row.title))));
    const meanCells = rows.map((row) => changeCell(row, 'mean', lang, c, unicode));
    const meanWidth = Math.max(...meanCells.map((cell) => visibleLength(stripAnsi(cell))));
    out.push(`  ${pad('', rowWidth)}  ${pad(t('label.mean'), meanWidth)}   ${t('label.median')}`);
    rows.forEach((row, i) => {
      const meanCell = meanCells[i] ?? '';
      const filler = ' '.repeat(Math.max(0, meanWidth - visibleLength(stripAnsi(meanCell))));
      const medianCell = changeCell(row, 'median', lang, c, unicode);
      out.push(`  ${pad(truncate(row.title, rowWidth), rowWidth)}  ${meanCell}${filler}   ${medianCell}`);
    });
    out.push('', `  ${t('report.moved')}`);
    if (baseline.movedQuestions.length === 0) out.push(`    ${t('report.moved.none', { within: GROUP_SAME_WITHIN })}`);
    for (const question of baseline.movedQuestions) {
      out.push(...wrapIndented(truncate(question.text, 150), width, `  ${pad(`${question.number}.`, 4, true)} `));
      const arrow = unicode ? '→' : '->';
      const move = directionColor(
        c,
        question.direction,
      )(changeWords(question.direction, question.change, lang, unicode));
      const means = `${formatNumber(question.before.mean, lang)} ${arrow} ${formatNumber(question.after.mean, lang)}`;
      out.push(`       ${means}  ${move}`);
    }
    out.push(
      ...wrapIndented(t('report.baseline.note', { within: GROUP_SAME_WITHIN }), width, '  ').map((line) => c.dim(line)),
    );
    out.push('');
  }

  // Participants by theme
  out.push(header(c, t('report.heatmap'), lang));
  if (stats.participants.length > HEATMAP_MAX_PARTICIPANTS) {
    out.push(
      ...wrapIndented(t('report.heatmap.tooMany', { n: stats.size, max: HEATMAP_MAX_PARTICIPANTS }), width, '  '),
      '',
    );
  } else {
    const nameWidth = Math.min(16, Math.max(4, ...stats.participants.map((row) => visibleLength(row.label))));
    const cell = Math.max(5, Math.min(8, Math.floor((width - 2 - nameWidth - 8) / Math.max(1, stats.themes.length))));
    const themeNumbers = stats.themes.map((_, i) => pad(String(i + 1), cell, true)).join('');
    out.push(`  ${pad('', nameWidth)}${pad(t('label.overall'), 8, true)}${themeNumbers}`);
    for (const row of stats.participants) {
      const overallCell = bandColor(
        c,
        row.level,
        stats.overall.levels.length,
      )(pad(formatNumber(row.overall, lang), 8, true));
      const cells = row.themes.map((score, i) =>
        bandColor(c, score.band, stats.themes[i]?.bands.length ?? 0)(pad(formatNumber(score.score, lang), cell, true)),
      );
      out.push(`  ${pad(truncate(row.label, nameWidth), nameWidth)}${overallCell}${cells.join('')}`);
    }
    out.push(
      ...wrapItems(
        stats.themes.map((theme, i) => `${i + 1} ${theme.title}`),
        width,
        '  ',
      ).map((line) => c.dim(line)),
    );
    out.push(
      ...wrapIndented(t(stats.named ? 'report.named' : 'report.anonymous'), width, '  ').map((line) => c.dim(line)),
      '',
    );
  }

  // Answers per question
  out.push(header(c, t('report.questions'), lang), c.dim(`  ${t('report.questions.note')}`));
  for (const question of stats.questions) {
    const number = `  ${pad(`${question.number}.`, 3, true)} `;
    if (question.frame !== null) out.push(...wrapIndented(question.frame, width, number).map((line) => c.dim(line)));
    const indent = question.frame === null ? number : ' '.repeat(number.length);
    out.push(...wrapIndented(question.text, width, indent).map((line) => c.bold(line)));
    const counts: Array<string | PaintedItem> = question.options.map((option) => {
      const tone = toned(c, option);
      return { text: `${option.label} ${option.count}`, paint: (text) => tone(text) };
    });
    if (question.notAnswered > 0) counts.push(`${t('label.notAnswered')} ${question.notAnswered}`);
    out.push(...wrapItems(counts, width, '      '));
    const summary = [
      `${t('label.mean')} ${formatNumber(question.mean, lang)}`,
      `${t('label.spread')} ${formatNumber(question.spread, lang)}`,
      `n=${question.n}`,
    ];
    if (question.reverse) summary.push(t('label.reverse'));
    out.push(...wrapItems(summary, width, '      ').map((line) => c.dim(line)));
  }
  if (input.clients !== undefined) out.push('', ...clientsTerminal(input.clients, lang, c, width));
  out.push('', ...wrapIndented(howToReadText(input.stats, input.lang), width, '').map((line) => c.dim(line)));
  return `${out.join('\n')}\n`;
}

// Cells are measured for alignment before colour is added back; chalk codes have no width.
function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
