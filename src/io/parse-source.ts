import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  YAMLError,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { problem, type DocPath, type Problem } from '../core/problem.js';

/** Bigger inputs are refused before parsing: a question set or answer file is a few kB. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
/** Deeper nesting than any real file has is refused before it can exhaust the stack. */
const MAX_DEPTH = 64;
const MAX_ALIASES = 100;

/** A parsed YAML or JSON document: its plain data, and where each part of it stands. */
export interface ParsedSource {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value (or, with `key`, the key) at `path`, or its nearest parent. */
  locate(path: DocPath, key?: boolean): { line: number; column: number } | undefined;
}

/** Adds line and column to problems from their path in the document. */
export function placeProblems(source: ParsedSource, problems: readonly Problem[], keyCodes: ReadonlySet<string> = new Set()): Problem[] {
  return problems.map((p) => ({ ...p, file: source.file, ...(p.line === undefined ? source.locate(p.path, keyCodes.has(p.code)) : {}) }));
}

function at(file: string, code: string, params: Record<string, string | number>, line?: number, column?: number): Problem {
  return { ...problem(code, [], params), file, ...(line === undefined ? {} : { line, column: column ?? 1 }) };
}

/**
 * Bytes to text: UTF-8 only, with or without BOM. UTF-16, Latin-1 and binary data get a
 * message that says to save the file as UTF-8, with the place of the first bad byte.
 */
export function decodeSource(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.length > MAX_SOURCE_BYTES) {
    return { problem: at(file, 'file-too-large', { size: bytes.length, limit: MAX_SOURCE_BYTES }) };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: at(file, 'encoding-utf16', {}, 1, 1) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = nul <= 1 || bytes[nul - 2] === 0 || bytes[nul + 1] === 0;
    return { problem: at(file, utf16 ? 'encoding-utf16' : 'encoding-binary', {}, ...lineColumnOfByte(bytes, nul)) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { problem: at(file, 'encoding-not-utf8', {}, ...lineColumnOfByte(bytes, firstInvalidUtf8(bytes))) };
  }
}

function lineColumnOfByte(bytes: Uint8Array, offset: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return [line, offset - start + 1];
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

/** Keys that compare equal as text (`1` and `"1"`) are duplicates: they would be the same key in JSON. */
function sameKey(a: unknown, b: unknown): boolean {
  if (isScalar(a) && isScalar(b)) return String(a.value) === String(b.value);
  return a === b;
}

/**
 * Parses YAML 1.2 (core schema, whatever `%YAML` directive the file has) or JSON, safely: no
 * merge keys, no custom tags, few aliases, no duplicate keys, one document, no `__proto__`,
 * bounded nesting. Every problem found is returned with its line and column.
 */
export function parseSource(file: string, text: string): ParsedSource | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, {
      version: '1.2',
      schema: 'core',
      merge: false,
      customTags: [],
      resolveKnownTags: false,
      uniqueKeys: sameKey,
      strict: true,
      prettyErrors: false,
      lineCounter,
    }) as Document.Parsed[];
  } catch (error) {
    if (error instanceof RangeError) return { problems: [at(file, 'too-deep', { max: MAX_DEPTH }, 1, 1)] };
    throw error;
  }
  const pos = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (!Array.isArray(docs)) return { problems: [at(file, 'yaml-syntax', { message: 'unexpected end of input' })] };
  if (docs.length > 1) {
    const second = docs[1];
    const { line, column } = pos(second?.range[0] ?? 0);
    return { problems: [at(file, 'several-documents', {}, line, column)] };
  }
  const doc = docs[0];
  if (doc === undefined || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { problems: [at(file, 'empty-file', {})] };
  }
  const problems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) problems.push(yamlProblem(file, error, pos));
  if (problems.length === 0) checkTree(file, doc.contents, pos, problems);
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof RangeError) return { problems: [at(file, 'too-deep', { max: MAX_DEPTH }, 1, 1)] };
    if (error instanceof ReferenceError) return { problems: [at(file, 'too-many-aliases', { max: MAX_ALIASES }, 1, 1)] };
    throw error;
  }
  const root = doc.contents;
  return {
    file,
    data,
    locate(path, key = false) {
      const found = findNode(root, path, key);
      const offset = found?.range?.[0];
      return offset === undefined ? undefined : pos(offset);
    },
  };
}

function yamlProblem(file: string, error: YAMLError, pos: (offset: number) => { line: number; column: number }): Problem {
  const { line, column } = pos(error.pos[0]);
  // yaml's messages end with " at line L, column C" and a code excerpt; we give the place ourselves.
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(message)) return at(file, 'too-deep', { max: MAX_DEPTH }, line, column);
  if (error.code === 'DUPLICATE_KEY') return at(file, 'duplicate-key', {}, line, column);
  if (error.code === 'TAG_RESOLVE_FAILED') return at(file, 'custom-tag', { tag: /!\S*|tag:\S+/.exec(message)?.[0] ?? '!' }, line, column);
  return at(file, 'yaml-syntax', { message }, line, column);
}

/** Walks the syntax tree without recursion: no deep nesting, only plain keys, no `__proto__`, no tags. */
function checkTree(
  file: string,
  root: YamlNode,
  pos: (offset: number) => { line: number; column: number },
  problems: Problem[],
): void {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (depth > MAX_DEPTH) {
      const range = isMap(node) || isSeq(node) || isScalar(node) ? node.range : undefined;
      const { line, column } = pos(range?.[0] ?? 0);
      problems.push(at(file, 'too-deep', { max: MAX_DEPTH }, line, column));
      return;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (typeof node.tag === 'string' && !node.tag.startsWith('tag:yaml.org,2002:')) {
        const { line, column } = pos(node.range?.[0] ?? 0);
        problems.push(at(file, 'custom-tag', { tag: node.tag }, line, column));
      }
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) {
          const range = isMap(key) || isSeq(key) ? key.range : undefined;
          const { line, column } = pos(range?.[0] ?? 0);
          problems.push(at(file, 'key-not-text', {}, line, column));
          continue;
        }
        if (String(key.value) === '__proto__') {
          const { line, column } = pos(key.range?.[0] ?? 0);
          problems.push(at(file, 'forbidden-key', { key: '__proto__' }, line, column));
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
}

function findNode(root: unknown, path: DocPath, key: boolean): { range?: readonly number[] | null } | undefined {
  let node: unknown = root;
  let found: { range?: readonly number[] | null } | undefined = isNodeWithRange(root) ? root : undefined;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined) break;
      const target: unknown = (last && key) || pair.value === null ? pair.key : pair.value;
      if (isNodeWithRange(target)) found = target;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      if (isNodeWithRange(item)) found = item;
      node = item;
    } else {
      break;
    }
  }
  return found;
}

function isNodeWithRange(value: unknown): value is { range?: readonly number[] | null } {
  return isScalar(value) || isMap(value) || isSeq(value);
}
