import { join } from 'node:path';
import type { Answers } from '../core/answers.js';
import type { CheckState } from '../core/check-flow.js';
import { localDate } from '../core/local-date.js';
import { UsageError } from '../core/problem.js';
import { pathKind, saveAnswersFile } from '../io/answers-file.js';
import { answersFileText } from '../render/answers-yaml.js';
import { draftPath } from '../io/drafts.js';
import { resultsFolder, timestampedName } from '../io/history.js';
import { tCheck } from '../messages/check.js';
import { tCli } from '../messages/cli.js';
import { resumeCommand, tell, type CheckRun } from './check-start.js';

/** What became of the answer file at the end of a check. */
export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'declined' } | { kind: 'failed'; message: string };

/**
 * Checks the --save file before the first question, not after five minutes of answering: asks
 * before replacing one, and refuses a link or a folder now, as the atomic writer would refuse it
 * at the end. Whether the file may be replaced, or the exit code when the check must not start.
 */
export async function checkSaveTarget(
  run: CheckRun,
  saveTo: string | null,
  force: boolean,
): Promise<{ overwrite: boolean }> {
  if (saveTo === null) return { overwrite: force };
  const kind = await pathKind(saveTo);
  if (kind === 'symlink' || kind === 'other')
    throw new UsageError(kind === 'symlink' ? 'write.symlink' : 'write.notFile', { file: saveTo });
  if (force || kind !== 'file') return { overwrite: force };
  if (await run.ask.replaceFile(saveTo)) return { overwrite: true };
  throw new UsageError('save.declined', { file: saveTo }, 'check');
}

/** A finished check's answers and where they go. */
export interface AnswersToWrite {
  final: CheckState;
  answers: Answers;
  /** --save FILE (absolute), or null for a timestamped file in the results folder. */
  saveTo: string | null;
  finished: Date;
  /** Replace an existing file without asking (--force, or the person said yes at the start). */
  overwrite: boolean;
}

/** Saves the answer file; on a clash or a failure the draft stays, and the person is told how to save it. */
export async function saveAnswers(
  run: CheckRun,
  { final, answers, saveTo, finished, overwrite }: AnswersToWrite,
): Promise<SaveOutcome> {
  const { ctx, set, questionsFile } = run;
  const fallback = join(resultsFolder(ctx.env), timestampedName(set.id, finished));
  const text = answersFileText(
    set,
    {
      respondent: answers.respondent,
      date: answers.date ?? localDate(finished),
      choices: final.choices,
      notes: final.notes,
    },
    ctx.locale,
    questionsFile,
  );
  const retry = resumeCommand(questionsFile, ctx.locale.lang);
  let path = saveTo ?? fallback;
  let replace = overwrite;
  for (let attempt = 2; ; attempt++) {
    try {
      await saveAnswersFile(path, text, replace);
      return { kind: 'saved', path };
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      if (error.code !== 'write.exists') {
        // Told after the results (the caller writes it), so it is the last thing on screen and not scrolled away.
        const other = `${retry} --save ${ctx.locale.lang === 'nl' ? 'ANDER-BESTAND.yaml' : 'OTHER-FILE.yaml'}`;
        const problem = tCli.loose(ctx.locale.lang, error.code, error.params);
        const keep = tCheck(ctx.locale.lang, 'save.failed', { draft: draftPath(ctx.env), command: other });
        const message = `kantellat: ${problem}\n${keep}\n`;
        return { kind: 'failed', message };
      }
      if (saveTo === null && attempt < 100) {
        // Two checks finished in the same second: number the second one.
        path = fallback.replace(/\.yaml$/, `-${attempt}.yaml`);
      } else if (await run.ask.replaceFile(path)) {
        replace = true;
      } else {
        tell(ctx, 'save.declinedEnd', {
          command: `${retry} --save ${ctx.locale.lang === 'nl' ? 'ANDERE-NAAM.yaml' : 'OTHER-NAME.yaml'}`,
        });
        return { kind: 'declined' };
      }
    }
  }
}
