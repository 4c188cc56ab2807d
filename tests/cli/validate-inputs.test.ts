import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { ROOT, runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
put(temp, 'answers/anna.json', answerFile({ respondent: 'Anna' }));
put(temp, 'answers/sub/bram.json', answerFile({ respondent: 'Bram' }));
put(
  temp,
  'answers/scores.json',
  `${JSON.stringify({ schemaVersion: 1, questionSet: { id: 'kantellat', version: '1.0.0' }, results: [], errors: [] })}\n`,
);
// The example set with one error (a question on a scale it does not have), and its answer file.
const example = readFileSync(join(ROOT, 'docs/examples/teamoverleg.yaml'), 'utf8');
put(temp, 'team/set.yaml', example.replace('scale: agree', 'scale: onbekend'));
put(temp, 'team/antwoorden.json', readFileSync(join(ROOT, 'docs/examples/teamoverleg-antwoorden.json'), 'utf8'));

describe('validate takes folders and patterns like score', () => {
  it('a folder: every answer file below it, our own outputs skipped with a note', async () => {
    const run = await runInProcess(['validate', 'answers'], { cwd: temp });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('answers/anna.json');
    expect(run.stdout).toContain('answers/sub/bram.json');
    expect(run.stderr).toMatch(/answers\/scores\.json {2}waarschuwing: overgeslagen/);
  });

  it('a quoted pattern, expanded by the tool itself', async () => {
    const run = await runInProcess(['validate', 'answers/*.json'], { cwd: temp });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('answers/anna.json');
  });

  it('a set with errors in the same run: its answer files wait for it instead of failing against another set', async () => {
    const run = await runInProcess(['validate', 'team/set.yaml', 'team/antwoorden.json'], { cwd: temp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/team\/set\.yaml:\d+:\d+ {2}onbekende schaal "onbekend"/);
    expect(run.stderr).toMatch(
      /team\/antwoorden\.json {2}kan deze antwoorden niet controleren: de vragenlijst team\/set\.yaml heeft fouten/,
    );
    expect(run.stderr).not.toMatch(/niet bij "kantellat"|onbekende vraag/);
  });
});
