import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli.js';

const F = 'tests/fixtures';
const temp = mkdtempSync(join(tmpdir(), 'kantellat-validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A stack trace line, as Node prints one. */
const STACK = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

/** stderr without the closing "n van m bestanden geldig." line. */
function problemLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '' && !/ van \d+ bestand(en)? geldig\.$| of \d+ files? valid\.$/.test(line));
}

describe('kantellat validate: valid files', () => {
  it('accepts the bundled Kantellat', async () => {
    const run = await runCliInProcess(['validate', 'questions/kantellat.yaml']);
    expect(run).toEqual({
      code: 0,
      stdout: `✓ questions/kantellat.yaml: geldige vragenlijst "kantellat" 2.0.0 (12 vragen, 6 thema's)\n`,
      stderr: '',
    });
  });

  it('accepts a complete answer file, in English too', async () => {
    const nl = await runCliInProcess(['validate', `${F}/validate-answers/anna.yaml`]);
    expect(nl).toEqual({
      code: 0,
      // One n.v.t.: filled in, not answered, as score and check count it (score says "11 van 12" too).
      stdout: `✓ ${F}/validate-answers/anna.yaml: geldig antwoordbestand voor "kantellat" (11 van 12 beantwoord)\n`,
      stderr: '',
    });
    const en = await runCliInProcess(['--lang', 'en', 'validate', `${F}/validate-answers/anna.yaml`]);
    expect(en.stdout).toBe(
      `✓ ${F}/validate-answers/anna.yaml: valid answer file for "kantellat" (11 of 12 answered)\n`,
    );
  });

  it('checks answers against a question set with their id given in the same run, in any order', async () => {
    const run = await runCliInProcess([
      'validate',
      'docs/examples/teamoverleg-antwoorden.yaml',
      'docs/examples/teamoverleg.yaml',
      'docs/examples/teamoverleg-antwoorden.json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '✓ docs/examples/teamoverleg-antwoorden.yaml: geldig antwoordbestand voor "teamoverleg" (4 van 4 beantwoord)',
        '✓ docs/examples/teamoverleg.yaml: geldige vragenlijst "teamoverleg" 1.0.0 (4 vragen, 2 thema\'s)',
        '✓ docs/examples/teamoverleg-antwoorden.json: geldig antwoordbestand voor "teamoverleg" (3 van 4 beantwoord)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(
      'docs/examples/teamoverleg-antwoorden.json:7:14  waarschuwing: 1 van 4 vragen niet beantwoord (answers)\n3 van 3 bestanden geldig.\n',
    );
  });

  it('reads from standard input with -', async () => {
    const run = await runCliInProcess(['validate', '-'], {
      input: readFileSync(`${F}/validate-answers/anna.yaml`, 'utf8'),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<stdin>: geldig antwoordbestand voor "kantellat" (11 van 12 beantwoord)');
  });
});

describe('kantellat validate: bad files', () => {
  it('reports every problem of several files at once, exit 2, no stack trace', async () => {
    const files = [
      `${F}/check-question-set-all-at-once/question-set.yaml`,
      `${F}/loader-merge-key/question-set.yaml`,
      `${F}/loader-latin1/answers.yaml`,
      `${F}/validate-answers/bob-bad.yaml`,
      `${F}/does-not-exist.yaml`,
    ];
    const run = await runCliInProcess(['validate', ...files]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK);
    const lines = problemLines(run.stderr);
    expect(lines.map((line) => line.split('  ')[0])).toEqual([
      ...['8:7', '9:9', '12:12', '12:21', '12:62', '16:18', '19:9', '24:83', '25:11', '25:22', '25:71'].map(
        (place) => `${files[0]}:${place}`,
      ),
      `${files[1]}:22:5`,
      `${files[2]}:3:15`,
      `${files[3]}:5:3`,
      `${files[3]}:6:21`,
      `${files[3]}:7:3`,
      `${files[3]}:10:3`,
      files[4],
    ]);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('0 van 5 bestanden geldig.');
  });

  it('names the file in every message', async () => {
    const files = [
      `${F}/loader-utf16/answers-utf16le-broken.yaml`,
      `${F}/loader-empty-file/answers.yaml`,
      `${F}/loader-binary/answers.yaml`,
      `${F}/validate-answers/not-a-document.yaml`,
      `${F}/check-question-set-band-gap/question-set.yaml`,
    ];
    const run = await runCliInProcess(['validate', ...files]);
    expect(run.code).toBe(2);
    const lines = problemLines(run.stderr);
    expect(lines.length).toBeGreaterThanOrEqual(files.length);
    for (const line of lines)
      expect(files.some((file) => line.startsWith(`${file}:`) || line.startsWith(`${file}  `))).toBe(true);
    expect(run.stderr).toContain(
      `${F}/loader-utf16/answers-utf16le-broken.yaml:1:1  dit UTF-16-bestand bevat een ongeldig teken; sla het op als UTF-8`,
    );
  });

  it('tells question sets and answer files apart from their content', async () => {
    const run = await runCliInProcess([
      'validate',
      `${F}/validate-answers/half-set.yaml`,
      `${F}/validate-answers/bob-bad.yaml`,
      `${F}/validate-answers/not-a-document.yaml`,
    ]);
    expect(run.code).toBe(2);
    const lines = problemLines(run.stderr);
    // The half-written set is checked as a question set: it is told what a set still lacks.
    expect(lines.filter((line) => line.startsWith(`${F}/validate-answers/half-set.yaml:`))).toEqual(
      ['version', 'scales', 'levels', 'themes', 'questions'].map(
        (key) => `${F}/validate-answers/half-set.yaml:2:1  het veld "${key}" ontbreekt (${key})`,
      ),
    );
    // The answer file is checked against the Kantellat's questions and options.
    expect(lines).toContain(
      `${F}/validate-answers/bob-bad.yaml:6:21  onbekend antwoord "misschien" bij vraag "gesprek-aanvraag"; kies uit: nooit, zelden, soms, vaak, altijd, nvt (answers.gesprek-aanvraag)`,
    );
    expect(lines).toContain(`${F}/validate-answers/bob-bad.yaml:7:3  onbekende vraag "koffie" (answers.koffie)`);
    expect(lines).toContain(
      `${F}/validate-answers/not-a-document.yaml:1:1  dit is geen vragenlijst (met "questions") en geen antwoordbestand (met "questionSet" en "answers")`,
    );
  });

  it('never quotes the notes of an answer file', async () => {
    for (const lang of ['nl', 'en']) {
      const run = await runCliInProcess([
        '--lang',
        lang,
        'validate',
        `${F}/validate-answers/bob-bad.yaml`,
        `${F}/validate-answers/anna.yaml`,
      ]);
      expect(run.stdout + run.stderr).not.toContain('GEHEIM');
    }
  });

  it('shows the problems of a broken --questions set once, and says why the answers cannot be checked', async () => {
    const set = `${F}/check-question-set-band-gap/question-set.yaml`;
    const run = await runCliInProcess([
      '--questions',
      set,
      'validate',
      `${F}/validate-answers/anna.yaml`,
      `${F}/loader-crlf/answers.yaml`,
    ]);
    expect(run.code).toBe(2);
    const lines = problemLines(run.stderr);
    expect(lines.filter((line) => line.startsWith(`${set}:`))).toHaveLength(3);
    expect(lines.slice(3)).toEqual([
      `${F}/validate-answers/anna.yaml  kan deze antwoorden niet controleren: de vragenlijst ${set} heeft fouten (zie hierboven)`,
      `${F}/loader-crlf/answers.yaml  kan deze antwoorden niet controleren: de vragenlijst ${set} heeft fouten (zie hierboven)`,
    ]);
  });

  it("speaks Dutch in schema messages by default and English with --lang en, in its own words (not the validator's)", async () => {
    const file = `${F}/check-question-set-structure/question-set.yaml`;
    const nl = await runCliInProcess(['validate', file]);
    expect(nl.stderr).toContain(`${file}:7:26  verwacht een getal op deze plek (scales.yn.options[0].value)`);
    expect(nl.stderr).toContain(`${file}:14:13  hier hoort er minstens 1; vul de lijst aan (themes[0].advice)`);
    expect(nl.stderr).not.toMatch(/Ongeldige invoer|ontving|Te klein/);
    expect(nl.stderr).toContain(`${file}:1:1  het veld "title" ontbreekt (title)`);
    const en = await runCliInProcess(['--lang', 'en', 'validate', file]);
    expect(en.stderr).toContain(`${file}:7:26  expected a number here (scales.yn.options[0].value)`);
    expect(en.stderr).toContain(`${file}:14:13  at least 1 needed here; add to the list (themes[0].advice)`);
    expect(en.stderr).toContain(`${file}:1:1  the field "title" is missing (title)`);
    expect(en.stderr).not.toMatch(/Ongeldige|ontbreekt/);
  });

  it('shows no stack trace for bad input, even with --debug', async () => {
    const run = await runCliInProcess([
      '--debug',
      'validate',
      `${F}/loader-alias-bomb/answers.yaml`,
      `${F}/loader-custom-tags/question-set.yaml`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).toContain(
      `${F}/loader-alias-bomb/answers.yaml:4:8  te veel YAML-aliassen (meer dan 100); schrijf de waarden gewoon uit`,
    );
    expect(run.stderr).toContain(
      `${F}/loader-custom-tags/question-set.yaml:7:26  eigen YAML-tags (!!python/object/apply:os.system) worden niet ondersteund; haal de tag weg`,
    );
  });
});

describe('kantellat validate: hostile sizes, generated at test time', () => {
  it('refuses a file over the size limit', async () => {
    const big = join(temp, 'groot.yaml');
    writeFileSync(big, `questionSet: kantellat\nversion: 1.0.0\nrespondent: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    const run = await runCliInProcess(['validate', big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^${big.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}  bestand is te groot \\(5242\\d{3} bytes; de grens is 4194304\\)`,
      ),
    );
  });

  it('refuses 2 MB of nested brackets quickly and in one message', async () => {
    const deep = join(temp, 'diep.yaml');
    writeFileSync(deep, `answers: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`);
    const run = await runCliInProcess(['validate', deep]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${deep}:1:73  te diep genest (meer dan 64 niveaus)\n` });
  });
});

describe('docs/question-sets.md', () => {
  const doc = readFileSync('docs/question-sets.md', 'utf8');
  /** The YAML blocks of the document, in order. */
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

  it('shows the example set exactly as docs/examples/teamoverleg.yaml holds it, and it is valid', async () => {
    const shown = blocks[0] ?? '';
    expect(parse(shown)).toEqual(parse(readFileSync('docs/examples/teamoverleg.yaml', 'utf8')));
    const run = await runCliInProcess(['validate', '-'], { input: shown });
    expect(run.code).toBe(0);
  });

  it('shows an answer file that is valid for the example set', async () => {
    const answerFile = blocks.find((block) => block.startsWith('questionSet: teamoverleg')) ?? '';
    const run = await runCliInProcess(['validate', 'docs/examples/teamoverleg.yaml', '-'], { input: answerFile });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<stdin>: geldig antwoordbestand voor "teamoverleg" (3 van 4 beantwoord)');
  });
});
