import type { GroupStats } from './group-stats.js';
import { round1, type Summary } from './statistics.js';
import type { LocalizedText } from './text.js';

/** Which way a score moved. */
export type Direction = 'up' | 'same' | 'down';

/**
 * A group's mean or median that moves by less than this many points counts as "the same":
 * with a dozen people such a change is noise (one person's answer on one question moves a
 * theme score by 12.5 points, and the group mean by about one).
 */
export const GROUP_SAME_WITHIN = 2;

/** How many questions "moved most" at most. */
const MOVED_QUESTIONS = 3;

/** The direction of a change; `within` is the band around zero that counts as the same. */
export function directionOf(change: number | null, within: number): Direction | null {
  if (change === null) return null;
  if (Math.abs(change) < within || change === 0) return 'same';
  return change > 0 ? 'up' : 'down';
}

function change(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : round1(after - before);
}

/** One theme (or the overall score) in an earlier session and now. `Text` as in GroupStats. */
export interface SummaryChange<Text = LocalizedText> {
  id: string;
  title: Text;
  before: { n: number; mean: number | null; median: number | null };
  after: { n: number; mean: number | null; median: number | null };
  meanChange: number | null;
  medianChange: number | null;
  meanDirection: Direction | null;
  medianDirection: Direction | null;
}

/** A question whose mean score moved between the sessions. */
export interface QuestionChange<Text = LocalizedText> {
  id: string;
  number: number;
  theme: string;
  text: Text;
  before: { n: number; mean: number | null };
  after: { n: number; mean: number | null };
  change: number;
  direction: Direction;
}

/** This session against an earlier one (`report --baseline`). */
export interface GroupComparison<Text = LocalizedText> {
  beforeSize: number;
  afterSize: number;
  overall: SummaryChange<Text>;
  themes: SummaryChange<Text>[];
  /** The questions whose mean moved most (at least GROUP_SAME_WITHIN points), largest first. */
  movedQuestions: QuestionChange<Text>[];
  /** The versions of the question set of the baseline and of this session. */
  versions: { before: string; after: string };
  /**
   * false when the two sessions answered different versions: then no question is compared, and
   * themes only where the id is the same (docs/report.md).
   */
  questionByQuestion: boolean;
}

function summaryChange<Text>(
  id: string,
  title: Text,
  before: Summary | undefined,
  after: Summary,
): SummaryChange<Text> {
  const meanChange = change(before?.mean ?? null, after.mean);
  const medianChange = change(before?.median ?? null, after.median);
  return {
    id,
    title,
    before: { n: before?.n ?? 0, mean: before?.mean ?? null, median: before?.median ?? null },
    after: { n: after.n, mean: after.mean, median: after.median },
    meanChange,
    medianChange,
    meanDirection: directionOf(meanChange, GROUP_SAME_WITHIN),
    medianDirection: directionOf(medianChange, GROUP_SAME_WITHIN),
  };
}

/** Whether both sessions have the same themes: only then is a change of the overall score a change. */
function sameThemes<Text>(before: GroupStats<Text>, after: GroupStats<Text>): boolean {
  return before.themes.map((theme) => theme.id).join(' ') === after.themes.map((theme) => theme.id).join(' ');
}

/**
 * Compares two sessions of a group, theme by theme and question by question. Both must be
 * computed from the same question set; themes and questions are matched by id, so a theme
 * missing from the baseline shows no change rather than a wrong one. Texts are carried as they
 * come (whole from core, or already worded).
 */
export function compareGroups<Text>(before: GroupStats<Text>, after: GroupStats<Text>): GroupComparison<Text> {
  const beforeThemes = new Map(before.themes.map((theme) => [theme.id, theme]));
  const beforeQuestions = new Map(before.questions.map((question) => [question.id, question]));
  const moved: QuestionChange<Text>[] = [];
  const sameVersion =
    before.questionSet.id === after.questionSet.id && before.questionSet.version === after.questionSet.version;
  for (const question of sameVersion ? after.questions : []) {
    const earlier = beforeQuestions.get(question.id);
    const delta = change(earlier?.mean ?? null, question.mean);
    const direction = directionOf(delta, GROUP_SAME_WITHIN);
    if (delta === null || direction === null || direction === 'same') continue;
    moved.push({
      id: question.id,
      number: question.number,
      theme: question.theme,
      text: question.text,
      before: { n: earlier?.n ?? 0, mean: earlier?.mean ?? null },
      after: { n: question.n, mean: question.mean },
      change: delta,
      direction,
    });
  }
  moved.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.number - b.number);
  return {
    beforeSize: before.size,
    afterSize: after.size,
    overall: sameThemes(before, after)
      ? summaryChange('overall', after.questionSet.title, before.overall, after.overall)
      : {
          ...summaryChange('overall', after.questionSet.title, before.overall, after.overall),
          meanChange: null,
          medianChange: null,
          meanDirection: null,
          medianDirection: null,
        },
    // Across versions, a theme counts as the same only by its id; others show no change.
    themes: after.themes.map((theme) => summaryChange(theme.id, theme.title, beforeThemes.get(theme.id), theme)),
    movedQuestions: moved.slice(0, MOVED_QUESTIONS),
    versions: { before: before.questionSet.version, after: after.questionSet.version },
    questionByQuestion: sameVersion,
  };
}
