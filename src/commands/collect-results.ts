import type { PreparedSet } from '../core/prepare.js';
import type { Result } from '../core/score.js';
import { setPicker } from '../io/load.js';
import { problemAt, type Problem } from '../core/problem.js';
import { scoreFiles } from '../io/score-files.js';
import { duplicateFinder } from './duplicates.js';
import { formatProblem } from '../messages/problems.js';
import { describeBadFile } from '../messages/score.js';
import type { Context } from './context.js';

/** The valid results of some answer files, after every bad file has had its line on stderr. */
export interface CollectedResults {
  results: Result[];
  /** The file each result came from, in the same order. */
  files: string[];
  invalid: number;
  /** How many files repeat the answers of an earlier one (each told on stderr). */
  duplicates: number;
}

/**
 * Scores answer files for a command that needs all results at once (report, compare). Each bad
 * file gets the same one line on stderr as in `kantellat score` and is left out; warnings go
 * to stderr too, except those whose code is in `quiet`.
 */
export async function collectResults(
  ctx: Context,
  set: PreparedSet,
  files: Iterable<string>,
  options: { allowVersionMismatch: boolean; quiet?: ReadonlySet<string> },
): Promise<CollectedResults> {
  const results: Result[] = [];
  const resultFiles: string[] = [];
  let invalid = 0;
  let duplicates = 0;
  const earlierCopy = duplicateFinder();
  const outcomes = scoreFiles(files, set, {
    cwd: ctx.cwd,
    stdin: ctx.stdin,
    allowVersionMismatch: options.allowVersionMismatch,
    pick: setPicker(set, ctx.questionsFile),
  });
  for await (const outcome of outcomes) {
    if (!outcome.ok && outcome.skipped === true) {
      for (const note of outcome.problems) ctx.stderr.write(`${formatProblem(note, ctx.locale.lang)}\n`);
      continue;
    }
    if (!outcome.ok) {
      invalid += 1;
      ctx.stderr.write(`${describeBadFile(outcome.file, outcome.problems, ctx.locale.lang).line}\n`);
      continue;
    }
    for (const p of outcome.warnings)
      if (options.quiet?.has(p.code) !== true) ctx.stderr.write(`${formatProblem(p, ctx.locale.lang)}\n`);
    const earlier = earlierCopy(outcome.file, outcome.result);
    if (earlier !== undefined) {
      duplicates += 1;
      const note: Problem = {
        ...problemAt(outcome.file, 'duplicate-answers', { other: earlier }),
        severity: 'warning',
      };
      ctx.stderr.write(`${formatProblem(note, ctx.locale.lang)}\n`);
    }
    results.push(outcome.result);
    resultFiles.push(outcome.file);
  }
  return { results, files: resultFiles, invalid, duplicates };
}
