import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-words-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const head = 'questionSet: kantellat\nversion: 1.0.0\n';
put(temp, 'number-name.yaml', `${head}respondent: 123\nanswers:\n  gesprek-tijd: vaak\n`);
// No version means the current set (2.0.0): its own question id, so the version is the only mistake.
put(
  temp,
  'banana.yaml',
  'questionSet: kantellat\nversion: banana\nanswers:\n  gesprek-samenvatting-voor-oplossing: meeste\n',
);
// A number where a text belongs: the hint quotes what was typed, not the number it parses to.
put(temp, 'zero-name.yaml', `${head}respondent: 007\nanswers:\n  gesprek-tijd: vaak\n`);
put(temp, 'short-version.yaml', 'questionSet: kantellat\nversion: 2.0\nanswers: {}\n');
put(temp, 'tab.yaml', `${head}answers:\n\tgesprek-tijd: vaak\n\tgesprek-aanvraag: soms\n`);
put(temp, 'colon.yaml', `${head}answers:\n  gesprek-tijd vaak\n  gesprek-aanvraag: soms\n`);
put(temp, 'answers.json', answerFile());

/** Words a validator or parser uses, never what a person should read. */
const RAW = /Ongeldige|verwacht string|ontving|Implicit keys|Tabs are not allowed|invalid_type|expected string/;

describe('every error a person can cause is in plain words and says what to do', () => {
  it.each([
    [
      'number-name.yaml',
      /number-name\.yaml:3:13 {2}verwacht een tekst; zet de waarde tussen aanhalingstekens, zoals respondent: "123"/,
    ],
    ['zero-name.yaml', /zero-name\.yaml:3:13 {2}verwacht een tekst; [^\n]*, zoals respondent: "007" \(respondent\)/],
    ['short-version.yaml', /short-version\.yaml:2:10 {2}verwacht een tekst; [^\n]*, zoals version: "2\.0" \(version\)/],
    [
      'banana.yaml',
      /banana\.yaml:2:10 {2}"banana" is geen versie; schrijf de versie van de vragenlijst, zoals 1\.0\.0/,
    ],
    ['tab.yaml', /^tab\.yaml:4:1 {2}spring in met spaties, niet met tabs\n/],
    ['colon.yaml', /colon\.yaml:4:3 {2}hier ontbreekt een dubbele punt/],
    ['nergens/', /nergens\/ {2}de map nergens bestaat niet/],
    ['nergens/anna.yaml', /nergens\/anna\.yaml {2}de map nergens bestaat niet/],
  ])('%s', async (file, message) => {
    const run = await runInProcess(['score', file], { cwd: temp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(/--allow-version-mismatch|en nog \d/);
  });

  it('--questions pointed at an answer file says so, in one line', async () => {
    const run = await runInProcess(['--questions', join(temp, 'answers.json'), 'score', 'answers.json'], { cwd: temp });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/answers\.json:1:1 {2}dit is een antwoordbestand, geen vragenlijst/),
    ]);
  });

  it('in English too', async () => {
    const run = await runInProcess(['--lang', 'en', 'score', 'tab.yaml', 'colon.yaml'], { cwd: temp });
    expect(run.stderr).toContain('tab.yaml:4:1  indent with spaces, not tabs');
    expect(run.stderr).toContain('colon.yaml:4:3  a colon is missing here');
  });
});
