import { createHash } from 'node:crypto';
import type { Result } from '../core/score.js';

/**
 * Finds files that hold the same answers (same respondent, date and choice for every question):
 * `anna.yaml` and `anna (1).yaml` would otherwise count as two participants without a word. A
 * SHA-1 of the content per file, not the content itself, so 100,000 files cost a few megabytes.
 */
export function duplicateFinder(): (file: string, result: Result) => string | undefined {
  const seen = new Map<string, string>();
  return (file, result) => {
    const content = JSON.stringify([result.questionSet.id, result.respondent, result.date, result.questions.map((question) => question.option)]);
    const key = createHash('sha1').update(content).digest('hex');
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, file);
    return earlier;
  };
}
