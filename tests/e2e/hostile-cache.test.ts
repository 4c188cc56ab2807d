// The code cache of src/code-cache.ts as hostile input: whatever stands in the cache folder
// (garbage, half a file, a cache of another build, a file where the folder should be), the
// program runs as it would without it, says nothing about it, and repairs it when it can.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliRun } from '../helpers/run-cli.js';

const ANSWERS = join(ROOT, 'tests', 'fixtures', 'hostile', 'ans-bom-utf8.yaml');
let base = '';
let expected: CliRun | undefined;

/** `score` of a valid answer file with the code cache in `folder`. */
const score = (folder: string, env: Record<string, string> = {}): Promise<CliRun> =>
  runCli(['score', ANSWERS, '--format', 'json'], { env: { KANTELLAT_CACHE_DIR: folder, ...env } });

const caches = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.v8cache'));

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
/** Node >= 22.8 keeps the compiled code itself (module.enableCompileCache); the hand-written cache is Node 20's. */
const nodeKeepsCode = major > 22 || (major === 22 && minor >= 8);

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'kantellat-cache-'));
  // Without any cache: what every other run must print.
  expected = await score(join(base, 'none'), { NODE_DISABLE_COMPILE_CACHE: '1' });
  expect(expected.code).toBe(0);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function expectSameRun(run: CliRun): void {
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(expected?.stdout);
  expect(run.stderr).toBe(expected?.stderr);
}

describe.skipIf(nodeKeepsCode)('the code cache (Node 20)', () => {
  it('is written by the first run and used, not rewritten, by the next', async () => {
    const folder = join(base, 'fresh');
    expectSameRun(await score(folder));
    const [name] = caches(folder);
    expect(name).toMatch(/^main-score-v\d+\.\d+\.\d+-\w+-[0-9a-f]{16}\.v8cache$/);
    const file = join(folder, name ?? '');
    const written = statSync(file).mtimeMs;
    expect(statSync(file).size).toBeGreaterThan(100_000);
    // An old time, so that a rewrite would show.
    utimesSync(file, new Date(written - 60_000), new Date(written - 60_000));
    const backdated = statSync(file).mtimeMs;
    expectSameRun(await score(folder));
    expect(statSync(file).mtimeMs).toBe(backdated);
    expect(readdirSync(folder).filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
  });

  it('is written by a run that does the work: not by help, nor by a run stopped by bad input', async () => {
    const folder = join(base, 'help-first');
    const env = { KANTELLAT_CACHE_DIR: folder };
    expect((await runCli(['score', '--help'], { env })).code).toBe(0);
    expect((await runCli(['score', join(ROOT, 'package.json')], { env })).code).toBe(2);
    expect(existsSync(folder) ? caches(folder) : []).toEqual([]);
    expectSameRun(await score(folder));
    expect(caches(folder)).toHaveLength(1);
  });

  it('is not written with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const folder = join(base, 'disabled');
    expectSameRun(await score(folder, { NODE_DISABLE_COMPILE_CACHE: '1' }));
    expect(() => readdirSync(folder)).toThrow();
  });

  for (const [what, damage] of [
    ['garbage', (bytes: Buffer): Buffer => Buffer.from(bytes.map((_, i) => (i * 7919) % 256))],
    ['half a file', (bytes: Buffer): Buffer => bytes.subarray(0, bytes.length >> 1)],
    ['an empty file', (): Buffer => Buffer.alloc(0)],
  ] as const) {
    it(`is replaced when it holds ${what}`, async () => {
      const folder = join(base, what.replace(/\W/g, '-'));
      await score(folder);
      const [name] = caches(folder);
      const file = join(folder, name ?? '');
      const good = readFileSync(file);
      writeFileSync(file, damage(good));
      expectSameRun(await score(folder));
      // Rejected by V8 and written anew.
      expect(readFileSync(file).length).toBeGreaterThan(100_000);
      expectSameRun(await score(folder));
    });
  }

  it('leaves the cache of another build alone while it is recent, and removes it once stale', async () => {
    const folder = join(base, 'others');
    mkdirSync(folder);
    const recent = join(folder, 'main-v0.0.0-x64-0123456789abcdef.v8cache');
    const stale = join(folder, 'main-v0.0.0-x64-fedcba9876543210.v8cache');
    writeFileSync(recent, 'another build');
    writeFileSync(stale, 'an old build');
    const month = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
    utimesSync(stale, month, month);
    expectSameRun(await score(folder));
    expect(caches(folder).sort()).toEqual(
      [
        caches(folder).find((name) => !name.startsWith('main-v0.0.0')),
        'main-v0.0.0-x64-0123456789abcdef.v8cache',
      ].sort(),
    );
  });

  it('runs without it when the folder cannot be made', async () => {
    const blocked = join(base, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    expectSameRun(await score(join(blocked, 'cache')));
  });
});

describe.runIf(nodeKeepsCode)("Node's own compile cache (Node >= 22.8)", () => {
  it('is kept in the cache folder, with no hand-written cache beside it', async () => {
    const folder = join(base, 'node-own');
    expectSameRun(await score(folder));
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    expect(caches(folder)).toEqual([]);
    expectSameRun(await score(folder));
  });

  it('is not written with NODE_DISABLE_COMPILE_CACHE=1', async () => {
    const folder = join(base, 'node-disabled');
    expectSameRun(await score(folder, { NODE_DISABLE_COMPILE_CACHE: '1' }));
    expect(() => readdirSync(folder)).toThrow();
  });
});

describe('one cache per command', () => {
  it('keeps the code of score and of validate apart, and keeps none for a word that is no command', async () => {
    const folder = join(base, 'per-command');
    expectSameRun(await score(folder));
    const other = await runCli(['validate', ANSWERS], { env: { KANTELLAT_CACHE_DIR: folder } });
    expect(other.code).toBe(0);
    const unknown = await runCli(['no-such-command'], { env: { KANTELLAT_CACHE_DIR: folder } });
    expect(unknown.code).toBe(2);
    if (nodeKeepsCode) return;
    const kinds = caches(folder).map((name) => name.split('-')[1]);
    expect(kinds.sort()).toEqual(['score', 'validate']);
  });
});
