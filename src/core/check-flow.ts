// No zod here (drafts are in check-draft.ts): the browser form bundles this file.
import type { Answers } from './answers.js';
import type { Draft } from './check-draft.js';
import type { PreparedQuestion, PreparedSet, PreparedTheme } from './prepare.js';
import { problem, type Problem } from './problem.js';
import { isNonAnswer } from './non-answer.js';
import type { Consistency } from './score.js';

/**
 * The interactive check as a state machine over the question list. Inquirer has no "back", so
 * the flow keeps a pointer into the questions and offers going back as an ordinary choice.
 * Everything the person sees or answers goes through an injected `Ask`, so tests script the
 * answers without a terminal.
 */

/** Where a check stands: the question being asked, and the answers and notes so far. */
export interface CheckState {
  /** 'questions' while walking through the list; 'summary' once every question was passed. */
  phase: 'questions' | 'summary';
  /** Index of the question being asked (while phase is 'questions'). */
  position: number;
  /** Question id → chosen option id. "Weet ik niet" is the scale's own unanswered option, stored as itself. */
  choices: ReadonlyMap<string, string>;
  /** Question id → the person's note (only with --notes). Never shown in any message. */
  notes: ReadonlyMap<string, string>;
}

/** The start of a check: a new one, or one resumed from a draft. */
export interface IntroStep {
  total: number;
  /** Answers already given (a resumed check), 0 for a new one. */
  answered: number;
  resumed: boolean;
  /** The 1-based number of the question where the check continues, or null when it continues at the summary. */
  continueAt: number | null;
}

/** One question on screen. */
export interface QuestionStep {
  question: PreparedQuestion;
  theme: PreparedTheme;
  /** 1-based. */
  number: number;
  total: number;
  /** The option chosen before (going back, resuming, changing from the summary). */
  current: string | undefined;
  /** What "back" means here: the previous question, the summary (changing one answer), or nothing (first question). */
  back: 'previous' | 'summary' | null;
}

/** What the person did with a question: chose an option, went back, or asked why the question is there. */
export type QuestionReply = { kind: 'option'; option: string } | { kind: 'back' } | { kind: 'help' };

/** The optional note after an answer. */
export interface NoteStep {
  question: PreparedQuestion;
  number: number;
  total: number;
  current: string | undefined;
}

/** One line of the summary. */
export interface SummaryRow {
  question: PreparedQuestion;
  theme: PreparedTheme;
  number: number;
  option: string | undefined;
  hasNote: boolean;
}

/** All answers at the end, before the results. */
export interface SummaryStep {
  rows: SummaryRow[];
  answered: number;
  total: number;
}

/** Show the results, or change the answer to one question first. */
export type SummaryReply = { kind: 'done' } | { kind: 'change'; questionId: string };

/** The way the flow talks to the person: the terminal (src/prompt.ts) or a test's script. */
export interface Ask {
  intro(step: IntroStep): Promise<void>;
  question(step: QuestionStep): Promise<QuestionReply>;
  /** Shows the question's help text ("uitleg bij deze vraag"); the question is asked again after it. */
  help(step: QuestionStep): Promise<void>;
  /** An optional note; the empty string means no note. */
  note(step: NoteStep): Promise<string>;
  summary(step: SummaryStep): Promise<SummaryReply>;
}

/**
 * A draft found when a new check starts: it fits this question set, belongs to another, or can't be read. `started` is
 * ISO time.
 */
export type DraftFound =
  | { kind: 'fits'; started: string; answered: number; total: number; whose: DraftOwner }
  | { kind: 'other'; questionSet: string; version: string; started: string; whose: DraftOwner }
  | { kind: 'broken'; file: string };

/**
 * Whose draft it is: the respondent it was started for (null: no name given), and whether
 * --name now names someone else. Then continuing is not the default: that would put one
 * person's answers under another's name.
 */
export interface DraftOwner {
  respondent: string | null;
  someoneElse: boolean;
  /** Where the draft is set aside when this person starts over (it is never thrown away for them). */
  keptAt: string | null;
}

/** What to do with a draft found at the start. */
export type DraftDecision = 'resume' | 'restart' | 'stop';

/** The flow's questions plus the two the command asks around it. */
export interface CheckAsk extends Ask {
  /** A draft exists and the person started without --resume: never replace it without asking. */
  draftFound(found: DraftFound): Promise<DraftDecision>;
  /** The file to save to exists: replace it? */
  replaceFile(file: string): Promise<boolean>;
  /**
   * The answers show a response style (all the same option, or a theme that contradicts itself):
   * say so kindly before the result. true: look at the answers again (back to the summary).
   */
  consistency(notice: Consistency): Promise<boolean>;
}

export interface FlowOptions {
  /** Ask for an optional note after each answer (--notes). */
  notes: boolean;
  /** Where to start: a draft's state. A new check starts at the first question. */
  start?: CheckState;
  /** Called after every answer and note, with a copy of the state: the draft is saved here. */
  progress(state: CheckState): Promise<void>;
  /** Back at the summary after the results were asked for once: no intro again. */
  noIntro?: boolean;
}

/** Minutes to expect for `total` questions, as the intro says: about 25 seconds a question. */
export function minutesFor(total: number): number {
  return Math.max(1, Math.round((total * 25) / 60));
}

/** A fresh check: first question, nothing answered. */
export function newCheckState(): CheckState {
  return { phase: 'questions', position: 0, choices: new Map(), notes: new Map() };
}

function copy(state: CheckState, change: Partial<CheckState> = {}): CheckState {
  return {
    phase: change.phase ?? state.phase,
    position: change.position ?? state.position,
    choices: new Map(change.choices ?? state.choices),
    notes: new Map(change.notes ?? state.notes),
  };
}

/** Answers that count: chosen and not the scale's "weet ik niet / n.v.t.". */
export function countAnswered(set: PreparedSet, choices: ReadonlyMap<string, string>): number {
  let count = 0;
  for (const [questionId, optionId] of choices) {
    const option = set.questionById.get(questionId)?.optionById.get(optionId);
    if (option !== undefined && !isNonAnswer(option)) count += 1;
  }
  return count;
}

function themeOf(set: PreparedSet, question: PreparedQuestion): PreparedTheme {
  const theme = set.themes.find((candidate) => candidate.id === question.theme);
  // A prepared set has passed the cross checks, so every question's theme exists.
  if (theme === undefined) throw new Error(`question ${question.id} has no theme`);
  return theme;
}

function withChoice(state: CheckState, question: PreparedQuestion, option: string): Map<string, string> {
  if (!question.optionById.has(option))
    throw new Error(`option "${option}" is not an option of question ${question.id}`);
  const choices = new Map(state.choices);
  choices.set(question.id, option);
  return choices;
}

function withNote(state: CheckState, questionId: string, note: string): Map<string, string> {
  const notes = new Map(state.notes);
  if (note.trim() === '') notes.delete(questionId);
  else notes.set(questionId, note);
  return notes;
}

/**
 * Walks the person through the questions, then the summary, and returns the final state when
 * they ask for their results. Throws whatever `ask` throws (an interruption ends the walk; the
 * draft saved by `progress` keeps what was answered).
 */
export async function runCheckFlow(set: PreparedSet, ask: Ask, options: FlowOptions): Promise<CheckState> {
  const total = set.questions.length;
  let state = copy(options.start ?? newCheckState());
  if (state.position > total) state = copy(state, { position: total });
  if (options.noIntro !== true)
    await ask.intro({
      total,
      answered: state.choices.size,
      resumed: options.start !== undefined,
      continueAt: state.phase === 'questions' && state.position < total ? state.position + 1 : null,
    });

  const stepFor = (question: PreparedQuestion, back: QuestionStep['back']): QuestionStep => ({
    question,
    theme: themeOf(set, question),
    number: question.index + 1,
    total,
    current: state.choices.get(question.id),
    back,
  });

  const askNote = async (question: PreparedQuestion): Promise<void> => {
    if (!options.notes) return;
    const text = await ask.note({ question, number: question.index + 1, total, current: state.notes.get(question.id) });
    state = copy(state, { notes: withNote(state, question.id, text) });
    await options.progress(copy(state));
  };

  for (;;) {
    if (state.phase === 'questions') {
      const question = set.questions[state.position];
      if (question === undefined) {
        state = copy(state, { phase: 'summary' });
        continue;
      }
      const step = stepFor(question, state.position > 0 ? 'previous' : null);
      const reply = await ask.question(step);
      if (reply.kind === 'help') {
        if (question.help !== undefined) await ask.help(step);
        continue;
      }
      if (reply.kind === 'back') {
        if (state.position > 0) state = copy(state, { position: state.position - 1 });
        continue;
      }
      const next = state.position + 1;
      // Saved before the note is asked, so an interruption at the note keeps the answer.
      state = copy(state, {
        choices: withChoice(state, question, reply.option),
        position: next,
        phase: next >= total ? 'summary' : 'questions',
      });
      await options.progress(copy(state));
      await askNote(question);
      continue;
    }

    const rows = set.questions.map(
      (question): SummaryRow => ({
        question,
        theme: themeOf(set, question),
        number: question.index + 1,
        option: state.choices.get(question.id),
        hasNote: state.notes.has(question.id),
      }),
    );
    const reply = await ask.summary({ rows, answered: countAnswered(set, state.choices), total });
    if (reply.kind === 'done') return copy(state);
    const question = set.questionById.get(reply.questionId);
    if (question === undefined) throw new Error(`unknown question "${reply.questionId}"`);
    const step = stepFor(question, 'summary');
    for (;;) {
      const change = await ask.question(step);
      if (change.kind === 'help') {
        if (question.help !== undefined) await ask.help(step);
        continue;
      }
      if (change.kind === 'option') {
        state = copy(state, { choices: withChoice(state, question, change.option) });
        await options.progress(copy(state));
        await askNote(question);
      }
      break;
    }
  }
}

/** A finished check as answers to score: every question of the set, unanswered ones as null. `date` is YYYY-MM-DD. */
export function answersOfState(set: PreparedSet, state: CheckState, respondent: string | null, date: string): Answers {
  return {
    questionSet: set.id,
    version: set.version,
    respondent,
    date,
    choices: new Map<string, string | null>(
      set.questions.map((question) => [question.id, state.choices.get(question.id) ?? null]),
    ),
    notes: state.notes,
  };
}

/** What kind of file a draft is, written in it so that it is never mistaken for an answer file. */
export const DRAFT_KIND = 'kantellat-check-draft';

/** What a draft holds besides the answers: who, where to save, since when. */
export interface DraftMeta {
  questionsFile: string | null;
  respondent: string | null;
  saveTo: string | null;
  withNotes: boolean;
  started: string;
}

/** The draft for a state. */
export function draftOf(set: PreparedSet, state: CheckState, meta: DraftMeta, updated: string): Draft {
  return {
    kind: DRAFT_KIND,
    questionSet: set.id,
    version: set.version,
    questionsFile: meta.questionsFile,
    respondent: meta.respondent,
    saveTo: meta.saveTo,
    withNotes: meta.withNotes,
    started: meta.started,
    updated,
    phase: state.phase,
    position: state.position,
    answers: Object.fromEntries(state.choices),
    notes: Object.fromEntries(state.notes),
  };
}

/** Whether a draft belongs to this question set and version: only then can it be resumed. */
export function draftFits(set: PreparedSet, draft: Draft): boolean {
  return draft.questionSet === set.id && draft.version === set.version;
}

/**
 * The state saved in a draft, checked against the question set. A draft that names questions or
 * options the set does not have is not resumed: its problems say where.
 */
export function stateFromDraft(
  set: PreparedSet,
  draft: Draft,
): { ok: true; state: CheckState } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const choices = new Map<string, string>();
  for (const [questionId, optionId] of Object.entries(draft.answers)) {
    const question = set.questionById.get(questionId);
    if (question === undefined)
      problems.push(problem('answers-unknown-question', ['answers', questionId], { id: questionId }));
    else if (!question.optionById.has(optionId)) {
      const options = question.options.map((option) => option.id).join(', ');
      problems.push(
        problem('answers-unknown-option', ['answers', questionId], { question: questionId, id: optionId, options }),
      );
    } else choices.set(questionId, optionId);
  }
  const notes = new Map<string, string>();
  for (const [questionId, note] of Object.entries(draft.notes)) {
    if (!set.questionById.has(questionId))
      problems.push(problem('notes-unknown-question', ['notes', questionId], { id: questionId }));
    else if (note.trim() !== '') notes.set(questionId, note);
  }
  if (problems.length > 0) return { ok: false, problems };
  const position = Math.min(draft.position, set.questions.length);
  return { ok: true, state: { phase: draft.phase, position, choices, notes } };
}
