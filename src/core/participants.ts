import type { Result } from './score.js';

/** One respondent of a group: the label the report shows and their scored answers. */
export interface Participant {
  label: string;
  result: Result;
}

/** FNV-1a, 32 bits: a small stable hash, the same on every platform and Node version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function contentKey(result: Result): string {
  const answers = result.questions.map((question) => `${question.id}=${question.option ?? ''}`).join('\n');
  return `${result.respondent ?? ''}\n${result.date ?? ''}\n${answers}`;
}

/**
 * Puts results in a stable order that reveals nothing about file names or the order files were
 * given in: by a hash of each result's content. Labels are P1, P2, ... or, with `names`, the
 * respondents (P-number when a file has no name).
 */
export function labelParticipants(results: readonly Result[], names: boolean): Participant[] {
  const keyed = results.map((result) => {
    const key = contentKey(result);
    return { result, key, hash: fnv1a(key) };
  });
  // Identical content sorts together in any order: such rows look the same anyway.
  keyed.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ result }, i) => {
    const name = result.respondent?.trim() ?? '';
    return { label: names && name !== '' ? name : `P${i + 1}`, result };
  });
}
