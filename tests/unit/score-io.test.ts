import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFileAtomic } from '../../src/io/atomic-write.js';
import { expandInputs } from '../../src/io/inputs.js';
import { streamSink } from '../../src/io/output.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-score-io-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('openFileAtomic', () => {
  it('shows nothing at the target until commit, then all of it', async () => {
    const target = join(temp, 'out.jsonl');
    const file = await openFileAtomic(target);
    for (let i = 0; i < 5000; i++) await file.write(`{"row":${i}}\n`);
    // 65 kB of rows have been flushed to the temp file by now, but the target does not exist yet.
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(temp).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    await file.commit();
    const lines = readFileSync(target, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(5000);
    expect(lines[4999]).toBe('{"row":4999}');
    expect(readdirSync(temp)).toEqual(['out.jsonl']);
  });

  it('leaves the old target and no temp file when aborted', async () => {
    const target = join(temp, 'keep.csv');
    writeFileSync(target, 'old');
    const file = await openFileAtomic(target, { overwrite: true });
    await file.write('x'.repeat(200_000));
    await file.abort();
    await file.abort();
    await file.write('ignored');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(temp).filter((name) => name.startsWith('.keep.csv'))).toEqual([]);
  });

  it('refuses an existing target before writing anything, and a missing folder with a usage error', async () => {
    writeFileSync(join(temp, 'exists.txt'), 'mine');
    await expect(openFileAtomic(join(temp, 'exists.txt'))).rejects.toMatchObject({
      name: 'UsageError',
      code: 'write.exists',
    });
    await expect(openFileAtomic(join(temp, 'no-such-folder', 'x.txt'))).rejects.toMatchObject({
      name: 'UsageError',
      code: 'write.failed',
      params: { reason: 'ENOENT' },
    });
  });
});

describe('streamSink', () => {
  it('waits for drain when the stream says its buffer is full', async () => {
    const listeners: Array<() => void> = [];
    const written: string[] = [];
    // A stream whose buffer is always full, like a slow pipe.
    const slow = {
      write: (chunk: string) => (written.push(chunk), false),
      once: (_event: 'drain', listener: () => void) => listeners.push(listener),
    };
    const sink = streamSink(slow);
    let done = false;
    const writing = sink.write('a').then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    listeners[0]?.();
    await writing;
    expect(done).toBe(true);
    expect(written).toEqual(['a']);
  });
});

describe('expandInputs', () => {
  it('names each file once, whichever order folders, sub-folders and files come in', async () => {
    mkdirSync(join(temp, 'tree', 'sub'), { recursive: true });
    for (const name of ['a.yaml', 'sub/b.yaml', 'sub/c.json']) writeFileSync(join(temp, 'tree', name), 'x');
    const sub = join('tree', 'sub');
    const { files, problems } = await expandInputs(
      [join(sub, 'c.json'), sub, 'tree', join('tree', 'a.yaml'), 'tree/*.yaml'],
      temp,
    );
    expect(files).toEqual([join(sub, 'c.json'), join(sub, 'b.yaml'), join('tree', 'a.yaml')]);
    expect(problems).toEqual([]);
  });
});
