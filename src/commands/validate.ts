import { Command } from 'commander';
import type { PreparedSet } from '../core/prepare.js';
import { checkMirrorPair } from '../core/mirror-pair.js';
import { isNonAnswer } from '../core/non-answer.js';
import { isAbsolute, join } from 'node:path';
import { EXIT, InputError, problem, problemAt, type Problem } from '../core/problem.js';
import { expandInputs } from '../io/inputs.js';
import { readStream } from '../io/score-files.js';
import {
  answersFromSource,
  bundledSetId,
  detectKind,
  loadQuestionSet,
  ownDocumentKind,
  parseInput,
  questionSetFromSource,
  questionSetIdOf,
  readInputBytes,
  setPicker,
  versionOf,
  type SetPicker,
  STDIN_NAME,
} from '../io/load.js';
import { placeProblems, type ParsedSource } from '../io/parse-source.js';
import { tCli } from '../messages/cli.js';
import { tHelp } from '../messages/help.js';
import { formatProblem } from '../messages/problems.js';
import type { Context, Host } from './context.js';

/** A kantellat output (score, report, compare, history JSON, a JSON Schema): not a file to validate. */
function isOwnOutput(data: unknown): boolean {
  const own = ownDocumentKind(data);
  return own !== undefined && own !== 'own-question-set';
}

/** The `id` a question set gives itself, if it gives one as text. */
function idOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'id')) return undefined;
  const id: unknown = Reflect.get(data, 'id');
  return typeof id === 'string' ? id : undefined;
}

/** One file's verdict: the line to show when it is valid, and its problems (or warnings). */
interface Verdict {
  ok: string | null;
  problems: Problem[];
}

/** A file read and parsed, or the problems that stopped it. */
type Read = { file: string; source: ParsedSource } | { file: string; problems: Problem[] };

/** Reads `file` (relative to `cwd`) and names it in every problem as the user gave it. */
async function readFile(given: string, ctx: Context): Promise<Read> {
  const file = given === '-' ? STDIN_NAME : given;
  try {
    const bytes =
      given === '-'
        ? await readStream(ctx.stdin, file)
        : await readInputBytes(isAbsolute(given) ? given : join(ctx.cwd, given));
    const source = parseInput(file, bytes);
    return 'problems' in source ? { file, problems: source.problems } : { file, source };
  } catch (error) {
    if (error instanceof InputError) return { file, problems: error.problems.map((p) => ({ ...p, file })) };
    throw error;
  }
}

function checkSet(ctx: Context, source: ParsedSource): { verdict: Verdict; set?: PreparedSet } {
  try {
    const set = questionSetFromSource(source);
    const ok = tCli(ctx.locale.lang, 'validate.ok.set', {
      file: source.file,
      id: set.id,
      version: set.version,
      questions: set.questions.length,
      themes: set.themes.length,
    });
    return { verdict: { ok, problems: [] }, set };
  } catch (error) {
    if (error instanceof InputError) return { verdict: { ok: null, problems: error.problems } };
    throw error;
  }
}

function checkAnswerFile(ctx: Context, source: ParsedSource, set: PreparedSet): Verdict {
  const parsed = answersFromSource(source, set);
  if (!parsed.ok) return { ok: null, problems: parsed.problems };
  // Counted as score and check count "beantwoord": "weet ik niet" and n.v.t. are filled in, not answered.
  const answered = set.questions.filter((question) => {
    const choice = parsed.answers.choices.get(question.id);
    const option = choice === null || choice === undefined ? undefined : question.optionById.get(choice);
    return option !== undefined && !isNonAnswer(option);
  }).length;
  return {
    ok: tCli(ctx.locale.lang, 'validate.ok.answers', {
      file: source.file,
      id: set.id,
      answered,
      total: set.questions.length,
    }),
    problems: parsed.warnings,
  };
}

interface ValidateOptions {
  /** `--mirrored FILE|ID`: the set that mirror sets in this run mirror. */
  mirrored?: string;
}

/**
 * A mirror set's pairing with the set it mirrors, placed in the mirror set's file. The mirrored
 * set is the one given with --mirrored, else one with its id in the same run, else the bundled
 * set of that id; without any of them the pairing cannot be checked, which is an error.
 */
async function checkPair(
  ctx: Context,
  source: ParsedSource,
  set: PreparedSet,
  setsInRun: ReadonlyMap<string, PreparedSet>,
  mirrored: string | undefined,
): Promise<Problem[]> {
  const wanted = set.source.mirrors?.questionSet ?? '';
  let target: PreparedSet | undefined;
  try {
    if (mirrored !== undefined) target = await loadQuestionSet(mirrored, ctx);
    else
      target =
        setsInRun.get(wanted) ?? (bundledSetId(wanted) === undefined ? undefined : await loadQuestionSet(wanted));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) ctx.stderr.write(`${formatProblem(p, ctx.locale.lang)}\n`);
    return placeProblems(source, [
      problem('mirror-target-invalid', ['mirrors', 'questionSet'], { set: mirrored ?? wanted }),
    ]);
  }
  if (target === undefined)
    return placeProblems(source, [problem('mirror-target-missing', ['mirrors', 'questionSet'], { id: wanted })]);
  return placeProblems(source, checkMirrorPair(set.source, target));
}

/**
 * Checks every file and reports all problems of all files. Question sets are told from answer
 * files by their fields; an answer file is checked against a question set with its id given in
 * the same run, else against `--questions` or the bundled Kantellat.
 */
export async function runValidate(ctx: Context, args: string[], options: ValidateOptions = {}): Promise<number> {
  // Folders and quoted patterns as in `score`: every .yaml, .yml and .json file below them.
  const expanded = await expandInputs(args, ctx.cwd);
  for (const note of expanded.notes) ctx.stderr.write(`${formatProblem(note, ctx.locale.lang)}\n`);
  const reads: Read[] = expanded.problems.map((p) => ({ file: p.file ?? '', problems: [p] }));
  for (const file of expanded.files) reads.push(await readFile(file, ctx));
  const files = reads;

  const verdicts = new Map<number, Verdict>();
  const setsInRun = new Map<string, PreparedSet>();
  // Sets in this run that have errors, by the id they give: their answer files are not checked
  // against another set (which would only add misleading errors), but said to wait for the set.
  const brokenSets = new Map<string, string>();
  const mirrorSets: Array<{ i: number; source: ParsedSource; set: PreparedSet }> = [];
  let skipped = 0;
  reads.forEach((read, i) => {
    if (!('source' in read)) verdicts.set(i, { ok: null, problems: read.problems });
    else if (isOwnOutput(read.source.data)) {
      skipped += 1;
      const own = ownDocumentKind(read.source.data) ?? 'own-score';
      verdicts.set(i, { ok: null, problems: [{ ...problemAt(read.file, own, {}), severity: 'warning' }] });
    } else if (detectKind(read.source.data) === 'question-set') {
      const { verdict, set } = checkSet(ctx, read.source);
      verdicts.set(i, verdict);
      if (set !== undefined && !setsInRun.has(set.id)) setsInRun.set(set.id, set);
      const id = idOf(read.source.data);
      if (set === undefined && id !== undefined && !brokenSets.has(id)) brokenSets.set(id, read.file);
      if (set?.source.mirrors !== undefined) mirrorSets.push({ i, source: read.source, set });
    } else if (detectKind(read.source.data) === 'unknown') {
      verdicts.set(i, { ok: null, problems: [problemAt(read.file, 'unknown-kind', {}, 1, 1)] });
    }
  });

  // The default question set is loaded only when an answer file needs it, and its own problems
  // are shown once, however many answer files lean on it.
  let fallback: { set: PreparedSet } | { problems: Problem[] } | undefined;
  const fallbackSet = async (): Promise<{ set: PreparedSet } | { problems: Problem[] }> => {
    if (fallback !== undefined) return fallback;
    try {
      fallback = { set: await loadQuestionSet(ctx.questionsFile, ctx) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      fallback = { problems: error.problems };
      for (const p of error.problems) ctx.stderr.write(`${formatProblem(p, ctx.locale.lang)}\n`);
    }
    return fallback;
  };

  for (const mirror of mirrorSets) {
    const verdict = verdicts.get(mirror.i);
    if (verdict === undefined) continue;
    const pair = await checkPair(ctx, mirror.source, mirror.set, setsInRun, options.mirrored);
    verdicts.set(mirror.i, {
      ok: pair.some((p) => p.severity === 'error') ? null : verdict.ok,
      problems: [...verdict.problems, ...pair],
    });
  }

  // An answer file to an archived version of the bundled set (1.0.0) is checked against that version.
  let pick: SetPicker | undefined;
  const ownVersion = (set: PreparedSet, source: ParsedSource): Promise<PreparedSet> => {
    pick ??= setPicker(set, ctx.questionsFile);
    return pick(questionSetIdOf(source.data), versionOf(source.data));
  };

  let valid = 0;
  for (const [i, read] of reads.entries()) {
    let verdict = verdicts.get(i);
    if (verdict === undefined && 'source' in read) {
      const named = questionSetIdOf(read.source.data) ?? '';
      // Without --questions, an answer file to another bundled set (a client card) is checked against that set.
      const bundled = ctx.questionsFile === undefined && named !== 'kantellat' ? bundledSetId(named) : undefined;
      if (bundled !== undefined && !setsInRun.has(bundled)) setsInRun.set(bundled, await loadQuestionSet(bundled));
      const own = setsInRun.get(named);
      const broken = own === undefined ? brokenSets.get(named) : undefined;
      if (broken !== undefined) {
        verdicts.set(i, { ok: null, problems: [problemAt(read.file, 'answers-set-invalid', { set: broken })] });
        verdict = verdicts.get(i);
      }
    }
    if (verdict === undefined && 'source' in read) {
      const own = setsInRun.get(questionSetIdOf(read.source.data) ?? '');
      const found = own === undefined ? await fallbackSet() : { set: own };
      verdict =
        'set' in found
          ? checkAnswerFile(ctx, read.source, own === undefined ? await ownVersion(found.set, read.source) : found.set)
          : {
              ok: null,
              problems: [problemAt(read.file, 'answers-set-invalid', { set: ctx.questionsFile ?? 'kantellat' })],
            };
    }
    if (verdict === undefined) continue;
    for (const p of verdict.problems) ctx.stderr.write(`${formatProblem(p, ctx.locale.lang)}\n`);
    if (verdict.ok !== null) {
      valid += 1;
      ctx.stdout.write(`✓ ${verdict.ok}\n`);
    }
  }
  const checked = files.length - skipped;
  if (files.length > 1) ctx.stderr.write(`${tCli(ctx.locale.lang, 'validate.summary', { valid, total: checked })}\n`);
  return valid === checked ? EXIT.ok : EXIT.invalid;
}

export function command(host: Host): Command {
  return new Command('validate')
    .description(tCli(host.lang, 'validate.description'))
    .argument('<files...>', tHelp(host.lang, 'validate.argument.files'))
    .addHelpText('after', `\n${tHelp(host.lang, 'examples')}\n${tHelp(host.lang, 'validate.examples')}`)
    .option('--mirrored <file>', tHelp(host.lang, 'validate.option.mirrored'))
    .action((files: string[], options: ValidateOptions) => host.run((ctx) => runValidate(ctx, files, options)));
}
