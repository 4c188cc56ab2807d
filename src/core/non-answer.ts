// No zod here: scoring and the check flow use these, and the browser form bundles both.

/** The kinds of non-answer an option can be; `true` is the older combined "weet ik niet / n.v.t.". */
export const UNANSWERED_KINDS = ['dont-know', 'not-applicable'] as const;
/** A kind of non-answer: "weet ik niet" or "niet van toepassing". */
export type UnansweredKind = (typeof UNANSWERED_KINDS)[number];

/** What kind of non-answer an option is: null for a scored option, 'either' for the older combined one. */
export function nonAnswerKind(option: {
  unanswered?: UnansweredKind | boolean | undefined;
}): UnansweredKind | 'either' | null {
  if (option.unanswered === undefined || option.unanswered === false) return null;
  return option.unanswered === true ? 'either' : option.unanswered;
}

/** Whether choosing this option counts as not answering (it stays out of the score). */
export function isNonAnswer(option: { unanswered?: UnansweredKind | boolean | undefined }): boolean {
  return nonAnswerKind(option) !== null;
}
