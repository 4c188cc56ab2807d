import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/core/schemas.js';
import { localize } from '../../src/core/text.js';
import { loadQuestionSet } from '../../src/io/load.js';
import { schemaErrors } from '../helpers/json-schema-subset.js';
import { runInProcess } from './score-harness.js';

const P = 'tests/fixtures/mirror-pair';
/** The small fixture pair: the professional's set with --questions, the clients' with --client-questions. */
const pair = (...args: string[]): string[] => [
  '--questions',
  `${P}/pro-set.yaml`,
  'mirror',
  `${P}/self.yaml`,
  ...args,
  '--client-questions',
  `${P}/client-set.yaml`,
];

describe('kantellat mirror', () => {
  it('with two clients: a clear message and no numbers, in every format', async () => {
    const terminal = await runInProcess(pair(`${P}/clients-2`));
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain('pas vanaf 3 cliënten');
    expect(terminal.stdout).toContain('Vraag nog 1 cliënt de kaart');
    expect(terminal.stdout).not.toMatch(/gemiddeld|\(n = /);
    const json = await runInProcess(pair(`${P}/clients-2`, '--format', 'json'));
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({
      kind: 'kantellat-mirror',
      clientCount: 2,
      enough: false,
      themes: [],
      lower: [],
      valued: [],
    });
    expect(document.message).toContain('3');
    for (const format of ['markdown', 'html']) {
      const run = await runInProcess(pair(`${P}/clients-2`, '--format', format));
      expect(run.stdout).toContain('pas vanaf 3 cliënten');
      expect(run.stdout).not.toMatch(/66,7|gemiddeld \d/);
    }
  });

  it('with three clients: the gaps, the largest first, as reflection prompts', async () => {
    const run = await runInProcess(pair(`${P}/clients-3`));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      "1. Je schat 'Het gesprek' hoger in dan je cliënten: jij 100, zij gemiddeld 66,7 (n = 3).",
    );
    expect(run.stdout).toMatch(/2\. Over 'Eigen kracht en regie' denken jij en je\s+cliënten ongeveer hetzelfde/);
    // A set without steps: the general suggestion instead.
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('Kies één vraag van dit thema en vraag een paar cliënten');
    expect(run.stdout).toMatch(/'Had de consulent genoeg tijd\?': je cliënten gemiddeld 50 \(n = 3\); jij 100/);
    expect(run.stdout).not.toContain('Sanne');
  });

  it('with ten clients, in English: own strength comes first now', async () => {
    const run = await runInProcess(['--lang', 'en', ...pair(`${P}/clients-10`)]);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf("You rate 'Own strength and control' higher")).toBeGreaterThan(0);
    expect(run.stdout.indexOf("You rate 'Own strength and control' higher")).toBeLessThan(
      run.stdout.indexOf("On 'The conversation' you and your clients think much alike"),
    );
    expect(run.stdout).toContain('10 clients');
  });

  it('JSON fits the published schema, and gives every prompt', async () => {
    const run = await runInProcess(pair(`${P}/clients-10`, '--format', 'json'));
    const document: unknown = JSON.parse(run.stdout);
    expect(schemaErrors(jsonSchema('mirror'), document)).toEqual([]);
    expect(document).toMatchObject({
      enough: true,
      clientCount: 10,
      themes: [
        { id: 'eigen-kracht', gap: 68 },
        { id: 'gesprek', gap: 10 },
      ],
    });
    const twoClients = JSON.parse((await runInProcess(pair(`${P}/clients-2`, '--format', 'json'))).stdout);
    expect(schemaErrors(jsonSchema('mirror'), twoClients)).toEqual([]);
  });

  it('a client file of another set or another major version is named and left out; the others still count', async () => {
    const run = await runInProcess(pair(`${P}/clients-3`, `${P}/other`));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${P}/other/wrong-set.yaml:1:14  deze antwoorden horen bij vragenlijst "spiegel-pro", niet bij "spiegel-client"`,
    );
    expect(run.stderr).toContain(`${P}/other/wrong-version.yaml:2:10  deze antwoorden zijn gegeven op versie 2.0.0`);
    expect(run.stderr).toContain('3 cliënten meegeteld; 2 bestanden overgeslagen');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('gemiddeld 66,7 (n = 3)');
  });

  it('two good files and a bad one: still below three, so still no numbers', async () => {
    const run = await runInProcess(pair(`${P}/clients-2`, `${P}/other/wrong-set.yaml`));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('pas vanaf 3 cliënten');
    expect(run.stdout).not.toMatch(/\(n = /);
  });

  it('refuses a client set that does not fit, with the place of each problem', async () => {
    const run = await runInProcess([
      '--questions',
      `${P}/pro-set.yaml`,
      'mirror',
      `${P}/self.yaml`,
      `${P}/clients-3`,
      '--client-questions',
      'kantellat-client',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('deze lijst spiegelt "kantellat", niet "spiegel-pro"');
    expect(run.stdout).toBe('');
  });

  it('the bundled Kantellat finds its client card by itself', async () => {
    const run = await runInProcess([
      'mirror',
      'tests/fixtures/mirror-kantellat/self.yaml',
      'tests/fixtures/mirror-kantellat/clients',
      '--format',
      'markdown',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# De stem van je cliënten');
    expect(run.stdout).toContain(
      "Je schat 'Eigen kracht en regie' hoger in dan je cliënten: jij 75, zij gemiddeld 12,5 (n = 4)",
    );
    // The professional's question is named by its short name.
    expect(run.stdout).toMatch(/jij 75 bij '[^']+'/);
    // A theme rated higher than the clients do gets the Kantellat's own step for the widest question.
    const kantellat = await loadQuestionSet();
    const step = kantellat.questionById.get('eigen-kracht-zelf-regelen')?.steps[0];
    expect(step).toBeDefined();
    const short = localize(kantellat.questionById.get('eigen-kracht-zelf-regelen')?.short ?? '', 'nl');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      `Het verst uiteen lopen jullie bij '${short}'. Probeer dit: ${localize(step ?? '', 'nl').replace(/\s+/g, ' ')}`,
    );
  });

  it("swapping the files round (a client file as one's own) gives a clear refusal", async () => {
    const run = await runInProcess([
      'mirror',
      'tests/fixtures/mirror-kantellat/clients/kaart-1.yaml',
      'tests/fixtures/mirror-kantellat/clients',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('deze antwoorden horen bij vragenlijst "kantellat-client", niet bij "kantellat"');
    expect(run.stderr).toContain('je eigen antwoordbestand is niet te gebruiken');
  });

  it('writes a file with -o and refuses to replace it without --force', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kantellat-mirror-'));
    try {
      const file = join(dir, 'spiegel.html');
      expect((await runInProcess(pair(`${P}/clients-3`, '--format', 'html', '-o', file))).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toContain('<h1>De stem van je cliënten</h1>');
      const again = await runInProcess(pair(`${P}/clients-3`, '--format', 'html', '-o', file));
      expect(again.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--questions takes a bundled set by id', () => {
  it('questions, template and validate work with kantellat-client', async () => {
    const questions = await runInProcess(['--questions', 'kantellat-client', 'questions']);
    expect(questions.code).toBe(0);
    expect(questions.stdout).toContain('Hoe was uw gesprek?');
    const template = await runInProcess(['--questions', 'kantellat-client', 'template']);
    expect(template.stdout).toContain('questionSet: "kantellat-client"');
    // Anonymous: no name and no date to fill in.
    expect(template.stdout).not.toMatch(/^(respondent|date):/m);
    const validate = await runInProcess([
      '--questions',
      'kantellat-client',
      'validate',
      'tests/fixtures/mirror-kantellat/clients/kaart-1.yaml',
    ]);
    expect(validate.code).toBe(0);
    // Without --questions, a client card's answers are checked against the bundled card they name.
    const byId = await runInProcess([
      'validate',
      'tests/fixtures/mirror-kantellat/clients/kaart-2.yaml',
      'tests/fixtures/mirror-kantellat/self.yaml',
    ]);
    expect(byId).toMatchObject({ code: 0 });
    expect(byId.stdout).toContain('geldig antwoordbestand voor "kantellat-client"');
    expect(byId.stdout).toContain('geldig antwoordbestand voor "kantellat"');
  });

  it('validate checks the pairing: with the set in the same run, with --mirrored, or the bundled one by id', async () => {
    expect((await runInProcess(['validate', `${P}/client-set.yaml`, `${P}/pro-set.yaml`])).code).toBe(0);
    expect((await runInProcess(['validate', `${P}/client-set.yaml`, '--mirrored', `${P}/pro-set.yaml`])).code).toBe(0);
    const missing = await runInProcess(['validate', `${P}/client-set.yaml`]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      `${P}/client-set.yaml:6:25  kan niet controleren of deze lijst past bij "spiegel-pro"`,
    );
    const bundled = await runInProcess(['validate', 'questions/kantellat-client.yaml']);
    expect(bundled).toMatchObject({ code: 0, stderr: '' });
    const wrong = await runInProcess([
      'validate',
      'questions/kantellat-client.yaml',
      '--mirrored',
      `${P}/pro-set.yaml`,
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /questions\/kantellat-client\.yaml:\d+:\d+  deze lijst spiegelt "kantellat", niet "spiegel-pro"/,
    );
  });
});

describe('report --clients', () => {
  const report = (...args: string[]): string[] => [
    '--questions',
    `${P}/pro-set.yaml`,
    'report',
    `${P}/team`,
    '--client-questions',
    `${P}/client-set.yaml`,
    ...args,
  ];

  it("adds the team's own view beside all its clients' view per theme", async () => {
    const run = await runInProcess(report('--format', 'markdown', '--clients', `${P}/clients-3`));
    expect(run.code).toBe(0);
    // Team: gesprek (100 + 67) / 2 = 83.5, eigen-kracht (83 + 33) / 2 = 58; clients 66.7 and 91.7.
    expect(run.stdout).toContain('| Het gesprek | 83,5 | 2 | 66,7 | 3 | +16,8 |');
    expect(run.stdout).toContain('| Eigen kracht en regie | 58 | 2 | 91,7 | 3 | -33,7 |');
    expect(run.stdout).toContain("De cliënten zijn positiever over 'Eigen kracht en regie' dan het team zelf");
    const json = JSON.parse((await runInProcess(report('--format', 'json', '--clients', `${P}/clients-3`))).stdout);
    expect(json.clients).toMatchObject({
      enough: true,
      clientCount: 3,
      themes: [
        { id: 'gesprek', gap: 16.8 },
        { id: 'eigen-kracht', gap: -33.7 },
      ],
    });
  });

  it('below three clients: the section says so, without numbers; without --clients the report is as before', async () => {
    const few = await runInProcess(report('--format', 'markdown', '--clients', `${P}/clients-2`));
    expect(few.stdout).toContain(
      'Er zijn 2 antwoordbestanden van cliënten; cliënten worden pas vanaf 3 samen getoond.',
    );
    expect(few.stdout).not.toContain('| Het gesprek | 83,5');
    const plain = await runInProcess(report('--format', 'json'));
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('clients');
  });

  it('names a bad client file, leaves it out, and ends with exit code 2', async () => {
    const run = await runInProcess(
      report('--format', 'html', '--clients', `${P}/clients-3`, `${P}/other/wrong-set.yaml`),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('3 cliënten in de vergelijking; 1 bestand van cliënten overgeslagen');
    expect(run.stdout).toContain('<section id="clients">');
  });
});
