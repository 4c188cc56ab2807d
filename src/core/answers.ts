import * as z from 'zod';
import { once } from './once.js';
import { idSchema } from './question-set.js';
import { problem, type Problem } from './problem.js';
import type { PreparedSet } from './prepare.js';

// An option id; a number is taken as its text, for scales whose options are named 1, 2, 3.
const optionRefSchema = once(() => z.union([z.string(), z.number()], { error: 'kantellat:answer-value' }));

/** An answer file: which option a respondent chose per question, and optional notes. */
export const answersFileSchema = once(() =>
  z.strictObject({
    $schema: z.string().optional(),
    questionSet: idSchema(),
    version: z.string().min(1),
    respondent: z.string().nullable().optional(),
    date: z.string().nullable().optional(),
    answers: z.record(idSchema(), optionRefSchema().nullable()).nullable().optional(),
    notes: z.record(idSchema(), z.string().nullable()).nullable().optional(),
  }),
);
/** An answer file: which option a respondent chose per question, and optional notes. */
export type AnswersFile = z.infer<ReturnType<typeof answersFileSchema>>;

/** The answers of one respondent, checked against a question set: question id → option id (null: not answered). */
export interface Answers {
  questionSet: string;
  version: string;
  respondent: string | null;
  date: string | null;
  choices: ReadonlyMap<string, string | null>;
  notes: ReadonlyMap<string, string>;
}

export interface CheckAnswersOptions {
  /** Accept answers given to another major version of the question set. */
  allowVersionMismatch?: boolean;
}

/** The major part of a version ("2" of "2.0.0"): answers to another major version do not fit. */
export function majorVersion(version: string): string {
  return version.split('.')[0] ?? version;
}

/**
 * Checks an answer file against a question set: the set's id and version, unknown question and
 * option ids. Unanswered questions are a warning, not an error. Notes are personal, so no
 * message ever quotes them.
 */
export function checkAnswers(
  set: PreparedSet,
  file: AnswersFile,
  options: CheckAnswersOptions = {},
): { answers: Answers; problems: Problem[] } {
  const problems: Problem[] = [];
  // Answers to another set are named as such; that set's version says nothing about this one.
  if (file.questionSet !== set.id) {
    problems.push(problem('answers-wrong-set', ['questionSet'], { found: file.questionSet, expected: set.id }));
  } else if (file.version !== set.version) {
    const breaking = majorVersion(file.version) !== majorVersion(set.version) && options.allowVersionMismatch !== true;
    problems.push(
      problem(
        breaking ? 'answers-major-version' : 'answers-other-version',
        ['version'],
        { found: file.version, expected: set.version },
        breaking ? 'error' : 'warning',
      ),
    );
  }
  const choices = new Map<string, string | null>();
  for (const question of set.questions) choices.set(question.id, null);
  const answers = (notes: Map<string, string>): Answers => ({
    questionSet: file.questionSet,
    version: file.version,
    respondent: file.respondent ?? null,
    date: file.date ?? null,
    choices,
    notes,
  });
  // Answers to another set, or to another major version, are not checked question by question:
  // every unknown question would follow from the one line that says which set or version to use.
  if (problems.some((found) => found.severity === 'error')) return { answers: answers(new Map()), problems };
  // A question with an answer that is not one of its options was answered, wrongly: its error says
  // so, and "not answered" on top would send the person looking for an empty line.
  const misanswered = new Set<string>();
  for (const [questionId, raw] of Object.entries(file.answers ?? {})) {
    const question = set.questionById.get(questionId);
    if (question === undefined) {
      problems.push(problem('answers-unknown-question', ['answers', questionId], { id: questionId }));
      continue;
    }
    if (raw === null) continue;
    const optionId = String(raw);
    if (!question.optionById.has(optionId)) {
      problems.push(
        problem('answers-unknown-option', ['answers', questionId], {
          question: questionId,
          id: optionId,
          options: question.options.map((option) => option.id).join(', '),
        }),
      );
      misanswered.add(questionId);
      continue;
    }
    choices.set(questionId, optionId);
  }
  const notes = new Map<string, string>();
  for (const [questionId, note] of Object.entries(file.notes ?? {})) {
    if (!set.questionById.has(questionId)) {
      problems.push(problem('notes-unknown-question', ['notes', questionId], { id: questionId }, 'warning'));
      continue;
    }
    if (note !== null && note.trim() !== '') notes.set(questionId, note);
  }
  const unanswered = [...choices].filter(([id, choice]) => choice === null && !misanswered.has(id)).length;
  if (unanswered > 0) {
    problems.push(
      problem('answers-unanswered', ['answers'], { count: unanswered, total: set.questions.length }, 'warning'),
    );
  }
  return {
    answers: answers(notes),
    problems,
  };
}
