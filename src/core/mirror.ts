import { type PreparedSet, setHeading } from './prepare.js';
import type { Result } from './score.js';
import { round1 } from './statistics.js';
import type { LocalizedText } from './text.js';

/**
 * Clients' answers are shown only as a group of at least this many, for every number shown
 * (per theme and per question): below it one client's answers could be read off the mean.
 */
export const MIN_CLIENTS = 3;

/** A gap of at least this many points (0–100) between self-view and client view is worth a reflection. */
export const THEME_GAP = 15;

/** A question whose client mean is at least this many points below the professional's own answer is "clearly lower". */
export const QUESTION_GAP = 25;

/** How many questions "what clients value most" names at most, and the least client mean to be named there. */
export const VALUED_MAX = 3;
export const VALUED_MIN = 50;

/** The version of the machine-readable mirror result (`mirror --format json`); raised on any breaking change. */
export const MIRROR_SCHEMA_VERSION = 1;

/** Which side sees a theme more positively, when the gap is large enough to say so. */
export type GapDirection = 'self-higher' | 'self-lower' | 'close';

/** The clients together on one theme or question: their mean (0–100, one decimal) and how many gave it. */
export interface ClientView {
  mean: number | null;
  n: number;
}

/**
 * One theme: the professional's own score beside the clients' mean. `Text` is how the sets' texts
 * are held: whole (`LocalizedText`) from core, `string` once a renderer worded them.
 */
export interface MirrorTheme<Text = LocalizedText> {
  id: string;
  title: Text;
  self: number | null;
  clients: ClientView;
  /** self − clients' mean, one decimal; null when either side has no number. */
  gap: number | null;
  direction: GapDirection | null;
  /** Why there is no comparison: the professional's theme has no score, or too few clients scored it. */
  missing: 'self' | 'clients' | null;
  /**
   * When you rate the theme higher than your clients do: the first step the professional's set
   * gives for the question of this theme where the clients' view is furthest below yours.
   */
  step: { question: Text; text: Text } | null;
}

/** One mirror question: the clients' mean beside the professional's score on the question it mirrors. */
export interface MirrorQuestion<Text = LocalizedText> {
  id: string;
  mirrorOf: string;
  theme: string;
  /** The client question, and the professional's question it mirrors (its short name when it has one). */
  text: Text;
  selfText: Text;
  /** The client question is reverse-keyed: its score is high when clients answered "no". */
  reverse: boolean;
  self: number | null;
  clients: ClientView;
  gap: number | null;
}

/** The whole mirror: the professional's view against the clients' view. */
export interface MirrorResult<Text = LocalizedText> {
  selfSet: { id: string; version: string; title: Text };
  clientSet: { id: string; version: string; title: Text };
  /**
   * The professional's own overall score and the date of their answers (their name is left out:
   * a mirror may be shared).
   */
  self: { date: string | null; overall: number | null };
  clientCount: number;
  minClients: number;
  /** false below MIN_CLIENTS: then `themes`, `lower` and `valued` hold no client numbers at all. */
  enough: boolean;
  /** Largest gap first; themes without a comparison last, in set order. */
  themes: MirrorTheme<Text>[];
  /**
   * Questions where the clients' mean is at least QUESTION_GAP below the professional's own answer, largest gap first.
   */
  lower: MirrorQuestion<Text>[];
  /**
   * The questions clients rate highest (at most VALUED_MAX, with a mean of at least VALUED_MIN),
   * highest first. Reverse-keyed questions are left out: a high score there means the old way
   * was absent, which is not something clients can be said to value.
   */
  valued: MirrorQuestion<Text>[];
}

/** The clients' mean of some scores, or no number below MIN_CLIENTS. */
function clientView(scores: readonly number[]): ClientView {
  if (scores.length < MIN_CLIENTS) return { mean: null, n: scores.length };
  return { mean: round1(scores.reduce((sum, score) => sum + score, 0) / scores.length), n: scores.length };
}

/** The theme scores the clients have for one theme (those without a score left out). */
function clientThemeScores(clients: readonly Result[], themeId: string): number[] {
  return clients.flatMap((client) => {
    const score = client.themes.find((found) => found.id === themeId)?.score;
    return score === null || score === undefined ? [] : [score];
  });
}

function directionOf(gap: number | null): GapDirection | null {
  if (gap === null) return null;
  if (gap >= THEME_GAP) return 'self-higher';
  if (gap <= -THEME_GAP) return 'self-lower';
  return 'close';
}

/** Larger gaps first (either way); no comparison last; equal gaps keep the set's order. */
function byGap<T extends { gap: number | null }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      if (a.item.gap === null || b.item.gap === null)
        return (a.item.gap === null ? 1 : 0) - (b.item.gap === null ? 1 : 0) || a.index - b.index;
      return Math.abs(b.item.gap) - Math.abs(a.item.gap) || a.index - b.index;
    })
    .map(({ item }) => item);
}

/**
 * The professional's own result beside their clients' results, per theme (matched by theme id)
 * and per question (through `mirrorOf`). Client results are only ever combined: every number
 * about clients is a mean over at least MIN_CLIENTS of them, and with fewer clients in all
 * there is no client number anywhere in the result. Client names and dates are not used.
 */
export function mirrorResults(
  selfSet: PreparedSet,
  self: Result,
  clientSet: PreparedSet,
  clients: readonly Result[],
): MirrorResult {
  const enough = clients.length >= MIN_CLIENTS;
  const head = {
    selfSet: setHeading(selfSet),
    clientSet: setHeading(clientSet),
    self: { date: self.date, overall: self.overall.score },
    clientCount: clients.length,
    minClients: MIN_CLIENTS,
    enough,
  };
  if (!enough) return { ...head, themes: [], lower: [], valued: [] };

  const questions = clientSet.questions.flatMap((question): MirrorQuestion[] => {
    const mirrorOf = clientSet.source.questions[question.index]?.mirrorOf;
    const mirrored = mirrorOf === undefined ? undefined : selfSet.questionById.get(mirrorOf);
    if (mirrorOf === undefined || mirrored === undefined) return [];
    const scores = clients.flatMap((client) => {
      const score = client.questions.find((found) => found.id === question.id)?.score;
      return score === null || score === undefined ? [] : [score];
    });
    const view = clientView(scores);
    const own = self.questions.find((found) => found.id === mirrored.id)?.score ?? null;
    return [
      {
        id: question.id,
        mirrorOf,
        theme: question.theme,
        text: question.text,
        selfText: mirrored.short ?? mirrored.text,
        reverse: question.reverse,
        self: own,
        clients: view,
        gap: own === null || view.mean === null ? null : round1(own - view.mean),
      },
    ];
  });

  /** The first step of the mirrored question with the largest gap in a theme, if its set gives steps. */
  const stepFor = (themeId: string): MirrorTheme['step'] => {
    const widest = byGap(
      questions.filter((question) => question.theme === themeId && question.gap !== null && question.gap > 0),
    )[0];
    const mirrored = widest === undefined ? undefined : selfSet.questionById.get(widest.mirrorOf);
    const first = mirrored?.steps[0];
    return widest === undefined || first === undefined ? null : { question: widest.selfText, text: first };
  };

  const themes = selfSet.themes.map((theme): MirrorTheme => {
    const own = self.themes.find((found) => found.id === theme.id)?.score ?? null;
    const view = clientView(clientThemeScores(clients, theme.id));
    const gap = own === null || view.mean === null ? null : round1(own - view.mean);
    return {
      id: theme.id,
      title: theme.title,
      self: own,
      clients: view,
      gap,
      direction: directionOf(gap),
      missing: own === null ? 'self' : view.mean === null ? 'clients' : null,
      step: directionOf(gap) === 'self-higher' ? stepFor(theme.id) : null,
    };
  });

  const lower = byGap(questions.filter((question) => question.gap !== null && question.gap >= QUESTION_GAP));
  const valued = questions
    .map((question, index) => ({ question, index }))
    .filter(
      ({ question }) => !question.reverse && question.clients.mean !== null && question.clients.mean >= VALUED_MIN,
    )
    .sort((a, b) => (b.question.clients.mean ?? 0) - (a.question.clients.mean ?? 0) || a.index - b.index)
    .slice(0, VALUED_MAX)
    .map(({ question }) => question);
  return { ...head, themes: byGap(themes), lower, valued };
}

/** One theme of a team against all its clients: the team's mean of own scores beside the clients' mean. */
export interface TeamMirrorTheme<Text = LocalizedText> {
  id: string;
  title: Text;
  team: { mean: number | null; n: number };
  clients: ClientView;
  gap: number | null;
  direction: GapDirection | null;
}

/** A team's self-view against the view of all its clients together, per theme in the set's order. */
export interface TeamMirror<Text = LocalizedText> {
  clientSet: { id: string; version: string; title: Text };
  clientCount: number;
  minClients: number;
  /** false below MIN_CLIENTS clients: then `themes` is empty. */
  enough: boolean;
  themes: TeamMirrorTheme<Text>[];
}

/**
 * The team's theme means (from the group report) beside the mean of all clients' theme scores.
 * The same rules as for one professional: clients only together, only from MIN_CLIENTS on.
 */
export function teamMirror(
  selfSet: PreparedSet,
  team: ReadonlyArray<{ id: string; mean: number | null; n: number }>,
  clientSet: PreparedSet,
  clients: readonly Result[],
): TeamMirror {
  const enough = clients.length >= MIN_CLIENTS;
  const head = {
    clientSet: setHeading(clientSet),
    clientCount: clients.length,
    minClients: MIN_CLIENTS,
    enough,
  };
  if (!enough) return { ...head, themes: [] };
  const themes = selfSet.themes.map((theme): TeamMirrorTheme => {
    const own = team.find((found) => found.id === theme.id) ?? { mean: null, n: 0 };
    const view = clientView(clientThemeScores(clients, theme.id));
    const gap = own.mean === null || view.mean === null ? null : round1(own.mean - view.mean);
    return {
      id: theme.id,
      title: theme.title,
      team: { mean: own.mean, n: own.n },
      clients: view,
      gap,
      direction: directionOf(gap),
    };
  });
  return { ...head, themes };
}
