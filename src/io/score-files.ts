import { dirname, isAbsolute, join } from 'node:path';
import type { CheckAnswersOptions } from '../core/answers.js';
import type { PreparedSet } from '../core/prepare.js';
import { InputError, problemAt, type Problem } from '../core/problem.js';
import { scoreAnswers, type Result } from '../core/score.js';
import type { Lang } from '../core/text.js';
import type { InputItem } from './inputs.js';
import {
  answersFromSource,
  parseInput,
  questionSetIdOf,
  readInputBytes,
  STDIN_NAME,
  versionOf,
  type SetPicker,
} from './load.js';
import { MAX_SOURCE_BYTES } from './decode-source.js';

/** One file's outcome: its result with any warnings, or the problems that stopped it. */
export type FileOutcome =
  | { file: string; ok: true; result: Result; warnings: Problem[] }
  | { file: string; ok: false; problems: Problem[]; skipped?: boolean };

export { STDIN_NAME } from './load.js';

export interface ScoreFilesOptions extends CheckAnswersOptions {
  /** How many files are read at once. */
  concurrency?: number;
  /** Relative names are read from here (the command's working folder), and reported as given. */
  cwd?: string;
  /** What `-` reads; without it, `-` is the process's standard input. */
  stdin?: NodeJS.ReadableStream;
  /** Picks the set each file was made with (an archived version); without it, every file gets `set`. */
  pick?: SetPicker;
}

/** Reads a stream to its end, refusing more than an answer file can be before holding it all. */
export async function readStream(stream: NodeJS.ReadableStream, file: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_SOURCE_BYTES) {
      throw new InputError([problemAt(file, 'file-too-large', { size, limit: MAX_SOURCE_BYTES })]);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The folder part of a name as the user gave it (`nietbestaand/` or `nietbestaand/x.yaml` → `nietbestaand`). */
function folderOf(name: string): string {
  return /[\\/]$/.test(name) ? name.slice(0, -1) : dirname(name);
}

/** Reads, checks and scores one file; bad input becomes an outcome, never an exception. */
async function scoreOne(file: string, set: PreparedSet, options: ScoreFilesOptions): Promise<FileOutcome> {
  const name = file === '-' ? STDIN_NAME : file;
  let bytes: Uint8Array;
  try {
    if (file === '-') bytes = await readStream(options.stdin ?? process.stdin, name);
    else bytes = await readInputBytes(options.cwd === undefined || isAbsolute(file) ? file : join(options.cwd, file));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The loader names the path it read; the user should see the name they gave.
    return {
      file: name,
      ok: false,
      problems: error.problems.map((p) => ({
        ...p,
        file: name,
        ...(p.code === 'folder-not-found' ? { params: { folder: folderOf(name) } } : {}),
      })),
    };
  }
  const source = parseInput(name, bytes);
  if ('problems' in source) return { file: name, ok: false, problems: source.problems };
  let own = set;
  if (options.pick !== undefined) {
    try {
      own = await options.pick(questionSetIdOf(source.data), versionOf(source.data));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { file: name, ok: false, problems: error.problems };
    }
  }
  const parsed = answersFromSource(source, own, options);
  if (!parsed.ok)
    return { file: name, ok: false, problems: parsed.problems, ...(parsed.skipped === true ? { skipped: true } : {}) };
  return { file: name, ok: true, result: scoreAnswers(own, parsed.answers), warnings: parsed.warnings };
}

/**
 * Reads and scores answer files, a few at a time, and yields each outcome in the order of
 * `files` as soon as it is ready. Holds at most `concurrency` files in memory, so a caller
 * that writes each outcome out and forgets it runs in flat memory over any number of files.
 * `files` may be a stream (iterateInputs); an input problem in it (an empty folder) comes out
 * in its place as a failed outcome.
 */
export async function* scoreFiles(
  files: Iterable<InputItem> | AsyncIterable<InputItem>,
  set: PreparedSet,
  options: ScoreFilesOptions,
): AsyncGenerator<FileOutcome> {
  const limit = Math.max(1, options.concurrency ?? 16);
  const pending: Array<Promise<FileOutcome>> = [];
  for await (const item of files) {
    const started =
      typeof item === 'string'
        ? scoreOne(item, set, options)
        : Promise.resolve<FileOutcome>({
            file: item.problem.file ?? '',
            ok: false,
            problems: [item.problem],
            ...(item.note === true ? { skipped: true } : {}),
          });
    // A failure is awaited in order below; this only keeps Node from calling it unhandled meanwhile.
    started.catch(() => undefined);
    pending.push(started);
    if (pending.length >= limit) {
      const next = pending.shift();
      if (next !== undefined) yield await next;
    }
  }
  for (const next of pending) yield await next;
}
