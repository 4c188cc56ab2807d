import type { KeyOf } from '../messages/translate.js';
import type { ResultErrorJson } from '../core/result-json.js';
import type { Result } from '../core/score.js';
import { consistencyNotice, gapSentence, openQuestionsSentence, stepsLead } from '../messages/result.js';
import { neutralize } from '../core/terminal-text.js';
import type { LocalizedText } from '../core/text.js';
import { tScore } from '../messages/score.js';
import type { ScoreHeader, ScoreRenderOptions, ScoreRenderer } from './score-formats.js';

/** Text that Markdown shows as it is: no emphasis, links, HTML or broken table cells. */
function md(text: string): string {
  return neutralize(text)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/**
 * A Markdown table for a report or a pull request: a row per file as it is scored, the theme
 * titles as headers, and the files that could not be scored listed at the end.
 */
export function markdownScoreRenderer(header: ScoreHeader, options: ScoreRenderOptions): ScoreRenderer {
  const { locale } = options;
  const { lang } = locale;
  const t = (key: KeyOf<typeof tScore>, params: Record<string, string | number> = {}): string =>
    tScore(lang, key, params);
  const none = options.unicode ? '–' : '-';
  const errors: ResultErrorJson[] = [];
  // Per file, what the table cannot hold: why there is no overall score, a response style,
  // the non-answers and the steps tied to the answers. Written after the table.
  const details: string[] = [];
  const detailsOf = (file: string, result: Result): void => {
    const lines: string[] = [];
    if (result.overall.level !== null) lines.push(md(locale.text(result.overall.level.text)));
    if (result.overall.gap !== null && result.answered > 0)
      lines.push(md(gapSentence(result.overall.gap, result.overall.range, result.total, result.themes.length, lang)));
    if (result.consistency.flagged) lines.push(md(consistencyNotice(result.consistency, locale)));
    const nonAnswers = openQuestionsSentence(result, lang);
    if (nonAnswers !== null) lines.push(md(nonAnswers));
    // Per scored theme what check shows: score, band, the band's advice and the steps tied to the
    // answers, with the theme to start with marked as check marks it (none when every theme is in
    // its top band), so a handout gives what the participant saw.
    const allAtTop = result.themes.every((theme) => theme.band === null || theme.band.index === theme.band.count - 1);
    const themes = result.themes.flatMap((theme) => {
      // An unscored theme stays in the handout with what it is about, so the participant sees
      // that it exists and why it has no number (check shows it the same way).
      if (theme.score === null) {
        return [
          `- **${md(locale.text(theme.title))}**: ${md(t('table.noScore'))}`,
          ...(theme.description === null ? [] : [`  ${md(locale.text(theme.description))}`]),
        ];
      }
      const band = theme.band === null ? '' : ` · ${md(locale.text(theme.band.label))}`;
      const start = !allAtTop && theme.id === result.focus ? ` · **${md(t('markdown.startHere'))}**` : '';
      return [
        `- **${md(locale.text(theme.title))}**: ${theme.score}${band}${start}`,
        ...(theme.band === null ? [] : [`  ${md(locale.text(theme.band.text))}`]),
        ...theme.steps.flatMap((entry) => [
          `  - ${md(stepsLead(entry, locale))}`,
          ...entry.steps.map((step) => `    - ${md(locale.text(step))}`),
        ]),
      ];
    });
    if (themes.length > 0) lines.push(`${md(t('markdown.themes'))}:\n\n${themes.join('\n')}`);
    if (lines.length > 0) details.push(`### ${md(file)}\n\n${lines.join('\n\n')}\n`);
  };
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
  // One table per version of the question set, headed by the first result on it: answer files to
  // an archived version (kantellat 1.0.0) have that version's themes.
  let themes: ReadonlyArray<{ id: string; title: LocalizedText }> = header.themes;
  let version: string | null = null;
  const heading = (result: Result): string => {
    const key = `${result.questionSet.id} ${result.questionSet.version}`;
    if (key === version) return '';
    const again = version !== null;
    version = key;
    themes = result.themes.map((theme) => ({ id: theme.id, title: theme.title }));
    return (
      `${again ? '\n' : ''}${t('markdown.questionSet')}: ` +
      `${md(result.questionSet.id)} ${md(result.questionSet.version)}\n\n` +
      row([
        t('table.file'),
        t('markdown.respondent'),
        t('table.answered'),
        t('table.score'),
        t('table.level'),
        ...themes.map((theme) => md(locale.text(theme.title))),
      ]) +
      row(['---', '---', '---:', '---:', '---', ...themes.map(() => '---:')])
    );
  };
  return {
    start: () => `# ${md(t('markdown.title', { title: locale.text(header.title) }))}\n\n`,
    result: (file, result) => {
      detailsOf(file, result);
      return (
        heading(result) +
        row([
          md(file),
          md(result.respondent ?? ''),
          t('table.answeredOf', { answered: result.answered, total: result.total }),
          result.overall.score === null
            ? none
            : result.overall.points === null
              ? `**${result.overall.score}**`
              : `**${result.overall.points.points}/${result.overall.points.max}**`,
          md(result.overall.level === null ? t('table.noScore') : locale.text(result.overall.level.label)),
          ...themes.map(({ id }) => {
            const score = result.themes.find((theme) => theme.id === id)?.score ?? null;
            return score === null ? none : String(score);
          }),
        ])
      );
    },
    error(error) {
      errors.push(error);
      return '';
    },
    end() {
      // Every part above ends in a newline; the output as a whole must too, or a shell prompt or
      // the summary on stderr runs on from the last line.
      const more = details.length === 0 ? '' : `\n## ${md(t('markdown.details'))}\n\n${details.join('\n')}`;
      if (errors.length === 0) return more;
      const items = errors.map((error) => {
        const place =
          error.line === null ? '' : ` (${t('markdown.place', { line: error.line, column: error.column ?? 1 })})`;
        return `- ${md(error.file)}${place}: ${md(error.message)}`;
      });
      return `${more}\n## ${md(t('markdown.errors'))}\n\n${items.join('\n')}\n`;
    },
  };
}
