import { lstat, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

/**
 * Saves an answer file atomically (temp file, fsync, rename; 0600), creating its folder. Never
 * replaces an existing file unless `overwrite` is set, and never writes through a symlink.
 */
export async function saveAnswersFile(path: string, text: string, overwrite: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFileAtomic(path, text, { overwrite, mode: 0o600 });
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
