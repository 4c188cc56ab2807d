import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { answersFileSchema, checkAnswers, type Answers, type CheckAnswersOptions } from '../core/answers.js';
import { checkQuestionSet } from '../core/check-question-set.js';
import { prepareQuestionSet, type PreparedSet } from '../core/prepare.js';
import { problem, problemAt, InputError, type DocPath, type Problem } from '../core/problem.js';
import { questionSetSchema } from '../core/question-set.js';
import { checkedArchivedSet, checkedBundledSet } from './bundled-set.js';
import { readLimited } from './read-file.js';
import { decodeSource, MAX_SOURCE_BYTES } from './decode-source.js';
import { parseSource, placeProblems, type ParsedSource } from './parse-source.js';

/** Problems about a key (not its value) are placed on the key. */
const KEY_CODES = new Set(['unrecognized-key', 'answers-unknown-question', 'notes-unknown-question']);

/**
 * The question sets that come with kantellat, by id: `--questions kantellat-client` picks one
 * of these by its id, anything else is a file name (write `./kantellat-client` for a file of
 * that name).
 */
export const BUNDLED_SETS = {
  kantellat: 'kantellat.yaml',
  'kantellat-client': 'kantellat-client.yaml',
} as const;
/** The id of a question set that comes with kantellat. */
export type BundledSetId = keyof typeof BUNDLED_SETS;

/** The bundled set's id when `value` names one, else undefined (a file). */
export function bundledSetId(value: string): BundledSetId | undefined {
  return isBundledSetId(value) ? value : undefined;
}

function isBundledSetId(value: string): value is BundledSetId {
  return Object.hasOwn(BUNDLED_SETS, value);
}

/** A bundled question set, from the package's questions/ folder (works from src/ and from dist/). */
export function bundledQuestionSetPath(id: BundledSetId = 'kantellat'): string {
  const name = BUNDLED_SETS[id];
  for (const relative of [`../questions/${name}`, `../../questions/${name}`]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return fileURLToPath(new URL(`../questions/${name}`, import.meta.url));
}

/** Only plain versions name an archived file: nothing else of an answer file ever becomes a path. */
const ARCHIVED_VERSION = /^\d{1,9}\.\d{1,9}\.\d{1,9}$/;

/** Where an archived version of the bundled set would be: questions/archive/kantellat-1.0.0.yaml. */
export function archivedQuestionSetPath(id: string, version: string): string | undefined {
  if (!ARCHIVED_VERSION.test(version) || !/^[a-z0-9-]+$/.test(id)) return undefined;
  const folder = bundledQuestionSetPath().replace(/kantellat\.yaml$/, 'archive');
  return join(folder, `${id}-${version}.yaml`);
}

/** Reads a file (or stdin for `-`) as bytes, refusing anything over the size limit before reading it. */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  if (file === '-') return readStdin();
  try {
    const read = await readLimited(file, MAX_SOURCE_BYTES);
    if (read instanceof Uint8Array) return read;
    if (read.kind === 'directory') throw new InputError([problemAt(file, 'is-directory', {})]);
    throw new InputError([problemAt(file, 'file-too-large', { size: read.size, limit: MAX_SOURCE_BYTES })]);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    // Windows refuses to open a folder (EISDIR) where POSIX opens it and fstat tells.
    if (code === 'EISDIR') throw new InputError([problemAt(file, 'is-directory', {})]);
    const which = code === 'ENOENT' ? 'file-not-found' : code === 'EACCES' || code === 'EPERM' ? 'file-no-access' : 'file-unreadable';
    throw new InputError([problemAt(file, which, { reason: code })]);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_SOURCE_BYTES) {
      throw new InputError([problemAt('-', 'file-too-large', { size, limit: MAX_SOURCE_BYTES })]);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes and parses bytes or text, or returns the problems (with places) that stop it. */
export function parseInput(file: string, input: Uint8Array | string): ParsedSource | { problems: Problem[] } {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeSource(file, input);
    if ('problem' in decoded) return { problems: [decoded.problem] };
    text = decoded.text;
  }
  return parseSource(file, text);
}

/** Whether `path` ends in a key that its parent object (found in `data`) does not have. */
function isMissing(data: unknown, path: DocPath): boolean {
  let node: unknown = data;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = Reflect.get(node, part);
  }
  const last = path.at(-1);
  return typeof node === 'object' && node !== null && !Array.isArray(node) && last !== undefined && !Object.hasOwn(node, last);
}

/**
 * zod issues as problems: one per unknown key, so each is placed on its own line, and a plain
 * "field is missing" (placed on its parent) instead of "expected string, received undefined".
 */
export function zodProblems(error: z.ZodError, data?: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(problem('unrecognized-key', [...path, key], { key }));
    } else if (data !== undefined && isMissing(data, path)) {
      problems.push(problem('missing-field', path, { key: String(path.at(-1)) }));
    } else {
      problems.push(problem('schema', path, { message: issue.message }));
    }
  }
  return problems;
}

/** What a document holds, from its content. */
export type DocumentKind = 'question-set' | 'answers' | 'unknown';

/** Fields only a question set has, and fields only an answer file has (`id`, `version` are in both or neither). */
const QUESTION_SET_KEYS = ['questions', 'themes', 'scales', 'levels', 'scoring', 'languages', 'title', 'intro'];
const ANSWERS_KEYS = ['questionSet', 'answers', 'notes', 'respondent', 'date'];

/**
 * What a document holds, from its fields: whichever kind it shares more fields with, so that a
 * half-written question set is still checked as one. A tie (or no known field) is unknown.
 */
export function detectKind(data: unknown): DocumentKind {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'unknown';
  const set = QUESTION_SET_KEYS.filter((key) => Object.hasOwn(data, key)).length;
  const answers = ANSWERS_KEYS.filter((key) => Object.hasOwn(data, key)).length;
  if (set > answers) return 'question-set';
  if (answers > set) return 'answers';
  return 'unknown';
}

/** The `questionSet` an answer document names, if it names one as text. */
export function questionSetIdOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'questionSet')) return undefined;
  const id: unknown = Reflect.get(data, 'questionSet');
  return typeof id === 'string' ? id : undefined;
}

/** Problems in the order they stand in the file; those without a place keep their order, first. */
export function inFileOrder(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A question set from parsed data: structure first, then the cross checks. Throws InputError. */
export function questionSetFromSource(source: ParsedSource): PreparedSet {
  const parsed = questionSetSchema.safeParse(source.data);
  if (!parsed.success) throw new InputError(inFileOrder(placeProblems(source, zodProblems(parsed.error, source.data), KEY_CODES)));
  const problems = checkQuestionSet(parsed.data);
  if (problems.length > 0) throw new InputError(inFileOrder(placeProblems(source, problems, KEY_CODES)));
  return prepareQuestionSet(parsed.data);
}

/** Parses a question set from bytes or text. Throws InputError with every problem found. */
export function parseQuestionSet(input: Uint8Array | string, file = '<input>'): PreparedSet {
  const source = parseInput(file, input);
  if ('problems' in source) throw new InputError(source.problems);
  return questionSetFromSource(source);
}

/**
 * Loads a question set from a file, or a bundled one: the Kantellat without `file`, or the one
 * whose id `file` is (`kantellat-client`). Throws InputError with every problem found.
 */
export async function loadQuestionSet(file?: string): Promise<PreparedSet> {
  const bundled = file === undefined ? 'kantellat' : bundledSetId(file);
  const path = bundled === undefined ? (file ?? '') : bundledQuestionSetPath(bundled);
  const bytes = await readInputBytes(path);
  return (bundled === 'kantellat' ? checkedBundledSet(bytes) : undefined) ?? parseQuestionSet(bytes, path);
}

/**
 * Picks the question set an answer file was made with, from the `questionSet` and `version` it
 * names. With the bundled Kantellat, an answer file to an archived version (1.0.0) gets that
 * version; everything else gets the current set, which then says what does not fit.
 */
export type SetPicker = (questionSet: string | undefined, version: string | undefined) => Promise<PreparedSet>;

/**
 * The picker for a command's set: archived versions exist only for the bundled set (no
 * `--questions`). An archived set is read and checked the first time a file names it, never at
 * start-up, and kept for the rest of the run.
 */
export function setPicker(current: PreparedSet, questionsFile: string | undefined): SetPicker {
  if (questionsFile !== undefined) return () => Promise.resolve(current);
  const found = new Map<string, Promise<PreparedSet>>();
  return (questionSet, version) => {
    if (questionSet !== current.id || version === undefined || version === current.version) return Promise.resolve(current);
    const path = archivedQuestionSetPath(questionSet, version);
    if (path === undefined || !existsSync(path)) return Promise.resolve(current);
    let set = found.get(path);
    if (set === undefined) {
      set = loadArchivedSet(path);
      found.set(path, set);
    }
    return set;
  };
}

async function loadArchivedSet(path: string): Promise<PreparedSet> {
  const bytes = await readInputBytes(path);
  return checkedArchivedSet(basename(path), bytes) ?? parseQuestionSet(bytes, path);
}

/** The `version` an answer document names, if it names one as text. */
export function versionOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !Object.hasOwn(data, 'version')) return undefined;
  const version: unknown = Reflect.get(data, 'version');
  return typeof version === 'string' ? version : undefined;
}

/** The answers of one file, or why they can't be used; warnings either way. */
export type ParsedAnswers =
  | { ok: true; answers: Answers; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Answers from parsed data, checked against `set`. */
export function answersFromSource(source: ParsedSource, set: PreparedSet, options: CheckAnswersOptions = {}): ParsedAnswers {
  const parsed = answersFileSchema.safeParse(source.data);
  if (!parsed.success) return { ok: false, problems: inFileOrder(placeProblems(source, zodProblems(parsed.error, source.data), KEY_CODES)) };
  const { answers, problems } = checkAnswers(set, parsed.data, options);
  const placed = inFileOrder(placeProblems(source, problems, KEY_CODES));
  const errors = placed.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: placed };
  return { ok: true, answers, warnings: placed };
}

/** Parses an answer file (YAML or JSON, bytes or text) and checks it against `set`. Never throws for bad input. */
export function parseAnswers(
  input: Uint8Array | string,
  set: PreparedSet,
  options: CheckAnswersOptions & { file?: string } = {},
): ParsedAnswers {
  const source = parseInput(options.file ?? '<input>', input);
  if ('problems' in source) return { ok: false, problems: source.problems };
  return answersFromSource(source, set, options);
}

/** Reads and parses one answer file. Never throws for bad input. */
export async function loadAnswers(file: string, set: PreparedSet, options: CheckAnswersOptions = {}): Promise<ParsedAnswers> {
  try {
    return parseAnswers(await readInputBytes(file), set, { ...options, file });
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: error.problems };
    throw error;
  }
}
