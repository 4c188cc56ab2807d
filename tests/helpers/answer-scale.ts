import type { PreparedSet } from '../../src/core/prepare.js';
import { isNonAnswer } from '../../src/core/non-answer.js';

/** Four answers on the set's own scale, lowest first: tests that send "the same answer to every question" take their ids from the set, not from a version of it. */
export interface ScaleAnswers {
  LOW: string;
  SOME: string;
  OFTEN: string;
  TOP: string;
}

/** The answerable options every question of `set` shares; fails loudly when the questions have no common scale of at least four. */
export function scaleAnswers(set: PreparedSet): ScaleAnswers {
  const first = set.questions[0];
  const ids = (first?.options ?? []).filter((option) => !isNonAnswer(option)).map((option) => option.id);
  const shared = ids.filter((id) => set.questions.every((question) => question.optionById.has(id)));
  const [LOW, SOME] = shared;
  const OFTEN = shared.at(-2);
  const TOP = shared.at(-1);
  if (shared.length < 4 || LOW === undefined || SOME === undefined || OFTEN === undefined || TOP === undefined) {
    throw new Error(
      `${set.id} ${set.version}: its questions share fewer than four answerable options (${shared.join(', ')})`,
    );
  }
  return { LOW, SOME, OFTEN, TOP };
}
