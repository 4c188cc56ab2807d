// Output through pipes, as in `kantellat score folder/ --format jsonl | head -1`: a reader that
// goes away early stops the program quietly (no EPIPE trace), and output much larger than a
// pipe's buffer (64 KiB) arrives whole, also when the reader is slow.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionSet } from '../../src/io/load.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const BIN = join(ROOT, 'bin', 'kantellat.js');
const FILES = 400;

let folder = '';
let home = '';
const env = (): NodeJS.ProcessEnv => {
  const { FORCE_COLOR: _color, KANTELLAT_LANG: _lang, ...inherited } = process.env;
  return { ...inherited, NO_COLOR: '1', KANTELLAT_HOME: home };
};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kantellat-pipe-'));
  home = join(folder, 'home');
  mkdirSync(join(folder, 'answers'));
  const set = await loadQuestionSet();
  for (let i = 0; i < FILES; i++) {
    const answers = set.questions.map(
      (question, q) => `  ${question.id}: ${question.options[(i + q) % question.options.length]?.id ?? 'null'}`,
    );
    const text = [
      `questionSet: ${set.id}`,
      `version: ${set.version}`,
      `respondent: Respondent ${i}`,
      'answers:',
      ...answers,
      '',
    ].join('\n');
    writeFileSync(join(folder, 'answers', `r${String(i).padStart(4, '0')}.yaml`), text);
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs kantellat, reads its first chunk of stdout, then closes the pipe while it is still writing. */
function readFirstChunkAndHangUp(
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; first: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: folder,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString();
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, first }));
  });
}

describe('output through pipes', () => {
  it('is whole when much larger than a pipe buffer: score --format json', async () => {
    const run = await runCli(['score', 'answers', '--format', 'json'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(4 * 64 * 1024);
    const document: { results: Array<{ file: string }> } = JSON.parse(run.stdout);
    expect(document.results).toHaveLength(FILES);
    expect(document.results.at(-1)?.file).toBe(join('answers', `r${String(FILES - 1).padStart(4, '0')}.yaml`));
  });

  it('is whole when the reader is slow: every jsonl line arrives, the last one too', async () => {
    const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'score', 'answers', '--format', 'jsonl', '--quiet'], {
        cwd: folder,
        env: env(),
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        // Stall after every chunk: the writer's pipe fills up and it has to wait for us.
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 5);
      });
      child.on('error', reject);
      child.on('close', (exit) => resolve({ stdout: Buffer.concat(chunks).toString('utf8'), code: exit }));
    });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(64 * 1024);
    expect(lines).toHaveLength(FILES);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('stops quietly when the reader hangs up early', async () => {
    const run = await readFirstChunkAndHangUp(['score', 'answers', '--format', 'jsonl', '--quiet']);
    expect(run.first.length).toBeGreaterThan(0);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it.skipIf(process.platform === 'win32')('exits quietly when piped into head -1 (score, questions)', () => {
    for (const command of [
      'score answers --format jsonl --quiet',
      'score answers --format csv --quiet',
      'questions --format json',
    ]) {
      // pipefail: the exit status is kantellat's, not head's.
      const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" ${command} | head -1`], {
        cwd: folder,
        env: env(),
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n').filter((line) => line !== '')).toHaveLength(1);
    }
  });
});
