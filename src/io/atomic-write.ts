// fs.promises, looked up when a file is written: importing node:fs/promises would load seven
// more of Node's modules (readline among them) at every start of every command.
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/problem.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is never touched. */
  overwrite?: boolean;
  /** File mode on POSIX; answers are personal, so 0600 unless said otherwise. */
  mode?: number;
  /**
   * Skip looking for stray temp files of earlier killed writes: for a caller that removed them
   * itself, once, instead of reading the whole folder on every write (the session server).
   */
  strayTempsRemoved?: boolean;
}

/** The temp file for `target`: in the same folder (so rename is atomic), recognisable for clean-up. */
export function tempPathFor(target: string): string {
  // Math.random, not node:crypto (a few ms to load): the name only has to differ from other
  // temp files; opening with 'wx' already refuses anything that is there, links included.
  const random = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');
  return join(dirname(target), `.${basename(target)}.${process.pid}.${random}.tmp`);
}

/** A stray temp file left by a write that was killed halfway, for `target`. */
export function isTempFor(target: string, name: string): boolean {
  return name.startsWith(`.${basename(target)}.`) && name.endsWith('.tmp');
}

/**
 * Removes the temp files that writes to `target` left behind when their process was killed
 * halfway (kill -9, a power cut): only those whose process is gone, so that a write still in
 * progress in another kantellat is left alone. Every atomic write starts with it, so a stray
 * temp file lives until the next save to the same file. Best effort: returns what it removed,
 * never throws.
 */
export async function removeStrayTemps(target: string): Promise<string[]> {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isTempFor(target, name)) continue;
    // Exactly what tempPathFor makes for this target, so `.a.yaml.bak.….tmp` is not taken for one of `a.yaml`'s.
    const pid = Number(/^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isInteger(pid) || isRunning(pid)) continue;
    try {
      await fsp.unlink(join(folder, name));
      removed.push(join(folder, name));
    } catch {
      // Removed by someone else meanwhile, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return !(error instanceof Error && 'code' in error && error.code === 'ESRCH');
  }
}

async function kindOf(path: string): Promise<'missing' | 'symlink' | 'file' | 'other'> {
  try {
    const info = await fsp.lstat(path);
    return info.isSymbolicLink() ? 'symlink' : info.isFile() ? 'file' : 'other';
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * Writes `data` to `target` so that it holds either the old or the whole new content, never
 * a part: a temp file in the same folder, fsync, then rename. Refuses to write through a
 * symlink, and to replace a file unless `overwrite` is set.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  await checkTarget(target, options);
  if (options.strayTempsRemoved !== true) await removeStrayTemps(target);
  const temp = tempPathFor(target);
  let handle;
  try {
    handle = await fsp.open(temp, 'wx', options.mode ?? 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsp.unlink(temp).catch(() => undefined);
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw new UsageError('write.failed', { file: target, reason: code });
  }
  await syncFolder(dirname(target));
}

/** Refuses a target that is a link, not a file, or (without `overwrite`) already there. */
async function checkTarget(target: string, options: WriteOptions): Promise<void> {
  let kind: Awaited<ReturnType<typeof kindOf>>;
  try {
    kind = await kindOf(target);
  } catch (error) {
    throw writeFailed(target, error);
  }
  if (kind === 'symlink') throw new UsageError('write.symlink', { file: target });
  if (kind === 'other') throw new UsageError('write.notFile', { file: target });
  if (kind === 'file' && options.overwrite !== true) throw new UsageError('write.exists', { file: target });
}

function writeFailed(target: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
  return new UsageError('write.failed', { file: target, reason: code });
}

/** A file being written piece by piece that appears at its name only when complete. */
export interface AtomicFile {
  /** Adds text; resolves once it is buffered or written, so a caller that awaits stays in flat memory. */
  write(chunk: string): Promise<void>;
  /** Flushes, syncs and renames the temp file onto the target. */
  commit(): Promise<void>;
  /** Drops the temp file; the target stays as it was. Safe to call more than once. */
  abort(): Promise<void>;
}

/** Text is gathered up to this size before a write: fewer system calls for many small rows. */
const FLUSH_BYTES = 64 * 1024;

/**
 * The streaming form of writeFileAtomic, for output too big to hold: rows go to a temp file in
 * the target's folder as they come, and only `commit` renames it onto the target. A run that
 * crashes or is stopped halfway leaves the target untouched (and at worst a temp file that
 * isTempFor recognises). The target is checked before anything is written, so a refusal comes
 * before the work.
 */
export async function openFileAtomic(target: string, options: WriteOptions = {}): Promise<AtomicFile> {
  await checkTarget(target, options);
  await removeStrayTemps(target);
  const temp = tempPathFor(target);
  // undefined once committed or aborted: later writes are dropped, not errors.
  let file: FileHandle | undefined;
  try {
    file = await fsp.open(temp, 'wx', options.mode ?? 0o600);
  } catch (error) {
    throw writeFailed(target, error);
  }
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0 || file === undefined) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    // writeFile on a handle writes at the current position and loops until all of it is out.
    await file.writeFile(text, 'utf8');
  };
  const abort = async (): Promise<void> => {
    const closing = file;
    file = undefined;
    pending = [];
    await closing?.close().catch(() => undefined);
    await fsp.unlink(temp).catch(() => undefined);
  };
  return {
    async write(chunk) {
      if (file === undefined) return;
      pending.push(chunk);
      size += chunk.length;
      if (size < FLUSH_BYTES) return;
      try {
        await flush();
      } catch (error) {
        await abort();
        throw writeFailed(target, error);
      }
    },
    async commit() {
      const current = file;
      if (current === undefined) return;
      try {
        await flush();
        await current.sync();
        file = undefined;
        await current.close();
        // Checked again: someone may have created the target while we were writing.
        await checkTarget(target, options);
        await fsp.rename(temp, target);
      } catch (error) {
        file = current;
        await abort();
        throw writeFailed(target, error);
      }
      await syncFolder(dirname(target));
    },
    abort,
  };
}

/** Makes the rename itself durable. Folders can't be opened for sync on Windows; skip there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fsp.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already synced.
  }
}
