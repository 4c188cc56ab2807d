import type { ChalkInstance } from 'chalk';
import type { Lang } from '../core/text.js';
import { tCheck } from '../messages/check.js';
import type { HistoryEntry } from './history-json.js';

/** How the history list is drawn. */
export interface HistoryTextOptions {
  lang: Lang;
  color: ChalkInstance;
  unicode: boolean;
  width: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A moment in local time as people write it: 28-11-2026 14:05 in Dutch, 2026-11-28 14:05 in English. Null for a bad date. */
export function localStamp(iso: string, lang: Lang): string | null {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return null;
  const time = `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  const day =
    lang === 'nl'
      ? `${pad(when.getDate())}-${pad(when.getMonth() + 1)}-${when.getFullYear()}`
      : `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `${day} ${time}`;
}

/** When a result was saved; the file's own date otherwise. */
function whenOf(entry: HistoryEntry, lang: Lang): string {
  return (entry.savedAt === null ? null : localStamp(entry.savedAt, lang)) ?? entry.date ?? '';
}

function fit(text: string, width: number, ellipsis: string): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - ellipsis.length))}${ellipsis}`;
}

/** The saved results as a table, newest first, within the terminal's width (at most 79 characters a line). */
export function renderHistoryText(entries: readonly HistoryEntry[], options: HistoryTextOptions): string {
  const { lang, color: c } = options;
  const t = (key: string, params: Record<string, string | number> = {}): string => tCheck(lang, key, params);
  const width = Math.max(50, Math.min(options.width - 1, 79));
  const dash = options.unicode ? '—' : '-';
  const ellipsis = options.unicode ? '…' : '...';
  const dates = entries.map((entry) => whenOf(entry, lang));
  const dateWidth = Math.max(t('history.date').length, ...dates.map((date) => date.length));
  const names = entries.map((entry) => entry.respondent ?? dash);
  const nameWidth = Math.min(20, Math.max(t('history.name').length, ...names.map((name) => name.length)));
  const scoreWidth = Math.max(5, t('history.score').length);
  const levelWidth = width - 2 - dateWidth - 2 - nameWidth - 2 - scoreWidth - 2;
  const row = (date: string, name: string, score: string, level: string): string =>
    `  ${date.padEnd(dateWidth)}  ${fit(name, nameWidth, ellipsis).padEnd(nameWidth)}  ${score.padStart(scoreWidth)}  ${fit(level, levelWidth, ellipsis)}`.trimEnd();

  const out = [t('history.title', { count: entries.length }), '', c.bold(row(t('history.date'), t('history.name'), t('history.score'), t('history.level')))];
  entries.forEach((entry, i) => {
    const date = dates[i] ?? '';
    const name = names[i] ?? dash;
    if (entry.status === 'scored') {
      const level = entry.level ?? t('history.noScore');
      out.push(row(date, name, entry.score === null ? dash : String(entry.score), level));
    } else {
      const why = entry.status === 'other-set' ? t('history.otherSet', { id: entry.questionSet ?? '?' }) : t('history.unreadable');
      out.push(c.dim(row(date, name, dash, why)));
    }
  });
  return `${out.join('\n')}\n`;
}
