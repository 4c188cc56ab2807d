import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBands, checkQuestionSet } from '../../src/core/check-question-set.js';
import { formatPath, InputError, type Problem } from '../../src/core/problem.js';
import type { Band, QuestionSet } from '../../src/core/question-set.js';
import { parseQuestionSet } from '../../src/io/load.js';
import { formatProblem } from '../../src/messages/problems.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Every problem of a fixture question set, each placed in that file, in the order reported. */
function problemList(folder: string): Problem[] {
  const name = `${folder}/question-set.yaml`;
  try {
    parseQuestionSet(readFileSync(join(FIXTURES, name)), name);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const p of error.problems) expect(p.file).toBe(name);
    return error.problems;
  }
  throw new Error(`${name} is a valid question set`);
}

/** Those problems as `line:column code (path)`: what each test pins down. */
function problemsOf(folder: string): string[] {
  return problemList(folder).map((p) => `${p.line}:${p.column} ${p.code} (${formatPath(p.path)})`);
}

describe('cross checks, each at the line and column of what to change', () => {
  it('unknown theme (the ids are case-sensitive)', () => {
    expect(problemsOf('check-question-set-unknown-theme')).toEqual([
      '18:22 unknown-theme (questions[1].theme)',
      '20:12 unknown-theme (questions[2].theme)',
    ]);
  });

  it('unknown scale, also when it is named like an Object method', () => {
    expect(problemsOf('check-question-set-unknown-scale')).toEqual([
      '18:47 unknown-scale (questions[1].scale)',
      '19:47 unknown-scale (questions[2].scale)',
    ]);
  });

  it('duplicate ids of options, themes and questions', () => {
    expect(problemsOf('check-question-set-duplicate-ids')).toEqual([
      '9:15 duplicate-id (scales.yn.options[2].id)',
      '17:9 duplicate-id (themes[1].id)',
      '23:11 duplicate-id (questions[1].id)',
    ]);
    expect(problemList('check-question-set-duplicate-ids').map((p) => p.params['kind'])).toEqual([
      'option',
      'theme',
      'question',
    ]);
  });

  it('band gaps: inside, at the end (100 not covered) and at the start (0 not covered)', () => {
    expect(problemsOf('check-question-set-band-gap')).toEqual([
      '11:12 band-gap (levels[1].min)',
      '12:21 band-gap (levels[2].max)',
      '17:16 band-gap (themes[0].advice[0].min)',
    ]);
    expect(problemList('check-question-set-band-gap').map((p) => p.params['range'])).toEqual(['40', '100', '0–9']);
  });

  it('band overlaps', () => {
    expect(problemsOf('check-question-set-band-overlap')).toEqual([
      '11:12 band-overlap (levels[1].min)',
      '20:14 band-overlap (themes[0].advice[1].min)',
    ]);
    expect(problemList('check-question-set-band-overlap').map((p) => p.params['range'])).toEqual(['40–50', '100']);
  });

  it('bands outside 0–100 or upside down', () => {
    expect(problemsOf('check-question-set-band-outside')).toEqual([
      '10:12 band-range (levels[0].min)',
      '11:21 band-range (levels[1].max)',
      '16:16 band-range (themes[0].advice[0].min)',
    ]);
  });

  it('missing translations when the set lists English', () => {
    expect(problemsOf('check-question-set-missing-translation')).toEqual([
      '5:8 missing-translation (intro)',
      '10:37 missing-translation (scales.yn.options[1].label)',
      '17:66 missing-translation (themes[0].advice[0].text)',
      '22:11 missing-translation (questions[0].help)',
    ]);
  });

  it('weights of 0 and below (0.5 is fine)', () => {
    expect(problemsOf('check-question-set-weight-not-positive')).toEqual([
      '17:59 weight-not-positive (questions[0].weight)',
      '18:59 weight-not-positive (questions[1].weight)',
    ]);
  });

  it('a theme without questions', () => {
    expect(problemsOf('check-question-set-theme-without-questions')).toEqual([
      '16:9 theme-without-questions (themes[1].id)',
    ]);
  });

  it("a minimum of answered questions larger than the theme's questions, from the theme or the default", () => {
    expect(problemsOf('check-question-set-min-answered')).toEqual([
      '10:16 min-answered-too-large (scoring.minAnswered)',
      '16:18 min-answered-too-large (themes[0].minAnswered)',
    ]);
    expect(
      problemList('check-question-set-min-answered').map((p) => [
        p.params['theme'],
        p.params['min'],
        p.params['count'],
      ]),
    ).toEqual([
      ['b', 2, 1],
      ['a', 3, 2],
    ]);
  });

  it('an option without value, an unanswered option with one, a scale with one value', () => {
    expect(problemsOf('check-question-set-option-without-value')).toEqual([
      '9:9 option-value-missing (scales.yn.options[2])',
      '11:51 option-unanswered-value (scales.yn.options[4].value)',
      '14:7 scale-too-few-values (scales.een.options)',
    ]);
  });

  it('format 2 rules: a non-answer with a value, one kind twice, an overall minimum out of reach, untranslated frame and step', () => {
    expect(problemsOf('check-question-set-v2-rules')).toEqual([
      '10:49 option-unanswered-value (scales.f.options[2].value)',
      '11:32 unanswered-kind-twice (scales.f.options[3].unanswered)',
      '14:29 overall-minimum-themes (scoring.overallMinimum.themes)',
      '14:43 overall-minimum-questions (scoring.overallMinimum.questions)',
      '24:12 missing-translation (questions[0].frame)',
      '26:45 missing-translation (questions[0].steps[1])',
    ]);
    const messages = problemList('check-question-set-v2-rules').map((p) => formatProblem(p, 'nl'));
    expect(messages[2]).toContain("minstens 2 thema's met een score, maar de vragenlijst heeft er maar 1");
    expect(problemList('check-question-set-v2-rules').map((p) => formatProblem(p, 'en'))[3]).toContain(
      'at least 3 answered questions, but the set has only 1',
    );
  });

  it('opposite: a question that does not exist, a forward question naming one, a pair across themes', () => {
    expect(problemsOf('check-question-set-opposite')).toEqual([
      '18:77 opposite-unknown (questions[1].opposite)',
      '19:61 opposite-not-a-pair (questions[2].opposite)',
      '20:78 opposite-not-a-pair (questions[3].opposite)',
    ]);
    expect(formatProblem(problemList('check-question-set-opposite')[1] as Problem, 'en')).toContain(
      'put "opposite" on a question with "reverse: true"',
    );
  });

  it('an unknown kind of non-answer names the three that exist', () => {
    const yaml = readFileSync(join(FIXTURES, 'check-question-set-v2-rules/question-set.yaml'), 'utf8').replace(
      'unanswered: not-applicable',
      'unanswered: maybe',
    );
    let problems: Problem[] = [];
    try {
      parseQuestionSet(yaml, 'set.yaml');
    } catch (error) {
      if (error instanceof InputError) problems = error.problems;
    }
    expect(problems.map((p) => `${p.line}:${p.column} ${formatPath(p.path)}`)).toEqual([
      '12:32 scales.f.options[4].unanswered',
    ]);
    expect(problems.map((p) => formatProblem(p, 'en')).join('\n')).toContain(
      'choose dont-know, not-applicable, or true',
    );
  });

  it('reports every problem of a file at once, in file order', () => {
    expect(problemsOf('check-question-set-all-at-once')).toEqual([
      '8:7 scale-too-few-values (scales.yn.options)',
      '9:9 option-value-missing (scales.yn.options[1])',
      '12:12 band-overlap (levels[1].min)',
      '12:21 band-gap (levels[1].max)',
      '12:62 missing-translation (levels[1].text)',
      '16:18 min-answered-too-large (themes[0].minAnswered)',
      '19:9 duplicate-id (themes[1].id)',
      '24:83 weight-not-positive (questions[0].weight)',
      '25:11 duplicate-id (questions[1].id)',
      '25:22 unknown-theme (questions[1].theme)',
      '25:71 unknown-scale (questions[1].scale)',
    ]);
  });
});

describe('structure (zod) before the cross checks', () => {
  it('reports every structural problem at once: missing, unknown and mistyped fields', () => {
    expect(problemsOf('check-question-set-structure')).toEqual([
      '1:1 missing-field (title)',
      '2:10 schema (version)',
      '3:1 unrecognized-key (titel)',
      '7:26 expected-type (scales.yn.options[0].value)',
      '8:42 unrecognized-key (scales.yn.options[1].colour)',
      '10:20 schema (levels[0].max)',
      '13:12 schema (themes[0].title)',
      '14:13 too-few (themes[0].advice)',
      '16:60 expected-type (questions[0].reverse)',
      '17:5 missing-field (questions[1].text)',
      '17:11 schema (questions[1].id)',
    ]);
  });

  it('says what a field needs in plain words', () => {
    const messages = problemList('check-question-set-structure').map((p) => formatProblem(p, 'en'));
    expect(messages).toContain(
      'check-question-set-structure/question-set.yaml:1:1  the field "title" is missing (title)',
    );
    expect(messages).toContain(
      'check-question-set-structure/question-set.yaml:2:10  a version is a semantic version such as 1.0.0 (version)',
    );
    expect(messages).toContain(
      'check-question-set-structure/question-set.yaml:10:20  expected a whole number (levels[0].max)',
    );
    expect(messages).toContain(
      'check-question-set-structure/question-set.yaml:13:12  expected a text, or one text per language such as {nl: ..., en: ...} (themes[0].title)',
    );
  });
});

describe('checkBands on plain data', () => {
  const band = (min: number, max: number): Band => ({ min, max, label: 'x', text: 'x' });

  /** Cut points 1..100, sorted and unique, turned into bands that tile 0..100. */
  const tiling = fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 10 }).map((cuts) => {
    const starts = [0, ...[...cuts].sort((a, b) => a - b)];
    return starts.map((start, i) => band(start, (starts[i + 1] ?? 101) - 1));
  });

  it('finds nothing wrong with any tiling of 0..100, in any order', () => {
    fc.assert(
      fc.property(tiling, fc.integer(), (bands, seed) => {
        const shuffled = [...bands].sort((a, b) => ((a.min * 7919 + seed) % 101) - ((b.min * 7919 + seed) % 101));
        const problems: Problem[] = [];
        checkBands(shuffled, ['levels'], problems);
        expect(problems).toEqual([]);
      }),
    );
  });

  it('finds exactly one gap, at the right score, when a band gives up its first or last score', () => {
    fc.assert(
      fc.property(tiling, fc.nat(), fc.boolean(), (bands, pick, atStart) => {
        const index = pick % bands.length;
        const shrunk = bands[index];
        if (shrunk === undefined || shrunk.min === shrunk.max) return;
        const hole = atStart ? shrunk.min : shrunk.max;
        const changed = bands.map((b, i) =>
          i !== index ? b : atStart ? band(b.min + 1, b.max) : band(b.min, b.max - 1),
        );
        const problems: Problem[] = [];
        checkBands(changed, ['levels'], problems);
        expect(problems.map((p) => [p.code, p.params['range']])).toEqual([['band-gap', String(hole)]]);
      }),
    );
  });
});

describe('checkQuestionSet on plain data', () => {
  const set: QuestionSet = {
    id: 'plain',
    version: '1.0.0',
    title: 'Plain',
    scales: {
      yn: {
        options: [
          { id: 'ja', value: 1, label: 'Ja' },
          { id: 'nee', value: 0, label: 'Nee' },
        ],
      },
    },
    levels: [{ min: 0, max: 100, label: 'Alles', text: 'Alles' }],
    themes: [{ id: 'a', title: 'A', advice: [{ min: 0, max: 100, label: 'Alles', text: 'Alles' }] }],
    questions: [{ id: 'q1', theme: 'a', text: 'Vraag', scale: 'yn' }],
  };

  it('finds nothing wrong with a small valid set', () => {
    expect(checkQuestionSet(set)).toEqual([]);
  });

  it('needs English texts only when the set lists English', () => {
    expect(checkQuestionSet({ ...set, languages: ['nl', 'en'] }).map((p) => p.path.join('.'))).toEqual([
      'title',
      'scales.yn.options.0.label',
      'scales.yn.options.1.label',
      'levels.0.label',
      'levels.0.text',
      'themes.0.title',
      'themes.0.advice.0.label',
      'themes.0.advice.0.text',
      'questions.0.text',
    ]);
  });

  it('looks scales up as own keys only', () => {
    const problems = checkQuestionSet({
      ...set,
      questions: [{ id: 'q1', theme: 'a', text: 'Vraag', scale: 'constructor' }],
    });
    expect(problems.map((p) => p.code)).toEqual(['unknown-scale']);
  });
});
