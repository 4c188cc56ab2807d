import { checkMirrorPair, pairErrors } from '../core/mirror-pair.js';
import type { PreparedSet } from '../core/prepare.js';
import { UsageError } from '../core/problem.js';
import { findBundledMirror } from '../io/bundled-mirror.js';
import { loadQuestionSet } from '../io/load.js';
import { tMirror } from '../messages/mirror.js';
import { formatProblem } from '../messages/problems.js';
import type { Context } from './context.js';

/**
 * The clients' question set: `--client-questions` (a file or a bundled id), else the bundled set
 * that mirrors the professional's. Its pairing with the professional's set must hold: problems
 * that stop the comparison end the command, warnings go to stderr.
 */
export async function loadClientSet(
  ctx: Context,
  selfSet: PreparedSet,
  option: string | undefined,
): Promise<PreparedSet> {
  const clientSet = option === undefined ? await findBundledMirror(selfSet.id) : await loadQuestionSet(option, ctx);
  if (clientSet === undefined)
    throw new UsageError('error.usage', {
      message: tMirror(ctx.locale.lang, 'mirror.noMirrorSet', { id: selfSet.id }),
    });
  const file = option ?? clientSet.id;
  const problems = checkMirrorPair(clientSet.source, selfSet).map((p) => ({ ...p, file }));
  for (const p of problems) ctx.stderr.write(`${formatProblem(p, ctx.locale.lang)}\n`);
  if (pairErrors(problems).length > 0)
    throw new UsageError('error.usage', {
      message: tMirror(ctx.locale.lang, 'mirror.pairInvalid', { file, id: selfSet.id, version: selfSet.version }),
    });
  return clientSet;
}
