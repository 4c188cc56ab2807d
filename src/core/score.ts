import type { Answers } from './answers.js';
import type { PreparedQuestion, PreparedSet, PreparedTheme } from './prepare.js';
import { isNonAnswer, type Band } from './question-set.js';
import { localize, type Lang } from './text.js';

/** A band a score falls in: its position among the bands (0 = lowest), label and text. */
export interface BandResult {
  index: number;
  count: number;
  label: string;
  text: string;
}

/** How one question was answered. `score` is 0–100 after reverse keying; null when unanswered. */
export interface QuestionResult {
  id: string;
  theme: string;
  option: string | null;
  score: number | null;
}

/** The score of one theme. `score` is null when too few of its questions were answered. */
export interface ThemeResult {
  id: string;
  title: string;
  score: number | null;
  /** The advice band for the score, null without a score. */
  band: BandResult | null;
  answered: number;
  total: number;
  minAnswered: number;
}

/** The scored answers of one respondent. Scores are whole numbers 0–100. */
export interface Result {
  questionSet: { id: string; version: string };
  respondent: string | null;
  date: string | null;
  answered: number;
  total: number;
  overall: { score: number | null; level: BandResult | null };
  themes: ThemeResult[];
  questions: QuestionResult[];
  /** The theme with the highest score, when at least two scored themes differ. */
  strongest: string | null;
  /** The theme with the lowest score: the one to work on first. */
  focus: string | null;
}

/** 0..1 for an answered question, after reverse keying; null when unanswered or n.v.t. */
export function questionValue(question: PreparedQuestion, optionId: string | null | undefined): number | null {
  if (optionId === null || optionId === undefined) return null;
  const option = question.optionById.get(optionId);
  if (option === undefined || isNonAnswer(option) || option.value === undefined) return null;
  const normal = (option.value - question.min) / (question.max - question.min);
  return question.reverse ? 1 - normal : normal;
}

/** The band that holds a whole-number score; bands are sorted and tile 0–100. */
export function findBand(bands: readonly Band[], score: number, lang: Lang): BandResult | null {
  const index = bands.findIndex((band) => score >= band.min && score <= band.max);
  const band = bands[index];
  if (band === undefined) return null;
  return { index, count: bands.length, label: localize(band.label, lang), text: localize(band.text, lang) };
}

/** The unrounded theme score 0–100, or null below the theme's minimum of answered questions. */
function themeScore(theme: PreparedTheme, answers: Answers): { raw: number | null; answered: number } {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  for (const question of theme.questions) {
    const value = questionValue(question, answers.choices.get(question.id));
    if (value === null) continue;
    answered += 1;
    weighted += value * question.weight;
    weights += question.weight;
  }
  if (answered === 0 || answered < theme.minAnswered) return { raw: null, answered };
  return { raw: (100 * weighted) / weights, answered };
}

/**
 * Scores one respondent's answers. A theme's score is the weighted mean of its answered
 * questions (n.v.t. and unanswered left out); the overall score is the mean of the scored
 * themes, each counting once. See docs/scoring.md.
 */
export function scoreAnswers(set: PreparedSet, answers: Answers, lang: Lang = 'nl'): Result {
  const raws: number[] = [];
  const themes = set.themes.map((theme): ThemeResult => {
    const { raw, answered } = themeScore(theme, answers);
    const score = raw === null ? null : Math.round(raw);
    if (raw !== null) raws.push(raw);
    return {
      id: theme.id,
      title: localize(theme.title, lang),
      score,
      band: score === null ? null : findBand(theme.advice, score, lang),
      answered,
      total: theme.questions.length,
      minAnswered: theme.minAnswered,
    };
  });
  const overall = raws.length === 0 ? null : Math.round(raws.reduce((sum, raw) => sum + raw, 0) / raws.length);
  const questions = set.questions.map((question): QuestionResult => {
    const option = answers.choices.get(question.id) ?? null;
    const value = questionValue(question, option);
    return { id: question.id, theme: question.theme, option, score: value === null ? null : Math.round(value * 100) };
  });
  const scored = themes.filter((theme) => theme.score !== null);
  const byScore = (pick: (a: number, b: number) => boolean): string | null => {
    let best: ThemeResult | undefined;
    for (const theme of scored) if (best === undefined || pick(theme.score ?? 0, best.score ?? 0)) best = theme;
    return best?.id ?? null;
  };
  const allEqual = scored.every((theme) => theme.score === scored[0]?.score);
  return {
    questionSet: { id: set.id, version: set.version },
    respondent: answers.respondent,
    date: answers.date,
    answered: questions.filter((question) => question.option !== null && question.score !== null).length,
    total: questions.length,
    overall: { score: overall, level: overall === null ? null : findBand(set.levels, overall, lang) },
    themes,
    questions,
    strongest: scored.length >= 2 && !allEqual ? byScore((a, b) => a > b) : null,
    focus: byScore((a, b) => a < b),
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
