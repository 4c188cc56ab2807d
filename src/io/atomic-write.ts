import { randomBytes } from 'node:crypto';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../core/problem.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is never touched. */
  overwrite?: boolean;
  /** File mode on POSIX; answers are personal, so 0600 unless said otherwise. */
  mode?: number;
}

/** The temp file for `target`: in the same folder (so rename is atomic), recognisable for clean-up. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A stray temp file left by a write that was killed halfway, for `target`. */
export function isTempFor(target: string, name: string): boolean {
  return name.startsWith(`.${basename(target)}.`) && name.endsWith('.tmp');
}

async function kindOf(path: string): Promise<'missing' | 'symlink' | 'file' | 'other'> {
  try {
    const info = await lstat(path);
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
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const kind = await kindOf(target);
  if (kind === 'symlink') throw new UsageError('write.symlink', { file: target });
  if (kind === 'other') throw new UsageError('write.notFile', { file: target });
  if (kind === 'file' && options.overwrite !== true) throw new UsageError('write.exists', { file: target });
  const temp = tempPathFor(target);
  let handle;
  try {
    handle = await open(temp, 'wx', options.mode ?? 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw new UsageError('write.failed', { file: target, reason: code });
  }
  await syncFolder(dirname(target));
}

/** Makes the rename itself durable. Folders can't be opened for sync on Windows; skip there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a folder; the data itself is already synced.
  }
}
