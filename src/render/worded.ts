import type { GroupComparison } from '../core/group-compare.js';
import type { GroupStats } from '../core/group-stats.js';
import type { MirrorQuestion, MirrorResult, TeamMirror } from '../core/mirror.js';
import type { LocalizedText, TextPicker } from '../core/text.js';

// Core hands the group statistics and the mirrors over with the sets' texts whole, in every
// language a set has. Their renderers (eight report formats, the projector, four mirror formats)
// all read the same deep structures, so they are worded once, here, with the run's Locale, and
// every renderer then reads plain strings: one place that picks the language, not a hundred.

/** The group statistics with the set's texts in the reader's language. */
export function wordGroupStats(stats: GroupStats, locale: TextPicker): GroupStats<string> {
  const { text } = locale;
  const bands = <Band extends { label: LocalizedText }>(list: readonly Band[]) =>
    list.map((band) => ({ ...band, label: text(band.label) }));
  return {
    ...stats,
    questionSet: { ...stats.questionSet, title: text(stats.questionSet.title) },
    overall: { ...stats.overall, levels: bands(stats.overall.levels) },
    themes: stats.themes.map((theme) => ({ ...theme, title: text(theme.title), bands: bands(theme.bands) })),
    questions: stats.questions.map((question) => ({
      ...question,
      text: text(question.text),
      frame: question.frame === null ? null : text(question.frame),
      options: bands(question.options),
    })),
    wording: {
      scoreMeaning: stats.wording.scoreMeaning === null ? null : text(stats.wording.scoreMeaning),
      nonAnswerLabels: stats.wording.nonAnswerLabels.map(text),
    },
  };
}

/** A comparison with an earlier session, its texts in the reader's language. */
export function wordGroupComparison(comparison: GroupComparison, locale: TextPicker): GroupComparison<string> {
  const { text } = locale;
  return {
    ...comparison,
    overall: { ...comparison.overall, title: text(comparison.overall.title) },
    themes: comparison.themes.map((theme) => ({ ...theme, title: text(theme.title) })),
    movedQuestions: comparison.movedQuestions.map((question) => ({ ...question, text: text(question.text) })),
  };
}

/** A team's mirror, its texts in the reader's language. */
export function wordTeamMirror(mirror: TeamMirror, locale: TextPicker): TeamMirror<string> {
  const { text } = locale;
  return {
    ...mirror,
    clientSet: { ...mirror.clientSet, title: text(mirror.clientSet.title) },
    themes: mirror.themes.map((theme) => ({ ...theme, title: text(theme.title) })),
  };
}

/** One professional's mirror, its texts in the reader's language. */
export function wordMirror(mirror: MirrorResult, locale: TextPicker): MirrorResult<string> {
  const { text } = locale;
  const question = (entry: MirrorQuestion): MirrorQuestion<string> => ({
    ...entry,
    text: text(entry.text),
    selfText: text(entry.selfText),
  });
  return {
    ...mirror,
    selfSet: { ...mirror.selfSet, title: text(mirror.selfSet.title) },
    clientSet: { ...mirror.clientSet, title: text(mirror.clientSet.title) },
    themes: mirror.themes.map((theme) => ({
      ...theme,
      title: text(theme.title),
      step: theme.step === null ? null : { question: text(theme.step.question), text: text(theme.step.text) },
    })),
    lower: mirror.lower.map(question),
    valued: mirror.valued.map(question),
  };
}
