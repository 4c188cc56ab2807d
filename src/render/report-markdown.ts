import type { KeyOf } from '../messages/translate.js';
import { GROUP_SAME_WITHIN, type SummaryChange } from '../core/group-compare.js';
import type { QuestionStats } from '../core/group-stats.js';
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
import { clientsMarkdown } from './report-clients.js';
import { HEATMAP_MAX_PARTICIPANTS, type ReportInput } from './report-formats.js';
import { sameBandLabels } from './report-layout.js';
import { neutralize } from '../core/terminal-text.js';

/** Text as Markdown that shows exactly that text: markup characters escaped, one line, safe in a table cell. */
export function markdownText(text: string): string {
  return neutralize(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#&!~])/g, '\\$1');
}

/** A row of a Markdown table; the caller escapes the cells. */
export function markdownRow(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.join(' | ')} |`;
}

function divider(aligns: ReadonlyArray<'l' | 'r'>): string {
  return `|${aligns.map((align) => (align === 'r' ? '--:' : '---')).join('|')}|`;
}

function changeText(change: SummaryChange<string>, which: 'mean' | 'median', lang: Lang): string {
  const delta = which === 'mean' ? change.meanChange : change.medianChange;
  const direction = which === 'mean' ? change.meanDirection : change.medianDirection;
  if (delta === null) return '–';
  return changeWords(direction, delta, lang, true);
}

/** Questions that share one answer scale can share one table. */
function byScale(questions: readonly QuestionStats<string>[]): QuestionStats<string>[][] {
  const groups = new Map<string, QuestionStats<string>[]>();
  for (const question of questions) {
    const key = question.options.map((option) => `${option.id}\u0000${option.label}`).join('\u0001');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [question]);
    else group.push(question);
  }
  return [...groups.values()];
}

/** The group report as Markdown, for minutes and intranet pages. Names and texts are escaped, never raw HTML. */
export function renderReportMarkdown(input: ReportInput): string {
  const { stats, baseline, lang } = input;
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const md = markdownText;
  const num = (value: number | null): string => formatNumber(value, lang);
  const out: string[] = [];

  out.push(`# ${md(stats.questionSet.title)} · ${md(t('report.title'))}`, '');
  const dates = datesText(stats.dates, lang);
  out.push(
    [
      participantsText(stats.size, lang),
      dates,
      t('report.version', { id: stats.questionSet.id, version: stats.questionSet.version }),
    ]
      .filter((part) => part !== null)
      .map((part) => md(part))
      .join(' · '),
    '',
  );
  if (stats.traceable) out.push(`> **${md(t('report.traceable', { n: stats.size }))}**`, '');
  for (const note of groupNotes(stats, baseline, lang)) out.push(md(note), '');
  if ((input.duplicates ?? 0) > 0) out.push(`> **${md(t('report.duplicates', { n: input.duplicates ?? 0 }))}**`, '');

  const overall = stats.overall;
  out.push(`## ${md(t('report.overall'))}`, '');
  const level = overall.meanLevel === null ? '' : ` (${md(overall.levels[overall.meanLevel]?.label ?? '')})`;
  const range =
    overall.min === null || overall.max === null ? [] : [t('label.range', { min: overall.min, max: overall.max })];
  const figures = [
    `${t('label.median')} ${num(overall.median)}`,
    ...range,
    `${t('label.spread')} ${num(overall.spread)}`,
    `n=${overall.n}`,
  ];
  out.push(`${md(t('label.mean'))} **${num(overall.mean)}**${level} · ${figures.map(md).join(' · ')}`, '');
  if (overall.points !== undefined)
    out.push(md(t('report.points', { mean: formatNumber(overall.points.mean, lang), max: overall.points.max })), '');
  out.push(markdownRow([md(t('label.level')), md(t('label.count')), md(t('label.share'))]), divider(['l', 'r', 'r']));
  for (const band of overall.levels) {
    const label = `${md(band.label)} (${band.min}–${band.max})`;
    out.push(markdownRow([label, band.count, formatPercent(band.share, lang)]));
  }
  out.push('', `**${md(t('report.histogram'))}**`, '');
  out.push(markdownRow(['Score', md(t('label.count'))]), divider(['l', 'r']));
  for (const bin of overall.histogram) out.push(markdownRow([`${bin.from}–${bin.to}`, bin.count]));
  out.push('');

  out.push(`## ${md(t('report.themes'))}`, '', md(t('report.themes.note')), '');
  const shared = sameBandLabels(stats.themes.map((theme) => theme.bands));
  const bandHeads = shared ? (stats.themes[0]?.bands ?? []).map((band) => md(band.label)) : [md(t('label.level'))];
  out.push(
    markdownRow([
      md(t('label.theme')),
      'n',
      md(t('label.mean')),
      md(t('label.median')),
      'min–max',
      md(t('label.spread')),
      ...bandHeads,
    ]),
    divider(['l', 'r', 'r', 'r', 'r', 'r', ...bandHeads.map((): 'r' => 'r')]),
  );
  for (const theme of stats.themes) {
    const band = theme.meanBand === null ? '' : ` (${md(theme.bands[theme.meanBand]?.label ?? '')})`;
    const rangeCell = theme.min === null || theme.max === null ? '–' : `${theme.min}–${theme.max}`;
    const bandCells = shared
      ? theme.bands.map((found) => `${found.count} (${formatPercent(found.share, lang)})`)
      : [theme.bands.map((found) => `${md(found.label)} ${found.count}`).join(', ')];
    const n = theme.missing > 0 ? `${theme.n} (${md(t('label.noScore'))}: ${theme.missing})` : String(theme.n);
    out.push(
      markdownRow([
        md(theme.title),
        n,
        `**${num(theme.mean)}**${band}`,
        num(theme.median),
        rangeCell,
        num(theme.spread),
        ...bandCells,
      ]),
    );
  }
  out.push('');

  out.push(`## ${md(t('report.starters'))}`, '');
  if (stats.starters.length === 0) out.push(md(t('starter.none')));
  stats.starters.forEach((starter, i) => out.push(`${i + 1}. ${md(starterText(starter, stats, lang))}`));
  out.push('');

  if (baseline !== null) {
    out.push(
      `## ${md(t('report.baseline'))}`,
      '',
      md(t('report.baseline.sizes', { before: baseline.beforeSize, after: baseline.afterSize })),
      '',
    );
    const before = md(t('label.before'));
    const after = md(t('label.after'));
    const mean = md(t('label.mean'));
    const median = md(t('label.median'));
    out.push(
      markdownRow([
        md(t('label.theme')),
        `${mean} ${before}`,
        `${mean} ${after}`,
        md(t('label.change')),
        `${median} ${before}`,
        `${median} ${after}`,
        md(t('label.change')),
      ]),
      divider(['l', 'r', 'r', 'l', 'r', 'r', 'l']),
    );
    for (const change of [{ ...baseline.overall, title: t('label.overall') }, ...baseline.themes]) {
      out.push(
        markdownRow([
          md(change.title),
          num(change.before.mean),
          num(change.after.mean),
          changeText(change, 'mean', lang),
          num(change.before.median),
          num(change.after.median),
          changeText(change, 'median', lang),
        ]),
      );
    }
    out.push('', `**${md(t('report.moved'))}**`, '');
    if (baseline.movedQuestions.length === 0) out.push(md(t('report.moved.none', { within: GROUP_SAME_WITHIN })));
    for (const question of baseline.movedQuestions) {
      const move = changeWords(question.direction, question.change, lang, true);
      const means = `${num(question.before.mean)} → ${num(question.after.mean)}`;
      out.push(`- ${question.number}. ${md(question.text)} (${means}, ${move})`);
    }
    out.push('', `*${md(t('report.baseline.note', { within: GROUP_SAME_WITHIN }))}*`, '');
  }

  out.push(`## ${md(t('report.heatmap'))}`, '');
  if (stats.participants.length > HEATMAP_MAX_PARTICIPANTS) {
    out.push(md(t('report.heatmap.tooMany', { n: stats.size, max: HEATMAP_MAX_PARTICIPANTS })), '');
  } else {
    out.push(md(t('report.heatmap.note')), '');
    out.push(
      markdownRow([
        md(t('label.participant')),
        md(t('label.overall')),
        ...stats.themes.map((theme) => md(theme.title)),
      ]),
      divider(['l', 'r', ...stats.themes.map((): 'r' => 'r')]),
    );
    for (const participant of stats.participants) {
      out.push(
        markdownRow([
          md(participant.label),
          num(participant.overall),
          ...participant.themes.map((theme) => num(theme.score)),
        ]),
      );
    }
    out.push('', `*${md(t(stats.named ? 'report.named' : 'report.anonymous'))}*`, '');
  }

  out.push(`## ${md(t('report.questions'))}`, '', md(t('report.questions.note')), '');
  for (const questions of byScale(stats.questions)) {
    const options = questions[0]?.options ?? [];
    const open = questions.some((question) => question.notAnswered > 0);
    const heads = [
      md(t('label.question')),
      ...options.map((option) => md(option.label)),
      ...(open ? [md(t('label.notAnswered'))] : []),
      md(t('label.mean')),
    ];
    out.push(markdownRow(heads), divider(['l', ...heads.slice(1).map((): 'r' => 'r')]));
    for (const question of questions) {
      const reverse = question.reverse ? ` *(${md(t('label.reverse'))})*` : '';
      // The frame first, as the participant read it: "die tien gesprekken" needs it.
      const frame = question.frame === null ? '' : `*${md(question.frame)}* `;
      const text = `${question.number}. ${frame}${md(question.text)}${reverse}`;
      out.push(
        markdownRow([
          text,
          ...question.options.map((option) => option.count),
          ...(open ? [question.notAnswered] : []),
          num(question.mean),
        ]),
      );
    }
    out.push('');
  }

  if (input.clients !== undefined) out.push(...clientsMarkdown(input.clients, lang));
  out.push(`## ${md(t('report.howToRead'))}`, '', md(howToReadText(input.stats, input.lang)), '');
  return `${out.join('\n')}`;
}
