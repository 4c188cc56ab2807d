import type { Answers } from './answers.js';
import type { PreparedQuestion, PreparedSet, PreparedTheme } from './prepare.js';
import { isNonAnswer, nonAnswerKind, type UnansweredKind } from './non-answer.js';
import type { Band } from './question-set.js';
import type { LocalizedText } from './text.js';

/**
 * A band a score falls in: its position among the bands (0 = lowest), and the set's label and
 * text for it in every language the set has (a renderer picks one with its Locale).
 */
export interface BandResult {
  index: number;
  count: number;
  label: LocalizedText;
  text: LocalizedText;
}

/** How one question was answered. `score` is 0–100 after reverse keying; null when unanswered. */
export interface QuestionResult {
  id: string;
  theme: string;
  option: string | null;
  score: number | null;
  /** The kind of non-answer chosen ('either': the older combined "weet ik niet / n.v.t."), else null. */
  nonAnswer: NonAnswer | null;
}

/** A kind of non-answer as counted in results. */
export type NonAnswer = UnansweredKind | 'either';

/** How many questions got each kind of non-answer, and how many were left blank. */
export interface NonAnswerCounts {
  dontKnow: number;
  notApplicable: number;
  /** The combined "weet ik niet / n.v.t." of older sets (`unanswered: true`). */
  dontKnowOrNotApplicable: number;
  /** No option chosen at all. */
  open: number;
}

/** The next steps of one question, tied to the answer that scored lowest in its theme. */
export interface StepsResult {
  question: string;
  /** The question's short name (or its text when the set gives none). */
  short: LocalizedText;
  option: string;
  /** The label of the option chosen (its id when the set has no such option). */
  answer: LocalizedText;
  score: number;
  steps: LocalizedText[];
}

/** The score of one theme. `score` is null when too few of its questions were answered. */
export interface ThemeResult extends NonAnswerCounts {
  id: string;
  title: LocalizedText;
  /** What the theme is about; shown where a theme got no score. Null when the set gives none. */
  description: LocalizedText | null;
  score: number | null;
  /** The advice band for the score, null without a score. */
  band: BandResult | null;
  answered: number;
  total: number;
  minAnswered: number;
  /**
   * The steps of the theme's lowest-scoring answered question below the top, for at most
   * STEP_THEMES themes (the weakest); empty for the other themes and when none is below the top.
   */
  steps: StepsResult[];
}

/** Why a result has no overall score: one id the renderers turn into a sentence, with its numbers. */
export interface OverallGap {
  reason: 'too-few-questions' | 'too-few-themes' | 'level-uncertain';
  answered: number;
  neededQuestions: number;
  scoredThemes: number;
  neededThemes: number;
}

/** A response style worth a second look: every answer the same, or a theme that contradicts itself. */
export interface Consistency {
  /** Every answered question (at least three) got this option. */
  sameOption: { option: string; label: LocalizedText; count: number } | null;
  /** Themes with a declared pair of opposite questions (`opposite`) both answered with the top option. */
  contradictions: Array<{ theme: string; title: LocalizedText; questions: string[] }>;
  /**
   * All answered questions but at most one in twelve of the set (most of the set answered) at the most gekanteld
   * end after keying: worth a second look too. `count` of the `answered` were at the best end.
   */
  allAtBest: { count: number; answered: number } | null;
  /**
   * Not all at the best end, but all answered questions but at most one per twelve questions of the set in the top
   * quarter of their scale after keying (on a five-point scale the best or next-best answer): one step of optimism
   * everywhere gives this pattern, so it is worth a look against one's own records. `count` of the
   * `answered` were in the top quarter.
   */
  allFavourable: { count: number; answered: number } | null;
  /** Whether any of the four is found. */
  flagged: boolean;
}

/** The scored answers of one respondent. Scores are whole numbers 0–100. */
export interface Result extends NonAnswerCounts {
  questionSet: { id: string; version: string };
  respondent: string | null;
  date: string | null;
  answered: number;
  total: number;
  /**
   * `points`: with `scoring.points`, the points got and the most there are to get (null without
   * points, or when there is no overall). The level is then the band that holds the points.
   */
  overall: {
    score: number | null;
    level: BandResult | null;
    gap: OverallGap | null;
    points: { points: number; max: number } | null;
    /**
     * With questions left open (non-answers, blanks): the lowest and highest overall score they
     * allow, however they would have been answered (in points, with `scoring.points`). Shown with
     * the score, so a non-answer can never quietly lift the number; null when nothing is open or
     * there are too few answers for an overall score.
     */
    range: { min: number; max: number } | null;
  };
  themes: ThemeResult[];
  questions: QuestionResult[];
  /** The theme with the highest score, when it alone has it (none on a tie at the top). */
  strongest: string | null;
  /** The theme with the lowest score: the one to work on first. */
  focus: string | null;
  consistency: Consistency;
}

/** 0..1 for an answered question, after reverse keying; null when unanswered or n.v.t. */
export function questionValue(question: PreparedQuestion, optionId: string | null | undefined): number | null {
  if (optionId === null || optionId === undefined) return null;
  const option = question.optionById.get(optionId);
  if (option === undefined || isNonAnswer(option) || option.value === undefined) return null;
  const normal = (option.value - question.min) / (question.max - question.min);
  return question.reverse ? 1 - normal : normal;
}

/**
 * The points an answer gives with `scoring.points`: weight × its distance from the bottom of the
 * scale (from the top on a reverse question). Null when unanswered or a non-answer.
 */
export function questionPoints(question: PreparedQuestion, optionId: string | null | undefined): number | null {
  if (optionId === null || optionId === undefined) return null;
  const option = question.optionById.get(optionId);
  if (option === undefined || isNonAnswer(option) || option.value === undefined) return null;
  return question.weight * (question.reverse ? question.max - option.value : option.value - question.min);
}

/** The points got over the whole set, and how many more the questions left open could still give. */
function pointsOf(set: PreparedSet, answers: Answers): { got: number; open: number } {
  let got = 0;
  let open = 0;
  for (const question of set.questions) {
    const points = questionPoints(question, answers.choices.get(question.id));
    if (points === null) open += question.weight * (question.max - question.min);
    else got += points;
  }
  return { got, open };
}

/**
 * A score rounded to a whole number, exact halves up. Decimal weights (0.1, 0.2, 0.3) leave
 * binary rounding noise: 100 × 0.225 / 0.6 comes out as 37.499999999999986, which Math.round
 * alone would take down to 37. Rounding to nine decimals first gives back the 37.5 it is.
 */
export function roundScore(value: number): number {
  return Math.round(Math.round(value * 1e9) / 1e9);
}

/** The band that holds a whole-number score; bands are sorted and tile 0–100. */
export function findBand(bands: readonly Band[], score: number): BandResult | null {
  const index = bands.findIndex((band) => score >= band.min && score <= band.max);
  const band = bands[index];
  if (band === undefined) return null;
  return { index, count: bands.length, label: band.label, text: band.text };
}

/**
 * The unrounded theme score 0–100 (null below the theme's minimum of answered questions), and
 * what it would be with every question left open at its lowest and at its highest value.
 */
function themeScore(
  theme: PreparedTheme,
  answers: Answers,
): { raw: number | null; answered: number; low: number; high: number } {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  let all = 0;
  for (const question of theme.questions) {
    all += question.weight;
    const value = questionValue(question, answers.choices.get(question.id));
    if (value === null) continue;
    answered += 1;
    weighted += value * question.weight;
    weights += question.weight;
  }
  const low = (100 * weighted) / all;
  const high = (100 * (weighted + all - weights)) / all;
  if (answered === 0 || answered < theme.minAnswered) return { raw: null, answered, low, high };
  return { raw: (100 * weighted) / weights, answered, low, high };
}

function countNonAnswers(questions: readonly QuestionResult[]): NonAnswerCounts {
  const counts = { dontKnow: 0, notApplicable: 0, dontKnowOrNotApplicable: 0, open: 0 };
  for (const question of questions) {
    if (question.nonAnswer === 'dont-know') counts.dontKnow += 1;
    else if (question.nonAnswer === 'not-applicable') counts.notApplicable += 1;
    else if (question.nonAnswer === 'either') counts.dontKnowOrNotApplicable += 1;
    else if (question.score === null) counts.open += 1;
  }
  return counts;
}

/**
 * Steps tied to the answers are shown for at most this many themes: the one to start with and
 * the next weakest. Steps for every theme at once (about seventeen for a realistic pattern) read
 * as a to-do list nobody starts; two themes, one question each, is a week's work.
 */
export const STEP_THEMES = 2;

/**
 * Steps are for an answer at the middle of its scale or lower: for "De meeste (7 tot 9)" a step
 * such as "start summarising in your next three conversations" would tell someone what they
 * already do most of the time (review 16a). The band advice speaks to such a theme.
 */
const STEPS_MAX_SCORE = 50;

/**
 * A theme's lowest-scoring answered question that has steps, when its answer is at most the
 * middle of its scale. On a tie the question asked first: one question per theme keeps the list short.
 */
function lowestSteps(theme: PreparedTheme, questions: ReadonlyMap<string, QuestionResult>): StepsResult | null {
  let lowest: { question: PreparedQuestion; score: number; option: string } | null = null;
  for (const question of theme.questions) {
    const result = questions.get(question.id);
    if (result === undefined || result.score === null || result.option === null || question.steps.length === 0)
      continue;
    if (lowest === null || result.score < lowest.score)
      lowest = { question, score: result.score, option: result.option };
  }
  if (lowest === null || lowest.score > STEPS_MAX_SCORE) return null;
  const { question, score, option } = lowest;
  return {
    question: question.id,
    short: question.short ?? question.text,
    option,
    answer: question.optionById.get(option)?.label ?? option,
    score,
    steps: [...question.steps],
  };
}

/**
 * The scored themes, weakest first: by theme score, on a tie by the lowest single answer (of two
 * themes at 50, the one with "Een paar" somewhere before the one with two halves, review 21a), and
 * then in the set's order. `focus` is the first; steps go to the first STEP_THEMES with a step to give.
 */
function weakestFirst<T extends { id: string; score: number | null }>(
  themes: readonly T[],
  questions: readonly QuestionResult[],
): Array<T & { score: number }> {
  const lowestAnswer = (theme: string): number =>
    Math.min(
      ...questions.flatMap((question) => (question.theme === theme && question.score !== null ? [question.score] : [])),
    );
  return themes
    .flatMap((theme) =>
      theme.score === null ? [] : [{ ...theme, score: theme.score, lowestAnswer: lowestAnswer(theme.id) }],
    )
    .sort((a, b) => a.score - b.score || a.lowestAnswer - b.lowestAnswer);
}

/** Fewer answers than this and "all the same option" says nothing about a response style. */
const SAME_OPTION_MIN = 3;
/** "Everything at the favourable end" is named only when at least this share of the set was answered. */
const FAVOURABLE_SHARE = 0.75;
/**
 * One question in this many of the set may be off the favourable end and still be named: eleven best answers and
 * one a step lower is the same talked-up pattern, and the cheapest way round the notice. Counted on the set, not on
 * the answers, so one "Weet ik niet" does not switch the notice off (review 31b: ten of eleven went unnamed).
 */
const FAVOURABLE_SLACK = 12;
/**
 * The top quarter of a scale after keying: on a five-point scale the best and the next-best answer.
 * On a scale of four or fewer options only the best answer is in it, so there the pattern is `allAtBest`.
 */
const FAVOURABLE_FROM = 0.75;

function consistencyOf(set: PreparedSet, answers: Answers): Consistency {
  const chosen = set.questions.flatMap((question) => {
    const option = answers.choices.get(question.id);
    return option !== null && option !== undefined && questionValue(question, option) !== null
      ? [{ question, option }]
      : [];
  });
  const first = chosen[0];
  const same =
    first !== undefined && chosen.length >= SAME_OPTION_MIN && chosen.every((entry) => entry.option === first.option);
  const sameOption =
    same && first !== undefined
      ? {
          option: first.option,
          label: first.question.optionById.get(first.option)?.label ?? first.option,
          count: chosen.length,
        }
      : null;
  const atTop = (question: PreparedQuestion): boolean => {
    const value = question.optionById.get(answers.choices.get(question.id) ?? '')?.value;
    return (
      value !== undefined &&
      questionValue(question, answers.choices.get(question.id)) !== null &&
      value === question.max
    );
  };
  // Only pairs the set declares as direct opposites: two related questions of one theme can both
  // honestly get the top option, and naming that as a contradiction would wrong the person.
  const contradictions = set.themes.flatMap((theme) => {
    const pairs = theme.questions.flatMap((question) => {
      const other =
        question.opposite === undefined ? undefined : theme.questions.find((found) => found.id === question.opposite);
      return other !== undefined && atTop(question) && atTop(other) ? [other.id, question.id] : [];
    });
    return pairs.length === 0 ? [] : [{ theme: theme.id, title: theme.title, questions: pairs }];
  });
  // Balanced keying makes these take a deliberate answer on every question: they are the easiest ways
  // to talk a score up, so they are named as kindly as straight-lining (the score stays what it is).
  // One step of optimism everywhere (review 21a) lands in the top quarter of every scale, as does a
  // professional who really works that way: the notice asks for a look at the records, no more.
  const leaning = (from: number): { count: number; answered: number } | null => {
    const count = chosen.filter(({ question, option }) => (questionValue(question, option) ?? 0) >= from).length;
    const pattern =
      sameOption === null &&
      chosen.length >= SAME_OPTION_MIN &&
      chosen.length >= FAVOURABLE_SHARE * set.questions.length &&
      chosen.length - count <= Math.floor(set.questions.length / FAVOURABLE_SLACK);
    return pattern ? { count, answered: chosen.length } : null;
  };
  const allAtBest = leaning(1);
  const allFavourable = allAtBest === null ? leaning(FAVOURABLE_FROM) : null;
  return {
    sameOption,
    contradictions,
    allAtBest,
    allFavourable,
    flagged: sameOption !== null || contradictions.length > 0 || allAtBest !== null || allFavourable !== null,
  };
}

/**
 * Scores one respondent's answers. A theme's score is the weighted mean of its answered
 * questions (non-answers and blanks left out); the overall score is the mean of the scored
 * themes, each counting once, given only when the set's overall minimum is met. See docs/scoring.md.
 */
export function scoreAnswers(set: PreparedSet, answers: Answers): Result {
  const questions = set.questions.map((question): QuestionResult => {
    const option = answers.choices.get(question.id) ?? null;
    const value = questionValue(question, option);
    const chosen = option === null ? undefined : question.optionById.get(option);
    return {
      id: question.id,
      theme: question.theme,
      option,
      score: value === null ? null : roundScore(value * 100),
      nonAnswer: chosen === undefined ? null : nonAnswerKind(chosen),
    };
  });
  const byId = new Map(questions.map((question) => [question.id, question]));
  const raws: number[] = [];
  let weighted = 0;
  let weights = 0;
  let low = 0;
  let high = 0;
  let allWeights = 0;
  const unstepped = set.themes.map((theme): Omit<ThemeResult, 'steps'> & { lowest: StepsResult | null } => {
    const scored = themeScore(theme, answers);
    const score = scored.raw === null ? null : roundScore(scored.raw);
    if (scored.raw !== null) {
      raws.push(scored.raw);
      weighted += scored.raw * theme.weight;
      weights += theme.weight;
    }
    low += scored.low * theme.weight;
    high += scored.high * theme.weight;
    allWeights += theme.weight;
    return {
      id: theme.id,
      title: theme.title,
      description: theme.description ?? null,
      score,
      band: score === null ? null : findBand(theme.advice, score),
      answered: scored.answered,
      total: theme.questions.length,
      minAnswered: theme.minAnswered,
      ...countNonAnswers(questions.filter((question) => question.theme === theme.id)),
      lowest: lowestSteps(theme, byId),
    };
  });
  const weakest = weakestFirst(unstepped, questions);
  const withSteps = new Set(
    weakest
      .filter((theme) => theme.lowest !== null)
      .slice(0, STEP_THEMES)
      .map((theme) => theme.id),
  );
  const themes = unstepped.map(
    ({ lowest, ...theme }): ThemeResult => ({
      ...theme,
      steps: lowest !== null && withSteps.has(theme.id) ? [lowest] : [],
    }),
  );
  const answered = questions.filter((question) => question.option !== null && question.score !== null).length;
  // The weighted mean of the scored themes; with every theme at weight 1, the plain mean.
  const mean = raws.length === 0 ? null : roundScore(weighted / weights);
  const minimum = set.overallMinimum;
  const gapOf = (reason: OverallGap['reason']): OverallGap => ({
    reason,
    answered,
    neededQuestions: minimum.questions,
    scoredThemes: raws.length,
    neededThemes: minimum.themes,
  });
  let gap: OverallGap | null = null;
  if (answered < minimum.questions) gap = gapOf('too-few-questions');
  else if (raws.length < Math.max(1, minimum.themes)) gap = gapOf('too-few-themes');
  const points = set.maxPoints === null ? null : pointsOf(set, answers);
  // With points the levels are bands on the points, else on the 0–100 score.
  const measure = points === null ? mean : points.got;
  // What the overall could be with every open question answered, worst to best.
  const bounds =
    gap !== null || measure === null
      ? null
      : points === null
        ? { min: roundScore(low / allWeights), max: roundScore(high / allWeights) }
        : { min: points.got, max: points.got + points.open };
  const range = bounds !== null && bounds.min < bounds.max ? bounds : null;
  if (range !== null && minimum.certainLevel) {
    // The level must be the same however the open questions would have been answered: then a
    // non-answer can hide a level, but never raise (or lower) it.
    const level = findBand(set.levels, measure ?? 0)?.index;
    if (findBand(set.levels, range.min)?.index !== level || findBand(set.levels, range.max)?.index !== level)
      gap = gapOf('level-uncertain');
  }
  const overall = gap === null ? mean : null;
  const overallPoints =
    gap === null && mean !== null && points !== null && set.maxPoints !== null
      ? { points: points.got, max: set.maxPoints }
      : null;
  // The strongest theme is named only when one theme alone has the highest score (and at least two
  // are scored): of four themes at 50, none is stronger than the others.
  const top = weakest.at(-1)?.score;
  const atTop = weakest.filter((theme) => theme.score === top);
  const strongest = weakest.length >= 2 && atTop.length === 1 ? (atTop[0]?.id ?? null) : null;
  return {
    questionSet: { id: set.id, version: set.version },
    respondent: answers.respondent,
    date: answers.date,
    answered,
    total: questions.length,
    ...countNonAnswers(questions),
    overall: {
      score: overall,
      level: overall === null ? null : findBand(set.levels, overallPoints === null ? overall : overallPoints.points),
      gap,
      points: overallPoints,
      range,
    },
    themes,
    questions,
    strongest,
    focus: weakest[0]?.id ?? null,
    consistency: consistencyOf(set, answers),
  };
}

/**
 * The concrete next steps in an advice text: its sentences, one step each. Advice texts are
 * written as two to four short instructions; a question inside quotes ("Wat zou voor u het
 * verschil maken?") ends a sentence only when a capital letter follows, so quoted questions
 * stay inside their step.
 */
export function adviceSteps(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return [];
  return flat
    .split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?\p{Lu})/u)
    .map((step) => step.trim())
    .filter((step) => step !== '');
}
