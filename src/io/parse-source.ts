import {
  CST,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseAllDocuments,
  YAMLError,
  type Pair,
  type YAMLMap,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { problemAt, type DocPath, type Problem } from '../core/problem.js';

/** Deeper nesting than any real file has is refused before it can exhaust the stack. */
const MAX_DEPTH = 64;
/**
 * Above this nesting (counted on the tokens, before parsing) a file is refused without building
 * its syntax tree: a 2 MB file of nested brackets would otherwise take over a gigabyte of memory.
 */
const MAX_SCAN_DEPTH = 256;
const MAX_ALIASES = 100;

/** A parsed YAML or JSON document: its plain data, and where each part of it stands. */
export interface ParsedSource {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value (or, with `key`, the key) at `path`, or its nearest parent. */
  locate(path: DocPath, key?: boolean): { line: number; column: number } | undefined;
  /** The value at `path` as written in the file (`007`, `2.0`), when it is a plain value there. */
  writtenAt(path: DocPath): string | undefined;
}

/** Adds line and column to problems from their path in the document. */
export function placeProblems(
  source: ParsedSource,
  problems: readonly Problem[],
  keyCodes: ReadonlySet<string> = new Set(),
): Problem[] {
  return problems.map((p) => ({
    ...p,
    ...writtenValue(source, p),
    file: source.file,
    ...(p.line === undefined ? source.locate(p.path, keyCodes.has(p.code)) : {}),
  }));
}

/**
 * "Put it in quotes, such as version: "2.0"" must show what the person typed: the parsed number
 * of `2.0` is 2 and of `007` is 7, and quoting those would change the version or the name.
 */
function writtenValue(source: ParsedSource, p: Problem): Partial<Problem> {
  if (p.code !== 'expected-text') return {};
  const written = source.writtenAt(p.path);
  return written === undefined ? {} : { params: { ...p.params, value: written } };
}

/**
 * Keys that compare equal as text (`1` and `"1"`) are duplicates: they would be the same key in
 * JSON. Found with one set per map: yaml's own check compares each key with every earlier one,
 * which took minutes for a file with 50,000 keys.
 */
function duplicateKeys(
  file: string,
  root: YamlNode,
  pos: (offset: number) => { line: number; column: number },
  problems: Problem[],
): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const text = String(pair.key.value);
          if (seen.has(text)) problems.push(problemAt(file, 'duplicate-key', {}, ...place(pos, pair.key.range?.[0])));
          seen.add(text);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    }
  }
}

function place(
  pos: (offset: number) => { line: number; column: number },
  offset: number | undefined,
): [number, number] {
  const { line, column } = pos(offset ?? 0);
  return [line, column];
}

/**
 * Parses YAML 1.2 (core schema, whatever `%YAML` directive the file has) or JSON, safely: no
 * merge keys, no custom tags, few aliases, no duplicate keys, one document, no `__proto__`,
 * bounded nesting. Every problem found is returned with its line and column.
 */
export function parseSource(file: string, text: string): ParsedSource | { problems: Problem[] } {
  const lineCounter = new LineCounter();
  const tooDeep = mayNestTooDeep(text) ? scanDepth(text) : undefined;
  if (tooDeep !== undefined)
    return { problems: [problemAt(file, 'too-deep', { max: MAX_DEPTH }, tooDeep.line, tooDeep.column)] };
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, {
      version: '1.2',
      schema: 'core',
      merge: false,
      customTags: [],
      resolveKnownTags: false,
      uniqueKeys: false,
      strict: true,
      prettyErrors: false,
      lineCounter,
    });
  } catch (error) {
    if (error instanceof RangeError) return { problems: [problemAt(file, 'too-deep', { max: MAX_DEPTH }, 1, 1)] };
    throw error;
  }
  const pos = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (docs.length > 1) {
    const second = docs[1];
    const { line, column } = pos(second?.range[0] ?? 0);
    return { problems: [problemAt(file, 'several-documents', {}, line, column)] };
  }
  const doc = docs[0];
  if (doc === undefined || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { problems: [problemAt(file, 'empty-file', {})] };
  }
  const problems: Problem[] = [];
  duplicateKeys(file, doc.contents, pos, problems);
  for (const error of [...doc.errors, ...doc.warnings]) {
    // A tab in the indentation throws the parser off for the rest of that block: its follow-on
    // errors only repeat the one thing to fix, so a tab is one problem on one line.
    if (problems.some((p) => p.code === 'yaml.TAB_AS_INDENT')) break;
    const found = yamlProblem(file, error, pos);
    // The parser sometimes reports one mistake twice at the same place.
    if (problems.some((p) => p.code === found.code && p.line === found.line && p.column === found.column)) continue;
    // A stack overflow in the parser shows up once per level it unwinds; once is enough.
    if (found.code === 'too-deep' && problems.some((p) => p.code === 'too-deep')) continue;
    problems.push(found);
  }
  const tree = problems.length === 0 ? checkTree(file, doc.contents, pos, problems) : undefined;
  // The tree is walked from a stack; the user reads from the top of the file down.
  if (problems.length > 0)
    return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const { line, column } = tree?.firstAlias ?? { line: 1, column: 1 };
    if (error instanceof RangeError)
      return { problems: [problemAt(file, 'too-deep', { max: MAX_DEPTH }, line, column)] };
    if (error instanceof ReferenceError) {
      // yaml throws the same error class for an alias without an anchor and for an alias bomb.
      const unknown = /^Unresolved alias[^:]*: (.*)$/.exec(error.message);
      if (unknown !== null)
        return { problems: [problemAt(file, 'alias-unknown', { name: unknown[1] ?? '' }, line, column)] };
      return { problems: [problemAt(file, 'too-many-aliases', { max: MAX_ALIASES }, line, column)] };
    }
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
    writtenAt(path) {
      const node = nodeAt(root, path);
      if (!isScalar(node) || node.range == null) return undefined;
      return text.slice(node.range[0], node.range[1]);
    },
  };
}

/** The node at exactly `path`, or undefined when the path does not lead to one. */
function nodeAt(root: unknown, path: DocPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (isMap(node)) node = keyIndex(node).get(String(segment))?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

/** Tokens the lexer adds that are not in the text. */
const ZERO_WIDTH = new Set<string>([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

/**
 * How deep the text nests, counted on the lexer's flat tokens without building a tree: brackets
 * and braces (across lines) plus the block indicators `-`, `?` and `key:` on one line. Nesting by
 * indentation alone needs a line per level and is kept small by the size limit. When the count
 * ever passes MAX_SCAN_DEPTH, returns where it first passed MAX_DEPTH (the place the tree check
 * would report for the same text).
 */
/**
 * Whether scanDepth could find anything, from the characters alone: a level needs a "[" or "{"
 * (which count across lines) or a "-", ":" or "?" on its line, so a file with fewer of them than
 * the limit can't nest deeper. Nearly every real file is far below it and is not lexed twice
 * (lexing took a sixth of the time of scoring 10,000 files).
 */
function mayNestTooDeep(text: string): boolean {
  let open = 0;
  let onLine = 0;
  let mostOnLine = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) open += 1;
    else if (char === 0x2d || char === 0x3a || char === 0x3f) mostOnLine = Math.max(mostOnLine, ++onLine);
    else if (char === 0x0a) onLine = 0;
  }
  return open + mostOnLine > MAX_DEPTH;
}

function scanDepth(text: string): { line: number; column: number } | undefined {
  let line = 1;
  let column = 1;
  let flow = 0;
  let block = 0;
  let first: { line: number; column: number } | undefined;
  for (const token of new Lexer().lex(text)) {
    let depth = 0;
    switch (CST.tokenType(token)) {
      case 'flow-map-start':
      case 'flow-seq-start':
        flow += 1;
        depth = block + flow;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        if (flow === 0) depth = block += 1;
        break;
      case 'newline':
        if (flow === 0) block = 0;
        break;
      default:
        break;
    }
    if (depth > MAX_DEPTH) first ??= { line, column };
    if (depth > MAX_SCAN_DEPTH) return first;
    if (ZERO_WIDTH.has(token)) continue;
    const lastNewline = token.lastIndexOf('\n');
    if (lastNewline === -1) column += token.length;
    else {
      for (const char of token) if (char === '\n') line += 1;
      column = token.length - lastNewline;
    }
  }
  return undefined;
}

/** The yaml error codes that src/messages explains in plain words (key `yaml.CODE`). */
const YAML_HINTS = new Set([
  'TAB_AS_INDENT',
  'BAD_INDENT',
  'MISSING_CHAR',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'BAD_DQ_ESCAPE',
  'BAD_SCALAR_START',
  'KEY_OVER_1024_CHARS',
]);

function yamlProblem(
  file: string,
  error: YAMLError,
  pos: (offset: number) => { line: number; column: number },
): Problem {
  const { line, column } = pos(error.pos[0]);
  // yaml's messages end with " at line L, column C" and a code excerpt; we give the place ourselves.
  const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(message)) return problemAt(file, 'too-deep', { max: MAX_DEPTH }, line, column);
  if (error.code === 'DUPLICATE_KEY') return problemAt(file, 'duplicate-key', {}, line, column);
  if (error.code === 'TAG_RESOLVE_FAILED')
    return problemAt(file, 'custom-tag', { tag: shortTag(/!\S*|tag:\S+/.exec(message)?.[0] ?? '!') }, line, column);
  // A known mistake gets our words alone; yaml's own (English, technical) only for the rest.
  if (YAML_HINTS.has(error.code)) return problemAt(file, `yaml.${error.code}`, {}, line, column);
  return problemAt(file, 'yaml-syntax', { message, code: error.code }, line, column);
}

/** `tag:yaml.org,2002:binary` as the author wrote it: `!!binary`. */
function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

/**
 * Walks the syntax tree without recursion: no deep nesting, only plain keys, no `__proto__`, no
 * merge keys, no tags. Returns where the first alias is, to point at when aliases expand too far.
 */
function checkTree(
  file: string,
  root: YamlNode,
  pos: (offset: number) => { line: number; column: number },
  problems: Problem[],
): { firstAlias: { line: number; column: number } | undefined } {
  let firstAlias: { line: number; column: number; offset: number } | undefined;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (depth > MAX_DEPTH) {
      const range = isMap(node) || isSeq(node) || isScalar(node) ? node.range : undefined;
      const { line, column } = pos(range?.[0] ?? 0);
      problems.push(problemAt(file, 'too-deep', { max: MAX_DEPTH }, line, column));
      return { firstAlias };
    }
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (firstAlias === undefined || offset < firstAlias.offset) firstAlias = { ...pos(offset), offset };
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (typeof node.tag === 'string' && !node.tag.startsWith('tag:yaml.org,2002:')) {
        const { line, column } = pos(node.range?.[0] ?? 0);
        problems.push(problemAt(file, 'custom-tag', { tag: shortTag(node.tag) }, line, column));
      }
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key)) {
          const range = isMap(key) || isSeq(key) ? key.range : undefined;
          const { line, column } = pos(range?.[0] ?? 0);
          problems.push(problemAt(file, 'key-not-text', {}, line, column));
          continue;
        }
        if (String(key.value) === '__proto__') {
          const { line, column } = pos(key.range?.[0] ?? 0);
          problems.push(problemAt(file, 'forbidden-key', { key: '__proto__' }, line, column));
        }
        // YAML 1.1's merge key would copy another map in; here it would be a key named "<<"
        // that hides what the author meant, so it is refused with its own message.
        if (key.value === '<<') {
          const { line, column } = pos(key.range?.[0] ?? 0);
          problems.push(problemAt(file, 'merge-key', {}, line, column));
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return { firstAlias };
}

/** Each map's pairs by key text (the first of equal keys), built once: placing a problem per key stays linear. */
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (index === undefined) {
    index = new Map();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      const text = String(pair.key.value);
      if (!index.has(text)) index.set(text, pair);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

function findNode(root: unknown, path: DocPath, key: boolean): { range?: readonly number[] | null } | undefined {
  let node: unknown = root;
  let found: { range?: readonly number[] | null } | undefined = isNodeWithRange(root) ? root : undefined;
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = keyIndex(node).get(String(segment));
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
