// Standard output and error for files, pipes and /dev/null are written synchronously, without
// Node's streams; anything else (a terminal) gets the stream it would have had.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../src/commands/context.js';
import { standardOutput } from '../../src/io/std-output.js';

const opened: number[] = [];
let folder = '';

afterEach(() => {
  for (const fd of opened.splice(0)) closeSync(fd);
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
  folder = '';
});

function neverGone(): never {
  throw new Error('the reader is still there');
}

/** A stand-in for Node's stream that says whether it was asked for. */
function fallback(): { asked: () => boolean; make: () => Output } {
  let asked = false;
  return {
    asked: () => asked,
    make: () => {
      asked = true;
      return { write: () => true, isTTY: true, columns: 100 };
    },
  };
}

describe('standardOutput', () => {
  it('writes to a file directly, whole, in UTF-8, and is no terminal', () => {
    folder = mkdtempSync(join(tmpdir(), 'kantellat-std-'));
    const file = join(folder, 'out.txt');
    const fd = openSync(file, 'w');
    opened.push(fd);
    const stream = fallback();
    const out = standardOutput(fd, stream.make, neverGone);
    out.write('Zelfstandig · één ');
    out.write(`${'x'.repeat(200_000)}\n`);
    expect(stream.asked()).toBe(false);
    expect(out.isTTY).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(`Zelfstandig · één ${'x'.repeat(200_000)}\n`);
  });

  it.skipIf(process.platform === 'win32')('writes to /dev/null directly', () => {
    const fd = openSync('/dev/null', 'w');
    opened.push(fd);
    const stream = fallback();
    standardOutput(fd, stream.make, neverGone).write('gone');
    expect(stream.asked()).toBe(false);
  });

  it('leaves anything it cannot tell to Node (a closed descriptor here; a terminal in use)', () => {
    folder = mkdtempSync(join(tmpdir(), 'kantellat-std-'));
    const fd = openSync(join(folder, 'closed.txt'), 'w');
    closeSync(fd);
    const stream = fallback();
    const out = standardOutput(fd, stream.make, neverGone);
    expect(stream.asked()).toBe(true);
    expect(out.columns).toBe(100);
  });
});
