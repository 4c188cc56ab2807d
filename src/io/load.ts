import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { answersFileSchema, checkAnswers, type Answers, type CheckAnswersOptions } from '../core/answers.js';
import { readDate } from '../core/answer-date.js';
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

/** The name a file read from standard input (`-`) goes by in results and messages, in every command. */
export const STDIN_NAME = '<stdin>';

/**
 * Where a command reads from: a relative name is taken from its working folder, `-` from its
 * standard input (the process's own unless given, so a test can run main() in its own process).
 */
export interface ReadFrom {
  cwd?: string;
  stdin?: NodeJS.ReadableStream;
}

/**
 * Reads a file (or stdin for `-`) as bytes, refusing anything over the size limit before reading it. Problems name
 * `file` as given.
 */
export async function readInputBytes(file: string, from: ReadFrom = {}): Promise<Uint8Array> {
  if (file === '-') return readStdin(from.stdin ?? process.stdin);
  const at = (name: string): string => (from.cwd === undefined ? name : resolve(from.cwd, name));
  try {
    const read = await readLimited(at(file), MAX_SOURCE_BYTES);
    if (read instanceof Uint8Array) return read;
    if (read.kind === 'directory') throw new InputError([problemAt(file, 'is-directory', {})]);
    throw new InputError([problemAt(file, 'file-too-large', { size: read.size, limit: MAX_SOURCE_BYTES })]);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    // Windows refuses to open a folder (EISDIR) where POSIX opens it and fstat tells.
    if (code === 'EISDIR') throw new InputError([problemAt(file, 'is-directory', {})]);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // Say which part is wrong: a folder that does not exist, or the file in it.
      const folder = /[\\/]$/.test(file) ? file : dirname(file);
      if (folder !== '.' && folder !== '' && !existsSync(at(folder)))
        throw new InputError([problemAt(file, 'folder-not-found', { folder })]);
      if (folder === file) throw new InputError([problemAt(file, 'folder-not-found', { folder })]);
    }
    const which =
      code === 'ENOENT'
        ? 'file-not-found'
        : code === 'EACCES' || code === 'EPERM'
          ? 'file-no-access'
          : 'file-unreadable';
    throw new InputError([problemAt(file, which, { reason: code })]);
  }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_SOURCE_BYTES) {
      throw new InputError([problemAt(STDIN_NAME, 'file-too-large', { size, limit: MAX_SOURCE_BYTES })]);
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
  const lines = countLines(text, MAX_SOURCE_LINES);
  if (lines > MAX_SOURCE_LINES) return { problems: [problemAt(file, 'too-many-lines', { limit: MAX_SOURCE_LINES })] };
  return parseSource(file, text);
}

/**
 * The most lines a question set or answer file may have. A real one has tens to a few thousand;
 * a 4 MB file of 320,000 keys took 14 s and 1 GB to parse, check and place problem by problem.
 * Counted before parsing, so such a file costs milliseconds.
 */
export const MAX_SOURCE_LINES = 50_000;

/** Lines in `text`, counting no further than just past `limit`. */
function countLines(text: string, limit: number): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1 && count <= limit; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** At most this many problems are placed and told per file; then one line says how many more. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** One problem that counts those past MAX_PROBLEMS_PER_FILE, or none. */
function moreThan(found: number, file: string): Problem[] {
  return found > MAX_PROBLEMS_PER_FILE
    ? [problemAt(file, 'more-problems', { count: found - MAX_PROBLEMS_PER_FILE })]
    : [];
}

/** The value at `path` in parsed data, if there is one. */
function valueAt(data: unknown, path: DocPath): unknown {
  let node: unknown = data;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return node;
}

/** Whether `path` ends in a key that its parent object (found in `data`) does not have. */
function isMissing(data: unknown, path: DocPath): boolean {
  let node: unknown = data;
  for (const part of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = Reflect.get(node, part);
  }
  const last = path.at(-1);
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    last !== undefined &&
    !Object.hasOwn(node, last)
  );
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
    } else if (issue.message.startsWith('kantellat:')) {
      // Our own words for a field, set in the schema: they already say what fits.
      problems.push(problem('schema', path, { message: issue.message }));
    } else if (issue.code === 'invalid_type' && data !== undefined) {
      // Our words, not the validator's ("verwacht string, ontving getal"); a number or yes/no
      // where a text belongs is almost always a name or id that needs quotes.
      const value = valueAt(data, path);
      // A finite number or yes/no: written as text in quotes it is what was meant. 1e999 is no name.
      const scalar = (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
      problems.push(
        issue.expected === 'string' && scalar
          ? problem('expected-text', path, { key: String(path.at(-1) ?? ''), value: String(value) })
          : problem('expected-type', path, { expected: String(issue.expected) }),
      );
    } else if (issue.code === 'too_small' && issue.origin === 'array') {
      problems.push(problem('too-few', path, { min: Number(issue.minimum) }));
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      problems.push(problem('too-short', path));
    } else if (issue.code === 'too_small') {
      problems.push(
        problem(issue.inclusive === false ? 'not-above' : 'too-small', path, { min: Number(issue.minimum) }),
      );
    } else if (issue.code === 'too_big') {
      problems.push(
        problem(issue.origin === 'array' ? 'too-many' : issue.origin === 'string' ? 'too-long' : 'too-big', path, {
          max: Number(issue.maximum),
        }),
      );
    } else if (issue.code === 'invalid_value') {
      problems.push(
        problem('value-not-allowed', path, { values: issue.values.map((value) => String(value)).join(', ') }),
      );
    } else if (issue.code === 'invalid_key') {
      problems.push(problem('invalid-key', path, { key: String(path.at(-1) ?? '') }));
    } else {
      // A shape no rule above names (a format, a union, a refinement): our own words, in the
      // language of whoever reads it, never the validator's sentence fixed at parse time.
      problems.push(problem('invalid-value', path));
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
  // An answer file given as --questions would get a dozen "missing field" lines; one says it all.
  if (detectKind(source.data) === 'answers')
    throw new InputError([problemAt(source.file, 'questions-is-answers', {}, 1, 1)]);
  const parsed = questionSetSchema().safeParse(source.data);
  if (!parsed.success)
    throw new InputError(inFileOrder(placeProblems(source, zodProblems(parsed.error, source.data), KEY_CODES)));
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
 * whose id `file` is (`kantellat-client`); a relative name is read from `from.cwd`. Throws
 * InputError with every problem found.
 */
export async function loadQuestionSet(file?: string, from: ReadFrom = {}): Promise<PreparedSet> {
  const bundled = file === undefined ? 'kantellat' : bundledSetId(file);
  const path = bundled === undefined ? (file ?? '') : bundledQuestionSetPath(bundled);
  const bytes = await readInputBytes(path, from);
  return (
    (bundled === 'kantellat' ? checkedBundledSet(bytes) : undefined) ??
    parseQuestionSet(bytes, file === '-' ? STDIN_NAME : path)
  );
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
    if (questionSet !== current.id || version === undefined || version === current.version)
      return Promise.resolve(current);
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

/**
 * The answers of one file, or why they can't be used; warnings either way. `skipped`: the file
 * is one of kantellat's own documents (a score, report or comparison written with -o into the
 * answers folder, a question set, a JSON Schema): not an error, only a note.
 */
export type ParsedAnswers =
  | { ok: true; answers: Answers; warnings: Problem[] }
  | { ok: false; problems: Problem[]; skipped?: boolean };

/** The kinds of document kantellat writes itself, by the problem code of the note that skips them. */
type OwnDocument = 'own-score' | 'own-report' | 'own-compare' | 'own-history' | 'own-schema' | 'own-question-set';

function field(data: object, key: string): unknown {
  return Object.hasOwn(data, key) ? Reflect.get(data, key) : undefined;
}

/**
 * Whether parsed data is a document kantellat writes, not an answer file: recognised by the
 * fields each output starts with (`schemaVersion` and `results` of `score --format json`, the
 * `kind` of a report or comparison, history's `folder` and `results`, a JSON Schema's `$schema`),
 * or a question set. An answer file never has these fields (its schema is strict).
 */
export function ownDocumentKind(data: unknown): OwnDocument | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.hasOwn(data, 'answers'))
    return undefined;
  const kind = field(data, 'kind');
  if (kind === 'kantellat-report') return 'own-report';
  if (kind === 'kantellat-compare') return 'own-compare';
  const results = Array.isArray(field(data, 'results'));
  if (typeof field(data, 'schemaVersion') === 'number' && results) return 'own-score';
  if (typeof field(data, 'folder') === 'string' && results) return 'own-history';
  const schema = field(data, '$schema');
  if (typeof schema === 'string' && schema.includes('json-schema')) return 'own-schema';
  if (detectKind(data) === 'question-set') return 'own-question-set';
  return undefined;
}

/** An answer file's date that is no day at all: an error, since it would be ordered and shown as one. */
function dateProblem(date: string | null | undefined): Problem | undefined {
  if (date === undefined || date === null || date.trim() === '') return undefined;
  const reading = readDate(date);
  if (reading.kind === 'date') return undefined;
  return problem(reading.kind === 'impossible' ? 'date-impossible' : 'date-not-a-date', ['date'], { date });
}

/** Answers from parsed data, checked against `set`. */
export function answersFromSource(
  source: ParsedSource,
  set: PreparedSet,
  options: CheckAnswersOptions = {},
): ParsedAnswers {
  const own = ownDocumentKind(source.data);
  if (own !== undefined)
    return { ok: false, skipped: true, problems: [{ ...problemAt(source.file, own, {}), severity: 'warning' }] };
  // zod compiles a fast parser (new Function) for an object schema on first use; for a run that
  // scores one file that costs more than it saves.
  const parsed = answersFileSchema().safeParse(source.data, { jitless: true });
  if (!parsed.success) {
    // Only the first problems are placed (placing is the costly part); the rest are counted.
    const all = zodProblems(parsed.error, source.data);
    return {
      ok: false,
      problems: [
        ...inFileOrder(placeProblems(source, all.slice(0, MAX_PROBLEMS_PER_FILE), KEY_CODES)),
        ...moreThan(all.length, source.file),
      ],
    };
  }
  const { answers, problems } = checkAnswers(set, parsed.data, options);
  const date = dateProblem(parsed.data.date);
  const found = [...problems.map(namingBundledSet), ...(date === undefined ? [] : [date])];
  // "banana" is not another version, it is no version: say that, not "use --allow-version-mismatch".
  const version = /^\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(parsed.data.version.trim())
    ? found
    : [
        ...found.filter((p) => !p.code.startsWith('answers-') || !p.code.endsWith('-version')),
        problem('version-not-a-version', ['version'], { version: parsed.data.version }),
      ];
  const placed = [
    ...inFileOrder(placeProblems(source, version.slice(0, MAX_PROBLEMS_PER_FILE), KEY_CODES)),
    ...moreThan(version.length, source.file),
  ];
  const errors = placed.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: placed };
  return { ok: true, answers, warnings: placed };
}

/** Answers to a set that comes with kantellat (client cards, say): the hint names the `--questions` to use. */
function namingBundledSet(found: Problem): Problem {
  const set = found.params['found'];
  if (found.code !== 'answers-wrong-set' || typeof set !== 'string' || !isBundledSetId(set)) return found;
  return { ...found, code: 'answers-bundled-set' };
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
export async function loadAnswers(
  file: string,
  set: PreparedSet,
  options: CheckAnswersOptions = {},
): Promise<ParsedAnswers> {
  try {
    return parseAnswers(await readInputBytes(file), set, { ...options, file });
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: error.problems };
    throw error;
  }
}
