import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeForError } from '../../src/cli.js';
import { EXIT, InputError, InterruptedError, problemAt, UsageError } from '../../src/core/problem.js';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-exit-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
put(temp, 'a.json', answerFile({ respondent: 'Anna', date: '2026-03-02' }));
put(temp, 'b.json', answerFile({ respondent: 'Anna', date: '2026-04-02', answer: 'vaak' }));

function mapped(error: unknown): { code: number; stderr: string } {
  let stderr = '';
  const code = exitCodeForError(error, 'en', { stderr: { write: (text: string) => (stderr += text) } });
  return { code, stderr };
}

describe('typed errors: one place maps them to 0/1/2/130', () => {
  it('usage, input and interruption have their named codes', () => {
    expect(mapped(new UsageError('usage.format', { value: 'x', formats: 'a, b' })).code).toBe(EXIT.invalid);
    expect(mapped(new UsageError('noTty', {}, 'check')).stderr).toMatch(/terminal/i);
    expect(mapped(new InputError([problemAt('x.yaml', 'empty-file', {})])).stderr).toBe(
      'x.yaml  file is empty; expected a YAML or JSON document\n',
    );
    expect(mapped(new InterruptedError()).code).toBe(EXIT.interrupted);
    expect([EXIT.ok, EXIT.belowThreshold, EXIT.invalid, EXIT.interrupted]).toEqual([0, 1, 2, 130]);
  });

  it('anything else is a bug, and says so', () => {
    const bug = mapped(new TypeError('x is undefined'));
    expect(bug.code).toBe(EXIT.bug);
    expect(bug.stderr).toMatch(/unexpected/);
  });

  it('report with no valid file is a usage error in words, not a bare exit code', async () => {
    put(temp, 'empty-session/broken.yaml', 'questionSet: [');
    const run = await runInProcess(['report', join(temp, 'empty-session')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kantellat: /m);
  });
});

describe('-o - is standard output in every command', () => {
  it.each([
    ['report', ['report', 'a.json', 'b.json', '--format', 'json', '-o', '-']],
    ['compare', ['compare', 'a.json', 'b.json', '--format', 'json', '-o', '-']],
    ['score', ['score', 'a.json', '--format', 'json', '-o', '-']],
    ['template', ['template', '-o', '-']],
    ['questions', ['questions', '--format', 'markdown', '-o', '-']],
    ['schema', ['schema', 'answers', '-o', '-']],
  ])('%s', async (_name, args) => {
    const run = await runInProcess(args, { cwd: temp });
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(10);
    expect(existsSync(join(temp, '-'))).toBe(false);
  });
});

// On Windows PowerShell 5.1, `>` writes UTF-16: the paper card and the schemas need -o as much as a report.
describe('-o FILE writes the document, and never replaces a file without --force', () => {
  it.each([
    ['questions', ['questions', '--questions', 'kantellat-client', '--format', 'html'], '<!doctype html>'],
    ['schema', ['schema', 'answers'], '"$schema"'],
  ])('%s', async (name, args, start) => {
    const file = join(temp, `${name}-out.txt`);
    const first = await runInProcess([...args, '-o', file], { cwd: temp });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(file, 'utf8').toLowerCase()).toContain(start.toLowerCase());
    const again = await runInProcess([...args, '-o', file], { cwd: temp });
    expect(again.code).toBe(2);
    expect((await runInProcess([...args, '-o', file, '--force'], { cwd: temp })).code).toBe(0);
  });
});

describe('check: contradicting flags', () => {
  it('--save x --no-save is a usage error, before anything is asked', async () => {
    const run = await runInProcess(['check', '--save', 'x.yaml', '--no-save'], { cwd: temp, tty: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--save en --no-save gaan niet samen');
  });
});

describe('consistency between commands', () => {
  it('kantellat without a command shows the help and exits 0, like kantellat help', async () => {
    const bare = await runInProcess([]);
    const help = await runInProcess(['help']);
    expect(bare.code).toBe(0);
    expect(help.code).toBe(0);
    expect(bare.stdout).toBe(help.stdout);
    expect((await runInProcess(['--lang', 'en'])).code).toBe(0);
  });

  it('standard input is called <stdin> in every command', async () => {
    for (const args of [
      ['score', '-'],
      ['validate', '-'],
      ['report', '-'],
    ]) {
      const run = await runInProcess(args, { stdin: 'x: [\n' });
      expect(run.stderr, args.join(' ')).toMatch(/^<stdin>:\d+:\d+ {2}/m);
      expect(run.stderr).not.toMatch(/^-:/m);
    }
  });
});

describe('check > file', () => {
  it('says stdout is redirected and to use --json, not that there is no terminal', async () => {
    let stderr = '';
    const { Readable } = await import('node:stream');
    const { main } = await import('../../src/cli.js');
    const code = await main(['check'], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (chunk: string) => ((stderr += chunk), true), isTTY: true },
      stdin: Object.assign(Readable.from([]), { isTTY: true }),
      env: { NO_COLOR: '1' },
      cwd: temp,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('check --json > uitslag.json');
    expect(stderr).not.toMatch(/geen\s+interactieve terminal/);
  });
});
