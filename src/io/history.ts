import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import envPaths from 'env-paths';

/**
 * The folder where `kantellat check` keeps its results and drafts: the user's data folder
 * (env-paths: %LOCALAPPDATA%\kantellat\Data on Windows, ~/.local/share/kantellat on Linux,
 * ~/Library/Application Support/kantellat on macOS), or KANTELLAT_HOME when set (tests, portable use).
 */
export function dataFolder(env: Readonly<Record<string, string | undefined>>): string {
  const home = env['KANTELLAT_HOME'];
  if (home !== undefined && home !== '') return home;
  return envPaths('kantellat', { suffix: '' }).data;
}

/** Finished results: one answer file per completed check. */
export function resultsFolder(env: Readonly<Record<string, string | undefined>>): string {
  return join(dataFolder(env), 'results');
}

/** Drafts of checks that were stopped halfway (`kantellat check --resume`). */
export function draftsFolder(env: Readonly<Record<string, string | undefined>>): string {
  return join(dataFolder(env), 'drafts');
}

/**
 * A timestamped file name that sorts by time: `kantellat-2026-11-28T14-05-09.yaml`. The
 * respondent is not in the name, so a folder listing reveals no one.
 */
export function timestampedName(prefix: string, when: Date): string {
  const stamp = when.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${prefix}-${stamp}.yaml`;
}

/** The saved result files, newest first (by their timestamped names). Empty when there are none. */
export async function listResultFiles(env: Readonly<Record<string, string | undefined>>): Promise<string[]> {
  const folder = resultsFolder(env);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.(ya?ml|json)$/i.test(name) && !name.startsWith('.'))
    .sort()
    .reverse()
    .map((name) => join(folder, name));
}

/** The moment in a timestamped name (`kantellat-2026-11-28T14-05-09.yaml`, UTC), as ISO text. */
export function savedAtOf(file: string): string | null {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})/.exec(basename(file));
  return match === null ? null : `${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`;
}

/**
 * When a result was saved, as ISO text that sorts by time: from its timestamped name, or the
 * file's modification time for one named otherwise (copied in by hand). Null when neither is known.
 */
export async function savedAt(file: string): Promise<string | null> {
  const fromName = savedAtOf(file);
  if (fromName !== null) return fromName;
  try {
    return (await stat(file)).mtime.toISOString().slice(0, 19) + 'Z';
  } catch {
    return null;
  }
}
