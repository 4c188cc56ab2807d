import { isNonAnswer } from './non-answer.js';
import type { Band, Option, QuestionSet, Theme } from './question-set.js';
import type { LocalizedText } from './text.js';

/** A question with its scale resolved, ready for scoring. */
export interface PreparedQuestion {
  id: string;
  index: number;
  theme: string;
  text: LocalizedText;
  help: LocalizedText | undefined;
  frame: LocalizedText | undefined;
  short: LocalizedText | undefined;
  /** Next steps for a low answer to this question; empty when the set gives none. */
  steps: readonly LocalizedText[];
  scaleId: string;
  options: readonly Option[];
  optionById: ReadonlyMap<string, Option>;
  weight: number;
  reverse: boolean;
  /** The forward question this reverse question is the direct opposite of, when the set says so. */
  opposite: string | undefined;
  /** The lowest and highest value of the scale's answerable options. */
  min: number;
  max: number;
}

/** A theme with its questions, ready for scoring. */
export interface PreparedTheme {
  id: string;
  title: LocalizedText;
  description: LocalizedText | undefined;
  advice: readonly Band[];
  minAnswered: number;
  /** Its weight in the overall score (1 unless the set says otherwise). */
  weight: number;
  questions: readonly PreparedQuestion[];
}

/** What the overall score needs (scoring.overallMinimum, with its defaults). */
export interface OverallMinimum {
  themes: number;
  questions: number;
  /**
   * Give the overall score only when the questions left open could not change its level
   * (format 2: on whenever `overallMinimum` is given). Non-answers then never raise a level.
   */
  certainLevel: boolean;
}

/** A question set that passed every check, with lookups by id. */
export interface PreparedSet {
  id: string;
  version: string;
  title: LocalizedText;
  intro: LocalizedText | undefined;
  /** The set's own words for what a higher score means (`words.scoreMeaning`), if it gives them. */
  scoreMeaning: LocalizedText | undefined;
  /**
   * The labels of the set's non-answer options ("Weet ik niet", "N.v.t."), once each: texts that explain them name
   * these, and none when there are none.
   */
  nonAnswerLabels: readonly LocalizedText[];
  levels: readonly Band[];
  /**
   * With `scoring.points`: the highest possible total of points, on which the levels are bands.
   * Null: levels on 0–100.
   */
  maxPoints: number | null;
  /** Below this, no overall score and no level. Sets without `overallMinimum` keep the 1.0 rule: one scored theme. */
  overallMinimum: OverallMinimum;
  themes: readonly PreparedTheme[];
  questions: readonly PreparedQuestion[];
  questionById: ReadonlyMap<string, PreparedQuestion>;
  source: QuestionSet;
}

function nonAnswerLabels(set: QuestionSet): LocalizedText[] {
  const seen = new Set<string>();
  const labels: LocalizedText[] = [];
  for (const scale of Object.values(set.scales)) {
    for (const option of scale.options) {
      const key = JSON.stringify(option.label);
      if (!isNonAnswer(option) || seen.has(key)) continue;
      seen.add(key);
      labels.push(option.label);
    }
  }
  return labels;
}

/**
 * Resolves the references of a question set. Call it only on a set for which
 * checkQuestionSet found no errors.
 */
export function prepareQuestionSet(set: QuestionSet): PreparedSet {
  const questions: PreparedQuestion[] = set.questions.map((question, index) => {
    const scale = Object.hasOwn(set.scales, question.scale) ? set.scales[question.scale] : undefined;
    const options = scale?.options ?? [];
    const values = options.flatMap((option) =>
      isNonAnswer(option) || option.value === undefined ? [] : [option.value],
    );
    return {
      id: question.id,
      index,
      theme: question.theme,
      text: question.text,
      help: question.help,
      frame: question.frame,
      short: question.short,
      steps: question.steps ?? [],
      scaleId: question.scale,
      options,
      optionById: new Map(options.map((option) => [option.id, option])),
      weight: question.weight ?? 1,
      reverse: question.reverse ?? false,
      opposite: question.opposite,
      min: Math.min(...values),
      max: Math.max(...values),
    };
  });
  const defaultMin = set.scoring?.minAnswered ?? 1;
  const themes = set.themes.map(
    (theme: Theme): PreparedTheme => ({
      id: theme.id,
      title: theme.title,
      description: theme.description,
      advice: [...theme.advice].sort((a, b) => a.min - b.min),
      minAnswered: theme.minAnswered ?? defaultMin,
      weight: theme.weight ?? 1,
      questions: questions.filter((question) => question.theme === theme.id),
    }),
  );
  return {
    id: set.id,
    version: set.version,
    title: set.title,
    intro: set.intro,
    scoreMeaning: set.words?.scoreMeaning,
    nonAnswerLabels: nonAnswerLabels(set),
    levels: [...set.levels].sort((a, b) => a.min - b.min),
    maxPoints:
      set.scoring?.points === true
        ? questions.reduce((sum, question) => sum + question.weight * (question.max - question.min), 0)
        : null,
    overallMinimum: {
      themes: set.scoring?.overallMinimum?.themes ?? 1,
      questions: set.scoring?.overallMinimum?.questions ?? 0,
      certainLevel:
        set.scoring?.overallMinimum === undefined ? false : (set.scoring.overallMinimum.certainLevel ?? true),
    },
    themes,
    questions,
    questionById: new Map(questions.map((question) => [question.id, question])),
    source: set,
  };
}

/** How a result names its question set: id, version and title (in every language the set has). */
export function setHeading(set: PreparedSet): { id: string; version: string; title: LocalizedText } {
  return { id: set.id, version: set.version, title: set.title };
}
