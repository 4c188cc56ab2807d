import { Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Answers } from '../core/answers.js';
import {
  countAnswered,
  draftFits,
  draftOf,
  runCheckFlow,
  stateFromDraft,
  type CheckAsk,
  type CheckState,
  type Draft,
  type DraftMeta,
} from '../core/check-flow.js';
import type { PreparedSet } from '../core/prepare.js';
import { InterruptedError, UsageError, type Problem } from '../core/problem.js';
import { RESULT_SCHEMA_VERSION, toResultJson, type ResultDocument } from '../core/result-json.js';
import { scoreAnswers } from '../core/score.js';
import { localize, type Lang } from '../core/text.js';
import { answersFileText, pathKind, saveAnswersFile } from '../io/answers-file.js';
import { draftPath, readDraft, removeDraft, writeDraft } from '../io/drafts.js';
import { resultsFolder, timestampedName } from '../io/history.js';
import { loadQuestionSet } from '../io/load.js';
import { tCheck } from '../messages/check.js';
import { localDate } from '../core/local-date.js';
import { invocationName, shellQuoted } from '../messages/translate.js';
import { tCli } from '../messages/cli.js';
import { formatProblem } from '../messages/problems.js';
import { renderResultText } from '../render/result-text.js';
import { colorFor, unicodeFor } from '../render/style.js';
import type { Context, Host } from './context.js';
import { widthOf } from './shared.js';

interface CheckOptions {
  notes?: boolean;
  json?: boolean;
  /** A file with --save FILE, false with --no-save. */
  save?: string | false;
  name?: string;
  force?: boolean;
  resume?: boolean;
}

/** The terminal (or a test's script) that asks the questions. */
export interface CheckTerminal {
  ask: CheckAsk;
  close(): void;
}

/** What runCheck needs from outside: the questions' terminal and the clock. Tests pass their own. */
export interface CheckDeps {
  open(ctx: Context, screen: { set: PreparedSet; unicode: boolean; keepsDrafts: boolean }): Promise<CheckTerminal | null>;
  now(): Date;
}

const terminal: CheckDeps = {
  async open(ctx, screen) {
    const output = ctx.stderr;
    if (!(output instanceof Writable)) return null;
    const plain = colorFor(ctx.stderr, ctx.env, ctx.color).level === 0;
    // Inquirer is loaded only here, once there is a terminal to ask in.
    const { checkAsk, openPrompter } = await import('../prompt.js');
    const prompter = await openPrompter({ lang: ctx.lang, input: ctx.stdin, output, plain, unicode: screen.unicode });
    return { ask: checkAsk(prompter, { lang: ctx.lang, ...screen }), close: () => prompter.close() };
  },
  now: () => new Date(),
};

/** The command that continues a stopped check: with its question set and language. */
function resumeCommand(questionsFile: string | null, lang: Lang): string {
  const questions = questionsFile === null ? '' : ` --questions ${shellQuoted(questionsFile)}`;
  return `${invocationName()} check --resume${questions}${lang === 'en' ? ' --lang en' : ''}`;
}

function writeProblems(ctx: Context, problems: readonly Problem[]): void {
  for (const p of problems) ctx.stderr.write(`${formatProblem(p, ctx.lang)}\n`);
}

/**
 * `kantellat check`: the questions one at a time in the terminal, a draft after every answer,
 * the results screen (or JSON), and the answers saved as an answer file.
 */
export async function runCheck(ctx: Context, options: CheckOptions, deps: CheckDeps = terminal): Promise<number> {
  const t = (key: string, params: Record<string, string | number> = {}): string => tCheck(ctx.lang, key, params);
  const say = (text: string): void => {
    ctx.stderr.write(`${text}\n`);
  };
  // Without a terminal the prompts would hang or spill escape codes into a pipe. With --json the
  // result may go to a file or a pipe: the prompts are on stderr.
  const interactive = ctx.stdin.isTTY === true && ctx.stderr.isTTY === true && (options.json === true || ctx.stdout.isTTY === true);
  if (!interactive) {
    say(t('noTty'));
    return 2;
  }
  const set = await loadQuestionSet(ctx.questionsFile);
  const keepsDrafts = options.save !== false;
  const unicode = unicodeFor(ctx.env);
  const questionsFile = ctx.questionsFile === undefined ? null : resolve(ctx.cwd, ctx.questionsFile);
  const opened = await deps.open(ctx, { set, unicode, keepsDrafts });
  if (opened === null) {
    say(t('noTty'));
    return 2;
  }
  const { ask } = opened;
  /** How to continue the draft on disk, if there is one: said in the one line after Ctrl-C. */
  let continueWith: string | null = null;
  try {
    return await check();
  } catch (error) {
    if (error instanceof InterruptedError) {
      say(!keepsDrafts ? t('interrupted.noSave') : continueWith !== null ? t('interrupted.saved', { command: continueWith }) : t('interrupted.nothing'));
    }
    throw error;
  } finally {
    opened.close();
  }

  async function check(): Promise<number> {
    const now = deps.now();
    const meta: DraftMeta = {
      questionsFile,
      respondent: options.name ?? null,
      saveTo: typeof options.save === 'string' ? resolve(ctx.cwd, options.save) : null,
      withNotes: options.notes === true,
      started: now.toISOString(),
    };
    let start: CheckState | undefined;

    const resumeFrom = (draft: Draft): boolean => {
      const restored = stateFromDraft(set, draft);
      if (!restored.ok) {
        writeProblems(ctx, restored.problems.map((p) => ({ ...p, file: draftPath(ctx.env) })));
        say(t('draft.broken'));
        return false;
      }
      start = restored.state;
      continueWith = resumeCommand(questionsFile, ctx.lang);
      meta.started = draft.started;
      meta.respondent = options.name ?? draft.respondent;
      meta.saveTo = meta.saveTo ?? draft.saveTo;
      meta.withNotes = meta.withNotes || draft.withNotes;
      return true;
    };

    if (options.resume === true) {
      const disk = await readDraft(ctx.env);
      if (disk.kind === 'none') say(t('resume.none'));
      else if (disk.kind === 'broken') {
        writeProblems(ctx, disk.problems);
        say(t('draft.broken'));
        return 2;
      } else if (!draftFits(set, disk.draft)) {
        const params = { found: disk.draft.questionSet, foundVersion: disk.draft.version, expected: set.id, expectedVersion: set.version };
        say(
          disk.draft.questionSet === set.id && disk.draft.questionsFile === questionsFile
            ? t('resume.otherVersion', params)
            : t('resume.otherSet', { ...params, command: resumeCommand(disk.draft.questionsFile, ctx.lang) }),
        );
        return 2;
      } else if (!resumeFrom(disk.draft)) return 2;
    } else if (keepsDrafts) {
      const disk = await readDraft(ctx.env);
      if (disk.kind !== 'none') {
        // Stopping at this question leaves the draft as it was: say how to continue it.
        continueWith = disk.kind === 'ok' ? resumeCommand(disk.draft.questionsFile, ctx.lang) : `${invocationName()} check`;
        const decision = await ask.draftFound(
          disk.kind === 'broken'
            ? { kind: 'broken', file: draftPath(ctx.env) }
            : draftFits(set, disk.draft)
              ? { kind: 'fits', started: disk.draft.started, answered: Object.keys(disk.draft.answers).length, total: set.questions.length }
              : { kind: 'other', questionSet: disk.draft.questionSet, version: disk.draft.version, started: disk.draft.started },
        );
        if (decision === 'stop') {
          const command = disk.kind === 'ok' ? resumeCommand(disk.draft.questionsFile, ctx.lang) : `${invocationName()} check`;
          say(t('draft.stopped', { command }));
          return 0;
        }
        if (decision === 'restart') {
          await removeDraft(ctx.env);
          continueWith = null;
        }
        else if (disk.kind === 'ok' && !resumeFrom(disk.draft)) return 2;
      }
    }

    // Ask about an existing --save file now, not after five minutes of answering; a link or a
    // folder there is refused now too, as the atomic writer would refuse it at the end.
    let overwrite = options.force === true;
    const kind = meta.saveTo === null ? 'missing' : await pathKind(meta.saveTo);
    if (meta.saveTo !== null && (kind === 'symlink' || kind === 'other')) {
      say(`kantellat: ${tCli(ctx.lang, kind === 'symlink' ? 'write.symlink' : 'write.notFile', { file: meta.saveTo })}`);
      return 2;
    }
    if (meta.saveTo !== null && !overwrite && kind === 'file') {
      overwrite = await ask.replaceFile(meta.saveTo);
      if (!overwrite) {
        say(t('save.declined', { file: meta.saveTo }));
        return 2;
      }
    }

    const final = await runCheckFlow(set, ask, {
      notes: meta.withNotes,
      ...(start === undefined ? {} : { start }),
      progress: async (state) => {
        if (!keepsDrafts) return;
        await writeDraft(ctx.env, draftOf(set, state, meta, deps.now().toISOString()));
        continueWith = resumeCommand(questionsFile, ctx.lang);
      },
    });

    const finished = deps.now();
    const choices = new Map<string, string | null>(set.questions.map((question) => [question.id, final.choices.get(question.id) ?? null]));
    const answers: Answers = {
      questionSet: set.id,
      version: set.version,
      respondent: meta.respondent,
      date: localDate(finished),
      choices,
      notes: final.notes,
    };
    const result = scoreAnswers(set, answers, ctx.lang);

    let savedTo: string | null = null;
    let exitCode = 0;
    if (keepsDrafts) {
      const outcome = await save(final, answers, meta, finished, overwrite);
      if (outcome.kind === 'saved') savedTo = outcome.path;
      else exitCode = outcome.kind === 'failed' ? 2 : 0;
    }
    // A finished check removes its own draft; with --no-save a draft of another, earlier check
    // (not resumed here) is not this check's to remove.
    if (savedTo !== null || (!keepsDrafts && start !== undefined)) await removeDraft(ctx.env);

    if (options.json === true) {
      const document: ResultDocument = {
        schemaVersion: RESULT_SCHEMA_VERSION,
        questionSet: { id: set.id, version: set.version },
        results: [toResultJson(result, savedTo)],
        errors: [],
      };
      ctx.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      ctx.stdout.write('\n');
      ctx.stdout.write(
        renderResultText(result, {
          lang: ctx.lang,
          title: localize(set.title, ctx.lang),
          color: colorFor(ctx.stdout, ctx.env, ctx.color),
          unicode,
          width: widthOf(ctx),
        }),
      );
    }
    if (savedTo !== null) {
      say('');
      say(t('saved', { file: savedTo }));
      if (meta.saveTo === null) say(t('saved.history'));
    } else if (!keepsDrafts) say(t('notSaved'));
    return exitCode;
  }

  /** Saves the answer file; on a clash or a failure the draft stays, and the person is told how to save it. */
  async function save(
    final: CheckState,
    answers: Answers,
    meta: DraftMeta,
    when: Date,
    overwrite: boolean,
  ): Promise<{ kind: 'saved'; path: string } | { kind: 'declined' } | { kind: 'failed' }> {
    const chosen = meta.saveTo;
    const fallback = join(resultsFolder(ctx.env), timestampedName(set.id, when));
    const text = answersFileText(
      set,
      { respondent: answers.respondent, date: answers.date ?? localDate(when), choices: final.choices, notes: final.notes },
      ctx.lang,
      questionsFile,
    );
    const retry = resumeCommand(questionsFile, ctx.lang);
    let path = chosen ?? fallback;
    for (let attempt = 2; ; attempt++) {
      try {
        await saveAnswersFile(path, text, overwrite);
        return { kind: 'saved', path };
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        if (error.code !== 'write.exists') {
          say(`kantellat: ${tCli(ctx.lang, error.code, error.params)}`);
          say(t('save.failed', { command: retry }));
          return { kind: 'failed' };
        }
        if (chosen === null && attempt < 100) {
          // Two checks finished in the same second: number the second one.
          path = fallback.replace(/\.yaml$/, `-${attempt}.yaml`);
        } else if (await ask.replaceFile(path)) {
          overwrite = true;
        } else {
          say(t('save.declinedEnd', { command: `${retry} --save ${ctx.lang === 'nl' ? 'ANDERE-NAAM.yaml' : 'OTHER-NAME.yaml'}` }));
          return { kind: 'declined' };
        }
      }
    }
  }
}

export function command(host: Host): Command {
  const t = (key: string): string => tCheck(host.lang, key);
  return new Command('check')
    .description(t('check.description'))
    .option('--notes', t('option.notes'))
    .option('--json', t('option.json'))
    .option('--save <file>', t('option.save'))
    .option('--no-save', t('option.noSave'))
    .option('--name <name>', t('option.name'))
    .option('--force', t('option.force'))
    .option('--resume', t('option.resume'))
    .action((options: CheckOptions) => host.run((ctx) => runCheck(ctx, options, terminal)));
}

