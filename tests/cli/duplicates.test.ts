import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-dup-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
put(temp, 'sessie/anna.json', answerFile({ respondent: 'Anna', date: '2026-03-02' }));
put(temp, 'sessie/anna (1).json', answerFile({ respondent: 'Anna', date: '2026-03-02' }));
put(temp, 'sessie/bram.json', answerFile({ respondent: 'Bram', date: '2026-03-02', answer: 'vaak' }));

describe('two files with the same answers', () => {
  it('score warns on stderr, naming both', async () => {
    const run = await runInProcess(['score', 'sessie'], { cwd: temp });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'sessie/anna.json  waarschuwing: precies dezelfde antwoorden, naam en datum als sessie/anna (1).json',
    );
  });

  it('report warns on stderr and in the report itself, without file names', async () => {
    const run = await runInProcess(['report', 'sessie'], { cwd: temp });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/precies dezelfde antwoorden/);
    expect(run.stdout).toContain('Let op: 1 bestand bevat precies dezelfde antwoorden');
    expect(run.stdout).not.toContain('anna');
    const markdown = await runInProcess(['report', 'sessie', '--format', 'markdown'], { cwd: temp });
    expect(markdown.stdout).toContain('bevat precies dezelfde antwoorden');
  });

  it('different people with different answers are no duplicates', async () => {
    const run = await runInProcess(['score', 'sessie/anna.json', 'sessie/bram.json'], { cwd: temp });
    expect(run.stderr).not.toMatch(/dezelfde antwoorden/);
  });
});
