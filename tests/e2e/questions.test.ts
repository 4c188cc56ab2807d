import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli.js';

const FORMATS = ['text', 'markdown', 'json', 'yaml'] as const;
const LANGS = ['nl', 'en'] as const;

interface QuestionsJson {
  id: string;
  version: string;
  title: string;
  themes: Array<{ id: string; title: string }>;
  questions: Array<{
    id: string;
    theme: string;
    text: string;
    reverse: boolean;
    frame: string | null;
    options: Array<{ id: string; value: number | null; label: string; unanswered: boolean }>;
  }>;
}

async function questionsJson(args: string[] = []): Promise<QuestionsJson> {
  const run = await runCliInProcess([...args, 'questions', '--format', 'json']);
  expect(run.code).toBe(0);
  const parsed: QuestionsJson = JSON.parse(run.stdout);
  return parsed;
}

describe('kantellat questions', () => {
  it.each(LANGS.flatMap((lang) => FORMATS.map((format) => [lang, format] as const)))(
    '--lang %s --format %s writes only to stdout, without colour',
    async (lang, format) => {
      const run = await runCliInProcess(['--lang', lang, 'questions', '--format', format]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.length).toBeGreaterThan(1000);
      expect(run.stdout).not.toContain('\u001b[');
    },
  );

  it('gives the set as data in JSON: id, version, themes, questions with their options', async () => {
    const view = await questionsJson();
    expect(view.id).toBe('kantellat');
    expect(view.version).toBe('2.0.0');
    expect(view.themes.map((theme) => theme.id)).toEqual([
      'gesprek',
      'eigen-kracht',
      'netwerk',
      'resultaat',
      'breed',
      'samenspraak',
    ]);
    expect(view.themes[0]).toMatchObject({ id: 'gesprek', title: 'Het gesprek' });
    expect(view.questions).toHaveLength(12);
    for (const [i, question] of view.questions.entries()) {
      expect(question.theme).toBe(view.themes[Math.floor(i / 2)]?.id);
      expect(typeof question.text).toBe('string');
      expect(question.options.map((option) => option.id)).toEqual([
        'geen',
        'paar',
        'helft',
        'meeste',
        'alle',
        'weet-niet',
        'nvt',
      ]);
      expect(typeof question.frame).toBe('string');
    }
    expect(view.questions[0]?.options).toEqual([
      { id: 'geen', value: 0, label: 'Geen (0)', unanswered: false },
      { id: 'paar', value: 1, label: 'Een paar (1 tot 3)', unanswered: false },
      { id: 'helft', value: 2, label: 'Ongeveer de helft (4 tot 6)', unanswered: false },
      { id: 'meeste', value: 3, label: 'De meeste (7 tot 9)', unanswered: false },
      { id: 'alle', value: 4, label: 'Alle tien', unanswered: false },
      { id: 'weet-niet', value: null, label: 'Weet ik niet', unanswered: true },
      { id: 'nvt', value: null, label: 'Niet van toepassing', unanswered: true },
    ]);
    // One reverse-keyed question in every theme.
    for (const theme of view.themes) {
      expect(
        view.questions
          .filter((question) => question.theme === theme.id)
          .map((question) => question.reverse)
          .sort(),
      ).toEqual([false, true]);
    }
  });

  it('gives every text as a plain string in the chosen language', async () => {
    const nl = await questionsJson();
    const en = await questionsJson(['--lang', 'en']);
    expect(nl.title).toBe('De Kantellat');
    expect(en.title).toBe('The Kantellat');
    expect(en.themes[0]?.title).toBe('The conversation');
    expect(en.questions[0]?.options.map((option) => option.label)).toEqual([
      'None (0)',
      'A few (1 to 3)',
      'About half (4 to 6)',
      'Most (7 to 9)',
      'All ten',
      "Don't know",
      'Not applicable',
    ]);
    // Same ids in both languages; only the words differ.
    expect(en.questions.map((question) => question.id)).toEqual(nl.questions.map((question) => question.id));
    for (const [i, question] of en.questions.entries()) expect(question.text).not.toBe(nl.questions[i]?.text);
  });

  it('gives the same data in YAML as in JSON', async () => {
    const yaml = await runCliInProcess(['--lang', 'en', 'questions', '--format', 'yaml']);
    expect(parse(yaml.stdout)).toEqual(await questionsJson(['--lang', 'en']));
  });

  it('prints a Markdown handout a trainer can hand out', async () => {
    const run = await runCliInProcess(['questions', '--format', 'markdown']);
    const md = run.stdout;
    expect(md.startsWith('# De Kantellat\n\n*kantellat versie 2.0.0*\n\nNaam: ')).toBe(true);
    expect(md).toContain('*Kruis bij elke vraag één antwoord aan.*');
    expect(md.match(/^## .*$/gm)).toEqual([
      '## 1. Het gesprek',
      '## 2. Eigen kracht en regie',
      '## 3. Netwerk en mantelzorg',
      '## 4. Resultaat en meedoen',
      '## 5. Breed kijken en voorkomen',
      '## 6. Samenspraak en taal',
      '## Uitkomst',
    ]);
    expect(md.match(/^\*\*\d+\. (In|Bij|Na) hoeveel /gm)).toHaveLength(12);
    // Each question's recall frame stands just above it.
    expect(md.match(/^\*Denk aan .*\*  \n\*\*\d+\. /gm)).toHaveLength(12);
    expect(
      md.match(
        /^☐ Geen \(0\) &nbsp; ☐ Een paar \(1 tot 3\) &nbsp; ☐ Ongeveer de helft \(4 tot 6\) &nbsp; ☐ De meeste \(7 tot 9\) &nbsp; ☐ Alle tien &nbsp; ☐ Weet ik niet &nbsp; ☐ Niet van toepassing$/gm,
      ),
    ).toHaveLength(12);
    expect(md.match(/^> Uitleg bij deze vraag: /gm)).toHaveLength(12);
    expect(md).toContain('| Score | Uitkomst |\n|---|---|\n| 0–39 | **Nog niet gekanteld**: ');
    // On paper too, one non-answer leaves a theme without a score (minAnswered 2 of 2).
    expect(md).toContain('Een thema krijgt alleen een score als al zijn vragen een antwoord hebben.');
  });

  it('prints the handout in English with --lang en, without Dutch scaffolding', async () => {
    const md = (await runCliInProcess(['--lang', 'en', 'questions', '--format', 'markdown'])).stdout;
    expect(md.startsWith('# The Kantellat\n\n*kantellat version 2.0.0*\n\nName: ')).toBe(true);
    expect(md).toContain('*Tick one answer for each question.*');
    expect(md.match(/^> About this question: /gm)).toHaveLength(12);
    expect(md).toContain('| Score | Outcome |');
    expect(md).not.toMatch(/Waarom|Kruis|Uitkomst|Naam|versie|☐ Geen/);
  });

  it('reads in a terminal: numbered questions, boxes to tick, lines of at most 80 columns', async () => {
    const text = (await runCliInProcess(['questions'])).stdout;
    const lines = text.split('\n');
    expect(lines[0]).toBe('De Kantellat (kantellat versie 2.0.0)');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    for (let n = 1; n <= 12; n++) expect(text).toMatch(new RegExp(`^ {1,3}${n}\\. (In|Bij|Na) hoeveel`, 'm'));
    expect(text).toContain('[ ] Geen (0) [ ] Een paar (1 tot 3)');
    expect(text).toMatch(/^ +0–39 +Nog niet gekanteld$/m);
  });

  it('shows a custom question set with --questions, in its own languages', async () => {
    const view = await questionsJson(['--questions', 'docs/examples/teamoverleg.yaml', '--lang', 'en']);
    expect(view.id).toBe('teamoverleg');
    expect(view.title).toBe('The team meeting');
    expect(view.questions.map((question) => [question.id, question.theme, question.reverse])).toEqual([
      ['agenda', 'voorbereiding', false],
      ['stukken-gelezen', 'voorbereiding', true],
      ['eigenaar', 'besluiten', false],
      ['terugkoppeling', 'besluiten', false],
    ]);
    expect(view.questions[0]?.options.at(-1)).toEqual({
      id: 'weet-niet',
      value: null,
      label: "Don't know",
      unanswered: true,
    });
  });

  it('falls back to Dutch for a set without English', async () => {
    const view = await questionsJson([
      '--questions',
      'tests/fixtures/loader-few-aliases/question-set.yaml',
      '--lang',
      'en',
    ]);
    expect(view.title).toBe('Fixture');
    expect(view.themes.map((theme) => theme.title)).toEqual(['A', 'B']);
    expect(view.questions[0]?.options.map((option) => option.label)).toEqual(['Ja', 'Nee']);
  });

  it('refuses an unknown format with the formats it knows', async () => {
    const run = await runCliInProcess(['questions', '--format', 'pdf']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kantellat: onbekend formaat "pdf"; kies uit: text, markdown, json, yaml, html\n',
    });
  });

  it('refuses a broken --questions set with its problems, not a stack trace', async () => {
    const run = await runCliInProcess([
      '--questions',
      'tests/fixtures/check-question-set-unknown-scale/question-set.yaml',
      'questions',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'tests/fixtures/check-question-set-unknown-scale/question-set.yaml:18:47  onbekende schaal "jn"; gebruik een naam uit "scales" (questions[1].scale)',
        'tests/fixtures/check-question-set-unknown-scale/question-set.yaml:19:47  onbekende schaal "toString"; gebruik een naam uit "scales" (questions[2].scale)',
        '',
      ].join('\n'),
    );
  });
});
