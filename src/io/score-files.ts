import type { CheckAnswersOptions } from '../core/answers.js';
import type { PreparedSet } from '../core/prepare.js';
import type { Problem } from '../core/problem.js';
import { scoreAnswers, type Result } from '../core/score.js';
import type { Lang } from '../core/text.js';
import { loadAnswers } from './load.js';

/** One file's outcome: its result with any warnings, or the problems that stopped it. */
export type FileOutcome =
  | { file: string; ok: true; result: Result; warnings: Problem[] }
  | { file: string; ok: false; problems: Problem[] };

export interface ScoreFilesOptions extends CheckAnswersOptions {
  lang: Lang;
  /** How many files are read at once. */
  concurrency?: number;
}

/**
 * Reads and scores answer files, a few at a time, and yields each outcome in the order of
 * `files` as soon as it is ready. Holds at most `concurrency` files in memory, so a caller
 * that writes each outcome out and forgets it runs in flat memory over any number of files.
 */
export async function* scoreFiles(
  files: Iterable<string>,
  set: PreparedSet,
  options: ScoreFilesOptions,
): AsyncGenerator<FileOutcome> {
  const limit = Math.max(1, options.concurrency ?? 16);
  const pending: Array<Promise<FileOutcome>> = [];
  const start = async (file: string): Promise<FileOutcome> => {
    const parsed = await loadAnswers(file, set, options);
    if (!parsed.ok) return { file, ok: false, problems: parsed.problems };
    return { file, ok: true, result: scoreAnswers(set, parsed.answers, options.lang), warnings: parsed.warnings };
  };
  for (const file of files) {
    pending.push(start(file));
    if (pending.length >= limit) {
      const next = pending.shift();
      if (next !== undefined) yield await next;
    }
  }
  for (const next of pending) yield await next;
}
