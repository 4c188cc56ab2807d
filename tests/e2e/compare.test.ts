import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

const BEFORE = join('tests', 'fixtures', 'compare-person', 'voorjaar.yaml');
const AFTER = join('tests', 'fixtures', 'compare-person', 'najaar.yaml');

const temp = mkdtempSync(join(tmpdir(), 'kantellat-compare-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A data folder whose results/ holds the given files under timestamped names, oldest first. */
function home(name: string, files: readonly string[]): string {
  const folder = join(temp, name);
  mkdirSync(join(folder, 'results'), { recursive: true });
  files.forEach((file, i) =>
    copyFileSync(join(ROOT, file), join(folder, 'results', `kantellat-2026-0${i + 4}-14T10-00-00.yaml`)),
  );
  return folder;
}

// Hand-computed (nooit 0 … altijd 4, divided by 4; two questions per theme):
//   before: gesprek (50 + 25) / 2 = 37.5 -> 38; eigen-kracht (75 + reversed vaak 25) / 2 = 50;
//           netwerk (25 + 50) / 2 -> 38; resultaat (50 + reversed vaak 25) / 2 -> 38;
//           samenwerking 75 (the other n.v.t.); inspraak (25 + 50) / 2 -> 38;
//           overall (37.5 + 50 + 37.5 + 37.5 + 75 + 37.5) / 6 = 45.8 -> 46
//   after:  gesprek 75; eigen-kracht (75 + reversed soms 50) / 2 -> 63; netwerk -> 63;
//           resultaat -> 63; samenwerking (75 + 50) / 2 -> 63; inspraak 38;
//           overall (75 + 4 × 62.5 + 37.5) / 6 = 60.4 -> 60
const THEMES = [
  ['gesprek', 38, 75, 37, 'up'],
  ['eigen-kracht', 50, 63, 13, 'up'],
  ['netwerk', 38, 63, 25, 'up'],
  ['resultaat', 38, 63, 25, 'up'],
  ['samenwerking', 75, 63, -12, 'down'],
  ['inspraak', 38, 38, 0, 'same'],
];

describe('kantellat compare A B', () => {
  it('gives JSON with each theme before and after, and the changed answers', async () => {
    const run = await runCliInProcess(['compare', BEFORE, AFTER, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const document: {
      schemaVersion: number;
      kind: string;
      overall: { before: number; after: number; change: number; direction: string };
      themes: Array<{ id: string; before: number; after: number; change: number; direction: string }>;
      changedAnswers: Array<{
        id: string;
        before: { option: string };
        after: { option: string };
        direction: string | null;
      }>;
    } = JSON.parse(run.stdout);
    expect(document).toMatchObject({
      schemaVersion: 1,
      kind: 'kantellat-compare',
      sameRespondent: true,
      reversedDates: false,
    });
    expect(document.overall).toMatchObject({ before: 46, after: 60, change: 14, direction: 'up' });
    expect(
      document.themes.map((theme) => [theme.id, theme.before, theme.after, theme.change, theme.direction]),
    ).toEqual(THEMES);
    expect(
      document.changedAnswers.map((answer) => [answer.id, answer.before.option, answer.after.option, answer.direction]),
    ).toEqual([
      ['gesprek-tijd', 'soms', 'vaak', 'up'],
      ['gesprek-aanvraag', 'zelden', 'vaak', 'up'],
      // reverse-keyed: doing it less often is better
      ['eigen-kracht-overnemen', 'vaak', 'soms', 'up'],
      ['netwerk-kaart', 'zelden', 'vaak', 'up'],
      ['resultaat-meedoen', 'soms', 'vaak', 'up'],
      ['resultaat-lijst', 'vaak', 'soms', 'up'],
      // n.v.t. had no score: changed, but neither better nor lower
      ['samenwerking-voorkomen', 'nvt', 'soms', null],
    ]);
    expect(run.stdout).not.toContain('netwerkkaart.');
  });

  it('shows arrows and words in the terminal, without colour codes', async () => {
    const run = await runCliInProcess(['compare', BEFORE, AFTER]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}Totaal +46 → 60 {2}↑ \+14 beter +Op weg$/m);
    expect(run.stdout).toMatch(/^ {2}Het gesprek +38 → 75 {2}↑ \+37 beter +Nog niet gekanteld → Gekanteld$/m);
    expect(run.stdout).toMatch(/^ {2}Samenwerking +75 → 63 {2}↓ -12 minder +Gekanteld → Op weg$/m);
    expect(run.stdout).toMatch(/^ {2}Inspraak en taal +38 → 38 {2}= 0 gelijk +Nog niet gekanteld$/m);
    expect(run.stdout).toContain('Veranderde antwoorden (7)');
    expect(run.stdout).toMatch(/Weet ik niet \/ n\.v\.t\. → Soms {2}anders/);
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).not.toContain('</script>');
  });

  it('writes Markdown, in English with --lang en', async () => {
    const run = await runCliInProcess(['--lang', 'en', 'compare', BEFORE, AFTER, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# The Kantellat · Comparison · Anouk de Vries');
    expect(run.stdout).toContain('| The conversation | 38 | 75 | ↑ +37 better | Not yet shifted → Shifted |');
    expect(run.stdout).toContain('| Working together | 75 | 63 | ↓ -12 lower | Shifted → On the way |');
    expect(run.stdout).toContain('## Changed answers (7)');
  });

  it('warns when the files are given newest first', async () => {
    const run = await runCliInProcess(['compare', AFTER, BEFORE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('het eerste bestand heeft een latere datum dan het tweede');
    expect(run.stdout).toMatch(/Het gesprek +75 → 38 {2}↓ -37 minder/);
  });

  it('refuses one file, and reports a bad file in one line with exit 2', async () => {
    const one = await runCliInProcess(['compare', BEFORE]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('geef twee antwoordbestanden');
    const bad = await runCliInProcess(['compare', BEFORE, join('tests', 'fixtures', 'report-bad', 'kapot.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /^tests[\\/]fixtures[\\/]report-bad[\\/]kapot\.yaml:\d+:\d+ {2}de inspringing klopt niet/m,
    );
  });
});

describe('kantellat compare without files', () => {
  it('compares the two newest saved results, the older first', async () => {
    const folder = home('three', [AFTER, BEFORE, AFTER]);
    const run = await runCliInProcess(['compare', '--format', 'json'], { env: { KANTELLAT_HOME: folder } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'vergelijkt het nieuwste resultaat met het vorige: kantellat-2026-05-14T10-00-00.yaml en kantellat-2026-06-14T10-00-00.yaml',
    );
    const document: { overall: { before: number; after: number } } = JSON.parse(run.stdout);
    expect(document.overall).toMatchObject({ before: 46, after: 60 });
  });

  it('says what to do when there are fewer than two', async () => {
    const folder = home('one', [BEFORE]);
    const run = await runCliInProcess(['compare'], { env: { KANTELLAT_HOME: folder } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `er staan 1 opgeslagen resultaten in ${join(folder, 'results')}; voor een vergelijking zijn er twee nodig`,
    );
  });
});
