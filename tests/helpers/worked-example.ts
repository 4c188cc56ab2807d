import type { PreparedSet } from '../../src/core/prepare.js';

/**
 * The 2.0.0 worked example of docs/scoring.md, per theme: the option on its forward question and
 * on its reverse-keyed one. Given by theme, not by question id, so it holds when the content of
 * the set changes its wording or order.
 */
export const WORKED_EXAMPLE: Readonly<Record<string, { forward: string; reverse: string }>> = {
  gesprek: { forward: 'helft', reverse: 'paar' },
  'eigen-kracht': { forward: 'helft', reverse: 'paar' },
  netwerk: { forward: 'helft', reverse: 'helft' },
  resultaat: { forward: 'helft', reverse: 'nvt' },
  breed: { forward: 'helft', reverse: 'paar' },
  samenspraak: { forward: 'helft', reverse: 'helft' },
};

/** The worked example's option for every question of `set`, in the set's order. */
export function workedExampleOptions(set: PreparedSet): string[] {
  return set.questions.map((question) => {
    const pair = WORKED_EXAMPLE[question.theme];
    if (pair === undefined) throw new Error(`the worked example has no theme ${question.theme}`);
    return question.reverse ? pair.reverse : pair.forward;
  });
}
