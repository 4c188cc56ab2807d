// The hostile-input corpus (tests/fixtures/hostile/manifest.json says what each file is), and a
// few files too big to keep in the repository, made here: each goes through the command line
// (main(), in this process: tests/helpers/run-cli.ts) as a user would give it, with `validate` and
// with `score`. A bad file must end in exit 2 with a message that names it, never a stack trace,
// and well within the per-case limit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCliInProcess, type CliOptions, type CliRun } from '../helpers/run-cli.js';

interface HostileCase {
  file: string;
  kind: 'question-set' | 'answers';
  expect: 'valid' | 'invalid';
  what: string;
  /** Words the English message must contain. */
  message?: string;
  /** The same from `score`, when it words it differently. */
  scoreMessage?: string;
  /** line:column of the problem. */
  at?: string;
}

const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile');
const manifest: { files: HostileCase[] } = JSON.parse(readFileSync(join(HOSTILE, 'manifest.json'), 'utf8'));
/** A valid answer file for the bundled set: what `score --questions <bad set>` is given to score. */
const VALID_ANSWERS = join(HOSTILE, 'ans-bom-utf8.yaml');
/** Each case must finish well within this; the slowest is printed at the end (it is not a benchmark). */
const PER_CASE_MS = 10_000;

const slowest = { ms: 0, what: '' };

async function run(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const start = performance.now();
  const result = await runCliInProcess(['--lang', 'en', ...args], { cwd: HOSTILE, ...options });
  const ms = performance.now() - start;
  if (ms > slowest.ms) Object.assign(slowest, { ms, what: args.join(' ').slice(0, 120) });
  return result;
}

/** No Node error ever reaches the user: no stack frames, no "TypeError:" and the like. */
function expectNoCrash(result: CliRun): void {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/(^|[^\w-])(?:[A-Z]\w*)?Error:/m);
  expect(output).not.toMatch(/node:internal|\(node:\d+\)/);
}

function expectRejected(result: CliRun, name: string, message: string | undefined): void {
  expectNoCrash(result);
  expect(result.code).toBe(2);
  // The message starts with the file's name, as given.
  expect(result.stderr).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[:\\s]`, 'm'));
  if (message !== undefined) expect(result.stderr).toContain(message);
}

afterAll(() => {
  console.info(
    `hostile inputs: slowest run ${Math.round(slowest.ms)} ms (${slowest.what}); limit per case ${PER_CASE_MS} ms`,
  );
});

// One case after another: in-process runs take turns anyway, and so a case's time limit counts
// its own run only, not the wait for the ones before it.
describe('hostile corpus through the command line', () => {
  it('holds at least 40 distinct bad files, each described', () => {
    const bad = manifest.files.filter((entry) => entry.expect === 'invalid');
    expect(bad.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.files.map((entry) => entry.file)).size).toBe(manifest.files.length);
    const contents = new Set(manifest.files.map((entry) => readFileSync(join(HOSTILE, entry.file)).toString('base64')));
    expect(contents.size).toBe(manifest.files.length);
    for (const entry of bad) expect(entry.what.length > 10 && entry.message !== undefined).toBe(true);
  });

  for (const entry of manifest.files) {
    it(`validate ${entry.file}: ${entry.what}`, { timeout: PER_CASE_MS }, async () => {
      const result = await run(['validate', entry.file]);
      if (entry.expect === 'valid') {
        expectNoCrash(result);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain(`✓ ${entry.file}`);
        return;
      }
      expectRejected(result, entry.file, entry.message);
      expect(result.stdout).toBe('');
      if (entry.at !== undefined) expect(result.stderr).toContain(`${entry.file}:${entry.at} `);
    });

    if (entry.kind === 'answers') {
      it(`score ${entry.file}`, { timeout: PER_CASE_MS }, async () => {
        const result = await run(['score', entry.file, '--format', 'json']);
        expectNoCrash(result);
        // Even with a bad file the JSON on stdout is whole, and the file is listed among the errors.
        const document: { results: unknown[]; errors: Array<{ file: string; message: string }> } = JSON.parse(
          result.stdout,
        );
        if (entry.expect === 'valid') {
          expect(result.code).toBe(0);
          expect(document.results).toHaveLength(1);
          return;
        }
        expectRejected(result, entry.file, entry.scoreMessage ?? entry.message);
        expect(document.results).toEqual([]);
        expect(document.errors.map((error) => error.file)).toEqual([entry.file]);
      });
    } else {
      it(`score --questions ${entry.file}`, { timeout: PER_CASE_MS }, async () => {
        const result = await run(['--questions', entry.file, 'score', VALID_ANSWERS, '--format', 'json']);
        if (entry.expect === 'valid') {
          expectNoCrash(result);
          expect(result.code).toBe(0);
          return;
        }
        expectRejected(result, entry.file, entry.message);
      });
    }
  }
});

describe('hostile files made at test time', () => {
  let folder = '';
  const ANSWERS_HEAD = 'questionSet: kantellat\nversion: 1.0.0\n';
  const DEPTH = 10_000;
  const big = (): string => `${ANSWERS_HEAD}respondent: "${'x'.repeat(50 * 1024 * 1024)}"\n`;
  const generated: Array<{ file: string; what: string; message: string; scoreMessage?: string; text: () => string }> = [
    { file: 'big-50mb.yaml', what: 'a 50 MB answer file', message: 'too large', text: big },
    {
      file: 'deep-flow.yaml',
      what: `${DEPTH} nested flow lists`,
      message: 'nested too deeply',
      text: () => `${ANSWERS_HEAD}answers: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    },
    {
      file: 'deep-block.yaml',
      what: `${DEPTH} nested block lists`,
      message: 'nested too deeply',
      text: () => `${ANSWERS_HEAD}answers:\n  ${'- '.repeat(DEPTH)}x\n`,
    },
    {
      file: 'deep-flow-map.yaml',
      what: `${DEPTH} nested flow maps`,
      message: 'nested too deeply',
      text: () => `${ANSWERS_HEAD}answers: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`,
    },
    {
      file: 'deep.json',
      what: `${DEPTH} nested JSON objects`,
      message: 'nested too deeply',
      text: () =>
        `{"questionSet": "kantellat", "version": "1.0.0", "answers": ${'{"a": '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}\n`,
    },
    {
      file: 'wide.yaml',
      what: 'answers to 20,000 unknown questions',
      // The first 100 problems are told, one line counts the rest (the work per file is bounded).
      message: 'more problems; fix the ones above first',
      scoreMessage: 'unknown question "extra-0"',
      text: () =>
        `${ANSWERS_HEAD}answers:\n${Array.from({ length: 20_000 }, (_, i) => `  extra-${i}: vaak\n`).join('')}`,
    },
  ];

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kantellat-hostile-'));
    for (const entry of generated) writeFileSync(join(folder, entry.file), entry.text());
    writeFileSync(
      join(folder, 'deep-set.yaml'),
      `id: deep\nversion: 1.0.0\ntitle: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  for (const entry of generated) {
    it(`validate ${entry.file}: ${entry.what}`, { timeout: PER_CASE_MS }, async () => {
      const result = await run(['validate', entry.file], { cwd: folder });
      expectRejected(result, entry.file, entry.message);
    });
    it(`score ${entry.file}: ${entry.what}`, { timeout: PER_CASE_MS }, async () => {
      const result = await run(['score', entry.file, '--format', 'json'], { cwd: folder });
      expectRejected(result, entry.file, entry.scoreMessage ?? entry.message);
      expect(JSON.parse(result.stdout)).toMatchObject({ results: [], errors: [{ file: entry.file }] });
    });
  }

  it('validate deep-set.yaml: a question set nested 10,000 levels deep', { timeout: PER_CASE_MS }, async () => {
    expectRejected(await run(['validate', 'deep-set.yaml'], { cwd: folder }), 'deep-set.yaml', 'nested too deeply');
  });

  it('score --questions deep-set.yaml', { timeout: PER_CASE_MS }, async () => {
    expectRejected(
      await run(['--questions', 'deep-set.yaml', 'score', VALID_ANSWERS], { cwd: folder }),
      'deep-set.yaml',
      'nested too deeply',
    );
  });

  it('validate - (50 MB on standard input)', { timeout: PER_CASE_MS }, async () => {
    const result = await run(['validate', '-'], { cwd: folder, input: big() });
    expectNoCrash(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('too large');
  });

  it('score - (50 MB on standard input)', { timeout: PER_CASE_MS }, async () => {
    const result = await run(['score', '-', '--format', 'json'], { cwd: folder, input: big() });
    expectRejected(result, '<stdin>', 'too large');
  });
});
