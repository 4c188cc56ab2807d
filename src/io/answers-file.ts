import { constants } from 'node:fs';
import { access, lstat, mkdir } from 'node:fs/promises';
import { UsageError } from '../core/problem.js';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Saves an answer file atomically (temp file, fsync, rename; 0600), creating its folder. Never
 * replaces an existing file unless `overwrite` is set, and never writes through a symlink.
 */
export async function saveAnswersFile(path: string, text: string, overwrite: boolean): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    // A folder that cannot be made (no permission, a file in the way) is told like any failed write.
    if (!(error instanceof Error && 'code' in error)) throw error;
    throw new UsageError('write.failed', { file: dirname(path), reason: String(error.code) });
  }
  await writeFileAtomic(path, text, { overwrite, mode: 0o600 });
}

/**
 * Makes sure answers can be saved in `folder` before anyone spends five minutes answering:
 * creates it (0700) and checks it is writable. A UsageError naming the folder otherwise.
 */
export async function ensureWritableFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await access(folder, constants.W_OK);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error)) throw error;
    throw new UsageError('write.folder', { folder, reason: String(error.code) });
  }
}

/** What stands at `path` now: nothing, a regular file, a symbolic link, or something else (a folder). */
export async function pathKind(path: string): Promise<'missing' | 'file' | 'symlink' | 'other'> {
  try {
    const info = await lstat(path);
    return info.isSymbolicLink() ? 'symlink' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}
