import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { problem, type Problem } from '../core/problem.js';

const ANSWER_FILE = /\.(ya?ml|json)$/i;

/** The files named on a command line, with folders walked and globs expanded. */
export interface ExpandedInputs {
  files: string[];
  problems: Problem[];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && ANSWER_FILE.test(entry.name)) out.push(path);
  }
}

/**
 * Expands command-line inputs: `-` (stdin) and files as given, folders recursively to their
 * `*.yaml`, `*.yml` and `*.json` files (sorted, hidden ones skipped), glob patterns by the tool
 * itself because Windows shells don't. A file that does not exist is kept, so that loading it
 * reports it in the usual way; a pattern or folder with no answer files is a problem.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (file !== '-' && seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
    } else if (await isDirectory(join(cwd, arg))) {
      const found: string[] = [];
      await walk(join(cwd, arg), found);
      if (found.length === 0) problems.push({ ...problem('inputs-empty-folder', [], { folder: arg }), file: arg });
      for (const file of found) add(displayPath(file, cwd));
    } else if (isDynamicPattern(arg.split(sep).join('/'))) {
      const matches = await glob(arg.split(sep).join('/'), { cwd, onlyFiles: true, dot: false });
      matches.sort();
      const answerFiles = matches.filter((file) => ANSWER_FILE.test(file));
      if (answerFiles.length === 0) problems.push({ ...problem('inputs-no-match', [], { pattern: arg }), file: arg });
      for (const file of answerFiles) add(file.split('/').join(sep));
    } else {
      add(arg);
    }
  }
  return { files, problems };
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}
