/**
 * Text from files (names, dates, answer values, file names, a custom set's words) shown on a
 * terminal or on stderr. A terminal obeys control characters: ESC starts colour, a cleared
 * screen or a new window title; C1 characters do the same on some terminals; bidi overrides
 * show text in another order than it is. Every such character becomes a visible, harmless
 * escape here, before the text is measured, cut or coloured.
 */

// C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F), and the bidi embeddings, overrides, isolates and marks.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

function visibleEscape(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The text with every control character (C0, ESC, DEL, C1) and bidi control written as a
 * visible escape (`\x1b`, `\u202e`). With `lines`, newlines and tabs stay (for a note shown as
 * it was typed); otherwise a newline, tab or carriage return becomes one space.
 */
export function neutralize(text: string, options: { lines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => {
    if (char === '\n' || char === '\t') return options.lines === true ? char : ' ';
    if (char === '\r') return ' ';
    return visibleEscape(char);
  });
}

let segmenter: Intl.Segmenter | undefined;

/** The user-perceived characters of a text (a flag, an accented letter, a family emoji: one each). */
export function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * Neutralized text cut to at most `max` graphemes, ending in `ellipsis` when cut: a cut can
 * never split a letter from its accent or leave an escape sequence open.
 */
export function cutText(text: string, max: number, ellipsis = '…'): string {
  const parts = graphemes(neutralize(text).replace(/\s+/g, ' ').trim());
  if (parts.length <= max) return parts.join('');
  const room = Math.max(1, max - graphemes(ellipsis).length);
  return `${parts.slice(0, room).join('').trimEnd()}${ellipsis}`;
}

// East Asian Wide and Fullwidth blocks (Hangul Jamo, CJK, kana, Hangul syllables, fullwidth forms, the
// supplementary ideographs): a terminal gives each of their characters two columns.
const WIDE =
  /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
// An emoji shown as a picture: by default, with the emoji variation selector, or a flag.
const EMOJI = /^\p{Emoji_Presentation}|\p{Emoji}\ufe0f|^\p{Regional_Indicator}{2}/u;

/** The columns one grapheme takes on a terminal: 2 for wide (CJK) characters and emoji, else 1. */
function graphemeWidth(grapheme: string): number {
  return WIDE.test(grapheme) || EMOJI.test(grapheme) ? 2 : 1;
}

/** The columns a text takes on a terminal, so that a name in Chinese or with an emoji lines up like any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const part of graphemes(text)) width += graphemeWidth(part);
  return width;
}

/** Like cutText, but to at most `max` terminal columns: a wide character or emoji counts two. */
export function cutToWidth(text: string, max: number, ellipsis = '…'): string {
  const parts = graphemes(neutralize(text).replace(/\s+/g, ' ').trim());
  const widths = parts.map(graphemeWidth);
  if (widths.reduce((sum, width) => sum + width, 0) <= max) return parts.join('');
  const room = Math.max(1, max - displayWidth(ellipsis));
  let used = 0;
  let kept = 0;
  while (kept < parts.length && used + (widths[kept] ?? 1) <= room) used += widths[kept++] ?? 1;
  return `${parts.slice(0, Math.max(1, kept)).join('').trimEnd()}${ellipsis}`;
}
