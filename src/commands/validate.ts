import { Command } from 'commander';
import type { PreparedSet } from '../core/prepare.js';
import { InputError, type Problem } from '../core/problem.js';
import { answersFromSource, detectKind, loadQuestionSet, parseInput, questionSetFromSource, readInputBytes } from '../io/load.js';
import { tCli } from '../messages/cli.js';
import { formatProblem } from '../messages/problems.js';
import { problem } from '../core/problem.js';
import type { Context, Host } from './context.js';

/** One file's verdict: the line to show when it is valid, or its problems. */
async function validateFile(
  ctx: Context,
  file: string,
  questionSet: () => Promise<PreparedSet>,
): Promise<{ ok: string | null; problems: Problem[] }> {
  try {
    const source = parseInput(file, await readInputBytes(file));
    if ('problems' in source) return { ok: null, problems: source.problems };
    const kind = detectKind(source.data);
    if (kind === 'question-set') {
      const set = questionSetFromSource(source);
      const ok = tCli(ctx.lang, 'validate.ok.set', { file, id: set.id, version: set.version, questions: set.questions.length, themes: set.themes.length });
      return { ok, problems: [] };
    }
    if (kind === 'answers') {
      const set = await questionSet();
      const parsed = answersFromSource(source, set);
      if (!parsed.ok) return { ok: null, problems: parsed.problems };
      const answered = [...parsed.answers.choices.values()].filter((choice) => choice !== null).length;
      const ok = tCli(ctx.lang, 'validate.ok.answers', { file, id: set.id, answered, total: set.questions.length });
      return { ok, problems: parsed.warnings };
    }
    return { ok: null, problems: [{ ...problem('unknown-kind', []), file }] };
  } catch (error) {
    if (error instanceof InputError) return { ok: null, problems: error.problems };
    throw error;
  }
}

export async function runValidate(ctx: Context, files: string[]): Promise<number> {
  let cached: Promise<PreparedSet> | undefined;
  const questionSet = (): Promise<PreparedSet> => (cached ??= loadQuestionSet(ctx.questionsFile));
  let valid = 0;
  for (const file of files) {
    const { ok, problems } = await validateFile(ctx, file, questionSet);
    for (const p of problems) ctx.stderr.write(`${formatProblem(p, ctx.lang)}\n`);
    if (ok !== null) {
      valid += 1;
      ctx.stdout.write(`✓ ${ok}\n`);
    }
  }
  if (files.length > 1) ctx.stderr.write(`${tCli(ctx.lang, 'validate.summary', { valid, total: files.length })}\n`);
  return valid === files.length ? 0 : 2;
}

export function command(host: Host): Command {
  return new Command('validate')
    .description(tCli(host.lang, 'validate.description'))
    .argument('<files...>')
    .action((files: string[]) => host.run((ctx) => runValidate(ctx, files)));
}
