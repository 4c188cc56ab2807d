import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-dates-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
put(temp, 'april.json', answerFile({ respondent: 'Anna', date: '15-04-2026' }));
put(temp, 'oktober.json', answerFile({ respondent: 'Anna', date: '01-10-2026', answer: 'vaak' }));
put(temp, 'sessie/a.json', answerFile({ date: '01-10-2026' }));
put(temp, 'sessie/b.json', answerFile({ date: '15-04-2026' }));
put(temp, 'sessie/c.json', answerFile({ date: '2026-06-01' }));
put(temp, 'nonsense.json', answerFile({ date: '2026-13-45' }));

describe('dates are ordered as days, and nonsense is refused', () => {
  it('compare: April before October is no "later date" warning', async () => {
    const run = await runInProcess(['compare', 'april.json', 'oktober.json'], { cwd: temp });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/latere datum/);
    const reversed = await runInProcess(['compare', 'oktober.json', 'april.json'], { cwd: temp });
    expect(reversed.stderr).toMatch(/latere datum/);
  });

  it('report: the range runs from the earliest to the latest day', async () => {
    const run = await runInProcess(['report', 'sessie'], { cwd: temp });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/van 15-04-2026 tot en met 01-10-2026/);
  });

  it('2026-13-45 is refused with a message that says what to write', async () => {
    const run = await runInProcess(['score', 'nonsense.json'], { cwd: temp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /nonsense\.json:\d+:\d+ {2}de datum "2026-13-45" bestaat niet; schrijf een echte dag, zoals 2026-04-15 of 15-04-2026 \(date\)/,
    );
  });
});
