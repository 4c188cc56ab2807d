import type { PreparedSet } from './prepare.js';
import { isNonAnswer } from './non-answer.js';
import type { Tone } from './question-set.js';
import { localize, type Lang, type LocalizedText } from './text.js';

/** A question set in one language, as plain data: what `kantellat questions` shows and prints. */
export interface QuestionSetView {
  id: string;
  version: string;
  title: string;
  intro: string | null;
  themes: Array<{ id: string; title: string; description: string | null; questions: number }>;
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

/** The question set in `lang` (falling back to Dutch), every text a plain string. */
export function describeQuestionSet(set: PreparedSet, lang: Lang): QuestionSetView {
  const text = (value: LocalizedText | undefined): string | null =>
    value === undefined ? null : localize(value, lang);
  return {
    id: set.id,
    version: set.version,
    title: localize(set.title, lang),
    intro: text(set.intro),
    themes: set.themes.map((theme) => ({
      id: theme.id,
      title: localize(theme.title, lang),
      description: text(theme.description),
      questions: theme.questions.length,
    })),
    questions: set.questions.map((question) => ({
      id: question.id,
      number: question.index + 1,
      theme: question.theme,
      text: localize(question.text, lang),
      frame: text(question.frame),
      help: text(question.help),
      weight: question.weight,
      reverse: question.reverse,
      options: question.options.map((option) => ({
        id: option.id,
        value: isNonAnswer(option) ? null : (option.value ?? null),
        label: localize(option.label, lang),
        unanswered: isNonAnswer(option),
        ...(option.tone === undefined ? {} : { tone: option.tone }),
        ...(option.color === undefined ? {} : { color: option.color }),
      })),
    })),
    levels: set.levels.map((band) => ({
      min: band.min,
      max: band.max,
      label: localize(band.label, lang),
      text: localize(band.text, lang),
    })),
    ...(set.maxPoints === null ? {} : { maxPoints: set.maxPoints }),
  };
}
