import type { LocalizedText } from '../core/text.js';
import type { Locale } from '../messages/locale.js';

/** One saved result as `kantellat history` lists it. Never holds the file's notes. */
export interface HistoryEntry {
  file: string;
  /** When it was saved (from the timestamped file name, UTC), or null for a file named otherwise. */
  savedAt: string | null;
  /** The `date` written in the answer file. */
  date: string | null;
  respondent: string | null;
  /** The question set the answers belong to, when known. */
  questionSet: string | null;
  /** 'scored'; 'other-set' for answers to another question set than the one loaded; 'unreadable'. */
  status: 'scored' | 'other-set' | 'unreadable';
  score: number | null;
  /** The set's name for the overall level; a renderer words it in the run's language. */
  level: LocalizedText | null;
}

/** The formats of `kantellat history`. */
export const HISTORY_FORMATS = ['text', 'json'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

/** The saved results as JSON: `{folder, results: [...]}`, newest first. Same in every language but `level`, a label. */
export function renderHistoryJson(folder: string, entries: readonly HistoryEntry[], locale: Locale): string {
  const results = entries.map((entry) => ({ ...entry, level: entry.level === null ? null : locale.text(entry.level) }));
  return `${JSON.stringify({ folder, results }, null, 2)}\n`;
}
