import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import type { Output } from '../commands/context.js';

/** What a write found when the reader had gone (`kantellat score ... | head -1`). */
export type OnReaderGone = () => never;

function statOf(fd: number): Stats | undefined {
  try {
    return fstatSync(fd);
  } catch {
    return undefined;
  }
}

/** Whether `stats` is /dev/null: a character device, but not a terminal. */
function isDevNull(stats: Stats, platform: string): boolean {
  if (platform === 'win32' || !stats.isCharacterDevice()) return false;
  try {
    const nul = statSync('/dev/null');
    return nul.isCharacterDevice() && nul.rdev === stats.rdev;
  } catch {
    return false;
  }
}

// A synchronous pause of one millisecond, for a pipe whose reader is behind.
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` to `fd`, waiting while a non-blocking pipe is full. */
function writeAll(fd: number, text: string, onReaderGone: OnReaderGone): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
      else if (code === 'EPIPE') onReaderGone();
      else throw error;
    }
  }
}

/**
 * Standard output or standard error as kantellat writes to it (file descriptor 1 or 2).
 *
 * Node's process.stdout and process.stderr are streams, and the first use of one loads Node's
 * stream modules (for a pipe also its net module): about a fifth of what `kantellat score` costs
 * above Node's own start (docs/performance.md). Where scripts and CI send kantellat's output (a
 * file, a pipe, /dev/null) a synchronous write does what those streams do there: Node writes
 * files synchronously, and pipes too on Linux and macOS. A terminal, or anything else, gets
 * Node's own stream (`stream()`, asked for only then): it knows the width, and the prompts need it.
 */
export function standardOutput(
  fd: number,
  stream: () => Output,
  onReaderGone: OnReaderGone,
  platform: string = process.platform,
): Output {
  const stats = statOf(fd);
  const plain =
    stats !== undefined && (stats.isFile() || stats.isFIFO() || stats.isSocket() || isDevNull(stats, platform));
  return plain ? { write: (text: string) => writeAll(fd, text, onReaderGone), isTTY: false } : stream();
}
