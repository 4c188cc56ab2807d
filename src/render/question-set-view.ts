import type { PreparedSet } from '../core/prepare.js';
import { isNonAnswer } from '../core/non-answer.js';
import type { Tone } from '../core/question-set.js';
import type { LocalizedText, TextPicker } from '../core/text.js';

/** A question set in one language, as plain data: what `kantellat questions` shows and prints. */
export interface QuestionSetView {
  id: string;
  version: string;
  title: string;
  intro: string | null;
  /** `minAnswered`: the answered questions a theme needs for a score. */
  themes: Array<{ id: string; title: string; description: string | null; questions: number; minAnswered: number }>;
  questions: Array<{
    id: string;
    number: number;
    theme: string;
    text: string;
    /** The recall frame shown above the question ("Denk aan je laatste tien eerste gesprekken."). */
    frame: string | null;
    help: string | null;
    weight: number;
    reverse: boolean;
    /** `tone` and `color` only when the set gives them. */
    options: Array<{
      id: string;
      value: number | null;
      label: string;
      unanswered: boolean;
      tone?: Tone;
      color?: string;
    }>;
  }>;
  levels: Array<{ min: number; max: number; label: string; text: string }>;
  /** With `scoring.points` only: the most points there are to get; the levels are then bands on the points. */
  maxPoints?: number;
}

/**
 * The question set worded for one reader (the run's Locale; a text the set lacks in that language
 * falls back to another it has), every text a plain string: the view `questions` and `template`
 * render. It lives with the renderers because wording is their job; core keeps the texts whole.
 */
export function describeQuestionSet(set: PreparedSet, locale: TextPicker): QuestionSetView {
  const text = (value: LocalizedText | undefined): string | null => (value === undefined ? null : locale.text(value));
  return {
    id: set.id,
    version: set.version,
    title: locale.text(set.title),
    intro: text(set.intro),
    themes: set.themes.map((theme) => ({
      id: theme.id,
      title: locale.text(theme.title),
      description: text(theme.description),
      questions: theme.questions.length,
      minAnswered: theme.minAnswered,
    })),
    questions: set.questions.map((question) => ({
      id: question.id,
      number: question.index + 1,
      theme: question.theme,
      text: locale.text(question.text),
      frame: text(question.frame),
      help: text(question.help),
      weight: question.weight,
      reverse: question.reverse,
      options: question.options.map((option) => ({
        id: option.id,
        value: isNonAnswer(option) ? null : (option.value ?? null),
        label: locale.text(option.label),
        unanswered: isNonAnswer(option),
        ...(option.tone === undefined ? {} : { tone: option.tone }),
        ...(option.color === undefined ? {} : { color: option.color }),
      })),
    })),
    levels: set.levels.map((band) => ({
      min: band.min,
      max: band.max,
      label: locale.text(band.label),
      text: locale.text(band.text),
    })),
    ...(set.maxPoints === null ? {} : { maxPoints: set.maxPoints }),
  };
}
