import { nonAnswerKind } from './non-answer.js';
import type { Band, QuestionSet } from './question-set.js';
import { problem, type DocPath, type Problem } from './problem.js';
import { hasTranslation, setLanguages, type LocalizedText } from './text.js';

/**
 * The checks zod cannot make: references, duplicate ids, bands that tile 0–100, weights,
 * answered minimums and translations. Every problem is returned, none thrown.
 */
export function checkQuestionSet(set: QuestionSet): Problem[] {
  const problems: Problem[] = [];
  checkScales(set, problems);
  checkBands(set.levels, ['levels'], problems, checkPoints(set, problems));
  checkThemes(set, problems);
  checkQuestions(set, problems);
  checkOverallMinimum(set, problems);
  checkTranslations(set, problems);
  return problems;
}

function checkScales(set: QuestionSet, problems: Problem[]): void {
  for (const [scaleId, scale] of Object.entries(set.scales)) {
    const seen = new Set<string>();
    const values = new Set<number>();
    const kinds = new Set<string>();
    scale.options.forEach((option, i) => {
      const path = ['scales', scaleId, 'options', i];
      if (seen.has(option.id))
        problems.push(problem('duplicate-id', [...path, 'id'], { kind: 'option', id: option.id }));
      seen.add(option.id);
      const kind = nonAnswerKind(option);
      if (kind !== null) {
        // A non-answer never counts, so a value on it would be a number nobody sees used.
        if (option.value !== undefined)
          problems.push(problem('option-unanswered-value', [...path, 'value'], { id: option.id }));
        // Two "weet ik niet" options on one scale would be counted as one kind: say which to keep.
        // Older sets may have several combined (true) options; they stay valid.
        if (kind !== 'either' && kinds.has(kind))
          problems.push(
            problem('unanswered-kind-twice', [...path, 'unanswered'], {
              scale: scaleId,
              kind: String(option.unanswered),
            }),
          );
        kinds.add(kind);
        return;
      }
      if (option.value === undefined) problems.push(problem('option-value-missing', path, { id: option.id }));
      else values.add(option.value);
    });
    if (values.size < 2)
      problems.push(problem('scale-too-few-values', ['scales', scaleId, 'options'], { scale: scaleId }));
  }
}

/**
 * With `scoring.points`, points must be whole numbers: every value and every weight. Returns the
 * highest possible total (the top of the levels' bands), or 100 without points.
 */
function checkPoints(set: QuestionSet, problems: Problem[]): number {
  if (set.scoring?.points !== true) return 100;
  for (const [scaleId, scale] of Object.entries(set.scales)) {
    scale.options.forEach((option, i) => {
      if (option.value !== undefined && !Number.isInteger(option.value))
        problems.push(
          problem('points-whole-value', ['scales', scaleId, 'options', i, 'value'], { value: option.value }),
        );
    });
  }
  let top = 0;
  set.questions.forEach((question, i) => {
    const weight = question.weight ?? 1;
    if (!Number.isInteger(weight))
      problems.push(problem('points-whole-weight', ['questions', i, 'weight'], { weight }));
    const scale = Object.hasOwn(set.scales, question.scale) ? set.scales[question.scale] : undefined;
    const values = (scale?.options ?? []).flatMap((option) =>
      option.value === undefined || nonAnswerKind(option) !== null ? [] : [option.value],
    );
    if (values.length > 0) top += weight * (Math.max(...values) - Math.min(...values));
  });
  // A band can only be whole numbers; a total that is not one was reported above.
  return Number.isSafeInteger(top) && top > 0 ? top : 100;
}

/** Bands must cover 0..`top` (100, or the highest total of points) in whole numbers, without gaps or overlaps. */
export function checkBands(bands: readonly Band[], path: DocPath, problems: Problem[], top = 100): void {
  let valid = true;
  bands.forEach((band, i) => {
    if (band.min < 0 || band.max > top || band.min > band.max) {
      // Point at the number to change: the one outside 0–top, else min (above max).
      const field = band.max > top && band.min >= 0 ? 'max' : 'min';
      problems.push(
        problem(top === 100 ? 'band-range' : 'band-range-points', [...path, i, field], {
          min: band.min,
          max: band.max,
          top,
        }),
      );
      valid = false;
    }
  });
  if (!valid) return;
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  let expected = 0;
  for (const { band, index } of order) {
    if (band.min > expected)
      problems.push(problem('band-gap', [...path, index, 'min'], { ...span(expected, band.min - 1), top }));
    if (band.min < expected)
      problems.push(problem('band-overlap', [...path, index, 'min'], span(band.min, Math.min(expected - 1, band.max))));
    expected = Math.max(expected, band.max + 1);
  }
  const last = order.at(-1);
  if (last !== undefined && expected <= top) {
    problems.push(problem('band-gap', [...path, last.index, 'max'], { ...span(expected, top), top }));
  }
}

/** A run of scores for a message: `40` alone, or `40–50`. */
function span(from: number, to: number): { from: number; to: number; range: string } {
  return { from, to, range: from === to ? String(from) : `${from}–${to}` };
}

function checkThemes(set: QuestionSet, problems: Problem[]): void {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const question of set.questions) counts.set(question.theme, (counts.get(question.theme) ?? 0) + 1);
  const defaultMin = set.scoring?.minAnswered ?? 1;
  let themeWeights = 0;
  let overflowed = false;
  set.themes.forEach((theme, i) => {
    const path = ['themes', i];
    if (seen.has(theme.id)) problems.push(problem('duplicate-id', [...path, 'id'], { kind: 'theme', id: theme.id }));
    seen.add(theme.id);
    checkBands(theme.advice, [...path, 'advice'], problems);
    if (theme.weight !== undefined && theme.weight <= 0)
      problems.push(problem('weight-not-positive', [...path, 'weight'], { weight: theme.weight }));
    if (theme.weight !== undefined && theme.weight > 0) {
      themeWeights += theme.weight;
      // Scores up to 100 times the weights, added up: past about 1e306 that is Infinity.
      if (!overflowed && !Number.isFinite(themeWeights * 100)) {
        overflowed = true;
        problems.push(problem('weight-too-large', [...path, 'weight'], { weight: theme.weight, theme: theme.id }));
      }
    } else themeWeights += 1;
    const count = counts.get(theme.id) ?? 0;
    if (count === 0) {
      problems.push(problem('theme-without-questions', [...path, 'id'], { id: theme.id }));
      return;
    }
    const min = theme.minAnswered ?? defaultMin;
    if (min > count) {
      const where = theme.minAnswered === undefined ? ['scoring', 'minAnswered'] : [...path, 'minAnswered'];
      problems.push(problem('min-answered-too-large', where, { theme: theme.id, min, count }));
    }
  });
}

function checkQuestions(set: QuestionSet, problems: Problem[]): void {
  const themeIds = new Set(set.themes.map((theme) => theme.id));
  const seen = new Set<string>();
  // A theme's weights are added up and multiplied by 100: past about 1e306 that is Infinity, and
  // every score of the theme would be NaN. Said once per theme, at the weight that tips it over.
  const weightSums = new Map<string, number>();
  const overflowed = new Set<string>();
  set.questions.forEach((question, i) => {
    if (question.weight !== undefined && question.weight > 0 && !overflowed.has(question.theme)) {
      const sum = (weightSums.get(question.theme) ?? 0) + question.weight;
      weightSums.set(question.theme, sum);
      if (!Number.isFinite(sum * 100)) {
        overflowed.add(question.theme);
        problems.push(
          problem('weight-too-large', ['questions', i, 'weight'], { weight: question.weight, theme: question.theme }),
        );
      }
    } else if (question.weight === undefined) weightSums.set(question.theme, (weightSums.get(question.theme) ?? 0) + 1);
    const path = ['questions', i];
    if (seen.has(question.id))
      problems.push(problem('duplicate-id', [...path, 'id'], { kind: 'question', id: question.id }));
    seen.add(question.id);
    if (!themeIds.has(question.theme))
      problems.push(problem('unknown-theme', [...path, 'theme'], { id: question.theme }));
    if (!Object.hasOwn(set.scales, question.scale))
      problems.push(problem('unknown-scale', [...path, 'scale'], { id: question.scale }));
    // A question can only mirror something when the set says which set it mirrors.
    if (question.mirrorOf !== undefined && set.mirrors === undefined)
      problems.push(problem('mirror-of-without-mirrors', [...path, 'mirrorOf'], { id: question.id }));
    if (question.opposite !== undefined) {
      // Only a reverse question and a forward one of the same theme can contradict each other.
      const other = set.questions.find((found) => found.id === question.opposite);
      if (other === undefined)
        problems.push(problem('opposite-unknown', [...path, 'opposite'], { id: question.opposite }));
      else if (question.reverse !== true || other.reverse === true || other.theme !== question.theme) {
        problems.push(problem('opposite-not-a-pair', [...path, 'opposite'], { id: question.id, other: other.id }));
      }
    }
    if (question.weight !== undefined && question.weight <= 0) {
      problems.push(problem('weight-not-positive', [...path, 'weight'], { weight: question.weight }));
    }
  });
}

/** An overall minimum the set can never meet would leave every result without an overall score. */
function checkOverallMinimum(set: QuestionSet, problems: Problem[]): void {
  const minimum = set.scoring?.overallMinimum;
  if (minimum === undefined) return;
  const themes = new Set(set.themes.map((theme) => theme.id)).size;
  if (minimum.themes !== undefined && minimum.themes > themes) {
    problems.push(
      problem('overall-minimum-themes', ['scoring', 'overallMinimum', 'themes'], {
        min: minimum.themes,
        count: themes,
      }),
    );
  }
  if (minimum.questions !== undefined && minimum.questions > set.questions.length) {
    problems.push(
      problem('overall-minimum-questions', ['scoring', 'overallMinimum', 'questions'], {
        min: minimum.questions,
        count: set.questions.length,
      }),
    );
  }
}

function checkTranslations(set: QuestionSet, problems: Problem[]): void {
  const languages = setLanguages(set);
  const texts: Array<[DocPath, LocalizedText | undefined]> = [
    [['title'], set.title],
    [['intro'], set.intro],
    [['words', 'scoreMeaning'], set.words?.scoreMeaning],
  ];
  for (const [scaleId, scale] of Object.entries(set.scales)) {
    scale.options.forEach((option, i) => texts.push([['scales', scaleId, 'options', i, 'label'], option.label]));
  }
  const bands = (bandList: readonly Band[], path: DocPath): void =>
    bandList.forEach((band, i) => {
      texts.push([[...path, i, 'label'], band.label], [[...path, i, 'text'], band.text]);
    });
  bands(set.levels, ['levels']);
  set.themes.forEach((theme, i) => {
    texts.push([['themes', i, 'title'], theme.title], [['themes', i, 'description'], theme.description]);
    bands(theme.advice, ['themes', i, 'advice']);
  });
  set.questions.forEach((question, i) => {
    texts.push(
      [['questions', i, 'text'], question.text],
      [['questions', i, 'help'], question.help],
      [['questions', i, 'frame'], question.frame],
      [['questions', i, 'short'], question.short],
    );
    question.steps?.forEach((step, j) => texts.push([['questions', i, 'steps', j], step]));
  });
  for (const [path, text] of texts) {
    if (text === undefined) continue;
    for (const lang of languages) {
      if (!hasTranslation(text, lang, languages[0])) problems.push(problem('missing-translation', path, { lang }));
    }
  }
}
