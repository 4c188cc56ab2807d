import { RESULT_SCHEMA_VERSION, toResultJson, type ResultErrorJson } from '../core/result-json.js';
import type { ScoreHeader, ScoreRenderOptions, ScoreRenderer } from './score-formats.js';

/** Indents every line after the first, so a nested JSON.stringify fits its place in the document. */
function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/**
 * The whole document `{schemaVersion, questionSet, results, errors}`, byte for byte what
 * `JSON.stringify(document, null, 2)` gives, but with the results written as they come: only
 * the errors (one small entry per bad file) are held until the end.
 */
export function jsonScoreRenderer(header: ScoreHeader, options: ScoreRenderOptions): ScoreRenderer {
  const errors: ResultErrorJson[] = [];
  let results = 0;
  return {
    start: () =>
      `{\n  "schemaVersion": ${RESULT_SCHEMA_VERSION},\n` +
      `  "questionSet": ${indent(JSON.stringify(header.questionSet, null, 2), 2)},\n  "results": [`,
    result(file, result) {
      const separator = results === 0 ? '\n' : ',\n';
      results += 1;
      return `${separator}    ${indent(JSON.stringify(toResultJson(result, file, options.locale), null, 2), 4)}`;
    },
    error(error) {
      errors.push(error);
      return '';
    },
    end: () => `${results === 0 ? ']' : '\n  ]'},\n  "errors": ${indent(JSON.stringify(errors, null, 2), 2)}\n}\n`,
  };
}
