import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put, TERMINAL_CONTROL } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-escape-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const HOSTILE = '\u001b[31mRED\u001b]0;pwned\u0007\u009b2J\u202eevil';
put(temp, 'group/a.json', answerFile({ respondent: HOSTILE, date: '2026-03-02' }));
put(temp, 'group/b.json', answerFile({ respondent: 'Bram', date: '2026-03-09', answer: 'vaak' }));
put(temp, 'bad/\u001b[2Jfile.json', answerFile({ answers: { 'gesprek-tijd': '\u001b[2Jvaakk' } }));
put(temp, 'home/results/kantellat-2026-03-01T10-00-00.json', answerFile({ respondent: HOSTILE, date: '2026-03-01' }));

/** Neither stream holds a character that would steer a terminal, and the name is still recognisable. */
function expectSafe(run: { stdout: string; stderr: string }): void {
  expect(run.stdout).not.toMatch(TERMINAL_CONTROL);
  expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
}

describe('terminal escape injection: untrusted text never reaches a terminal raw', () => {
  it('report --names in the terminal and as Markdown', async () => {
    for (const format of ['terminal', 'markdown']) {
      const run = await runInProcess(['report', join(temp, 'group'), '--names', '--format', format], { tty: true });
      expect(run.code).toBe(0);
      expectSafe(run);
      expect(run.stdout).toContain(format === 'terminal' ? '\\x1b[31mRED' : 'RED');
    }
  });

  it('compare names the respondent safely', async () => {
    const run = await runInProcess(['compare', join(temp, 'group/b.json'), join(temp, 'group/a.json')], { tty: true });
    expectSafe(run);
    expect(run.stdout).toContain('\\x1b[31mRED');
  });

  it('history lists a hostile name safely', async () => {
    const run = await runInProcess(['history'], { env: { KANTELLAT_HOME: join(temp, 'home') }, tty: true });
    expect(run.code).toBe(0);
    expectSafe(run);
  });

  it('an unknown answer value and a hostile file name in an error line', async () => {
    const run = await runInProcess(['score', join(temp, 'bad')]);
    expect(run.code).toBe(2);
    expectSafe(run);
    expect(run.stderr).toContain('\\x1b[2Jvaakk');
    expect(run.stderr).toContain('\\x1b[2Jfile.json');
  });
});
