import { toResultJson } from '../core/result-json.js';
import type { ScoreHeader, ScoreRenderOptions, ScoreRenderer } from './score-formats.js';

/**
 * One JSON object per line, written as each file is scored: `{"type":"result", ...}` in the
 * shape of one `results` entry of the json format, or `{"type":"error", file, line, column,
 * message}`. Nothing is held between lines.
 */
export function jsonlScoreRenderer(_header: ScoreHeader, options: ScoreRenderOptions): ScoreRenderer {
  return {
    start: () => '',
    result: (file, result) => `${JSON.stringify({ type: 'result', ...toResultJson(result, file, options.locale) })}\n`,
    error: (error) => `${JSON.stringify({ type: 'error', ...error })}\n`,
    end: () => '',
  };
}
