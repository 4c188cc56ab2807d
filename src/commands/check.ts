import type { KeyOf } from '../messages/translate.js';
import { Writable } from 'node:stream';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import {
  answersOfState,
  draftOf,
  runCheckFlow,
  type CheckAsk,
  type CheckState,
  type DraftMeta,
} from '../core/check-flow.js';
import { localDate } from '../core/local-date.js';
import type { PreparedSet } from '../core/prepare.js';
import { InterruptedError, UsageError } from '../core/problem.js';
import { RESULT_SCHEMA_VERSION, toResultJson, type ResultDocument } from '../core/result-json.js';
import { scoreAnswers, type Result } from '../core/score.js';
import { removeDraft, setDraftAside, writeDraft } from '../io/drafts.js';
import { ensureWritableFolder } from '../io/answers-file.js';
import { draftsFolder, resultsFolder } from '../io/history.js';
import { bundledSetId } from '../io/load.js';
import { tCheck } from '../messages/check.js';
import { renderResultText } from '../render/result-text.js';
import { colorFor, toned, unicodeFor } from '../render/style.js';
import { checkSaveTarget, saveAnswers } from './check-save.js';
import { decideStart, historyCommand, resumeCommand, tell, type CheckRun } from './check-start.js';
import type { Context, Host } from './context.js';
import { humanLayout, loadSet } from './shared.js';

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
  open(
    ctx: Context,
    screen: { set: PreparedSet; unicode: boolean; keepsDrafts: boolean },
  ): Promise<CheckTerminal | null>;
  now(): Date;
}

const terminal: CheckDeps = {
  async open(ctx, screen) {
    const output = ctx.stderr;
    if (!(output instanceof Writable)) return null;
    const color = colorFor(ctx.stderr, ctx.env, ctx.color);
    const plain = color.level === 0;
    // Inquirer is loaded only here, once there is a terminal to ask in.
    const { checkAsk, openPrompter } = await import('../prompt.js');
    const prompter = await openPrompter({
      lang: ctx.locale.lang,
      input: ctx.stdin,
      output,
      plain,
      unicode: screen.unicode,
    });
    return {
      ask: checkAsk(prompter, { locale: ctx.locale, ...screen, paint: (option) => toned(color, option) }),
      close: () => prompter.close(),
    };
  },
  now: () => new Date(),
};

/**
 * `kantellat check`: the questions one at a time in the terminal, a draft after every answer,
 * the results screen (or JSON), and the answers saved as an answer file.
 */
export async function runCheck(ctx: Context, options: CheckOptions, deps: CheckDeps = terminal): Promise<number> {
  // Without a terminal the prompts would hang or spill escape codes into a pipe. With --json the
  // result may go to a file or a pipe: the prompts are on stderr.
  const interactive =
    ctx.stdin.isTTY === true && ctx.stderr.isTTY === true && (options.json === true || ctx.stdout.isTTY === true);
  // A terminal to ask in, but stdout redirected: say what works (--json) instead of "no terminal".
  if (!interactive && ctx.stdin.isTTY === true && ctx.stderr.isTTY === true)
    throw new UsageError('stdoutRedirected', {}, 'check');
  if (!interactive) throw new UsageError('noTty', {}, 'check');
  const set = await loadSet(ctx);
  const keepsDrafts = options.save !== false;
  // A bundled set goes by its id, so a resume or a hint works from any folder.
  const questionsFile =
    ctx.questionsFile === undefined ? null : (bundledSetId(ctx.questionsFile) ?? resolve(ctx.cwd, ctx.questionsFile));
  const opened = await deps.open(ctx, { set, unicode: unicodeFor(ctx.env), keepsDrafts });
  if (opened === null) throw new UsageError('noTty', {}, 'check');
  const run: CheckRun = { ctx, set, ask: opened.ask, questionsFile, keepsDrafts, continueWith: null, setAside: null };
  try {
    return await check(run, options, deps);
  } catch (error) {
    if (error instanceof InterruptedError) {
      if (!keepsDrafts) tell(ctx, 'interrupted.noSave');
      else if (run.continueWith !== null) tell(ctx, 'interrupted.saved', { command: run.continueWith });
      else tell(ctx, 'interrupted.nothing');
    }
    throw error;
  } finally {
    opened.close();
  }
}

/** The check once its terminal is open: where to start, the questions, the results and the answer file. */
async function check(run: CheckRun, options: CheckOptions, deps: CheckDeps): Promise<number> {
  const { ctx, set, keepsDrafts } = run;
  const fresh: DraftMeta = {
    questionsFile: run.questionsFile,
    respondent: options.name ?? null,
    saveTo: typeof options.save === 'string' ? resolve(ctx.cwd, options.save) : null,
    withNotes: options.notes === true,
    started: deps.now().toISOString(),
  };
  const start = await decideStart(run, fresh, options.resume === true);
  if (typeof start === 'number') return start;
  const { meta } = start;
  const target = await checkSaveTarget(run, meta.saveTo, options.force === true);
  if (keepsDrafts) {
    await ensureWritableFolder(meta.saveTo === null ? resultsFolder(ctx.env) : dirname(meta.saveTo));
    await ensureWritableFolder(draftsFolder(ctx.env));
  }

  const flow = {
    notes: meta.withNotes,
    progress: async (state: CheckState) => {
      if (!keepsDrafts) return;
      if (run.setAside !== null) {
        await setDraftAside(ctx.env, run.setAside);
        run.setAside = null;
      }
      await writeDraft(ctx.env, draftOf(set, state, meta, deps.now().toISOString()));
      run.continueWith = resumeCommand(run.questionsFile, ctx.locale.lang);
    },
  };
  let final = await runCheckFlow(set, run.ask, {
    ...flow,
    ...(start.state === undefined ? {} : { start: start.state }),
  });

  // A response style is named before the result, once, with the offer to look at the answers again.
  const { consistency } = scoreAnswers(set, answersOfState(set, final, meta.respondent, localDate(deps.now())));
  if (consistency.flagged && (await run.ask.consistency(consistency))) {
    final = await runCheckFlow(set, run.ask, { ...flow, start: { ...final, phase: 'summary' }, noIntro: true });
  }
  const finished = deps.now();
  const answers = answersOfState(set, final, meta.respondent, localDate(finished));
  const result = scoreAnswers(set, answers);
  const saved = keepsDrafts
    ? await saveAnswers(run, { final, answers, saveTo: meta.saveTo, finished, overwrite: target.overwrite })
    : null;
  const savedTo = saved?.kind === 'saved' ? saved.path : null;
  // A finished check removes its own draft; with --no-save a draft of another, earlier check
  // (not resumed here) is not this check's to remove.
  if (savedTo !== null || (!keepsDrafts && start.state !== undefined)) await removeDraft(ctx.env);

  writeResult(ctx, set, result, savedTo, options.json === true);
  if (savedTo !== null) {
    ctx.stderr.write('\n');
    tell(ctx, 'saved', { file: savedTo });
    if (meta.saveTo === null)
      tell(ctx, 'saved.history', { command: historyCommand(run.questionsFile, ctx.locale.lang) });
  } else if (!keepsDrafts) tell(ctx, 'notSaved');
  if (saved?.kind === 'failed') {
    // After the results: the answers are in the draft, and the hint says how to save them elsewhere.
    ctx.stderr.write(`\n${saved.message}`);
    return 2;
  }
  return 0;
}

/** The result on stdout: the result document with --json, else the results screen. */
function writeResult(ctx: Context, set: PreparedSet, result: Result, savedTo: string | null, json: boolean): void {
  if (json) {
    const document: ResultDocument = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      questionSet: { id: set.id, version: set.version },
      results: [toResultJson(result, savedTo, ctx.locale)],
      errors: [],
    };
    ctx.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }
  ctx.stdout.write('\n');
  ctx.stdout.write(renderResultText(result, { locale: ctx.locale, title: set.title, ...humanLayout(ctx, false) }));
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tCheck>): string => tCheck(host.lang, key);
  // --save FILE and --no-save set the same option; commander lets the last one win, silently.
  const given = new Set<string>();
  const check = new Command('check');
  check.on('option:save', () => given.add('save'));
  check.on('option:no-save', () => given.add('no-save'));
  return check
    .description(t('check.description'))
    .option('--notes', t('option.notes'))
    .option('--json', t('option.json'))
    .option('--save <file>', t('option.save'))
    .option('--no-save', t('option.noSave'))
    .option('--name <name>', t('option.name'))
    .option('--force', t('option.force'))
    .option('--resume', t('option.resume'))
    .action((options: CheckOptions) =>
      host.run((ctx) => {
        if (given.has('save') && given.has('no-save')) throw new UsageError('usage.saveAndNoSave');
        return runCheck(ctx, options, terminal);
      }),
    );
}
