import { isAbsolute, join } from 'node:path';
import type { Output } from '../commands/context.js';
import { openFileAtomic } from './atomic-write.js';

/** Where a command's results go: standard output, or a file that appears only when complete. */
export interface Sink {
  /** Resolves when the text may be forgotten: written, buffered within bounds, or drained. */
  write(chunk: string): Promise<void>;
  /** All written: a file gets its name. */
  close(): Promise<void>;
  /** Stopped early: a file is dropped and the target left as it was. */
  abort(): Promise<void>;
}

type Drainable = Output & { once(event: 'drain', listener: () => void): unknown };

function canDrain(out: Output): out is Drainable {
  return 'once' in out && typeof out.once === 'function';
}

/**
 * A sink over a stream that honours backpressure: when the stream's buffer is full (a slow pipe,
 * and on Windows any pipe), wait for it to drain, so 100,000 rows never pile up in memory.
 */
export function streamSink(out: Output): Sink {
  return {
    async write(chunk) {
      if (chunk === '') return;
      const ok = out.write(chunk);
      if (ok === false && canDrain(out)) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
    async close() {},
    async abort() {},
  };
}

/** Standard output, or `-o FILE` (relative to `cwd`) written atomically, refusing to replace it unless `overwrite`. */
export async function openSink(
  out: Output,
  file: string | undefined,
  options: { cwd: string; overwrite: boolean },
): Promise<Sink> {
  if (file === undefined || file === '-') return streamSink(out);
  const target = isAbsolute(file) ? file : join(options.cwd, file);
  const atomic = await openFileAtomic(target, { overwrite: options.overwrite });
  return { write: (chunk) => atomic.write(chunk), close: () => atomic.commit(), abort: () => atomic.abort() };
}

/** A progress line on a terminal: shown once work takes a while, redrawn at most every `interval` ms. */
export interface Progress {
  update(done: number): void;
  /** Removes the line (before other output, and at the end). */
  clear(): void;
}

const NO_PROGRESS: Progress = { update() {}, clear() {} };

/**
 * A progress line on `stream` when it is a terminal; nothing at all otherwise (pipes and CI logs
 * get no progress noise). Small batches finish before the first `interval` and never show it.
 */
export function createProgress(
  stream: Output,
  text: (done: number) => string,
  options: { enabled: boolean; interval?: number; now?: () => number },
): Progress {
  if (!options.enabled || stream.isTTY !== true) return NO_PROGRESS;
  const now = options.now ?? Date.now;
  const interval = options.interval ?? 200;
  let last = now();
  let shown = false;
  return {
    update(done) {
      const time = now();
      if (time - last < interval) return;
      last = time;
      shown = true;
      stream.write(`\r${text(done)}\u001b[K`);
    },
    clear() {
      if (!shown) return;
      shown = false;
      stream.write('\r\u001b[K');
    },
  };
}
