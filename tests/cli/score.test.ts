import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from './score-harness.js';

const GOLDEN = 'tests/fixtures/score-golden';
const EXIT = 'tests/fixtures/score-exit';
const BAD = 'tests/fixtures/score-bad';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-score-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The stderr lines that are not the summary. */
const lines = (stderr: string): string[] => stderr.split('\n').filter((line) => line !== '');

describe('golden outputs', () => {
  it.each([
    ['table', 'txt'],
    ['json', 'json'],
    ['jsonl', 'jsonl'],
    ['csv', 'csv'],
    ['markdown', 'md'],
  ])('%s', async (format, ext) => {
    const run = await runInProcess(['score', GOLDEN, '--format', format, '--fail-under', '60']);
    expect(run.code).toBe(2);
    await expect(run.stdout).toMatchFileSnapshot(`../fixtures/score-golden-expected/${format}.${ext}`);
    // The golden files are 1.0.0 ones: the CSV (columns of 2.0.0) says first which of their themes it leaves out.
    const note = "let op: de CSV heeft geen kolom voor de thema's samenwerking, inspraak van kantellat 1.0.0";
    if (format === 'csv') expect(lines(run.stderr)[0]).toContain(note);
    const rest = format === 'csv' ? run.stderr.slice(run.stderr.indexOf('\n') + 1) : run.stderr;
    await expect(rest).toMatchFileSnapshot('../fixtures/score-golden-expected/stderr.txt');
  });

  it('csv in rfc4180 style', async () => {
    const run = await runInProcess(['score', GOLDEN, '--format', 'csv', '--csv-style', 'rfc4180']);
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/score-golden-expected/csv-rfc4180.csv');
  });

  it('table in English', async () => {
    const run = await runInProcess(['--lang', 'en', 'score', GOLDEN, '--fail-under', '60']);
    await expect(run.stdout).toMatchFileSnapshot('../fixtures/score-golden-expected/table-en.txt');
    expect(lines(run.stderr).at(-1)).toBe('3 scored, 1 below 60, 1 invalid');
  });

  it('has the hand-computed scores', async () => {
    const run = await runInProcess(['score', GOLDEN, '--format', 'json']);
    const doc = JSON.parse(run.stdout);
    const summary = doc.results.map(
      (r: {
        file: string;
        answered: number;
        overall: { score: number | null; level: string | null };
        themes: Array<{ score: number | null }>;
      }) => [r.file.replace(/\\/g, '/'), r.answered, r.overall.score, r.overall.level, r.themes.map((t) => t.score)],
    );
    expect(summary).toEqual([
      // gesprek (1 + .75)/2 = 87.5; eigen kracht (.75 + reversed .25)/2 = 75; netwerk 50; resultaat (1 + reversed 0)/1 = 100;
      // samenwerking (.25 + 0)/2 = 12.5; inspraak (.75 + 1)/2 = 87.5; overall 412.5 / 6 = 68.75
      [`${GOLDEN}/a-anna.yaml`, 12, 69, 'Op weg', [88, 75, 50, 100, 13, 88]],
      // gesprek .5 (nvt left out); eigen kracht unanswered; netwerk (0 + .25)/2; resultaat (.5 + reversed 1 -> 0)/2;
      // samenwerking .75; inspraak .25 (nvt left out); overall (50 + 12.5 + 25 + 75 + 25) / 5 = 37.5
      [`${GOLDEN}/b-bram-crlf.yaml`, 8, 38, 'Nog niet gekanteld', [50, null, 13, 25, 75, 25]],
      [`${GOLDEN}/c-chris.json`, 12, 100, 'Gekanteld', [100, 100, 100, 100, 100, 100]],
    ]);
    expect(doc.errors).toEqual([
      {
        file: `${GOLDEN}/d-broken.yaml`,
        line: 5,
        column: 17,
        code: 'answers-unknown-option',
        message:
          'onbekend antwoord "misschien" bij vraag "gesprek-tijd"; kies uit: nooit, zelden, soms, vaak, altijd, nvt (answers.gesprek-tijd)',
      },
    ]);
    expect(doc.schemaVersion).toBe(1);
    // The document names the current set; each result the version it was scored with (the archived 1.0.0).
    expect(doc.questionSet).toEqual({ id: 'kantellat', version: '2.0.0' });
    expect(doc.results.map((r: { questionSet: { version: string } }) => r.questionSet.version)).toEqual([
      '1.0.0',
      '1.0.0',
      '1.0.0',
    ]);
  });

  it('lists an unscored theme in the Markdown handout with its description, and ends with a newline', async () => {
    const file = join(temp, 'unscored-theme.yaml');
    // A wijkteam worker with one n.v.t. and one "weet ik niet": Netwerk and Resultaat get no score.
    writeFileSync(
      file,
      [
        'questionSet: kantellat',
        'version: 2.0.0',
        'answers:',
        '  gesprek-samenvatting-voor-oplossing: meeste',
        '  gesprek-aanvraag-aan-tafel: geen',
        '  eigen-kracht-zelf-regelen: meeste',
        '  eigen-kracht-conceptverslag: paar',
        '  netwerk-een-korte-vraag: paar',
        '  netwerk-mantelzorger-apart-grenzen: nvt',
        '  resultaat-werk-en-dagbesteding: meeste',
        '  resultaat-eerste-oplossing: weet-niet',
        '  breed-alleen-de-melding: paar',
        '  breed-risico: helft',
        '  samenspraak-feedback: helft',
        '  samenspraak-vaste-formuleringen: helft',
        '',
      ].join('\n'),
    );
    const nl = await runInProcess(['score', file, '--format', 'markdown']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(
      /\n- \*\*Netwerk en mantelzorg\*\*: geen score\n {2}Wat het verslag zegt over de mensen om iemand heen/,
    );
    expect(nl.stdout).toMatch(/\n- \*\*Resultaat en meedoen\*\*: geen score\n {2}Waar het gesprek naartoe gaat/);
    expect(nl.stdout).toMatch(/\n- \*\*Het gesprek\*\*: 88 · Gekanteld\n/);
    expect(nl.stdout.endsWith('\n')).toBe(true);
    const en = await runInProcess(['--lang', 'en', 'score', file, '--format', 'markdown']);
    expect(en.stdout).toMatch(
      /\n- \*\*Network and informal care\*\*: no score\n {2}What the report says about the people around someone/,
    );
    expect(en.stdout.endsWith('\n')).toBe(true);
  });

  it('never depends on the terminal or colour settings for machine formats', async () => {
    const plain = await runInProcess(['score', GOLDEN, '--format', 'json']);
    const coloured = await runInProcess(['score', GOLDEN, '--format', 'json'], {
      tty: true,
      env: { FORCE_COLOR: '3', TERM: 'xterm-256color', LANG: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    });
    expect(coloured.stdout).toBe(plain.stdout);
  });
});

describe('exit codes', () => {
  // These answer files are to the 1.0.0 set, with 1.1.0 as "another minor" and 2.0.0 as "another
  // major": scored with that set itself, as a set of one's own, so no archived version is picked.
  const V1 = ['--questions', 'questions/archive/kantellat-1.0.0.yaml'];
  // Per file, by hand: high.json all 100; low.yaml overall 38 with themes 50, -, 13, 25, 75, 25;
  // a-anna.yaml overall 69 with lowest theme 13; minor.json is 1.1.0 (a warning), major.json 2.0.0
  // (an error unless --allow-version-mismatch), broken.yaml a syntax error.
  const sets: Record<string, string[]> = {
    high: [`${EXIT}/high.json`],
    low: [`${EXIT}/low.yaml`],
    themeLow: [`${GOLDEN}/a-anna.yaml`],
    minor: [`${EXIT}/high.json`, `${EXIT}/minor.json`],
    major: [`${EXIT}/high.json`, `${EXIT}/major.json`],
    broken: [`${EXIT}/high.json`, `${EXIT}/broken.yaml`],
    brokenAndLow: [`${EXIT}/low.yaml`, `${EXIT}/broken.yaml`],
    mixed: [`${EXIT}/high.json`, `${EXIT}/low.yaml`],
  };
  const thresholds: Record<string, string[]> = {
    none: [],
    under60: ['--fail-under', '60'],
    theme20: ['--fail-under-theme', '20'],
    both: ['--fail-under', '60', '--fail-under-theme', '20'],
  };
  // set, thresholds, expected without and with --allow-version-mismatch
  const table: Array<[string, string, number, number]> = [
    ['high', 'none', 0, 0],
    ['high', 'under60', 0, 0],
    ['high', 'theme20', 0, 0],
    ['high', 'both', 0, 0],
    ['low', 'none', 0, 0],
    ['low', 'under60', 1, 1],
    ['low', 'theme20', 1, 1],
    ['low', 'both', 1, 1],
    ['themeLow', 'none', 0, 0],
    ['themeLow', 'under60', 0, 0],
    ['themeLow', 'theme20', 1, 1],
    ['themeLow', 'both', 1, 1],
    ['minor', 'none', 0, 0],
    ['minor', 'both', 0, 0],
    ['major', 'none', 2, 0],
    ['major', 'under60', 2, 0],
    ['major', 'theme20', 2, 0],
    ['major', 'both', 2, 0],
    ['broken', 'none', 2, 2],
    ['broken', 'both', 2, 2],
    ['brokenAndLow', 'none', 2, 2],
    ['brokenAndLow', 'under60', 2, 2],
    ['brokenAndLow', 'both', 2, 2],
    ['mixed', 'none', 0, 0],
    ['mixed', 'under60', 1, 1],
    ['mixed', 'theme20', 1, 1],
  ];
  it.each(table)('%s with %s: exit %i, with --allow-version-mismatch %i', async (set, threshold, plain, allowed) => {
    const args = [...V1, 'score', ...(sets[set] ?? []), '--format', 'jsonl', ...(thresholds[threshold] ?? [])];
    expect((await runInProcess(args)).code).toBe(plain);
    expect((await runInProcess([...args, '--allow-version-mismatch'])).code).toBe(allowed);
  });

  it('scores and reports every other file when one is broken', async () => {
    const run = await runInProcess([
      'score',
      `${EXIT}/broken.yaml`,
      `${EXIT}/high.json`,
      `${EXIT}/low.yaml`,
      '--format',
      'jsonl',
      '--fail-under',
      '60',
    ]);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((o: { type: string; overall?: { score: number } }) => [o.type, o.overall?.score ?? null])).toEqual([
      ['error', null],
      ['result', 100],
      ['result', 38],
    ]);
    expect(lines(run.stderr).at(-1)).toBe('2 gescoord, 1 onder 60, 1 ongeldig');
    expect(run.code).toBe(2);
  });

  it('warns about a minor version and unanswered questions, and --quiet leaves only the results', async () => {
    const loud = await runInProcess([...V1, 'score', `${EXIT}/minor.json`, `${EXIT}/low.yaml`, '--format', 'jsonl']);
    expect(lines(loud.stderr)).toEqual([
      `${EXIT}/minor.json:3:14  waarschuwing: antwoorden op versie 1.1.0, de vragenlijst is versie 1.0.0 (version)`,
      `${EXIT}/low.yaml:6:3  waarschuwing: 2 van 12 vragen niet beantwoord (answers)`,
      '2 gescoord, 0 ongeldig',
    ]);
    const quiet = await runInProcess([
      ...V1,
      'score',
      `${EXIT}/minor.json`,
      `${EXIT}/low.yaml`,
      '--format',
      'jsonl',
      '--quiet',
    ]);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });
});

describe('bad files', () => {
  mkdirSync(join(temp, 'bad'), { recursive: true });
  // Latin-1 "é" in a note: not UTF-8.
  writeFileSync(
    join(temp, 'bad', 'latin1.yaml'),
    Buffer.concat([
      Buffer.from('questionSet: kantellat\nversion: 1.0.0\nnotes:\n  gesprek-tijd: "GEHEIM-NOTITIE-LATIN caf'),
      Buffer.from([0xe9]),
      Buffer.from('"\n'),
    ]),
  );
  writeFileSync(
    join(temp, 'bad', 'oversized.yaml'),
    `questionSet: kantellat\nversion: 1.0.0\nnotes:\n  gesprek-tijd: "GEHEIM-NOTITIE-BIG ${'x'.repeat(4 * 1024 * 1024)}"\n`,
  );

  const cases: Array<[string, string, RegExp]> = [
    [`${BAD}/syntax.yaml`, 'syntax error', /:7:1 {2}hier ontbreekt een teken: /],
    [`${BAD}/wrong-types.yaml`, 'wrong types', /:5:5 {2}.+ \(answers\.gesprek-tijd\)$/],
    [`${BAD}/unknown-question.yaml`, 'unknown question id', /:5:3 {2}onbekende vraag "gesprek-tijdd"/],
    [
      `${BAD}/unknown-option.yaml`,
      'unknown option id',
      /:4:17 {2}onbekend antwoord "misschien" bij vraag "gesprek-tijd"/,
    ],
    [`${BAD}/empty.yaml`, 'empty file', / {2}bestand is leeg/],
    [join(temp, 'bad', 'latin1.yaml'), 'not UTF-8', /:4:42 {2}dit bestand is geen UTF-8/],
    [join(temp, 'bad', 'oversized.yaml'), 'oversized', / {2}bestand is te groot \(\d+ bytes; de grens is 4194304\)/],
    [`${BAD}/alias-bomb.yaml`, 'alias bomb', /:\d+:\d+ {2}te veel YAML-aliassen/],
    [`${BAD}/proto.yaml`, '__proto__ key', /:4:3 {2}de sleutel "__proto__" is niet toegestaan/],
    [`${BAD}/wrong-set.yaml`, 'another question set', /:1:14 {2}deze antwoorden horen bij vragenlijst "andere-lijst"/],
  ];

  it.each(cases)(
    '%s (%s): one line on stderr, one entry in errors, no stack, no notes',
    async (file, _name, message) => {
      const run = await runInProcess(['score', file, '--format', 'json', '--debug']);
      expect(run.code).toBe(2);
      const [line, summary, ...rest] = lines(run.stderr);
      expect(rest).toEqual([]);
      expect(line?.startsWith(file)).toBe(true);
      expect(line).toMatch(message);
      expect(summary).toBe('0 gescoord, 1 ongeldig');
      const doc = JSON.parse(run.stdout);
      expect(doc.results).toEqual([]);
      expect(doc.errors).toHaveLength(1);
      expect(doc.errors[0].file).toBe(file);
      expect(
        `${doc.errors[0].file}${doc.errors[0].line === null ? '' : `:${doc.errors[0].line}:${doc.errors[0].column}`}  ${doc.errors[0].message}`,
      ).toBe(line);
      expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
      expect(run.stdout + run.stderr).not.toContain('GEHEIM');
    },
  );

  it('never quotes a note, in any format or language, valid file or not', async () => {
    for (const format of ['table', 'json', 'jsonl', 'csv', 'markdown']) {
      for (const lang of ['nl', 'en']) {
        const run = await runInProcess(['--lang', lang, 'score', GOLDEN, BAD, join(temp, 'bad'), '--format', format]);
        expect(run.code).toBe(2);
        expect(run.stdout + run.stderr).not.toContain('GEHEIM');
      }
    }
  });

  it('tells of every bad file and still scores the good ones in the same batch', async () => {
    const run = await runInProcess(['score', GOLDEN, BAD, join(temp, 'bad'), '--format', 'json']);
    const doc = JSON.parse(run.stdout);
    expect(doc.results).toHaveLength(3);
    expect(doc.errors).toHaveLength(1 + 8 + 2);
    expect(
      lines(run.stderr)
        .filter((line) => !line.includes('waarschuwing'))
        .at(-1),
    ).toBe('3 gescoord, 11 ongeldig');
  });

  it('counts the other problems of a file without listing them', async () => {
    writeFileSync(
      join(temp, 'two.yaml'),
      'questionSet: kantellat\nversion: 1.0.0\nanswers:\n  gesprek-tijd: x\n  gesprek-aanvraag: y\n',
    );
    const run = await runInProcess(['score', 'two.yaml', '--format', 'jsonl'], { cwd: temp });
    expect(lines(run.stderr)[0]).toBe(
      'two.yaml:4:17  onbekend antwoord "x" bij vraag "gesprek-tijd"; kies uit: nooit, zelden, soms, vaak, altijd, nvt (answers.gesprek-tijd) (en nog 1 fout; "kantellat validate two.yaml" toont ze allemaal)',
    );
  });
});

describe('inputs', () => {
  const anna = readFileSync(`${GOLDEN}/a-anna.yaml`, 'utf8');
  const files = (stdout: string): string[] =>
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => String(JSON.parse(line).file).replace(/\\/g, '/'));

  it('reads standard input for -', async () => {
    const run = await runInProcess(['score', '-', '--format', 'jsonl'], { stdin: anna });
    expect(JSON.parse(run.stdout)).toMatchObject({ type: 'result', file: '<stdin>', overall: { score: 69 } });
    expect(run.code).toBe(0);
  });

  it('refuses - twice', async () => {
    const run = await runInProcess(['score', '-', '-']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"-" (standaardinvoer) kan maar één keer worden gelezen');
  });

  it('expands a quoted glob itself, sorted, answer files only', async () => {
    const run = await runInProcess(['score', `${GOLDEN}/*.yaml`, '--format', 'jsonl']);
    expect(files(run.stdout)).toEqual([
      `${GOLDEN}/a-anna.yaml`,
      `${GOLDEN}/b-bram-crlf.yaml`,
      `${GOLDEN}/d-broken.yaml`,
    ]);
  });

  it('walks a folder recursively, sorted, skipping hidden files, and names a file only once', async () => {
    const folder = join(temp, 'walk');
    mkdirSync(join(folder, 'b-sub'), { recursive: true });
    mkdirSync(join(folder, '.hidden'), { recursive: true });
    for (const name of ['c.yaml', 'a.yml', 'b-sub/z.json', '.hidden/x.yaml', 'notes.txt', '.dot.yaml'])
      writeFileSync(join(folder, name), anna);
    const run = await runInProcess(['score', 'walk/a.yml', 'walk', 'walk/c.yaml', 'walk/b-sub', '--format', 'jsonl'], {
      cwd: temp,
    });
    expect(files(run.stdout)).toEqual(['walk/a.yml', 'walk/b-sub/z.json', 'walk/c.yaml']);
    expect(run.code).toBe(0);
  });

  it('reports an empty folder, a pattern without matches and a missing file as errors', async () => {
    mkdirSync(join(temp, 'empty'), { recursive: true });
    const run = await runInProcess(['score', 'empty', 'nothing-*.yaml', 'missing.yaml', '--format', 'json'], {
      cwd: temp,
    });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).errors.map((e: { file: string; message: string }) => [e.file, e.message])).toEqual([
      ['empty', 'in de map empty staan geen .yaml-, .yml- of .json-bestanden'],
      ['nothing-*.yaml', 'geen .yaml-, .yml- of .json-bestanden gevonden voor nothing-*.yaml'],
      ['missing.yaml', 'bestand niet gevonden; controleer de naam en de map'],
    ]);
  });
});

describe('usage', () => {
  it.each([
    [['--fail-under', 'abc'], '--fail-under verwacht een getal van 0 tot en met 100, niet "abc"'],
    [['--fail-under', '101'], '--fail-under verwacht een getal van 0 tot en met 100, niet "101"'],
    [['--fail-under', '-1'], '--fail-under verwacht een getal van 0 tot en met 100, niet "-1"'],
    [['--fail-under-theme', '1e2'], '--fail-under-theme verwacht een getal van 0 tot en met 100, niet "1e2"'],
    [['--format', 'xml'], 'onbekend formaat "xml"; kies uit: table, json, jsonl, csv, markdown'],
    [['--csv-style', 'tsv'], 'onbekende CSV-stijl "tsv"; kies uit: excel, rfc4180'],
  ])('%j is a usage error (exit 2) before any file is read', async (flags, message) => {
    const run = await runInProcess(['score', `${EXIT}/high.json`, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kantellat: ${message}\n`);
  });

  it('accepts 0, 100 and decimals', async () => {
    for (const value of ['0', '100', '59.5'])
      expect((await runInProcess(['score', `${EXIT}/high.json`, '--fail-under', value, '-q'])).code).toBe(0);
  });
});

describe('-o FILE', () => {
  it('writes the output, refuses to overwrite without --force, and leaves no temp file', async () => {
    const folder = join(temp, 'out');
    mkdirSync(folder, { recursive: true });
    const first = await runInProcess([
      'score',
      `${EXIT}/high.json`,
      '--format',
      'csv',
      '-o',
      join(folder, 'scores.csv'),
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const written = readFileSync(join(folder, 'scores.csv'), 'utf8');
    expect(written.startsWith('\ufefffile;version;respondent;')).toBe(true);

    const again = await runInProcess([
      'score',
      `${EXIT}/low.yaml`,
      '--format',
      'csv',
      '-o',
      join(folder, 'scores.csv'),
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('bestaat al; kies een andere naam of gebruik --force');
    expect(readFileSync(join(folder, 'scores.csv'), 'utf8')).toBe(written);

    const forced = await runInProcess([
      'score',
      `${EXIT}/low.yaml`,
      '--format',
      'csv',
      '-o',
      join(folder, 'scores.csv'),
      '--force',
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, 'scores.csv'), 'utf8')).toContain('low.yaml;1.0.0;Bram;');
    expect(readdirSync(folder)).toEqual(['scores.csv']);
  });

  it('writes relative to the working folder, without colour, and still exits by the scores', async () => {
    const run = await runInProcess(
      ['score', join(process.cwd(), EXIT, 'low.yaml'), '-o', 'table.txt', '--fail-under', '60'],
      { cwd: temp, tty: true, env: { FORCE_COLOR: '3' } },
    );
    expect(run.code).toBe(1);
    expect(readFileSync(join(temp, 'table.txt'), 'utf8')).not.toContain('\u001b[');
  });
});

describe('template', () => {
  it('scores untouched as 0 of 12 answered, no score, exit 0', async () => {
    const template = await runInProcess(['template', '--name', 'Anna "A" de Vries']);
    expect(template.code).toBe(0);
    writeFileSync(join(temp, 'blank.yaml'), template.stdout);
    const run = await runInProcess(['score', 'blank.yaml'], { cwd: temp });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('    –  geen score            0 van 12      –    –    –    –    –    –  blank.yaml');
    const json = JSON.parse(
      (await runInProcess(['score', 'blank.yaml', '--format', 'json', '--fail-under', '60'], { cwd: temp })).stdout,
    );
    expect(json.results[0]).toMatchObject({
      respondent: 'Anna "A" de Vries',
      answered: 0,
      total: 12,
      overall: { score: null, level: null },
    });
  });

  it('says "0 of 12 answered" in English', async () => {
    const template = await runInProcess(['--lang', 'en', 'template']);
    writeFileSync(join(temp, 'blank-en.yaml'), template.stdout);
    const run = await runInProcess(['--lang', 'en', 'score', 'blank-en.yaml'], { cwd: temp });
    expect(run.stdout).toContain('0 of 12');
    expect(run.stdout).toContain('no score');
  });

  it('lists every question id, with its text and options above it, and scores once filled in', async () => {
    const { stdout } = await runInProcess(['template']);
    const data = parse(stdout);
    const ids = Object.keys(data.answers);
    expect(ids).toHaveLength(12);
    expect(ids[0]).toBe('gesprek-samenvatting-voor-oplossing');
    expect(data).toMatchObject({ questionSet: 'kantellat', version: '2.0.0', respondent: null, notes: null });
    expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stdout).toContain('  # Vraag 1 (Het gesprek): Denk aan je laatste tien keukentafelgesprekken:\n');
    expect(stdout).toContain(
      '  #   alle = Alle tien, weet-niet = Weet ik niet, nvt = Niet van toepassing\n  gesprek-samenvatting-voor-oplossing:\n',
    );
    const filled = stdout.replace(/^ {2}([a-z-]+):$/gm, '  $1: alle');
    writeFileSync(join(temp, 'filled.yaml'), filled);
    const run = await runInProcess(['score', 'filled.yaml', '--format', 'json'], { cwd: temp });
    // "Alle tien" everywhere: 100 on each forward question, 0 on the reverse-keyed one every theme has
    const result = JSON.parse(run.stdout).results[0];
    expect(result.themes.map((t: { score: number }) => t.score)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(result.consistency.flagged).toBe(true);
  });

  it('writes -o FILE and refuses to overwrite it', async () => {
    expect((await runInProcess(['template', '-o', 'mine.yaml'], { cwd: temp })).code).toBe(0);
    const again = await runInProcess(['template', '-o', 'mine.yaml'], { cwd: temp });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('mine.yaml bestaat al');
    expect((await runInProcess(['template', '-o', 'mine.yaml', '--force', '--name', 'B'], { cwd: temp })).code).toBe(0);
    expect(readFileSync(join(temp, 'mine.yaml'), 'utf8')).toContain('respondent: "B"');
  });
});
