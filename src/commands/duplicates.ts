import type { Result } from '../core/score.js';

/**
 * Finds files that hold the same answers (same respondent, date and choice for every question):
 * `anna.yaml` and `anna (1).yaml` would otherwise count as two participants without a word. A
 * SHA-1 of the content per file, not the content itself, so 100,000 files cost a few megabytes.
 * One file is never a copy: node:crypto (fifteen of Node's modules) is loaded only when a
 * second file comes, so `kantellat score one.yaml` does not pay for it.
 */
export function duplicateFinder(): (file: string, result: Result) => string | undefined {
  const seen = new Map<string, string>();
  let first: { file: string; content: string } | undefined;
  let digest: ((content: string) => string) | undefined;
  return (file, result) => {
    const content = JSON.stringify([
      result.questionSet.id,
      result.respondent,
      result.date,
      result.questions.map((question) => question.option),
    ]);
    if (digest === undefined) {
      if (first === undefined) {
        first = { file, content };
        return undefined;
      }
      const { createHash } = process.getBuiltinModule('node:crypto');
      digest = (text) => createHash('sha1').update(text).digest('hex');
      seen.set(digest(first.content), first.file);
    }
    const key = digest(content);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, file);
    return earlier;
  };
}
