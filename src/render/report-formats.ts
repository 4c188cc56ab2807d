import type { GroupComparison } from '../core/group-compare.js';
import type { GroupStats } from '../core/group-stats.js';
import type { TeamMirror } from '../core/mirror.js';
import type { Lang } from '../core/text.js';
import type { Locale } from '../messages/locale.js';
import { wordGroupComparison, wordGroupStats, wordTeamMirror } from './worded.js';

/** The formats of `kantellat report`. */
export const REPORT_FORMATS = ['terminal', 'markdown', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * What every report renderer gets: this session, the comparison with an earlier one, the language; the set's texts
 * worded in it.
 */
export interface ReportInput {
  stats: GroupStats<string>;
  baseline: GroupComparison<string> | null;
  lang: Lang;
  /** The kantellat version, for the page footer. */
  version: string;
  /** How many files repeat the answers of another one (counted as participants all the same). */
  duplicates?: number;
  /** With `--clients`: the team's view beside all its clients' view per theme. */
  clients?: TeamMirror<string> | undefined;
}

/**
 * The renderers' input from what core computed: the set's texts in the statistics, the baseline
 * and the team mirror worded once with the run's Locale.
 */
export function reportInput(
  computed: {
    stats: GroupStats;
    baseline: GroupComparison | null;
    clients?: TeamMirror | undefined;
    version: string;
    duplicates?: number;
  },
  locale: Locale,
): ReportInput {
  const { stats, baseline, clients, ...rest } = computed;
  return {
    ...rest,
    stats: wordGroupStats(stats, locale),
    baseline: baseline === null ? null : wordGroupComparison(baseline, locale),
    lang: locale.lang,
    clients: clients === undefined ? undefined : wordTeamMirror(clients, locale),
  };
}

/**
 * Above this many participants the per-participant heat map and table are left out of the human
 * formats: nobody reads hundreds of rows on a projector, and the page would grow to megabytes.
 * JSON keeps every row.
 */
export const HEATMAP_MAX_PARTICIPANTS = 60;
