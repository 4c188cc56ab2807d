import type { KeyOf } from '../messages/translate.js';
import type { ChalkInstance } from 'chalk';
import { cutToWidth, displayWidth, neutralize } from '../core/terminal-text.js';
import type { Lang } from '../core/text.js';
import { tCheck } from '../messages/check.js';
import type { Locale } from '../messages/locale.js';
import type { HistoryEntry } from './history-json.js';

/** How the history list is drawn. */
export interface HistoryTextOptions {
  locale: Locale;
  color: ChalkInstance;
  unicode: boolean;
  width: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A moment in local time as people write it: 28-11-2026 14:05 in Dutch, 2026-11-28 14:05 in
 * English. Null for a bad date.
 */
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
  return neutralize((entry.savedAt === null ? null : localStamp(entry.savedAt, lang)) ?? entry.date ?? '');
}

function fit(text: string, width: number, ellipsis: string): string {
  return cutToWidth(text, width, ellipsis);
}

/** Pads to `width` columns (padEnd counts UTF-16 units, which a name with accents, CJK or emoji would misalign). */
function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The saved results as a table, newest first, within the terminal's width (at most 79 characters a line). */
export function renderHistoryText(entries: readonly HistoryEntry[], options: HistoryTextOptions): string {
  const { locale, color: c } = options;
  const { lang } = locale;
  const t = (key: KeyOf<typeof tCheck>, params: Record<string, string | number> = {}): string =>
    tCheck(lang, key, params);
  const width = Math.max(50, Math.min(options.width - 1, 79));
  const dash = options.unicode ? '—' : '-';
  const ellipsis = options.unicode ? '…' : '...';
  const dates = entries.map((entry) => whenOf(entry, lang));
  const dateWidth = Math.min(20, Math.max(t('history.date').length, ...dates.map((date) => displayWidth(date))));
  const names = entries.map((entry) => (entry.respondent === null ? dash : neutralize(entry.respondent)));
  const nameWidth = Math.min(20, Math.max(t('history.name').length, ...names.map((name) => displayWidth(name))));
  const scoreWidth = Math.max(5, t('history.score').length);
  const levelWidth = width - 2 - dateWidth - 2 - nameWidth - 2 - scoreWidth - 2;
  const row = (date: string, name: string, score: string, level: string): string =>
    [
      '',
      padTo(fit(date, dateWidth, ellipsis), dateWidth),
      padTo(fit(name, nameWidth, ellipsis), nameWidth),
      score.padStart(scoreWidth),
      fit(level, levelWidth, ellipsis),
    ]
      .join('  ')
      .trimEnd();

  const out = [
    t('history.title', { count: entries.length }),
    '',
    c.bold(row(t('history.date'), t('history.name'), t('history.score'), t('history.level'))),
  ];
  entries.forEach((entry, i) => {
    const date = dates[i] ?? '';
    const name = names[i] ?? dash;
    if (entry.status === 'scored') {
      const level = entry.level === null ? t('history.noScore') : locale.text(entry.level);
      out.push(row(date, name, entry.score === null ? dash : String(entry.score), level));
    } else {
      const why =
        entry.status === 'other-set'
          ? t('history.otherSet', { id: entry.questionSet ?? '?' })
          : t('history.unreadable');
      out.push(c.dim(row(date, name, dash, why)));
    }
  });
  return `${out.join('\n')}\n`;
}
