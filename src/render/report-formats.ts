import type { GroupComparison } from '../core/group-compare.js';
import type { GroupStats } from '../core/group-stats.js';
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
}
