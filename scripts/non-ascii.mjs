// The bundles are read as Latin-1 by the loader (src/code-cache.ts), which is only right for
// pure ASCII; scripts/build.mjs stops with this description when a bundle holds anything else.

/**
 * The first character outside ASCII in `code`, described for a person: where it is (line and
 * column, counted from 1), which character, and the text around it. Undefined when there is none.
 */
export function firstNonAscii(code) {
  const found = /[^\x00-\x7f]/u.exec(code);
  if (found === null) return undefined;
  const before = code.slice(0, found.index);
  const line = before.split('\n').length;
  const column = found.index - before.lastIndexOf('\n');
  const codePoint = `U+${found[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const near = code.slice(Math.max(0, found.index - 60), found.index + 20).replace(/\s+/g, ' ');
  return { line, column, codePoint, near };
}
