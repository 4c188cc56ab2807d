import type { GroupComparison } from '../core/group-compare.js';
import type { GroupStats } from '../core/group-stats.js';
import type { TeamMirror } from '../core/mirror.js';
import type { Lang } from '../core/text.js';

/** The formats of `kantellat report`. */
export const REPORT_FORMATS = ['terminal', 'markdown', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What every report renderer gets: this session, the comparison with an earlier one, the language. */
export interface ReportInput {
  stats: GroupStats;
  baseline: GroupComparison | null;
  lang: Lang;
  /** The kantellat version, for the page footer. */
  version: string;
  /** How many files repeat the answers of another one (counted as participants all the same). */
  duplicates?: number;
  /** With `--clients`: the team's view beside all its clients' view per theme. */
  clients?: TeamMirror | undefined;
}

/**
 * Above this many participants the per-participant heat map and table are left out of the human
 * formats: nobody reads hundreds of rows on a projector, and the page would grow to megabytes.
 * JSON keeps every row.
 */
export const HEATMAP_MAX_PARTICIPANTS = 60;
