import { describe, expect, it } from 'vitest';
import { runInProcess } from './score-harness.js';

// Answer files on the archived Kantellat 1.0.0 and on the current 2.0.0, mixed in one command.
const V1 = 'tests/fixtures/score-golden/a-anna.yaml';
const V2 = 'tests/fixtures/library-answers/answers.yaml';
const SESSION_V2 = 'tests/fixtures/versions-session/';
const SESSION_V1 = 'tests/fixtures/report-baseline/';

describe('versions of the bundled set', () => {
  it('score: each file with its own version; the table is headed again when the themes change', async () => {
    const run = await runInProcess(['score', V1, V2]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  T5  Samenwerking');
    expect(run.stdout).toContain("Thema's (kantellat 2.0.0):\n  T1  Het gesprek");
    expect(run.stdout).toContain('  T5  Breed kijken en voorkomen');
    const json = JSON.parse((await runInProcess(['score', V1, V2, '--format', 'json'])).stdout);
    expect(
      json.results.map((r: { questionSet: { version: string }; overall: { score: number } }) => [
        r.questionSet.version,
        r.overall.score,
      ]),
    ).toEqual([
      ['1.0.0', 69],
      ['2.0.0', 58],
    ]);
  });

  it("compare across versions: says so plainly, compares themes with the same id only, lists no answers, and gives the later file's steps", async () => {
    const run = await runInProcess(['compare', V1, V2]);
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'Het eerste bestand is ingevuld op versie 1.0.0 van de vragenlijst, het tweede op versie 2.0.0. Die versies kun je niet vraag voor vraag vergelijken',
    );
    expect(run.stdout).toMatch(/Het gesprek +88 → 63 +↓ -25 minder/);
    expect(run.stdout).toMatch(/Breed kijken en voorkomen +– → 63\b/);
    expect(run.stdout).not.toContain('Veranderde antwoorden');
    expect(run.stdout).toContain('Volgende stappen, bij de antwoorden van nu');
    const json = JSON.parse((await runInProcess(['compare', V1, V2, '--format', 'json'])).stdout);
    expect(json).toMatchObject({
      versions: { before: '1.0.0', after: '2.0.0' },
      questionByQuestion: false,
      changedAnswers: [],
    });
    // Different themes: both overall scores, no change.
    expect(json.overall).toMatchObject({ before: 69, after: 58, change: null, direction: null });
  });

  it('compare on one version lists the changed answers and the later steps', async () => {
    const json = JSON.parse(
      (
        await runInProcess([
          'compare',
          'tests/fixtures/versions-session/p1.yaml',
          'tests/fixtures/versions-session/p3.yaml',
          '--format',
          'json',
        ])
      ).stdout,
    );
    expect(json.questionByQuestion).toBe(true);
    expect(json.changedAnswers.length).toBeGreaterThan(0);
    expect(json.steps.length).toBeGreaterThan(0);
  });

  it('score --format csv says once which themes of an archived version have no column', async () => {
    const run = await runInProcess(['score', SESSION_V1, '--format', 'csv']);
    expect(run.code).toBe(0);
    const notes = run.stderr.split('\n').filter((line) => line.includes('geen kolom'));
    expect(notes).toEqual([
      "let op: de CSV heeft geen kolom voor de thema's samenwerking, inspraak van kantellat 1.0.0 (de kolommen zijn die van kantellat 2.0.0); --format json of jsonl geeft ze wel",
    ]);
    expect((await runInProcess(['score', SESSION_V2, '--format', 'csv'])).stderr).not.toContain('geen kolom');
    expect((await runInProcess(['score', SESSION_V1, '--format', 'json'])).stderr).not.toContain('geen kolom');
    expect((await runInProcess(['score', SESSION_V1, '--format', 'csv', '--quiet'])).stderr).toBe('');
  });

  it('report refuses one session on two versions, and says what to do', async () => {
    const run = await runInProcess(['report', SESSION_V2, SESSION_V1]);
    expect(run.code).toBe(2);
    // The files of the smaller group are named, so they can be found and moved; the larger group is counted.
    expect(run.stderr).toContain(
      'verschillende versies van de vragenlijst (2.0.0: 3 (tests/fixtures/versions-session/p1.yaml, tests/fixtures/versions-session/p2.yaml, tests/fixtures/versions-session/p3.yaml); 1.0.0: 10)',
    );
    expect(run.stderr).toContain('maak een rapport per versie, of geef de oudere als --baseline');
  });

  it('report with a baseline on another version: themes with the same id only, no questions, said plainly; counts, never who', async () => {
    const run = await runInProcess(['report', SESSION_V2, '--baseline', SESSION_V1, '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.baseline).toMatchObject({
      versions: { before: '1.0.0', after: '2.0.0' },
      questionByQuestion: false,
      movedQuestions: [],
    });
    expect(doc.baseline.overall).toMatchObject({ meanChange: null, meanDirection: null });
    const breed = doc.baseline.themes.find((theme: { id: string }) => theme.id === 'breed');
    expect(breed).toMatchObject({ before: { n: 0, mean: null }, meanChange: null });
    expect(doc).toMatchObject({ nonAnswers: { dontKnow: 1, notApplicable: 0 }, consistencyFlagged: 1 });
    const text = (await runInProcess(['report', SESSION_V2, '--baseline', SESSION_V1])).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain(
      'De vorige sessie vulde versie 1.0.0 van de vragenlijst in, deze sessie versie 2.0.0.',
    );
    expect(text.replace(/\s+/g, ' ')).toContain('1 van de 3 deelnemers gaf een opvallend antwoordpatroon');
    expect(text).not.toMatch(/P\d.*opvallend/);
  });
});
