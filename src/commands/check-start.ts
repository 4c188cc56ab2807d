import type { Draft } from '../core/check-draft.js';
import {
  draftFits,
  stateFromDraft,
  type CheckAsk,
  type CheckState,
  type DraftFound,
  type DraftMeta,
  type DraftOwner,
} from '../core/check-flow.js';
import type { PreparedSet } from '../core/prepare.js';
import { UsageError, type Problem } from '../core/problem.js';
import type { Lang } from '../core/text.js';
import { asidePath, draftPath, readDraft, removeDraft, type DraftOnDisk } from '../io/drafts.js';
import { localStamp } from '../render/history-text.js';
import { checkWidth, wrapText } from '../render/wrap.js';
import { tCheck } from '../messages/check.js';
import { formatProblem } from '../messages/problems.js';
import { invocationName, shellQuoted, type KeyOf } from '../messages/translate.js';
import type { Context } from './context.js';

/** One run of `kantellat check` once its terminal is open, as its steps share it. */
export interface CheckRun {
  ctx: Context;
  set: PreparedSet;
  ask: CheckAsk;
  /** The --questions file (absolute), null for the bundled Kantellat. */
  questionsFile: string | null;
  /** false with --no-save: no draft, no answer file. */
  keepsDrafts: boolean;
  /**
   * How to continue the draft on disk, if there is one: said in the one line after Ctrl-C. Set
   * when a draft is found or written, cleared when the person starts over; a step that asks
   * something must have it right before it asks, as the answer may be Ctrl-C.
   */
  continueWith: string | null;
  /**
   * Someone else's draft, to be set aside (not thrown away) just before this check writes its
   * own first draft: until then, stopping leaves it exactly where it was.
   */
  setAside: string | null;
}

/** Where a check begins: a draft's state (undefined for a new check) and what it keeps besides the answers. */
export interface CheckStart {
  state: CheckState | undefined;
  meta: DraftMeta;
}

/**
 * Writes one of the check's messages to stderr, where the prompts and hints go: on a terminal
 * wrapped between words to its width (as the prompts are), so no word is cut at the edge.
 */
export function tell(ctx: Context, key: KeyOf<typeof tCheck>, params: Record<string, string | number> = {}): void {
  const text = tCheck(ctx.locale.lang, key, params);
  const columns = ctx.stderr.isTTY === true ? ctx.stderr.columns : undefined;
  const width = checkWidth(columns ?? 80);
  // Each line keeps its own indent (a path shown on its own line stays indented).
  const lines =
    columns === undefined
      ? [text]
      : text.split('\n').flatMap((line) => wrapText(line, width, /^ */.exec(line)?.[0] ?? ''));
  ctx.stderr.write(`${lines.join('\n')}\n`);
}

/** The command that continues a stopped check: with its question set and language. */
export function resumeCommand(questionsFile: string | null, lang: Lang): string {
  const questions = questionsFile === null ? '' : ` --questions ${shellQuoted(questionsFile)}`;
  return `${invocationName()} check --resume${questions}${lang === 'en' ? ' --lang en' : ''}`;
}

/**
 * The command that lists saved results: with the question set and language of this check, whose result it then shows.
 */
export function historyCommand(questionsFile: string | null, lang: Lang): string {
  const questions = questionsFile === null ? '' : ` --questions ${shellQuoted(questionsFile)}`;
  return `${invocationName()} history${questions}${lang === 'en' ? ' --lang en' : ''}`;
}

/**
 * Where the check starts: the draft with --resume, the draft found on disk when the person
 * chooses to continue it, or a new check. An exit code where the check must not start at all:
 * a draft that can't be resumed, or the person stopping at the question what to do with one.
 */
export async function decideStart(run: CheckRun, fresh: DraftMeta, resume: boolean): Promise<CheckStart | number> {
  if (resume) return startFromResume(run, fresh);
  // With --no-save a draft on disk is left alone: this check writes none to replace it.
  if (!run.keepsDrafts) return { state: undefined, meta: fresh };
  return startFromDraftFound(run, fresh);
}

/** --resume: the draft on disk, refused when it is damaged or of another question set or version. */
async function startFromResume(run: CheckRun, fresh: DraftMeta): Promise<CheckStart | number> {
  const { ctx, set } = run;
  const disk = await readDraft(ctx.env);
  if (disk.kind === 'none') {
    tell(ctx, 'resume.none');
    return { state: undefined, meta: fresh };
  }
  if (disk.kind === 'broken') {
    writeProblems(ctx, disk.problems);
    throw new UsageError('draft.broken', {}, 'check');
  }
  if (!draftFits(set, disk.draft)) {
    const params = {
      found: disk.draft.questionSet,
      foundVersion: disk.draft.version,
      expected: set.id,
      expectedVersion: set.version,
    };
    if (disk.draft.questionSet === set.id && disk.draft.questionsFile === run.questionsFile)
      throw new UsageError('resume.otherVersion', params, 'check');
    throw new UsageError(
      'resume.otherSet',
      { ...params, command: resumeCommand(disk.draft.questionsFile, ctx.locale.lang) },
      'check',
    );
  }
  const whose = ownerOf(run, disk.draft, fresh);
  // --name names someone else: ask, with starting over as the default, instead of continuing their check.
  if (whose.someoneElse) return startFromDraftFound(run, fresh);
  const date = localStamp(disk.draft.started, ctx.locale.lang) ?? disk.draft.started;
  if (disk.draft.respondent === null) tell(ctx, 'resume.whoseAnonymous', { date });
  else tell(ctx, 'resume.whose', { name: disk.draft.respondent, date });
  return resumeFrom(run, disk.draft, fresh);
}

/**
 * Whose draft it is. Someone else's only when both names are known and differ (a draft
 * started without a name may be anyone's, and was always offered to continue).
 */
function ownerOf(run: CheckRun, draft: Draft, fresh: DraftMeta): DraftOwner {
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  const someoneElse =
    fresh.respondent !== null && draft.respondent !== null && !same(fresh.respondent, draft.respondent);
  return {
    respondent: draft.respondent,
    someoneElse,
    keptAt: someoneElse ? asidePath(run.ctx.env, draft.started) : null,
  };
}

/** A new check while a draft is on disk: never replace it without asking to resume, restart or stop. */
async function startFromDraftFound(run: CheckRun, fresh: DraftMeta): Promise<CheckStart | number> {
  const { ctx } = run;
  const disk = await readDraft(ctx.env);
  if (disk.kind === 'none') return { state: undefined, meta: fresh };
  // Stopping at this question leaves the draft as it was: say how to continue it.
  const continueDraft =
    disk.kind === 'ok' ? resumeCommand(disk.draft.questionsFile, ctx.locale.lang) : `${invocationName()} check`;
  run.continueWith = continueDraft;
  const decision = await run.ask.draftFound(draftFound(run, disk, fresh));
  if (decision === 'stop') {
    tell(ctx, 'draft.stopped', { command: continueDraft });
    return 0;
  }
  if (decision === 'restart') {
    const owner = disk.kind === 'ok' ? ownerOf(run, disk.draft, fresh) : null;
    if (owner?.keptAt != null) {
      // Someone else's answers are never thrown away for this person: set aside at the first answer, and said where.
      run.setAside = owner.keptAt;
      tell(ctx, 'draft.keptAside', { name: owner.respondent ?? '', file: owner.keptAt });
    } else await removeDraft(ctx.env);
    run.continueWith = null;
    return { state: undefined, meta: fresh };
  }
  // Resuming is offered only for a draft that can be read; a damaged one has nothing to resume.
  if (disk.kind === 'broken') return { state: undefined, meta: fresh };
  return resumeFrom(run, disk.draft, fresh);
}

/** What the person is told about a draft found at the start. */
function draftFound(run: CheckRun, disk: Exclude<DraftOnDisk, { kind: 'none' }>, fresh: DraftMeta): DraftFound {
  if (disk.kind === 'broken') return { kind: 'broken', file: draftPath(run.ctx.env) };
  const { draft } = disk;
  const whose = ownerOf(run, draft, fresh);
  return draftFits(run.set, draft)
    ? {
        kind: 'fits',
        started: draft.started,
        answered: Object.keys(draft.answers).length,
        total: run.set.questions.length,
        whose,
      }
    : { kind: 'other', questionSet: draft.questionSet, version: draft.version, started: draft.started, whose };
}

/**
 * The draft's state and meta; a UsageError (after its problems are told) when it names
 * questions or options the set does not have. Flags given now win over the draft's.
 */
function resumeFrom(run: CheckRun, draft: Draft, fresh: DraftMeta): CheckStart {
  const { ctx } = run;
  const restored = stateFromDraft(run.set, draft);
  if (!restored.ok) {
    writeProblems(
      ctx,
      restored.problems.map((p) => ({ ...p, file: draftPath(ctx.env) })),
    );
    throw new UsageError('draft.broken', {}, 'check');
  }
  run.continueWith = resumeCommand(run.questionsFile, ctx.locale.lang);
  return {
    state: restored.state,
    meta: {
      questionsFile: fresh.questionsFile,
      respondent: fresh.respondent ?? draft.respondent,
      saveTo: fresh.saveTo ?? draft.saveTo,
      withNotes: fresh.withNotes || draft.withNotes,
      started: draft.started,
    },
  };
}

function writeProblems(ctx: Context, problems: readonly Problem[]): void {
  for (const p of problems) ctx.stderr.write(`${formatProblem(p, ctx.locale.lang)}\n`);
}
