import type { BandCount } from '../core/group-stats.js';
import { cutToWidth, displayWidth, neutralize } from '../core/terminal-text.js';
import { wrapText } from './wrap.js';

/**
 * Shortens `text` to at most `max` columns, with an ellipsis when cut; control characters neutralized first, cut
 * between graphemes.
 */
export function truncate(text: string, max: number): string {
  return cutToWidth(text, max);
}

/** The columns a terminal shows: graphemes, a wide (CJK) character or an emoji counting two. */
export function visibleLength(text: string): number {
  return displayWidth(text);
}

/** Pads to `width` visible characters on the right (or left with `start`). */
export function pad(text: string, width: number, start = false): string {
  const fill = ' '.repeat(Math.max(0, width - visibleLength(text)));
  return start ? fill + text : text + fill;
}

/** Splits text into lines of at most `width` characters at spaces, as one paragraph (a chart label). */
export function wrapWords(text: string, width: number): string[] {
  return wrapText(text.replace(/\s+/g, ' '), width);
}

/** Wraps text to `width` columns (at least 20 for the words), the first line after `first`, the others after `rest`. */
export function wrapIndented(
  text: string,
  width: number,
  first: string,
  rest = ' '.repeat(visibleLength(first)),
): string[] {
  return wrapText(
    text.replace(/\s+/g, ' '),
    Math.max(20, width - visibleLength(rest)) + visibleLength(rest),
    rest,
    first,
  );
}

/** An item whose text is coloured once it has been measured and made safe (colour codes are control characters). */
export interface PaintedItem {
  text: string;
  paint: (text: string) => string;
}

/** Joins items with " · ", breaking to a new line (after `indent`) before an item that would pass `width`. */
export function wrapItems(items: ReadonlyArray<string | PaintedItem>, width: number, indent: string): string[] {
  const lines: string[] = [];
  // Measured on the plain text; the painted text (colour codes have no width) is what is written.
  let line = '';
  let painted = '';
  for (const raw of items) {
    const item = neutralize(typeof raw === 'string' ? raw : raw.text);
    const paint = typeof raw === 'string' ? item : raw.paint(item);
    const next = line === '' ? item : `${line} · ${item}`;
    if (line !== '' && visibleLength(indent + next) > width) {
      lines.push(indent + painted);
      line = item;
      painted = paint;
    } else {
      line = next;
      painted = painted === '' ? paint : `${painted} · ${paint}`;
    }
  }
  if (line !== '') lines.push(indent + painted);
  return lines;
}

/** A bar of `width` cells for a 0–100 value: blocks, or # and . where Unicode is unsafe. */
export function textBar(value: number | null, width: number, unicode: boolean): string {
  const filled = value === null ? 0 : Math.max(0, Math.min(width, Math.round((value / 100) * width)));
  return (unicode ? '█' : '#').repeat(filled) + (unicode ? '░' : '.').repeat(width - filled);
}

/** Whether every list of bands has the same labels in the same order (then they can share columns). */
export function sameBandLabels(lists: ReadonlyArray<readonly BandCount<string>[]>): boolean {
  const first = lists[0]?.map((band) => band.label).join('\u0000');
  return lists.every((bands) => bands.map((band) => band.label).join('\u0000') === first);
}
