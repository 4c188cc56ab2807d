import { toResultJson } from '../core/result-json.js';
import { csvRow, csvStart } from './csv.js';
import type { ScoreHeader, ScoreRenderOptions, ScoreRenderer } from './score-formats.js';

/**
 * One row per file, written as it is scored. Columns: file, version (of the question set the file
 * was scored with), respondent, date, answered, total, score, level (its name: a label, in the
 * run's language), band (the same level by position, 0 = the lowest: the same in every language,
 * for a script to sort or filter on), one per theme of the current
 * set (headed by its id, which never changes with the language; a file on an archived version
 * fills only the themes with the same id), and
 * error: empty for a scored file, the message for a file that could not be scored, so a
 * spreadsheet shows every file given.
 */
export function csvScoreRenderer(header: ScoreHeader, options: ScoreRenderOptions): ScoreRenderer {
  const style = options.csvStyle;
  const themeCells = header.themes.map(() => null);
  return {
    start: () =>
      csvStart(style) +
      csvRow(
        [
          'file',
          'version',
          'respondent',
          'date',
          'answered',
          'total',
          'score',
          'level',
          'band',
          ...header.themes.map((theme) => theme.id),
          'error',
        ],
        style,
      ),
    result(file, result) {
      const json = toResultJson(result, file, options.locale);
      return csvRow(
        [
          file,
          json.questionSet.version,
          json.respondent,
          json.date,
          json.answered,
          json.total,
          json.overall.score,
          json.overall.level,
          json.overall.band,
          ...header.themes.map(({ id }) => json.themes.find((theme) => theme.id === id)?.score ?? null),
          null,
        ],
        style,
      );
    },
    error(error) {
      const place = error.line === null ? '' : `${error.line}:${error.column ?? 1}  `;
      return csvRow(
        [error.file, null, null, null, null, null, null, null, null, ...themeCells, `${place}${error.message}`],
        style,
      );
    },
    end: () => '',
  };
}
