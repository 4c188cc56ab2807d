import * as fs from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { problemAt, type Problem } from '../core/problem.js';

const ANSWER_FILE = /\.(ya?ml|json)$/i;

// The callback API, promisified: node:fs/promises would load seven more of Node's modules
// (readline among them) at every start, for four calls.
const stat = promisify(fs.stat);
const readlink = promisify(fs.readlink);
const realpath = promisify(fs.realpath);
const readdir = promisify(fs.readdir);

/** The files named on a command line, with folders walked and globs expanded. */
export interface ExpandedInputs {
  files: string[];
  problems: Problem[];
  /** What was skipped and why (a broken link): told, never counted as an error. */
  notes: Problem[];
}

/** An input that names no file to read: an empty folder, a pattern without matches. */
export interface InputProblem {
  problem: Problem;
  /** Only a note (a broken link skipped): told, but the run does not fail for it. */
  note?: true;
}

/** One item of the expanded command line: a file to read (or `-`), or a problem in its place. */
export type InputItem = string | InputProblem;

/**
 * Whether a command-line argument names a folder. Synchronous on purpose: for `score one.yaml`
 * this is the only call that would go through libuv's thread pool, and the first such call
 * starts its four threads.
 */
function isDirectory(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What a symbolic link points at; a broken link (its target gone, or a loop of links) points at nothing. */
async function linkTarget(path: string): Promise<'folder' | 'file' | 'other' | 'broken'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'broken';
  }
}

/** Where a broken link points, as it is written in the link; empty when even that can't be read. */
async function linkText(path: string): Promise<string> {
  try {
    return await readlink(path);
  } catch {
    return '';
  }
}

/** Why a folder could not be listed, in a word the messages know; anything else is a bug. */
function folderFailure(error: unknown): string | undefined {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'inputs-folder-no-access';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'inputs-folder-gone';
  if (code === 'EIO' || code === 'ELOOP' || code === 'ENAMETOOLONG' || code === 'EMFILE' || code === 'ENFILE')
    return 'inputs-folder-unreadable';
  return undefined;
}

/**
 * The answer files below `folder`, sorted, hidden ones skipped, links followed, yielded as they are
 * found: only one folder's listing is held at a time, so a folder tree of 100,000 files costs no
 * more memory than one of ten. A folder that cannot be listed (no permission) becomes a problem
 * in its place and the walk goes on: the other files are still scored.
 */
async function* walk(folder: string, cwd: string, visited: Set<string> = new Set()): AsyncGenerator<InputItem> {
  // Symbolic links are followed (a session folder of links to the answers is a fair way to
  // gather them); a folder already walked, through a link or itself, is not walked again, so a
  // link loop ends.
  let real: string;
  try {
    real = await realpath(folder);
  } catch {
    real = folder;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = folderFailure(error);
    if (code === undefined) throw error;
    const shown = displayPath(folder, cwd);
    const reason = error instanceof Error && 'code' in error ? String(error.code) : '';
    yield { problem: problemAt(shown, code, { folder: shown, reason }) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink()
      ? await linkTarget(path)
      : entry.isDirectory()
        ? 'folder'
        : entry.isFile()
          ? 'file'
          : 'other';
    if (kind === 'folder') yield* walk(path, cwd, visited);
    else if (kind === 'file' && ANSWER_FILE.test(entry.name)) yield path;
    // A link to a file or folder that is gone (moved, a USB stick pulled): said, so that nobody
    // wonders where an answer file went, but not an error: nothing there can be scored.
    else if (kind === 'broken') {
      const shown = displayPath(path, cwd);
      yield {
        problem: { ...problemAt(shown, 'inputs-broken-link', { target: await linkText(path) }), severity: 'warning' },
        note: true,
      };
    }
  }
}

/** Whether a walk of `folder` yields `file`: below it, no hidden part on the way, an answer-file name. */
function walkFinds(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ANSWER_FILE.test(file) && !rel.split(sep).some((part) => part.startsWith('.'));
}

/**
 * Whether an argument is a glob pattern. tinyglobby (with fdir and picomatch) takes a few
 * milliseconds to load, so it is loaded only for an argument with a character a pattern needs.
 */
async function isPattern(arg: string): Promise<boolean> {
  if (!/[*?[\]{}()!+@]/.test(arg)) return false;
  const { isDynamicPattern } = await import('tinyglobby');
  return isDynamicPattern(arg.split(sep).join('/'));
}

/**
 * Expands command-line inputs as a stream: `-` (stdin) and files as given, folders recursively
 * to their `*.yaml`, `*.yml` and `*.json` files (sorted, hidden ones skipped), glob patterns by
 * the tool itself because Windows shells don't. A file that does not exist is kept, so that
 * loading it reports it in the usual way; a pattern or folder with no answer files is a problem.
 * A file named twice (also through a folder or a pattern) comes once. Only the names given and
 * matched by patterns are remembered for that, never the contents of folders.
 */
export async function* iterateInputs(args: readonly string[], cwd: string): AsyncGenerator<InputItem> {
  const folders: string[] = [];
  const named = new Set<string>();
  const inWalkedFolder = (path: string): boolean => folders.some((folder) => walkFinds(folder, path));
  const take = (display: string): string | undefined => {
    const path = resolve(cwd, display);
    if (named.has(path) || inWalkedFolder(path)) return undefined;
    named.add(path);
    return display;
  };
  for (const arg of args) {
    if (arg === '-') {
      yield arg;
    } else if (isDirectory(resolve(cwd, arg))) {
      const folder = resolve(cwd, arg);
      if (folders.some((walked) => walked === folder || walkFinds(walked, join(folder, 'x.yaml')))) continue;
      let found = 0;
      for await (const item of walk(folder, cwd)) {
        if (typeof item !== 'string' && item.note === true) {
          yield item;
          continue;
        }
        found += 1;
        if (typeof item !== 'string') yield item;
        else if (!named.has(item) && !inWalkedFolder(item)) yield displayPath(item, cwd);
      }
      folders.push(folder);
      if (found === 0) yield { problem: problemAt(arg, 'inputs-empty-folder', { folder: arg }) };
    } else if (await isPattern(arg)) {
      // An absolute pattern gives absolute names, as a shell would; a relative one, names from cwd.
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg.split(sep).join('/'), {
        cwd,
        onlyFiles: true,
        dot: false,
        absolute: isAbsolute(arg),
      });
      matches.sort();
      const answerFiles = matches.filter((file) => ANSWER_FILE.test(file));
      if (answerFiles.length === 0) yield { problem: problemAt(arg, 'inputs-no-match', { pattern: arg }) };
      for (const file of answerFiles) {
        const taken = take(file.split('/').join(sep));
        if (taken !== undefined) yield taken;
      }
    } else {
      const taken = take(arg);
      if (taken !== undefined) yield taken;
    }
  }
}

/** The whole expansion at once, for commands that need the list (a few files, or a report). */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  for await (const item of iterateInputs(args, cwd)) {
    if (typeof item === 'string') files.push(item);
    else if (item.note === true) notes.push(item.problem);
    else problems.push(item.problem);
  }
  return { files, problems, notes };
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
