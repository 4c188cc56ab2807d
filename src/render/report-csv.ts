import type { SummaryChange } from '../core/group-compare.js';
import type { Summary } from '../core/statistics.js';
import { csvRow, csvStart, type CsvCell, type CsvStyle } from './csv.js';
import type { ReportInput } from './report-formats.js';

/** The columns of `report --format csv`, documented in docs/report.md. Machine names: the same in every language. */
export const REPORT_CSV_COLUMNS = [
  'kind',
  'theme',
  'question',
  'option',
  'label',
  'band',
  'n',
  'mean',
  'median',
  'min',
  'max',
  'spread',
  'count',
  'percent',
  'baseline_n',
  'baseline_mean',
  'baseline_median',
  'change_mean',
  'change_median',
  'direction_mean',
] as const;

type Column = (typeof REPORT_CSV_COLUMNS)[number];

function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

function summaryCells(summary: Summary): Partial<Record<Column, CsvCell>> {
  return {
    n: summary.n,
    mean: summary.mean,
    median: summary.median,
    min: summary.min,
    max: summary.max,
    spread: summary.spread,
  };
}

function changeCells(change: SummaryChange<string> | undefined): Partial<Record<Column, CsvCell>> {
  if (change === undefined) return {};
  return {
    baseline_n: change.before.n,
    baseline_mean: change.before.mean,
    baseline_median: change.before.median,
    change_mean: change.meanChange,
    change_median: change.medianChange,
    direction_mean: change.meanDirection,
  };
}

/**
 * The group report as CSV: a row for the overall score and each level, for each theme and its
 * bands, and for each question and each of its options (n.v.t. included; a `not-answered` row
 * for questions left open). Excel style by default, as in `score`.
 */
export function renderReportCsv(input: ReportInput, options: { style: CsvStyle }): string {
  const { stats, baseline } = input;
  const lines: string[] = [csvStart(options.style), csvRow(REPORT_CSV_COLUMNS, options.style)];
  const add = (cells: Partial<Record<Column, CsvCell>>): void => {
    lines.push(
      csvRow(
        REPORT_CSV_COLUMNS.map((column) => cells[column] ?? null),
        options.style,
      ),
    );
  };
  const themeChanges = new Map(baseline?.themes.map((change) => [change.id, change]));
  add({
    kind: 'overall',
    label: stats.questionSet.title,
    ...summaryCells(stats.overall),
    ...changeCells(baseline?.overall),
  });
  for (const level of stats.overall.levels)
    add({ kind: 'level', label: level.label, band: level.index, count: level.count, percent: percent(level.share) });
  for (const theme of stats.themes) {
    add({
      kind: 'theme',
      theme: theme.id,
      label: theme.title,
      ...summaryCells(theme),
      ...changeCells(themeChanges.get(theme.id)),
    });
    for (const band of theme.bands)
      add({
        kind: 'band',
        theme: theme.id,
        label: band.label,
        band: band.index,
        count: band.count,
        percent: percent(band.share),
      });
  }
  const moved = new Map(baseline?.movedQuestions.map((question) => [question.id, question]));
  for (const question of stats.questions) {
    const change = moved.get(question.id);
    add({
      kind: 'question',
      theme: question.theme,
      question: question.id,
      label: question.text,
      ...summaryCells(question),
      ...(change === undefined
        ? {}
        : {
            baseline_n: change.before.n,
            baseline_mean: change.before.mean,
            change_mean: change.change,
            direction_mean: change.direction,
          }),
    });
    for (const option of question.options) {
      add({
        kind: 'option',
        theme: question.theme,
        question: question.id,
        option: option.id,
        label: option.label,
        count: option.count,
        percent: percent(option.share),
      });
    }
    if (question.notAnswered > 0) {
      add({
        kind: 'not-answered',
        theme: question.theme,
        question: question.id,
        count: question.notAnswered,
        percent: percent(question.notAnswered / Math.max(1, stats.size)),
      });
    }
  }
  return lines.join('');
}
