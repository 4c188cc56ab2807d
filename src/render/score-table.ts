import type { KeyOf } from '../messages/translate.js';
import type { ChalkInstance } from 'chalk';
import type { BandResult, Result } from '../core/score.js';
import { neutralize } from '../core/terminal-text.js';
import type { LocalizedText } from '../core/text.js';
import { tScore } from '../messages/score.js';
import type { ScoreHeader, ScoreRenderOptions, ScoreRenderer } from './score-formats.js';

/** The mark after the level of a result with a striking answer pattern (`consistency.flagged`). */
const FLAG = ' !';

/** Lowest band red, highest green, the rest yellow; the number and the words are always there too. */
function tint(c: ChalkInstance, band: BandResult | null): (text: string) => string {
  if (band === null) return c.dim;
  if (band.index === 0) return c.red;
  if (band.index === band.count - 1) return c.green;
  return c.yellow;
}

/**
 * A row per file for people at a terminal: score, level, answered, each theme's score (headed
 * T1, T2, … with a legend above, so the table fits 100 columns), then the file name. Every
 * column but the last has a width known before the first file, so rows are written as they
 * come and nothing is held.
 */
export function tableScoreRenderer(header: ScoreHeader, options: ScoreRenderOptions): ScoreRenderer {
  const t = (key: KeyOf<typeof tScore>, params: Record<string, string | number> = {}): string =>
    tScore(options.locale.lang, key, params);
  const { locale, color: c } = options;
  const none = options.unicode ? '–' : '-';
  const noScore = t('table.noScore');
  const themeHeads = header.themes.map((_, i) => `T${i + 1}`);
  // The legend follows the results: an answer file to an archived version (kantellat 1.0.0) has
  // that version's themes, so a run of such files is headed by them, and a change of themes
  // between files starts a new legend.
  let themes: ReadonlyArray<{ id: string; title: LocalizedText }> = header.themes;
  const withPoints = header.maxPoints !== null && header.maxPoints !== undefined;
  const scoreHead = withPoints ? t('table.points') : t('table.score');
  const width = {
    score: Math.max(
      scoreHead.length,
      header.maxPoints === null || header.maxPoints === undefined ? 3 : 2 * String(header.maxPoints).length + 1,
    ),
    // Room for " !" after the level: a striking answer pattern (the footnote says what it means).
    level:
      Math.max(t('table.level').length, noScore.length, ...header.levels.map((label) => locale.text(label).length)) +
      FLAG.length,
    answered: Math.max(
      t('table.answered').length,
      t('table.answeredOf', { answered: header.questions, total: header.questions }).length,
    ),
    themes: themeHeads.map((head) => Math.max(head.length, 3)),
  };
  const line = (cells: string[]): string => `${cells.join('  ').trimEnd()}\n`;
  // The range open questions leave, after the file name (the one column without a fixed width): a non-answer can
  // move the number within its level, and a trainer reading the table should see that, not only in Markdown and JSON.
  let ranged = false;
  const rangeAfter = (result: Result): string => {
    const range = result.overall.score === null ? null : result.overall.range;
    if (range === null) return '';
    ranged = true;
    return `  (${range.min}${none}${range.max})`;
  };
  // The legend and the column heads come with the first row: when no file could be scored,
  // the error lines on stderr stand alone, not under an empty table.
  let headed = false;
  let flagged = false;
  // Why rows have no score, once per reason, said below the table (nothing per file is held).
  const gaps = new Map<string, string>();
  const heading = (result: Result): string => {
    const own = result.themes.map((theme) => ({ id: theme.id, title: theme.title }));
    const same = own.map((theme) => theme.id).join(' ') === themes.map((theme) => theme.id).join(' ');
    if (headed && same) return '';
    const again = headed;
    headed = true;
    themes = own;
    const legend = themes.map(
      (theme, i) => `  ${(themeHeads[i] ?? `T${i + 1}`).padEnd(3)} ${neutralize(locale.text(theme.title))}`,
    );
    const head = line([
      scoreHead.padStart(width.score),
      t('table.level').padEnd(width.level),
      t('table.answered').padEnd(width.answered),
      ...themes.map((_, i) => `T${i + 1}`.padStart(width.themes[i] ?? 3)),
      t('table.file'),
    ]);
    const version = again ? ` (${result.questionSet.id} ${result.questionSet.version})` : '';
    return `${again ? '\n' : ''}${t('table.themes')}${version}:\n${legend.join('\n')}\n\n${c.bold(head.trimEnd())}\n`;
  };
  return {
    start: () => '',
    result(file: string, result: Result) {
      const overall = tint(c, result.overall.level);
      const points = result.overall.points;
      const score =
        result.overall.score === null
          ? none
          : points === null
            ? String(result.overall.score)
            : `${points.points}/${points.max}`;
      const level =
        neutralize(result.overall.level === null ? noScore : locale.text(result.overall.level.label)) +
        (result.consistency.flagged ? FLAG : '');
      flagged ||= result.consistency.flagged;
      const gap = result.overall.gap;
      if (gap !== null && !gaps.has(gap.reason))
        gaps.set(
          gap.reason,
          t(`table.gap.${gap.reason}`, {
            noScore,
            count: gap.reason === 'too-few-questions' ? gap.neededQuestions : gap.neededThemes,
            total: result.total,
          }),
        );
      return (
        heading(result) +
        line([
          overall(score.padStart(width.score)),
          overall(level.padEnd(width.level)),
          t('table.answeredOf', { answered: result.answered, total: result.total }).padEnd(width.answered),
          ...themes.map(({ id }, i) => {
            const theme = result.themes.find((found) => found.id === id);
            const score = theme?.score ?? null;
            return tint(c, theme?.band ?? null)((score === null ? none : String(score)).padStart(width.themes[i] ?? 3));
          }),
          neutralize(file) + rangeAfter(result),
        ])
      );
    },
    error: () => '',
    end: () => {
      const notes = [...gaps.values(), ...(ranged ? [t('table.range')] : []), ...(flagged ? [t('table.flagged')] : [])];
      return notes.length === 0 ? '' : `\n${notes.map((note) => c.dim(note)).join('\n')}\n`;
    },
  };
}
