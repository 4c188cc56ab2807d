import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess, type InProcessRun } from './score-harness.js';

// Four question sets of other kinds than the Kantellat, plus one in English only, each run
// through every command: they must work, and read in their own words (tests/fixtures/outside-sets/).
const DIR = 'tests/fixtures/outside-sets';
const temp = mkdtempSync(join(tmpdir(), 'kantellat-outside-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Words of the Kantellat that the tool must not put into another set's output. */
const KANTELLAT_WORDS =
  /[Kk]antellat|[Gg]ekanteld|[Kk]anteling|[Ss]hifted|jullie gesprekken|your conversations|zoals vaak|such as vaak/;
/** The tool's name stays (`kantellat score ...` in a hint, `kantellat:` before a message, `kind: kantellat-report`): only the instrument's name is banned. */
const withoutToolName = (text: string): string => text.replace(/\bkantellat(?=[\s"':-]|$)/g, '');
/** A page's scripts carry the whole message catalogue of the tool (the form); what a person reads is the rest. */
const visible = (html: string): string => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

interface OutsideSet {
  name: string;
  set: string;
  answers: string[];
  title: string;
  /** Whether the set has a "weet ik niet" option: without one, no output may mention it. */
  dontKnow: boolean;
}

const SETS: OutsideSet[] = [
  {
    name: 'yes/no checklist in points',
    set: `${DIR}/checklist/checklist.yaml`,
    answers: [`${DIR}/checklist/team-a.yaml`, `${DIR}/checklist/team-b.yaml`],
    title: 'Releasechecklist',
    dontKnow: false,
  },
  {
    name: 'traffic-light health check',
    set: `${DIR}/health-check/teamcheck.yaml`,
    answers: [`${DIR}/health-check/sessie-1`, `${DIR}/health-check/sessie-2`],
    title: 'Teamcheck',
    dontKnow: false,
  },
  {
    name: 'weighted Likert with reverse items and n.v.t.',
    set: `${DIR}/likert/werkdruk.yaml`,
    answers: [`${DIR}/likert/noor.yaml`, `${DIR}/likert/sem.yaml`],
    title: 'Werkdrukscan',
    dontKnow: false,
  },
  {
    name: 'smallest legal set',
    set: `${DIR}/smallest/kort.yaml`,
    answers: [`${DIR}/smallest/antwoord.yaml`],
    title: 'Kort',
    dontKnow: false,
  },
  {
    name: 'English-only set',
    set: `${DIR}/english-only/workshop.yaml`,
    answers: [`${DIR}/english-only/kim.yaml`],
    title: 'Workshop feedback',
    dontKnow: true,
  },
];

/** Every answer file of a set's fixtures (a folder stands for its files). */
function answerFiles(entry: OutsideSet): string[] {
  return entry.answers.flatMap((path) =>
    path.endsWith('.yaml') ? [path] : ['Ayla', 'Bram', 'Chris'].map((who) => `${path}/${who}.yaml`),
  );
}

function expectOwnWords(entry: OutsideSet, label: string, text: string): void {
  expect(withoutToolName(text), label).not.toMatch(KANTELLAT_WORDS);
  if (!entry.dontKnow) expect(text, label).not.toMatch(/weet ik niet|don't know/i);
}

async function run(args: string[], env: Record<string, string> = {}): Promise<InProcessRun> {
  return runInProcess(args, { env: { KANTELLAT_HOME: join(temp, 'home-none'), ...env } });
}

describe.each(SETS)('$name', (entry) => {
  const q = ['--questions', entry.set];
  const files = answerFiles(entry);

  it('validates, the set and its answers', async () => {
    const result = await run([...q, 'validate', entry.set, ...files]);
    expect(result.code, result.stderr).toBe(0);
    expectOwnWords(entry, 'validate', result.stdout + result.stderr);
  });

  it.each(['text', 'markdown', 'json', 'yaml', 'html'])('shows its questions as %s', async (format) => {
    const result = await run([...q, 'questions', '--format', format]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(entry.title);
    expectOwnWords(entry, `questions ${format}`, result.stdout + result.stderr);
  });

  it('writes a template that names its own set', async () => {
    const result = await run([...q, 'template']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`--questions ${entry.set}`);
    expectOwnWords(entry, 'template', result.stdout + result.stderr);
  });

  it.each(['table', 'json', 'jsonl', 'csv', 'markdown'])('scores in %s', async (format) => {
    const result = await run([...q, 'score', '--format', format, ...entry.answers]);
    expect(result.code, result.stderr).toBe(0);
    expectOwnWords(entry, `score ${format}`, result.stdout + result.stderr);
  });

  it.each(['terminal', 'markdown', 'csv', 'json', 'html'])('reports in %s', async (format) => {
    const result = await run([...q, 'report', '--format', format, ...entry.answers]);
    expect(result.code, result.stderr).toBe(0);
    expectOwnWords(
      entry,
      `report ${format}`,
      (format === 'html' ? visible(result.stdout) : result.stdout) + result.stderr,
    );
  });

  it('compares two answer files', async () => {
    const [first] = files;
    const last = files.at(-1);
    if (first === undefined || last === undefined) throw new Error('no answer files');
    for (const format of ['text', 'markdown', 'json']) {
      const result = await run([...q, 'compare', '--format', format, first, last]);
      expect(result.code, result.stderr).toBe(0);
      expectOwnWords(entry, `compare ${format}`, result.stdout + result.stderr);
    }
  });

  it('writes the form page', async () => {
    const target = join(temp, `${entry.title}.html`);
    const result = await run([...q, 'form', '-o', target, '--force']);
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(target, 'utf8');
    expect(page).toContain(entry.title);
    expectOwnWords(entry, 'form', visible(page) + result.stderr);
  });

  it('lists and compares saved results, or says in its own words that there are none', async () => {
    const empty = await run([...q, 'history'], { KANTELLAT_HOME: join(temp, `empty-${entry.title}`) });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain(`"${entry.title}"`);
    expect(empty.stderr).toContain(`check --questions ${entry.set}`);
    expectOwnWords(entry, 'history (none)', empty.stderr);

    const home = join(temp, `home-${entry.title}`);
    mkdirSync(join(home, 'results'), { recursive: true });
    files
      .slice(0, 2)
      .forEach((file, i) => copyFileSync(file, join(home, 'results', `x-2026-0${i + 1}-01T10-00-00.yaml`)));
    const history = await run([...q, 'history'], { KANTELLAT_HOME: home });
    expect(history.code, history.stderr).toBe(0);
    expectOwnWords(entry, 'history', history.stdout + history.stderr);
    const compare = await run([...q, 'compare'], { KANTELLAT_HOME: home });
    expectOwnWords(entry, 'compare from history', compare.stdout + compare.stderr);
    if (files.length >= 2) expect(compare.code, compare.stderr).toBe(0);
    else {
      expect(compare.code).toBe(2);
      expect(compare.stderr).toContain(`check --questions ${entry.set}`);
    }
  });
});

describe('the yes/no checklist shows points', () => {
  const q = ['--questions', `${DIR}/checklist/checklist.yaml`];
  const files = [`${DIR}/checklist/team-a.yaml`, `${DIR}/checklist/team-b.yaml`];

  it('puts the points in JSON, with the level chosen on them', async () => {
    const result = await run([...q, 'score', '--format', 'json', ...files]);
    const overall = JSON.parse(result.stdout).results.map((r: { overall: unknown }) => r.overall);
    // Team A: 4 yes of 6 → band 4–5 "Redelijk"; the 0–100 score (mean of 67 and 67) stays beside it.
    expect(overall).toEqual([
      { score: 67, level: 'Redelijk', band: 1, reason: null, range: null, points: { points: 4, max: 6 } },
      { score: 100, level: 'Op orde', band: 2, reason: null, range: null, points: { points: 6, max: 6 } },
    ]);
  });

  it('shows "4/6" under "Punten" in the table, and "Points" in English', async () => {
    const nl = await run([...q, 'score', ...files]);
    expect(nl.stdout).toMatch(/Punten\s+Niveau/);
    expect(nl.stdout).toMatch(/4\/6\s+Redelijk/);
    const en = await run([...q, '--lang', 'en', 'score', '--format', 'markdown', files[0] ?? '']);
    expect(en.stdout).toContain('# Scores: Release checklist');
    expect(en.stdout).toContain('| **4/6** | Fair |');
  });

  it('gives the group its mean points and the level on them', async () => {
    const result = await run([...q, 'report', ...files]);
    expect(result.stdout).toMatch(/gemiddeld 83,5 {2}Redelijk/);
    expect(result.stdout).toContain('punten: gemiddeld 5 van 6');
    const json = JSON.parse((await run([...q, 'report', '--format', 'json', ...files])).stdout);
    expect(json.overall.points).toEqual({ mean: 5, max: 6 });
  });

  it('says on paper that the levels go by the points', async () => {
    const text = await run([...q, 'questions', '--format', 'markdown']);
    expect(text.stdout).toContain('Het totaal is in punten, van 0 tot 6; het niveau hangt af van de punten.');
    // A set whose themes need one answer says nothing about a theme minimum.
    expect(text.stdout).not.toContain('Een thema krijgt alleen een score');
    const json = JSON.parse((await run([...q, 'questions', '--format', 'json'])).stdout);
    expect(json.maxPoints).toBe(6);
  });

  it('is not shown in points for sets without scoring.points', async () => {
    const result = await run([
      '--questions',
      `${DIR}/likert/werkdruk.yaml`,
      'score',
      '--format',
      'json',
      `${DIR}/likert/noor.yaml`,
    ]);
    expect(JSON.parse(result.stdout).results[0].overall.points).toBeNull();
  });
});

describe('the traffic-light health check shows its tones', () => {
  const q = ['--questions', `${DIR}/health-check/teamcheck.yaml`];
  const session = [`${DIR}/health-check/sessie-2`, '--baseline', `${DIR}/health-check/sessie-1`];

  it('colours green as green in the HTML report, with the label beside it', async () => {
    const result = await run([...q, 'report', '--format', 'html', ...session]);
    expect(result.code, result.stderr).toBe(0);
    // The legend swatch of each option carries its tone's colour, and its label follows.
    expect(result.stdout).toMatch(/fill="#009e73"[^]*?<\/svg> Groen/);
    expect(result.stdout).toMatch(/fill="#e69f00"[^]*?<\/svg> Oranje/);
    expect(result.stdout).toMatch(/fill="#d55e00"[^]*?<\/svg> Rood/);
  });

  it('colours the counts in a colour terminal, and not with NO_COLOR', async () => {
    const coloured = await runInProcess([...q, 'report', ...session], {
      tty: true,
      env: { NO_COLOR: '', FORCE_COLOR: '1', KANTELLAT_HOME: temp },
    });
    expect(coloured.code, coloured.stderr).toBe(0);
    expect(coloured.stdout).toContain('\u001b[32mGroen 2\u001b[39m');
    expect(coloured.stdout).toContain('\u001b[31mRood 0\u001b[39m');
    const plain = await runInProcess([...q, 'report', ...session], { tty: true, env: { KANTELLAT_HOME: temp } });
    expect(plain.stdout).toContain('Groen 2');
    expect(plain.stdout).not.toContain('\u001b[');
    const noColorFlag = await runInProcess([...q, '--no-color', 'report', ...session], {
      tty: true,
      env: { NO_COLOR: '', KANTELLAT_HOME: temp },
    });
    expect(noColorFlag.stdout).not.toContain('\u001b[');
  });

  it('compares the second session with the first', async () => {
    const result = await run([...q, 'report', '--format', 'markdown', ...session]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Teamcheck');
  });
});

describe('the weighted Likert set', () => {
  it('scores reverse items, n.v.t. and theme weights as computed by hand', async () => {
    const result = await run([
      '--questions',
      `${DIR}/likert/werkdruk.yaml`,
      'score',
      '--format',
      'json',
      `${DIR}/likert/noor.yaml`,
    ]);
    const [noor] = JSON.parse(result.stdout).results;
    // Hoeveelheid (weight 2): af "oneens" (weight 2) 25, overwerk reversed "eens" 25, pauze n.v.t.
    // → 25. Regelruimte: volgorde "eens" 75, gestoord reversed "neutraal" 50 → 62.5 → 63.
    // Overall (25 × 2 + 62.5) / 3 = 37.5 → 38: "Te hoog".
    expect(noor.themes.map((theme: { score: number }) => theme.score)).toEqual([25, 63]);
    expect(noor.overall).toMatchObject({ score: 38, level: 'Te hoog' });
    expect(noor.notApplicable).toBe(1);
  });

  it('names its own non-answer and a neutral reverse label in the report', async () => {
    const result = await run([
      '--questions',
      `${DIR}/likert/werkdruk.yaml`,
      'report',
      '--format',
      'markdown',
      `${DIR}/likert`,
    ]);
    expect(result.stdout).toContain('"Niet van toepassing" en open gelaten vragen tellen niet mee');
    expect(result.stdout).toContain('hoe hoger, hoe beter');
    expect(result.stdout).toContain('omgekeerd gescoord: hier is het laagste antwoord het beste');
  });
});

describe('the English-only set', () => {
  const q = ['--questions', `${DIR}/english-only/workshop.yaml`];
  const kim = `${DIR}/english-only/kim.yaml`;

  it('speaks English throughout when no language is chosen', async () => {
    const result = await run([...q, 'score', kim]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Score\s+Level\s+Answered/);
    expect(result.stdout).toMatch(/85\s+Worked\s+2 of 3/);
    expect(result.stderr).toBe('1 scored, 0 invalid\n');
  });

  it('keeps a chosen Dutch for its own words and says in one line that the set is English', async () => {
    const ways: Array<{ flag: string[]; env: Record<string, string> }> = [
      { flag: ['--lang', 'nl'], env: {} },
      { flag: [], env: { KANTELLAT_LANG: 'nl' } },
    ];
    for (const { flag, env } of ways) {
      const result = await run([...q, ...flag, 'score', kim], env);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/Score\s+Niveau\s+Beantwoord/);
      expect(result.stdout).toMatch(/85\s+Worked/);
      expect(result.stderr).toContain('Let op: "Workshop feedback" is alleen in het Engels geschreven');
      expect(result.stderr.split('\n').filter((line) => line.startsWith('Let op'))).toHaveLength(1);
    }
  });

  it('makes a template and a page in English', async () => {
    const template = await run([...q, 'template']);
    expect(template.stdout).toContain('Then score it with');
    const target = join(temp, 'workshop-form.html');
    await run([...q, 'form', '-o', target, '--force']);
    expect(readFileSync(target, 'utf8')).toContain('<html lang="en"');
  });
});
