import type { ResultErrorJson } from '../core/result-json.js';
import { neutralize } from '../core/terminal-text.js';
import { tScore } from '../messages/score.js';
import type { ScoreHeader, ScoreRenderOptions, ScoreRenderer } from './score-formats.js';

/** Text that Markdown shows as it is: no emphasis, links, HTML or broken table cells. */
function md(text: string): string {
  return neutralize(text).replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/**
 * A Markdown table for a report or a pull request: a row per file as it is scored, the theme
 * titles as headers, and the files that could not be scored listed at the end.
 */
export function markdownScoreRenderer(header: ScoreHeader, options: ScoreRenderOptions): ScoreRenderer {
  const t = (key: string, params: Record<string, string | number> = {}): string => tScore(options.lang, key, params);
  const none = options.unicode ? '–' : '-';
  const errors: ResultErrorJson[] = [];
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |\n`;
  return {
    start: () =>
      `# ${md(t('markdown.title'))}\n\n${t('markdown.questionSet')}: ${md(header.questionSet.id)} ${md(header.questionSet.version)}\n\n` +
      row([t('table.file'), t('markdown.respondent'), t('table.answered'), t('table.score'), t('table.level'), ...header.themes.map((theme) => md(theme.title))]) +
      row(['---', '---', '---:', '---:', '---', ...header.themes.map(() => '---:')]),
    result: (file, result) =>
      row([
        md(file),
        md(result.respondent ?? ''),
        t('table.answeredOf', { answered: result.answered, total: result.total }),
        result.overall.score === null ? none : `**${result.overall.score}**`,
        md(result.overall.level?.label ?? t('table.noScore')),
        ...result.themes.map((theme) => (theme.score === null ? none : String(theme.score))),
      ]),
    error(error) {
      errors.push(error);
      return '';
    },
    end() {
      if (errors.length === 0) return '';
      const items = errors.map((error) => {
        const place = error.line === null ? '' : ` (${t('markdown.place', { line: error.line, column: error.column ?? 1 })})`;
        return `- ${md(error.file)}${place}: ${md(error.message)}`;
      });
      return `\n## ${md(t('markdown.errors'))}\n\n${items.join('\n')}\n`;
    },
  };
}
