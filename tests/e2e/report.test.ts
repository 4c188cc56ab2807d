import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

const GROUP = join('tests', 'fixtures', 'report-group');
const BASELINE = join('tests', 'fixtures', 'report-baseline');
const BAD = join('tests', 'fixtures', 'report-bad');

/** What must never show in an anonymous report: the respondents' names and the files' names. */
const NAMES = [
  'Anouk',
  'Bram',
  'Fatima',
  'Sanne',
  'Daan',
  'Priya',
  'Joost',
  'Lotte',
  'Mehmet',
  'Eva',
  'Kees',
  'onerror',
  'de-vries',
  'deelnemer-11',
  '.yaml',
];
/** Words from the notes in the fixtures: notes are personal and never shown. */
const NOTES = ['huisbezoeken', 'Ecogram', 'ambtelijk', '</script>', 'script'];

const temp = mkdtempSync(join(tmpdir(), 'kantellat-report-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('kantellat report on a 12-person session with a baseline', () => {
  it('writes golden Markdown', async () => {
    const run = await runCliInProcess(['report', GROUP, '--baseline', BASELINE, '--format', 'markdown']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/report-golden/report.md');
  });

  it('writes golden CSV, Excel style: BOM, semicolons, decimal comma, CRLF', async () => {
    const run = await runCliInProcess(['report', GROUP, '--baseline', BASELINE, '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\ufeffkind;theme;question;option;label;band;n;mean;median;')).toBe(true);
    expect(run.stdout.split('\r\n').length).toBeGreaterThan(100);
    // The network theme: 12 scores, mean 48.1 (hand-checked against the heat map in report.md)
    expect(run.stdout).toContain(
      '\r\ntheme;netwerk;;;Sociaal netwerk;;12;48,1;50;13;75;20,2;;;10;33,9;25;14,2;25;up\r\n',
    );
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/report-golden/report.csv');
  });

  it('writes CSV by RFC 4180 on request', async () => {
    const run = await runCliInProcess(['report', GROUP, '--format', 'csv', '--csv-style', 'rfc4180']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('kind,theme,question,option,label,band,')).toBe(true);
    expect(run.stdout).toContain('\r\ntheme,netwerk,,,Sociaal netwerk,,12,48.1,50,13,75,20.2,');
  });

  it('writes golden JSON with schemaVersion and the documented top-level keys', async () => {
    const run = await runCliInProcess(['report', GROUP, '--baseline', BASELINE, '--format', 'json']);
    expect(run.code).toBe(0);
    const document: unknown = JSON.parse(run.stdout);
    expect(Object.keys(document ?? {})).toEqual([
      'schemaVersion',
      'kind',
      'lang',
      'questionSet',
      'size',
      'named',
      'traceable',
      'dates',
      'overall',
      'themes',
      'questions',
      'participants',
      'starters',
      'nonAnswers',
      'consistencyFlagged',
      'baseline',
    ]);
    expect(document).toMatchObject({
      schemaVersion: 1,
      kind: 'kantellat-report',
      size: 12,
      named: false,
      traceable: false,
      dates: { first: '2026-10-13', last: '2026-10-15' },
      baseline: { beforeSize: 10, afterSize: 12 },
    });
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/report-golden/report.json');
  });

  it('names nobody and quotes no note in any format', async () => {
    for (const format of ['terminal', 'markdown', 'csv', 'json', 'html']) {
      const run = await runCliInProcess(['report', GROUP, '--baseline', BASELINE, '--format', format]);
      expect(run.code).toBe(0);
      for (const word of [...NAMES, ...NOTES.filter((note) => format !== 'html' || note !== 'script')]) {
        expect(run.stdout, `${format} shows "${word}"`).not.toContain(word);
      }
    }
  });

  it('numbers participants by content, whatever the files are called', async () => {
    const renamed = join(temp, 'renamed');
    mkdirSync(renamed);
    // Reverse the alphabetical order of the file names: P-numbers must not follow it.
    const files = readdirSync(join(ROOT, GROUP)).sort();
    files.forEach((file, i) =>
      copyFileSync(join(ROOT, GROUP, file), join(renamed, `${String(files.length - i).padStart(2, '0')}.yaml`)),
    );
    const original = await runCliInProcess(['report', GROUP, '--format', 'json']);
    const moved = await runCliInProcess(['report', renamed, '--format', 'json']);
    expect(moved.stdout).toBe(original.stdout);
  });

  it('shows names with --names, escaped in Markdown', async () => {
    const run = await runCliInProcess(['report', GROUP, '--names', '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| Mehmet Yılmaz |');
    expect(run.stdout).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(run.stdout).not.toMatch(/(?<!\\)<img/);
    expect(run.stdout).toContain('Dit rapport toont de namen van de deelnemers.');
  });

  it('fits a terminal report in 80 columns, without colour codes, and readable in ASCII', async () => {
    const run = await runCliInProcess(['report', GROUP, '--baseline', BASELINE]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).toMatch(/^ {2}Sociaal netwerk +█+░+ +48,1 {2}Op weg$/m);
    expect(run.stdout).toMatch(/^ {2}Samenwerking +73,8 → 52,5 {2}↓ -21,3 minder +75 → 50 {2}↓ -25 minder$/m);
    const ascii = await runCliInProcess(['report', GROUP, '--baseline', BASELINE], { env: { KANTELLAT_ASCII: '1' } });
    expect(ascii.stdout).toMatch(/^ {2}Sociaal netwerk +#+\.+ +48,1 {2}Op weg$/m);
    expect(ascii.stdout).toMatch(/v -21,3 minder/);
  });

  it('speaks English with --lang en', async () => {
    const run = await runCliInProcess([
      '--lang',
      'en',
      'report',
      GROUP,
      '--baseline',
      BASELINE,
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# The Kantellat · Group report');
    expect(run.stdout).toContain('| Own strength and control |');
    expect(run.stdout).toContain('↓ -21.3 lower');
    expect(run.stdout).toContain('↑ +14.2 better');
  });
});

describe('kantellat report with bad files', () => {
  it('lists each bad file on stderr, exits 2, and still reports the valid ones with a warning', async () => {
    const run = await runCliInProcess(['report', BAD, '--format', 'markdown']);
    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((line) => /^tests[\\/]fixtures[\\/]report-bad[\\/]/.test(line));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^tests[\\/]fixtures[\\/]report-bad[\\/]kapot\.yaml:\d+:\d+ {2}de inspringing klopt niet/,
    );
    expect(errors[1]).toMatch(
      /^tests[\\/]fixtures[\\/]report-bad[\\/]onbekend-antwoord\.yaml:5:17 {2}onbekend antwoord "misschien"/,
    );
    expect(run.stderr).toContain('2 deelnemers in het rapport; 2 bestanden overgeslagen');
    expect(run.stderr).toContain('met 2 deelnemers zijn de antwoorden naar personen te herleiden');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toContain('2 deelnemers');
    expect(run.stdout).toContain('> **Let op: met 2 deelnemers zijn de antwoorden naar personen te herleiden.');
  });

  it('makes no report when no file is valid', async () => {
    const run = await runCliInProcess(['report', join(BAD, 'kapot.yaml')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('kantellat: geen geldige antwoordbestanden; er is geen rapport gemaakt');
  });

  it('refuses an unknown format', async () => {
    const run = await runCliInProcess(['report', GROUP, '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('onbekend formaat "pdf"');
  });
});

describe('kantellat report -o', () => {
  it('writes the file, and replaces it only with --force', async () => {
    const target = join(temp, 'rapport.html');
    const first = await runCliInProcess(['report', GROUP, '--format', 'html', '-o', target]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`rapport geschreven naar ${target}`);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const again = await runCliInProcess(['report', GROUP, '--format', 'html', '-o', target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('bestaat al');
    const forced = await runCliInProcess(['report', GROUP, '--format', 'markdown', '-o', target, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# De Kantellat/);
  });
});
