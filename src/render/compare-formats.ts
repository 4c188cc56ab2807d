import type { KeyOf } from '../messages/translate.js';
import { COMPARE_SCHEMA_VERSION, type PersonComparison, type ScoreChange } from '../core/compare.js';
import { neutralize } from '../core/terminal-text.js';
import type { Lang, LocalizedText } from '../core/text.js';
import type { Locale } from '../messages/locale.js';
import type { ChalkInstance } from 'chalk';
import { arrowOf, changeWords, directionWord, formatNumber, tReport } from '../messages/report.js';
import { stepsLead } from '../messages/result.js';
import { markdownRow, markdownText } from './report-markdown.js';
import { pad, truncate, visibleLength, wrapIndented } from './report-layout.js';

/** The formats of `kantellat compare`. */
export const COMPARE_FORMATS = ['text', 'markdown', 'json'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

function who(comparison: PersonComparison): string | null {
  const name = comparison.after.respondent ?? comparison.before.respondent;
  return name === null ? null : neutralize(name);
}

function fromTo(comparison: PersonComparison, lang: Lang): string {
  const date = (value: string | null): string => value ?? tReport(lang, 'compare.unknownDate');
  return tReport(lang, 'compare.from', { before: date(comparison.before.date), after: date(comparison.after.date) });
}

function move(change: ScoreChange, lang: Lang, unicode: boolean): string {
  if (change.change === null) return '';
  return changeWords(change.direction, change.change, lang, unicode);
}

/** One person's comparison for a terminal: theme by theme with arrows and words, then the changed answers. */
export function renderCompareText(
  comparison: PersonComparison,
  options: { locale: Locale; color: ChalkInstance; unicode: boolean; width: number },
): string {
  const { locale, color: c, unicode } = options;
  const { lang } = locale;
  const text = locale.text;
  const width = Math.max(60, Math.min(options.width, 100));
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const arrow = unicode ? '→' : '->';
  const tint = (change: ScoreChange): ChalkInstance =>
    change.direction === 'up' ? c.green : change.direction === 'down' ? c.red : c.reset;
  const name = who(comparison);
  const out: string[] = [
    c.bold(
      `${neutralize(text(comparison.questionSet.title))} · ${t('compare.title')}${name === null ? '' : ` · ${name}`}`,
    ),
    fromTo(comparison, lang),
    '',
  ];
  if (!comparison.questionByQuestion)
    out.push(...wrapIndented(t('versions.person', comparison.versions), width, ''), '');
  const rows = [
    { ...comparison.overall, title: t('label.overall') },
    ...comparison.themes.map((theme) => ({ ...theme, title: text(theme.title) })),
  ].map((row) => ({
    ...row,
    beforeLevel: row.beforeLevel === null ? null : text(row.beforeLevel),
    afterLevel: row.afterLevel === null ? null : text(row.afterLevel),
  }));
  const labelWidth = Math.min(26, Math.max(...rows.map((row) => visibleLength(row.title))));
  const values = rows.map((row) => `${formatNumber(row.before, lang)} ${arrow} ${formatNumber(row.after, lang)}`);
  const valueWidth = Math.max(...values.map(visibleLength));
  rows.forEach((row, i) => {
    const label = pad(truncate(row.title, labelWidth), labelWidth);
    const moved = tint(row)(pad(move(row, lang, unicode), 16));
    const line = `  ${i === 0 ? c.bold(label) : label}  ${pad(values[i] ?? '', valueWidth)}  ${moved}`;
    const band = neutralize(
      row.afterLevel === null
        ? ''
        : row.beforeLevel === row.afterLevel || row.beforeLevel === null
          ? `  ${row.afterLevel}`
          : `  ${row.beforeLevel} ${arrow} ${row.afterLevel}`,
    );
    out.push(`${line}${c.dim(band)}`.trimEnd());
  });
  // Across versions no answer is compared: no "changed answers" section that would say none changed.
  if (comparison.questionByQuestion)
    out.push('', c.bold(`${t('compare.changed')} (${comparison.changedAnswers.length})`));
  if (comparison.questionByQuestion && comparison.changedAnswers.length === 0)
    out.push(`  ${t('compare.changed.none')}`);
  for (const answer of comparison.changedAnswers) {
    out.push(...wrapIndented(text(answer.text), width, `  ${pad(`${answer.number}.`, 3, true)} `));
    const word =
      answer.direction === null
        ? directionWord(null, lang)
        : `${arrowOf(answer.direction, unicode)} ${directionWord(answer.direction, lang)}`;
    const before = neutralize(answer.before.label === null ? t('label.notAnswered') : text(answer.before.label));
    const after = neutralize(answer.after.label === null ? t('label.notAnswered') : text(answer.after.label));
    const tinted = answer.direction === 'up' ? c.green(word) : answer.direction === 'down' ? c.red(word) : word;
    out.push(`      ${before} ${arrow} ${after}  ${tinted}`);
  }
  if (comparison.steps.length > 0) out.push('', c.bold(t('compare.steps')));
  for (const theme of comparison.steps) {
    out.push('', `  ${c.bold(text(theme.title))}`);
    for (const entry of theme.steps) {
      out.push(...wrapIndented(stepsLead(entry, locale), width, '  '));
      for (const step of entry.steps) out.push(...wrapIndented(text(step), width, '    - '));
    }
  }
  return `${out.join('\n')}\n`;
}

/** One person's comparison as Markdown. */
export function renderCompareMarkdown(comparison: PersonComparison, options: { locale: Locale }): string {
  const { locale } = options;
  const { lang } = locale;
  const text = locale.text;
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(lang, key, params);
  const md = markdownText;
  const name = who(comparison);
  const out = [
    `# ${md(text(comparison.questionSet.title))} · ${md(t('compare.title'))}${name === null ? '' : ` · ${md(name)}`}`,
    '',
    md(fromTo(comparison, lang)),
    '',
  ];
  if (!comparison.questionByQuestion) out.push(md(t('versions.person', comparison.versions)), '');
  out.push(`## ${md(t('compare.themes'))}`, '');
  out.push(
    markdownRow([t('label.theme'), t('label.before'), t('label.after'), t('label.change'), t('label.level')].map(md)),
    '|---|--:|--:|---|---|',
  );
  for (const row of [
    { ...comparison.overall, title: t('label.overall') },
    ...comparison.themes.map((theme) => ({ ...theme, title: text(theme.title) })),
  ]) {
    const beforeLevel = row.beforeLevel === null ? null : text(row.beforeLevel);
    const afterLevel = row.afterLevel === null ? null : text(row.afterLevel);
    const shown = (name: string | null): string => name ?? '–';
    const level = beforeLevel === afterLevel ? shown(afterLevel) : `${shown(beforeLevel)} → ${shown(afterLevel)}`;
    const before = formatNumber(row.before, lang);
    const after = formatNumber(row.after, lang);
    out.push(markdownRow([md(row.title), before, after, move(row, lang, true) || '–', md(level)]));
  }
  if (comparison.questionByQuestion)
    out.push('', `## ${md(t('compare.changed'))} (${comparison.changedAnswers.length})`, '');
  if (comparison.questionByQuestion && comparison.changedAnswers.length === 0) out.push(md(t('compare.changed.none')));
  for (const answer of comparison.changedAnswers) {
    const word =
      answer.direction === null
        ? directionWord(null, lang)
        : `${arrowOf(answer.direction, true)} ${directionWord(answer.direction, lang)}`;
    const label = (chosen: LocalizedText | null): string => md(chosen === null ? t('label.notAnswered') : text(chosen));
    out.push(
      `- **${answer.number}. ${md(text(answer.text))}**  `,
      `  ${label(answer.before.label)} → ${label(answer.after.label)}: ${word}`,
    );
  }
  if (comparison.steps.length > 0) out.push('', `## ${md(t('compare.steps'))}`, '');
  for (const theme of comparison.steps) {
    out.push(`- **${md(text(theme.title))}**`);
    for (const entry of theme.steps)
      out.push(`  - ${md(stepsLead(entry, locale))}`, ...entry.steps.map((step) => `    - ${md(text(step))}`));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The fields of the comparison's JSON that follow --lang wherever they stand and hold a text or a list of texts
 * (docs/report.md).
 */
export const COMPARE_LABEL_FIELDS: readonly string[] = [
  'lang',
  'title',
  'label',
  'text',
  'beforeLevel',
  'afterLevel',
  'short',
  'answer',
  'steps',
];

/** A score change with its band names worded: the shape the JSON has always had. */
function changeJson<Change extends ScoreChange>(change: Change, text: (value: LocalizedText) => string) {
  return {
    ...change,
    beforeLevel: change.beforeLevel === null ? null : text(change.beforeLevel),
    afterLevel: change.afterLevel === null ? null : text(change.afterLevel),
  };
}

/** One person's comparison as JSON (shape in docs/report.md): the set's texts worded in the run's language. */
export function renderCompareJson(comparison: PersonComparison, options: { locale: Locale }): string {
  const { locale } = options;
  const text = locale.text;
  const label = (value: LocalizedText | null): string | null => (value === null ? null : text(value));
  const worded = {
    ...comparison,
    questionSet: { ...comparison.questionSet, title: text(comparison.questionSet.title) },
    overall: changeJson(comparison.overall, text),
    themes: comparison.themes.map((theme) => changeJson({ ...theme, title: text(theme.title) }, text)),
    changedAnswers: comparison.changedAnswers.map((answer) => ({
      ...answer,
      text: text(answer.text),
      before: { ...answer.before, label: label(answer.before.label) },
      after: { ...answer.after, label: label(answer.after.label) },
    })),
    steps: comparison.steps.map((theme) => ({
      ...theme,
      title: text(theme.title),
      steps: theme.steps.map((entry) => ({
        ...entry,
        short: text(entry.short),
        answer: text(entry.answer),
        steps: entry.steps.map(text),
      })),
    })),
  };
  const document = { schemaVersion: COMPARE_SCHEMA_VERSION, kind: 'kantellat-compare', lang: locale.lang, ...worded };
  return `${JSON.stringify(document, null, 2)}\n`;
}
