import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli.js';
import { QUESTION_IDS } from '../cli/robust-helpers.js';

describe('kantellat history, on the command line', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'kantellat-history-e2e-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('says there is nothing yet, exit 0, nothing on stdout', async () => {
    const run = await runCliInProcess(['history'], { env: { KANTELLAT_HOME: home } });
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: 'Er zijn nog geen opgeslagen uitslagen van "De Kantellat". Vul de vragenlijst in met: kantellat check\n',
    });
  });

  it('lists a saved result with its score and level, and as JSON', async () => {
    mkdirSync(join(home, 'results'));
    writeFileSync(
      join(home, 'results', 'kantellat-2026-11-28T10-00-00.yaml'),
      // Every question "soms": 0.5, also reversed -> every theme 50 -> overall 50, "Op weg".
      [
        'questionSet: kantellat',
        'version: 1.0.0',
        'respondent: Sanne',
        'answers:',
        ...QUESTION_IDS.map((id) => `  ${id}: soms`),
      ].join('\r\n'),
    );
    const text = await runCliInProcess(['history', '--lang', 'en'], { env: { KANTELLAT_HOME: home, TZ: 'UTC' } });
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      [
        'Saved results, newest first (1):',
        '',
        '  Date              Name   Score  Level',
        '  2026-11-28 10:00  Sanne     50  On the way',
        '',
      ].join('\n'),
    );
    const json = await runCliInProcess(['history', '--format', 'json'], { env: { KANTELLAT_HOME: home } });
    expect(JSON.parse(json.stdout).results[0]).toMatchObject({
      respondent: 'Sanne',
      score: 50,
      level: 'Op weg',
      status: 'scored',
    });
  });
});
