// biome wraps code at 120 columns but leaves strings, template literals and comments as they are; this
// keeps every line in src/ readable side by side in a review (issue 10). A catalogue text in
// src/messages/ may stay whole on its line: a translator reads a sentence at once.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAX = 120;
const root = fileURLToPath(new URL('../..', import.meta.url));

// Lines that may be longer, each with the reason: a file and the start of the line's text (not a
// line number, so an edit above it does not break the exception).
const exceptions: readonly { file: string; starts: string; why: string }[] = [
  {
    file: 'src/core/terminal-text.ts',
    starts: '/^[\\u1100-\\u115f',
    why: 'one regex of the Unicode ranges of wide characters, read as one list',
  },
];

// A line that is only a string literal, optionally after a key: `key: 'text',`, `'a-b': "text"`.
const key = String.raw`(?:[A-Za-z_$][\w$]*|'[^']*'|"[^"]*")\s*:\s*`;
const literal = String.raw`(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const catalogueText = new RegExp(String.raw`^\s*(?:${key})?${literal}\s*,?\s*$`);

/** The lines of one file over MAX characters that no rule allows, as `file:line  (length)`. */
function longLines(file: string, text: string): string[] {
  const isCatalogue = /^src\/messages\/[^/]+\.ts$/.test(file);
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    if ([...line].length <= MAX) return;
    if (isCatalogue && catalogueText.test(line)) return;
    if (exceptions.some((e) => e.file === file && line.trimStart().startsWith(e.starts))) return;
    found.push(`${file}:${index + 1}  (${[...line].length} characters)`);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('line length', () => {
  it('finds no line over 120 characters in src/, catalogue texts and named exceptions aside', () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) =>
      longLines(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8')),
    );
    expect(found, `lines over ${MAX} characters (wrap them; see tests/unit/line-length.test.ts)`).toEqual([]);
  });

  it('names a long line of code or comment by file:line, also in a catalogue', () => {
    const long = 'x'.repeat(MAX);
    expect(longLines('src/render/a.ts', `ok\n  // ${long}\n`)).toEqual(['src/render/a.ts:2  (125 characters)']);
    expect(longLines('src/messages/a.ts', `  key: t('${long}'),`)).toEqual(['src/messages/a.ts:1  (133 characters)']);
    expect(longLines('src/messages/a.ts', `/** ${long} */`)).toEqual(['src/messages/a.ts:1  (127 characters)']);
  });

  it('lets a catalogue text stand whole on its line, but only in src/messages/', () => {
    const text = `    key: '${'a'.repeat(MAX)}',\n    'two-words': "${'b'.repeat(MAX)}"`;
    expect(longLines('src/messages/report.ts', text)).toEqual([]);
    expect(longLines('src/render/report.ts', text)).toHaveLength(2);
  });

  it('counts characters, not UTF-16 units, and allows exactly 120', () => {
    expect(longLines('src/a.ts', 'é'.repeat(MAX))).toEqual([]);
    expect(longLines('src/a.ts', '\u{1F600}'.repeat(MAX))).toEqual([]);
    expect(longLines('src/a.ts', 'a'.repeat(MAX + 1))).toHaveLength(1);
  });
});
