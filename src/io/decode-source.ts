import { problemAt, type Problem } from '../core/problem.js';

/** Bigger inputs are refused before parsing: a question set or answer file is a few kB. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/**
 * Bytes to text: UTF-8, with or without BOM, and UTF-16 as YAML 1.2 asks of every reader
 * (Windows PowerShell 5.1 writes `>` as UTF-16, and Notepad calls it "Unicode"). Latin-1,
 * broken UTF-16 and binary data get a message that says to save the file as UTF-8, with the
 * place of the first bad byte.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { problem: problemAt(file, 'file-too-large', { size: bytes.length, limit: MAX_SOURCE_BYTES }) };
  }
  const nul = bytes.indexOf(0);
  const utf16 = utf16Order(bytes, nul !== -1);
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
      return { problem: problemAt(file, 'encoding-utf16', {}, 1, 1) };
    }
  }
  if (nul !== -1) return { problem: problemAt(file, 'encoding-binary', {}, ...lineColumnOfByte(bytes, nul)) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { problem: problemAt(file, 'encoding-not-utf8', {}, ...lineColumnOfByte(bytes, firstInvalidUtf8(bytes))) };
  }
}

/** UTF-16 by its BOM, or without one by where the zero bytes of its Latin letters fall. */
function utf16Order(bytes: Uint8Array, hasZero: boolean): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return hasZero ? looksLikeUtf16(bytes) : undefined;
}

/**
 * UTF-16 text without a BOM: mostly Latin letters, so nearly every other byte is zero, on the
 * same side of each pair (the high byte: second in little-endian, first in big-endian).
 * Binary data (an image, a zip) has its zeros anywhere.
 */
function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const pairs = Math.floor(sample.length / 2);
  const [many, few] = even > odd ? [even, odd] : [odd, even];
  if (pairs === 0 || many < pairs / 2 || few > many / 10) return undefined;
  return odd > even ? 'utf-16le' : 'utf-16be';
}

/** Line and column (in characters) of a byte; everything before it is valid UTF-8. */
function lineColumnOfByte(bytes: Uint8Array, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  const before = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(start, offset));
  return [line, [...before].length + 1];
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
