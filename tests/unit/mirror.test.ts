import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuestionSet } from '../../src/core/check-question-set.js';
import { checkMirrorPair } from '../../src/core/mirror-pair.js';
import { MIN_CLIENTS, mirrorResults, teamMirror, type MirrorResult } from '../../src/core/mirror.js';
import type { PreparedSet } from '../../src/core/prepare.js';
import { questionSetSchema } from '../../src/core/question-set.js';
import { scoreAnswers, type Result } from '../../src/core/score.js';
import { loadQuestionSet, parseAnswers, parseQuestionSet } from '../../src/io/load.js';
import { localeOf } from '../../src/messages/locale.js';
import { wordMirror } from '../../src/render/worded.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'mirror-pair');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');
const PRO = parseQuestionSet(read('pro-set.yaml'), 'pro-set.yaml');
const CLIENT = parseQuestionSet(read('client-set.yaml'), 'client-set.yaml');

function scored(set: PreparedSet, file: string): Result {
  const parsed = parseAnswers(readFileSync(file), set, { file });
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return scoreAnswers(set, parsed.answers);
}

const SELF = scored(PRO, join(DIR, 'self.yaml'));
const clients = (folder: string): Result[] =>
  readdirSync(join(DIR, folder))
    .sort()
    .map((name) => scored(CLIENT, join(DIR, folder, name)));

/** Every number about clients anywhere in a mirror result. */
function clientNumbers(mirror: MirrorResult): Array<number | null> {
  return [...mirror.themes, ...mirror.lower, ...mirror.valued].flatMap((item) => [item.clients.mean]);
}

describe('mirrorResults', () => {
  it('shows no client number at all below three clients, and says how many there are', () => {
    const mirror = mirrorResults(PRO, SELF, CLIENT, clients('clients-2'));
    expect(mirror).toMatchObject({ clientCount: 2, minClients: 3, enough: false, themes: [], lower: [], valued: [] });
    expect(JSON.stringify(mirror)).not.toMatch(/"mean"/);
    expect(mirrorResults(PRO, SELF, CLIENT, clients('clients-2').slice(0, 1)).enough).toBe(false);
    expect(mirrorResults(PRO, SELF, CLIENT, [])).toMatchObject({ clientCount: 0, enough: false, themes: [] });
  });

  it("with three clients: own score beside the clients' mean per theme, the largest gap first", () => {
    const mirror = mirrorResults(PRO, SELF, CLIENT, clients('clients-3'));
    expect(mirror.enough).toBe(true);
    // Own: gesprek 100 (altijd, and nooit on the reversed question), eigen-kracht (67 + 100) / 2 = 83.
    // Clients per theme: gesprek 100, 75, 25 -> 66.7; eigen-kracht 100, 75, 100 -> 91.7.
    expect(mirror.themes.map((theme) => [theme.id, theme.self, theme.clients, theme.gap, theme.direction])).toEqual([
      ['gesprek', 100, { mean: 66.7, n: 3 }, 33.3, 'self-higher'],
      ['eigen-kracht', 83, { mean: 91.7, n: 3 }, -8.7, 'close'],
    ]);
    // Questions: c-tijd 100/50/0 -> 50 against the professional's 100: a gap of 50, clearly lower.
    expect(
      mirror.lower.map((question) => [
        question.id,
        question.mirrorOf,
        question.self,
        question.clients.mean,
        question.gap,
      ]),
    ).toEqual([['c-tijd', 'tijd', 100, 50, 50]]);
    // Valued: the highest client means, reverse-keyed questions left out (a high score there is an absence).
    expect(mirror.valued.map((question) => [question.id, question.clients.mean])).toEqual([
      ['c-zelf', 100],
      ['c-beslist', 83.3],
      ['c-tijd', 50],
    ]);
    expect(mirror.valued.some((question) => question.reverse)).toBe(false);
  });

  it('with ten clients the order follows the gaps: own strength first, where the clients differ most', () => {
    const mirror = mirrorResults(PRO, SELF, CLIENT, clients('clients-10'));
    expect(mirror.clientCount).toBe(10);
    expect(mirror.themes.map((theme) => [theme.id, theme.gap, theme.direction])).toEqual([
      ['eigen-kracht', 68, 'self-higher'],
      ['gesprek', 10, 'close'],
    ]);
    // Two clients answered "weet ik niet" on one question each: those means are over 9 clients.
    expect(mirror.lower.map((question) => [question.id, question.clients.n, question.gap])).toEqual([
      ['c-beslist', 9, 83.3],
      ['c-zelf', 9, 50.3],
    ]);
    expect(mirror.themes.find((theme) => theme.id === 'eigen-kracht')?.clients.n).toBe(10);
  });

  it('gives a question no client number when fewer than three clients answered it, even with enough clients in all', () => {
    const three = clients('clients-3');
    const withoutAnswer = (result: Result): Result => ({
      ...result,
      questions: result.questions.map((question) =>
        question.id === 'c-zelf' ? { ...question, option: 'weet-niet', score: null } : question,
      ),
    });
    const mirror = mirrorResults(PRO, SELF, CLIENT, [withoutAnswer(three[0]!), three[1]!, three[2]!]);
    expect(clientNumbers(mirror).length).toBeGreaterThan(0);
    expect(mirror.valued.find((question) => question.id === 'c-zelf')).toBeUndefined();
    expect(MIN_CLIENTS).toBe(3);
  });

  it('a theme without your own score is no comparison, comes last, and says why', async () => {
    const { themeText } = await import('../../src/messages/mirror.js');
    const parsed = parseAnswers(
      'questionSet: spiegel-pro\nversion: 1.0.0\nanswers: { tijd: altijd, formulier: nooit, zelf: nvt, beslist: nvt }\n',
      PRO,
    );
    if (!parsed.ok) throw new Error('does not parse');
    const mirror = mirrorResults(PRO, scoreAnswers(PRO, parsed.answers), CLIENT, clients('clients-10'));
    expect(mirror.themes.map((theme) => [theme.id, theme.self, theme.gap, theme.missing])).toEqual([
      ['gesprek', 100, 10, null],
      ['eigen-kracht', null, null, 'self'],
    ]);
    expect(themeText(wordMirror(mirror, localeOf('nl')).themes[1]!, 3, 'nl')).toBe(
      "'Eigen kracht en regie': geen vergelijking, want je eigen antwoorden geven hier geen score.",
    );
    // The clients' mean is still there: only the comparison is missing.
    expect(mirror.themes[1]?.clients).toEqual({ mean: 15, n: 10 });
  });

  it("never uses a client's name or date", () => {
    const named = clients('clients-3').map((result) => ({ ...result, respondent: 'Geheime Naam', date: '1999-01-01' }));
    const text = JSON.stringify(mirrorResults(PRO, SELF, CLIENT, named));
    expect(text).not.toContain('Geheime Naam');
    expect(text).not.toContain('1999-01-01');
    expect(text).not.toContain('Sanne');
  });

  it('teamMirror: the team mean per theme beside all clients, in the set order, only from three clients', () => {
    const team = [
      { id: 'gesprek', mean: 80, n: 4 },
      { id: 'eigen-kracht', mean: 40, n: 4 },
    ];
    const result = teamMirror(PRO, team, CLIENT, clients('clients-3'));
    expect(
      result.themes.map((theme) => [theme.id, theme.team.mean, theme.clients.mean, theme.gap, theme.direction]),
    ).toEqual([
      ['gesprek', 80, 66.7, 13.3, 'close'],
      ['eigen-kracht', 40, 91.7, -51.7, 'self-lower'],
    ]);
    expect(teamMirror(PRO, team, CLIENT, clients('clients-2'))).toMatchObject({ enough: false, themes: [] });
  });
});

describe('checkMirrorPair', () => {
  const withChanges = (change: (text: string) => string) => {
    const data = questionSetSchema().parse(parseQuestionSet(change(read('client-set.yaml'))).source);
    return checkMirrorPair(data, PRO).map((p) => [p.code, p.severity, p.path.join('.')]);
  };

  it('finds nothing wrong with the fixture pair', () => {
    expect(checkMirrorPair(CLIENT.source, PRO)).toEqual([]);
  });

  it('reports a mirrorOf that points nowhere and a question in another theme than the one it mirrors', () => {
    expect(
      withChanges((text) =>
        text
          .replace('mirrorOf: zelf, theme: eigen-kracht', 'mirrorOf: zelve, theme: eigen-kracht')
          .replace('mirrorOf: beslist, theme: eigen-kracht', 'mirrorOf: beslist, theme: gesprek'),
      ),
    ).toEqual([
      ['mirror-unknown-question', 'error', 'questions.2.mirrorOf'],
      ['mirror-theme-mismatch', 'error', 'questions.3.theme'],
      ['mirror-questions-missing', 'warning', 'questions'],
    ]);
  });

  it('reports a theme the mirrored set does not have', () => {
    const problems = withChanges((text) => text.replaceAll('eigen-kracht', 'zelf-doen'));
    expect(problems[0]).toEqual(['mirror-unknown-theme', 'error', 'themes.1.id']);
    expect(problems.filter(([code]) => code === 'mirror-theme-mismatch')).toHaveLength(2);
  });

  it('versions: another major is an error, another minor a warning', () => {
    expect(withChanges((text) => text.replace('version: 1.0.0 }', 'version: 2.0.0 }'))).toEqual([
      ['mirror-major-version', 'error', 'mirrors.version'],
    ]);
    expect(withChanges((text) => text.replace('version: 1.0.0 }', 'version: 1.1.0 }'))).toEqual([
      ['mirror-other-version', 'warning', 'mirrors.version'],
    ]);
  });

  it('another set, or no mirrors at all, is refused', () => {
    expect(withChanges((text) => text.replace('questionSet: spiegel-pro', 'questionSet: teamoverleg'))).toEqual([
      ['mirror-wrong-set', 'error', 'mirrors.questionSet'],
    ]);
    const bare = questionSetSchema().parse({ ...PRO.source });
    expect(checkMirrorPair(bare, PRO).map((p) => p.code)).toEqual(['mirror-not-declared']);
  });

  it('mirrorOf without mirrors is an error of the set itself', () => {
    const data = questionSetSchema().parse({ ...CLIENT.source, mirrors: undefined });
    expect(checkQuestionSet(data).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['mirror-of-without-mirrors', 'questions.0.mirrorOf'],
      ['mirror-of-without-mirrors', 'questions.1.mirrorOf'],
      ['mirror-of-without-mirrors', 'questions.2.mirrorOf'],
      ['mirror-of-without-mirrors', 'questions.3.mirrorOf'],
    ]);
  });

  it('the bundled client card mirrors every question of the bundled Kantellat, theme by theme, without a warning', async () => {
    const kantellat = await loadQuestionSet();
    const client = await loadQuestionSet('kantellat-client');
    expect(client.id).toBe('kantellat-client');
    expect(client.source.anonymous).toBe(true);
    expect(checkMirrorPair(client.source, kantellat)).toEqual([]);
    expect(client.questions.map((question) => client.source.questions[question.index]?.mirrorOf).sort()).toEqual(
      kantellat.questions.map((question) => question.id).sort(),
    );
    expect(client.themes.map((theme) => theme.id)).toEqual(kantellat.themes.map((theme) => theme.id));
  });
});

describe('the published schemas', () => {
  it('the question-set schema accepts the mirror fields of the bundled client card and the fixture pair', async () => {
    const { jsonSchema } = await import('../../src/core/schemas.js');
    const { schemaErrors } = await import('../helpers/json-schema-subset.js');
    const { parseInput } = await import('../../src/io/load.js');
    for (const file of ['questions/kantellat-client.yaml', 'tests/fixtures/mirror-pair/client-set.yaml']) {
      const source = parseInput(file, readFileSync(join(import.meta.dirname, '..', '..', file)));
      if ('problems' in source) throw new Error(`${file} does not parse`);
      expect(schemaErrors(jsonSchema('question-set'), source.data)).toEqual([]);
    }
  });
});
