import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './score-harness.js';

describe('kantellat form', () => {
  const temp = mkdtempSync(join(tmpdir(), 'kantellat-form-cli-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('writes the page next to the user under a default name, and never replaces it without --force', async () => {
    const first = await runInProcess(['form'], { cwd: temp });
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toContain('kantellat-form.html');
    const page = readFileSync(join(temp, 'kantellat-form.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    const again = await runInProcess(['form'], { cwd: temp });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('bestaat al');
    const forced = await runInProcess(['--lang', 'en', 'form', '--force'], { cwd: temp });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(temp, 'kantellat-form.html'), 'utf8')).toContain('<html lang="en">');
    expect(statSync(join(temp, 'kantellat-form.html')).size).toBeLessThanOrEqual(150_000);
  });

  it('writes to standard output with -o -, and names a custom set after its id', async () => {
    const out = await runInProcess(['form', '-o', '-'], { cwd: temp });
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out.stderr).toBe('');
    const custom = await runInProcess([
      '--questions',
      join('tests', 'fixtures', 'check-small', 'questions.yaml'),
      'form',
      '-o',
      join(temp, 'klein.html'),
    ]);
    expect(custom.code).toBe(0);
    // The answer file's "score this again" line names the set's file, as the trainer has it.
    expect(readFileSync(join(temp, 'klein.html'), 'utf8')).toContain('"questionsFile":"questions.yaml"');
  });

  it('says what is wrong with a broken set, without writing a page', async () => {
    const run = await runInProcess([
      '--questions',
      join('tests', 'fixtures', 'hostile', 'qs-band-gap.yaml'),
      'form',
      '-o',
      join(temp, 'broken.html'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/qs-band-gap\.yaml:\d+:\d+/);
    expect(() => statSync(join(temp, 'broken.html'))).toThrow();
  });
});
