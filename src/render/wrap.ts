// No chalk and no Node API: the browser form bundles this through render/answers-yaml.ts.
import { graphemes, neutralize } from '../core/terminal-text.js';

/** The longest bracketed group ("(7 tot 9)", "(1 van 2)") kept on one line. */
const SHORT_GROUP = 12;

/** The width a terminal gives a text: graphemes, so "é" or an emoji with its modifier is one. */
function widthOf(text: string): number {
  return graphemes(text).length;
}

/**
 * Joins the words of a short bracketed group into one, so an answer like "De meeste (7 tot 9)"
 * never ends a line on "(7 tot" with "9)" on the next.
 */
function keepTogether(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const end =
      word.startsWith('(') && !word.includes(')') ? words.findIndex((later, j) => j > i && later.includes(')')) : -1;
    const group = end === -1 ? '' : words.slice(i, end + 1).join(' ');
    if (end !== -1 && widthOf(group) <= SHORT_GROUP) {
      out.push(group);
      i = end;
    } else out.push(word);
  }
  return out;
}

/**
 * The width check writes its questions and messages to: one column short of the terminal (the
 * old Windows console adds an empty line after a full one), at most 79, at least 40.
 */
export function checkWidth(columns: number): number {
  return Math.min(79, Math.max(40, columns - 1));
}

/**
 * The one word-wrapping of the tool, for every renderer and prompt that wraps: `text` in lines
 * of at most `width` columns (indents included), broken between words only, with `indent`
 * before every line and `firstIndent` before the first (for numbered lists and "! " notes). A
 * word longer than the line stays whole. Each line of `text` is a paragraph of its own; an empty
 * one stays as an empty line. Control characters are neutralized first, so a text from a file
 * can never steer the terminal.
 */
export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of neutralize(text, { lines: true }).split(/\r?\n/)) {
    let line = '';
    let lead = lines.length === 0 ? firstIndent : indent;
    for (const word of keepTogether(paragraph.split(/[ \t]+/).filter((part) => part !== ''))) {
      if (line !== '' && widthOf(lead) + widthOf(line) + 1 + widthOf(word) > width) {
        lines.push(lead + line);
        lead = indent;
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(lead + line);
    else if (paragraph.trim() === '' && lines.length > 0) lines.push('');
  }
  return lines;
}
