import { dateKey } from './answer-date.js';
import { directionOf, type Direction } from './group-compare.js';
import { type PreparedSet, setHeading } from './prepare.js';
import type { Result, StepsResult } from './score.js';
import type { LocalizedText } from './text.js';

/** The version of `compare --format json`; raised on any breaking change. */
export const COMPARE_SCHEMA_VERSION = 1;

/** A score then and now. For one person every point counts: any change has a direction. */
export interface ScoreChange {
  before: number | null;
  after: number | null;
  change: number | null;
  direction: Direction | null;
  /** Label: the set's name of the band then. */
  beforeLevel: LocalizedText | null;
  /** Label: the set's name of the band now. */
  afterLevel: LocalizedText | null;
  /** The band then and now by position (0 = the lowest): the same in every language. */
  beforeBand: number | null;
  afterBand: number | null;
}

type BandOf = { label: LocalizedText; index: number } | null | undefined;

/** A question answered differently the second time. */
export interface AnswerChange {
  id: string;
  number: number;
  theme: string;
  text: LocalizedText;
  before: { option: string | null; label: LocalizedText | null; score: number | null };
  after: { option: string | null; label: LocalizedText | null; score: number | null };
  /** null when either answer has no score (n.v.t. or not answered). */
  direction: Direction | null;
}

/** One person's change between two answer files. */
export interface PersonComparison {
  questionSet: { id: string; version: string; title: LocalizedText };
  before: { respondent: string | null; date: string | null };
  after: { respondent: string | null; date: string | null };
  /** False when both files name a respondent and the names differ. */
  sameRespondent: boolean;
  /** True when both files have a date and the first is later than the second. */
  reversedDates: boolean;
  overall: ScoreChange;
  themes: Array<ScoreChange & { id: string; title: LocalizedText }>;
  changedAnswers: AnswerChange[];
  /** The versions of the set the two files were answered on. */
  versions: { before: string; after: string };
  /** false across versions: no answers compared, themes only where the id is the same. */
  questionByQuestion: boolean;
  /** The later file's steps, per theme, tied to its lowest answers. */
  steps: Array<{ theme: string; title: LocalizedText; steps: StepsResult[] }>;
}

/** Whether `first` is a later day than `second`; false when either is not a date (never compared as text). */
function isLater(first: string | null, second: string | null): boolean {
  const a = dateKey(first);
  const b = dateKey(second);
  return a !== null && b !== null && a > b;
}

function scoreChange(before: number | null, after: number | null, beforeBand: BandOf, afterBand: BandOf): ScoreChange {
  const delta = before === null || after === null ? null : after - before;
  return {
    before,
    after,
    change: delta,
    direction: directionOf(delta, 0),
    beforeLevel: beforeBand?.label ?? null,
    afterLevel: afterBand?.label ?? null,
    beforeBand: beforeBand?.index ?? null,
    afterBand: afterBand?.index ?? null,
  };
}

/** The overall change; across versions only when both have the same themes (else both scores, no change). */
function overallChange(before: Result, after: Result): ScoreChange {
  const change = scoreChange(before.overall.score, after.overall.score, before.overall.level, after.overall.level);
  const ids = (result: Result): string => result.themes.map((theme) => theme.id).join(' ');
  return ids(before) === ids(after) ? change : { ...change, change: null, direction: null };
}

/**
 * Compares two results of the same question set, `before` first: each theme's score and
 * band, the overall score, and every question whose answer changed. Results must have been
 * scored against `set`. Texts are the set's own, in all its languages: the renderer picks.
 */
export function compareResults(set: PreparedSet, before: Result, after: Result): PersonComparison {
  const changedAnswers: AnswerChange[] = [];
  const sameVersion =
    before.questionSet.id === after.questionSet.id && before.questionSet.version === after.questionSet.version;
  for (const question of sameVersion ? set.questions : []) {
    const was = before.questions.find((found) => found.id === question.id);
    const now = after.questions.find((found) => found.id === question.id);
    const wasOption = was?.option ?? null;
    const nowOption = now?.option ?? null;
    if (wasOption === nowOption) continue;
    const label = (option: string | null): LocalizedText | null => {
      const found = option === null ? undefined : question.optionById.get(option);
      return found === undefined ? null : found.label;
    };
    const wasScore = was?.score ?? null;
    const nowScore = now?.score ?? null;
    changedAnswers.push({
      id: question.id,
      number: question.index + 1,
      theme: question.theme,
      text: question.text,
      before: { option: wasOption, label: label(wasOption), score: wasScore },
      after: { option: nowOption, label: label(nowOption), score: nowScore },
      direction: directionOf(wasScore === null || nowScore === null ? null : nowScore - wasScore, 0),
    });
  }
  const named = before.respondent !== null && after.respondent !== null;
  return {
    questionSet: setHeading(set),
    before: { respondent: before.respondent, date: before.date },
    after: { respondent: after.respondent, date: after.date },
    sameRespondent: !named || before.respondent?.trim() === after.respondent?.trim(),
    reversedDates: isLater(before.date, after.date),
    overall: overallChange(before, after),
    // By id: across versions only themes with the same id are compared.
    themes: after.themes.map((theme) => {
      const earlier = before.themes.find((found) => found.id === theme.id);
      return {
        id: theme.id,
        title: theme.title,
        ...scoreChange(earlier?.score ?? null, theme.score, earlier?.band, theme.band),
      };
    }),
    changedAnswers,
    versions: { before: before.questionSet.version, after: after.questionSet.version },
    questionByQuestion: sameVersion,
    steps: after.themes.flatMap((theme) =>
      theme.steps.length === 0 ? [] : [{ theme: theme.id, title: theme.title, steps: theme.steps }],
    ),
  };
}
