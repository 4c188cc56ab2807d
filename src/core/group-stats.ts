import { dateKey } from './answer-date.js';
import type { Participant } from './participants.js';
import { type PreparedSet, setHeading } from './prepare.js';
import { isNonAnswer } from './non-answer.js';
import type { Band, Tone } from './question-set.js';
import { questionValue } from './score.js';
import { summarize, type Summary } from './statistics.js';
import type { LocalizedText } from './text.js';

/** The version of the report's machine-readable shape (`report --format json`); raised on any breaking change. */
export const REPORT_SCHEMA_VERSION = 1;

/** Below this many participants, answers in a group report can be traced back to people. */
export const MIN_ANONYMOUS_GROUP = 3;

/** How many of the largest disagreements become discussion starters, for themes and for questions. */
const SPREAD_STARTERS = 2;

/**
 * How many participants fall in one score band, and their share of those with a score. `Text` is
 * how the set's texts are held: whole (`LocalizedText`) as core gives them, `string` once a
 * renderer has worded them for the run's language (src/render/worded.ts).
 */
export interface BandCount<Text = LocalizedText> {
  index: number;
  min: number;
  max: number;
  label: Text;
  count: number;
  share: number;
}

/** The group on one theme: the summary of the participants' theme scores and the band shares. */
export interface ThemeStats<Text = LocalizedText> extends Summary {
  id: string;
  title: Text;
  /** Participants without a score for this theme (too few answered questions). */
  missing: number;
  /** The band (index into `bands`) the rounded mean falls in. */
  meanBand: number | null;
  bands: BandCount<Text>[];
}

/** How often one option of a question was chosen; `share` is of all participants. */
export interface OptionCount<Text = LocalizedText> {
  id: string;
  label: Text;
  /** The option's value on its scale; null for "n.v.t.". */
  value: number | null;
  /** 0–100 after reverse keying; null for "n.v.t.". */
  score: number | null;
  unanswered: boolean;
  count: number;
  share: number;
  /** The option's tone and colour, when the set gives them (left out of JSON otherwise). */
  tone?: Tone;
  color?: string;
}

/** The group on one question: the summary of its 0–100 scores, and every option's count. */
export interface QuestionStats<Text = LocalizedText> extends Summary {
  id: string;
  number: number;
  theme: string;
  text: Text;
  /** The question's recall frame, when it has one: a text such as "die tien gesprekken" leans on it. */
  frame: Text | null;
  reverse: boolean;
  options: OptionCount<Text>[];
  /** Participants who left the question open (not even n.v.t.). */
  notAnswered: number;
  /** The chosen options with the lowest and the highest score: the two ends of the disagreement. */
  lowOption: string | null;
  highOption: string | null;
}

/** One bar of the histogram of overall scores: `from`..`to` inclusive. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** The overall scores of the group: the summary, the share per level and a histogram. */
export interface OverallStats<Text = LocalizedText> extends Summary {
  missing: number;
  /** The level (index into `levels`) the rounded mean falls in: the mean of the points, with `scoring.points`. */
  meanLevel: number | null;
  levels: BandCount<Text>[];
  histogram: HistogramBin[];
  /** With `scoring.points` only: the mean of the participants' points and the most there are to get. */
  points?: { mean: number | null; max: number };
}

/** One participant's row in the heat map: overall and per-theme scores, with their band positions. */
export interface ParticipantRow {
  label: string;
  overall: number | null;
  level: number | null;
  answered: number;
  total: number;
  themes: Array<{ id: string; score: number | null; band: number | null }>;
}

/** A point for the group to talk about. Core gives ids and numbers; src/messages phrases it as a question. */
export type Starter =
  | { kind: 'theme-spread'; theme: string; spread: number; min: number; max: number }
  | { kind: 'question-spread'; question: string; spread: number; low: string; high: string }
  | { kind: 'strongest'; theme: string; mean: number }
  | { kind: 'weakest'; theme: string; mean: number };

/** Everything a group report shows. Holds no file names and no notes. */
export interface GroupStats<Text = LocalizedText> {
  questionSet: { id: string; version: string; title: Text };
  size: number;
  /** True with `--names`: labels are the respondents' names. */
  named: boolean;
  /** Fewer than MIN_ANONYMOUS_GROUP participants: answers can be traced back to people. */
  traceable: boolean;
  /** The earliest and latest answer date, as written in the files. */
  dates: { first: string | null; last: string | null };
  participants: ParticipantRow[];
  overall: OverallStats<Text>;
  themes: ThemeStats<Text>[];
  questions: QuestionStats<Text>[];
  starters: Starter[];
  /** Non-answers over all participants and questions, by kind. */
  nonAnswers: { dontKnow: number; notApplicable: number; dontKnowOrNotApplicable: number };
  /** How many participants' answers show a response style; never who. */
  consistencyFlagged: number;
  /**
   * The set's own words for the report's texts: what a higher score means (null: neutral words), and the labels of its
   * non-answer options.
   */
  wording: { scoreMeaning: Text | null; nonAnswerLabels: Text[] };
}

/**
 * The index of the band that holds `value` as it is shown: a band of whole numbers min–max holds
 * everything from min up to (not including) max + 1, so a group mean of 39,5 is in 0–39, never
 * shown next to "40–69". Whole scores fall where they always did.
 */
function bandOf(bands: readonly Band[], value: number | null): number | null {
  if (value === null) return null;
  const last = bands.length - 1;
  const index = bands.findIndex(
    (band, i) => value >= band.min && (value < band.max + 1 || (i === last && value <= band.max)),
  );
  return index === -1 ? null : index;
}

function share(count: number, of: number): number {
  return of === 0 ? 0 : Math.round((count / of) * 10000) / 10000;
}

function bandCounts(bands: readonly Band[], indexes: ReadonlyArray<number | null>): BandCount[] {
  const scored = indexes.filter((index) => index !== null).length;
  return bands.map((band, index) => {
    const count = indexes.filter((found) => found === index).length;
    return {
      index,
      min: band.min,
      max: band.max,
      label: band.label,
      count,
      share: share(count, scored),
    };
  });
}

/** Ten bins of ten points; the last holds 90–100. */
function histogram(scores: readonly number[]): HistogramBin[] {
  return Array.from({ length: 10 }, (_, i) => {
    const from = i * 10;
    const to = i === 9 ? 100 : from + 9;
    return { from, to, count: scores.filter((score) => score >= from && score <= to).length };
  });
}

function themeStats(set: PreparedSet, participants: readonly Participant[]): ThemeStats[] {
  return set.themes.map((theme, t) => {
    const results = participants.map((participant) => participant.result.themes[t]);
    const scores = results.flatMap((result) =>
      result?.score === null || result?.score === undefined ? [] : [result.score],
    );
    const summary = summarize(scores);
    return {
      id: theme.id,
      title: theme.title,
      ...summary,
      missing: participants.length - scores.length,
      meanBand: bandOf(theme.advice, summary.mean),
      bands: bandCounts(
        theme.advice,
        results.map((result) => result?.band?.index ?? null),
      ),
    };
  });
}

function questionStats(set: PreparedSet, participants: readonly Participant[]): QuestionStats[] {
  return set.questions.map((question, q) => {
    const answers = participants.map((participant) => participant.result.questions[q]);
    const scores = answers.flatMap((answer) =>
      answer?.score === null || answer?.score === undefined ? [] : [answer.score],
    );
    const options = question.options.map((option): OptionCount => {
      const count = answers.filter((answer) => answer?.option === option.id).length;
      const unanswered = isNonAnswer(option) || option.value === undefined;
      const normal = questionValue(question, option.id);
      const score = normal === null ? null : Math.round(100 * normal);
      const value = unanswered ? null : (option.value ?? null);
      return {
        id: option.id,
        label: option.label,
        value,
        score,
        unanswered,
        count,
        share: share(count, participants.length),
        ...(option.tone === undefined ? {} : { tone: option.tone }),
        ...(option.color === undefined ? {} : { color: option.color }),
      };
    });
    const chosen = options.filter((option) => option.count > 0 && option.score !== null);
    const pick = (better: (a: number, b: number) => boolean): string | null => {
      let found: OptionCount | undefined;
      for (const option of chosen)
        if (found === undefined || better(option.score ?? 0, found.score ?? 0)) found = option;
      return found?.id ?? null;
    };
    return {
      id: question.id,
      number: question.index + 1,
      theme: question.theme,
      text: question.text,
      frame: question.frame ?? null,
      reverse: question.reverse,
      ...summarize(scores),
      options,
      notAnswered: answers.filter((answer) => answer?.option === null || answer?.option === undefined).length,
      lowOption: pick((a, b) => a < b),
      highOption: pick((a, b) => a > b),
    };
  });
}

/** The largest spreads first; ties keep the question-set order. Only spreads among at least two people count. */
function widest<T extends Summary>(items: readonly T[]): T[] {
  return items
    .filter((item) => item.n >= 2 && (item.spread ?? 0) > 0)
    .map((item, order) => ({ item, order }))
    .sort((a, b) => (b.item.spread ?? 0) - (a.item.spread ?? 0) || a.order - b.order)
    .slice(0, SPREAD_STARTERS)
    .map(({ item }) => item);
}

function starters(themes: readonly ThemeStats[], questions: readonly QuestionStats[], size: number): Starter[] {
  const out: Starter[] = [];
  for (const theme of widest(themes)) {
    out.push({
      kind: 'theme-spread',
      theme: theme.id,
      spread: theme.spread ?? 0,
      min: theme.min ?? 0,
      max: theme.max ?? 0,
    });
  }
  for (const question of widest(questions)) {
    if (question.lowOption === null || question.highOption === null) continue;
    out.push({
      kind: 'question-spread',
      question: question.id,
      spread: question.spread ?? 0,
      low: question.lowOption,
      high: question.highOption,
    });
  }
  // A theme mean over one or two of seven people is not the group's: it is named only when at
  // least MIN_ANONYMOUS_GROUP participants (or all of a smaller group) have a score for it.
  const scored = themes.filter((theme) => theme.mean !== null && theme.n >= Math.min(MIN_ANONYMOUS_GROUP, size));
  let strongest: ThemeStats | undefined;
  let weakest: ThemeStats | undefined;
  for (const theme of scored) {
    if (strongest === undefined || (theme.mean ?? 0) > (strongest.mean ?? 0)) strongest = theme;
    if (weakest === undefined || (theme.mean ?? 0) < (weakest.mean ?? 0)) weakest = theme;
  }
  // With one scored theme, or all means equal, there is no strongest or weakest to talk about.
  if (strongest !== undefined && weakest !== undefined && strongest.mean !== weakest.mean) {
    out.push({ kind: 'strongest', theme: strongest.id, mean: strongest.mean ?? 0 });
    out.push({ kind: 'weakest', theme: weakest.id, mean: weakest.mean ?? 0 });
  }
  return out;
}

/**
 * The statistics of a group: per theme, per question and overall, each participant's row for
 * the heat map, and the points most worth discussing. `participants` come from
 * labelParticipants; their results must be scored against `set`. The set's texts stay whole.
 */
export function groupStats(
  set: PreparedSet,
  participants: readonly Participant[],
  options: { named: boolean },
): GroupStats {
  const themes = themeStats(set, participants);
  const questions = questionStats(set, participants);
  const overallScores = participants.flatMap((participant) =>
    participant.result.overall.score === null ? [] : [participant.result.overall.score],
  );
  const overall = summarize(overallScores);
  const points =
    set.maxPoints === null
      ? null
      : summarize(
          participants.flatMap((participant) =>
            participant.result.overall.points === null ? [] : [participant.result.overall.points.points],
          ),
        );
  // Ordered by the day each stands for (15-04-2026 before 01-10-2026), as written; text that is no date is left out.
  const dates = participants
    .flatMap((participant) => {
      const key = dateKey(participant.result.date);
      return key === null || participant.result.date === null ? [] : [{ key, written: participant.result.date }];
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((date) => date.written);
  return {
    questionSet: setHeading(set),
    size: participants.length,
    named: options.named,
    traceable: participants.length < MIN_ANONYMOUS_GROUP,
    dates: { first: dates[0] ?? null, last: dates.at(-1) ?? null },
    participants: participants.map((participant) => ({
      label: participant.label,
      overall: participant.result.overall.score,
      level: participant.result.overall.level?.index ?? null,
      answered: participant.result.answered,
      total: participant.result.total,
      themes: participant.result.themes.map((theme) => ({
        id: theme.id,
        score: theme.score,
        band: theme.band?.index ?? null,
      })),
    })),
    overall: {
      ...overall,
      missing: participants.length - overallScores.length,
      meanLevel: bandOf(set.levels, points === null ? overall.mean : points.mean),
      levels: bandCounts(
        set.levels,
        participants.map((participant) => participant.result.overall.level?.index ?? null),
      ),
      histogram: histogram(overallScores),
      ...(points === null || set.maxPoints === null ? {} : { points: { mean: points.mean, max: set.maxPoints } }),
    },
    themes,
    questions,
    starters: starters(themes, questions, participants.length),
    nonAnswers: {
      dontKnow: participants.reduce((sum, participant) => sum + participant.result.dontKnow, 0),
      notApplicable: participants.reduce((sum, participant) => sum + participant.result.notApplicable, 0),
      dontKnowOrNotApplicable: participants.reduce(
        (sum, participant) => sum + participant.result.dontKnowOrNotApplicable,
        0,
      ),
    },
    consistencyFlagged: participants.filter((participant) => participant.result.consistency.flagged).length,
    wording: {
      scoreMeaning: set.scoreMeaning ?? null,
      nonAnswerLabels: [...set.nonAnswerLabels],
    },
  };
}
