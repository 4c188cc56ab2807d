import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/problem.js';
import { adviceSteps } from '../../src/core/score.js';
import { loadQuestionSet, parseQuestionSet } from '../../src/io/load.js';
import { scorer } from '../helpers/demo-set.js';

// Three themes; two scales with different ranges (0..4 and 1..3), weights, reverse keys, an
// n.v.t. option, and a theme that needs two answered questions.
const SET = `
id: calc
version: 2.0.0
title: Calc
scales:
  five:
    options:
      - { id: a, value: 0, label: A }
      - { id: b, value: 1, label: B }
      - { id: c, value: 2, label: C }
      - { id: d, value: 3, label: D }
      - { id: e, value: 4, label: E }
      - { id: x, unanswered: true, label: Weet ik niet }
  three:
    options:
      - { id: lo, value: 1, label: Laag }
      - { id: mid, value: 2, label: Midden }
      - { id: hi, value: 3, label: Hoog }
levels:
  - { min: 0, max: 49, label: Laag, text: laag }
  - { min: 50, max: 79, label: Midden, text: midden }
  - { min: 80, max: 100, label: Hoog, text: hoog }
themes:
  - id: A
    title: Thema A
    minAnswered: 2
    advice:
      - { min: 0, max: 49, label: A-laag, text: Doe dit. Doe dat. }
      - { min: 50, max: 100, label: A-hoog, text: Houd vast. }
  - id: B
    title: Thema B
    advice: [{ min: 0, max: 100, label: B-alles, text: tekst }]
  - id: C
    title: Thema C
    advice: [{ min: 0, max: 100, label: C-alles, text: tekst }]
questions:
  - { id: a1, theme: A, text: A1, scale: five, weight: 2 }
  - { id: a2, theme: A, text: A2, scale: five, reverse: true }
  - { id: a3, theme: A, text: A3, scale: three }
  - { id: b1, theme: B, text: B1, scale: three, weight: 3, reverse: true }
  - { id: b2, theme: B, text: B2, scale: five }
  - { id: c1, theme: C, text: C1, scale: five }
`;

const set = parseQuestionSet(SET, 'calc.yaml');
const score = scorer(set);
const themeScores = (result: ReturnType<typeof score>) =>
  Object.fromEntries(result.themes.map((theme) => [theme.id, theme.score]));

describe('scoring, hand-computed', () => {
  it('normalises each scale, weights, reverses and leaves n.v.t. out of the denominator', () => {
    // A: a1 = d -> 3/4 = 0.75, weight 2 -> 1.5
    //    a2 = b reversed -> 1 - 1/4 = 0.75, weight 1 -> 0.75
    //    a3 = hi on 1..3 -> (3-1)/2 = 1, weight 1 -> 1
    //    (1.5 + 0.75 + 1) / (2 + 1 + 1) = 3.25 / 4 = 0.8125 -> 81.25 -> 81
    // B: b1 = lo reversed on 1..3 -> 1 - 0 = 1, weight 3 -> 3; b2 = x (n.v.t.) left out
    //    3 / 3 = 1 -> 100
    // C: c1 = c -> 2/4 = 0.5 -> 50
    // overall: mean of the unrounded theme scores (81.25 + 100 + 50) / 3 = 77.083 -> 77
    const result = score({ a1: 'd', a2: 'b', a3: 'hi', b1: 'lo', b2: 'x', c1: 'c' });
    expect(themeScores(result)).toEqual({ A: 81, B: 100, C: 50 });
    expect(result.overall.score).toBe(77);
    expect(result.overall.level?.label).toBe('Midden');
    expect(result.themes.map((theme) => theme.band?.label)).toEqual(['A-hoog', 'B-alles', 'C-alles']);
    expect(result.themes.map((theme) => [theme.answered, theme.total])).toEqual([
      [3, 3],
      [1, 2],
      [1, 1],
    ]);
    expect(result.answered).toBe(5);
    expect(result.total).toBe(6);
    expect(result.strongest).toBe('B');
    expect(result.focus).toBe('C');
  });

  it('names no strongest theme when two share the top score', () => {
    // B: b1 = lo reversed -> 100; C: c1 = e -> 100; A lower: the top is shared.
    const result = score({ a1: 'a', a2: 'e', a3: 'lo', b1: 'lo', c1: 'e' });
    expect(themeScores(result)).toMatchObject({ B: 100, C: 100 });
    expect(result.strongest).toBeNull();
    expect(result.focus).toBe('A');
  });

  it('gives a theme below its minimum answered no score and leaves it out of the overall', () => {
    // A: only a1 answered (a2 n.v.t., a3 open): 1 < minAnswered 2 -> no score
    // B: b1 = mid reversed -> 1 - 0.5 = 0.5, weight 3 -> 1.5; b2 = e -> 1, weight 1 -> 1
    //    2.5 / 4 = 0.625 -> 62.5 -> 63
    // C: open -> no score
    // overall: B alone, 62.5 -> 63
    const result = score({ a1: 'e', a2: 'x', b1: 'mid', b2: 'e' });
    expect(themeScores(result)).toEqual({ A: null, B: 63, C: null });
    expect(result.themes[0]?.band).toBeNull();
    expect(result.themes[0]?.answered).toBe(1);
    expect(result.themes[0]?.minAnswered).toBe(2);
    expect(result.overall.score).toBe(63);
    // One scored theme: nothing to call the strongest, but still one to work on.
    expect(result.strongest).toBeNull();
    expect(result.focus).toBe('B');
  });

  it('averages unrounded theme scores for the overall', () => {
    // A: a1 = a -> 0 (w2), a2 = a reversed -> 1 (w1), a3 = lo -> 0: 1/4 -> 25
    // B: b1 = hi reversed -> 0 (w3), b2 = b -> 0.25 (w1): 0.25/4 = 0.0625 -> 6.25 -> 6
    // C: c1 = e -> 100
    // overall (25 + 6.25 + 100) / 3 = 43.75 -> 44 (the rounded themes would give 43.67 -> 44 too,
    // so also check one where they differ below)
    const result = score({ a1: 'a', a2: 'a', a3: 'lo', b1: 'hi', b2: 'b', c1: 'e' });
    expect(themeScores(result)).toEqual({ A: 25, B: 6, C: 100 });
    expect(result.overall.score).toBe(44);
    expect(result.overall.level?.label).toBe('Laag');
    expect(result.themes[0]?.band?.label).toBe('A-laag');
  });

  it('rounds the overall from the unrounded themes, not from the rounded ones', () => {
    // A: a1 = d -> 0.75 (w2) = 1.5, a2 = c reversed -> 0.5, a3 = mid -> 0.5: 2.5/4 = 62.5 (shown 63)
    // B: b1 = mid reversed -> 0.5 (w3) = 1.5, b2 = e -> 1: 2.5/4 = 62.5 (shown 63)
    // C: c1 = c -> 50
    // overall (62.5 + 62.5 + 50) / 3 = 58.33 -> 58; from the shown scores it would be 58.67 -> 59
    const result = score({ a1: 'd', a2: 'c', a3: 'mid', b1: 'mid', b2: 'e', c1: 'c' });
    expect(themeScores(result)).toEqual({ A: 63, B: 63, C: 50 });
    expect(result.overall.score).toBe(58);
  });

  it('reverse keys turn the scale around at both ends', () => {
    const high = score({ a1: 'e', a2: 'a', a3: 'hi' });
    const low = score({ a1: 'a', a2: 'e', a3: 'lo' });
    expect(high.themes[0]?.score).toBe(100);
    expect(low.themes[0]?.score).toBe(0);
    expect(low.questions.find((question) => question.id === 'a2')?.score).toBe(0);
    expect(high.questions.find((question) => question.id === 'a2')?.score).toBe(100);
  });

  it('counts "weet ik niet" as not answered, everywhere', () => {
    const result = score({ a1: 'x', a2: 'x', a3: null, b1: null, b2: 'x', c1: 'x' });
    expect(result.answered).toBe(0);
    expect(result.overall).toMatchObject({
      score: null,
      level: null,
      gap: { reason: 'too-few-themes', scoredThemes: 0 },
    });
    expect(result.themes.every((theme) => theme.score === null && theme.answered === 0)).toBe(true);
    expect(result.strongest).toBeNull();
    expect(result.focus).toBeNull();
    expect(result.questions.find((question) => question.id === 'a1')).toEqual({
      id: 'a1',
      theme: 'A',
      option: 'x',
      score: null,
      nonAnswer: 'either',
    });
    expect([result.dontKnowOrNotApplicable, result.open]).toEqual([4, 2]);
  });

  it('refuses a theme without questions when the set is loaded, so no theme is ever empty when scoring', () => {
    const empty = SET.replace(
      'questions:\n',
      '  - id: D\n    title: Leeg\n    advice: [{ min: 0, max: 100, label: D, text: d }]\nquestions:\n',
    );
    let codes: string[] = [];
    try {
      parseQuestionSet(empty, 'empty.yaml');
    } catch (error) {
      if (error instanceof InputError) codes = error.problems.map((p) => p.code);
    }
    expect(codes).toEqual(['theme-without-questions']);
  });

  it('keeps every score a whole number in 0..100, and a theme is scored exactly when enough is answered', () => {
    const questionIds = set.questions.map((question) => question.id);
    const optionsOf = (id: string) => [...(set.questionById.get(id)?.options.map((option) => option.id) ?? []), null];
    const answersArb = fc.record(Object.fromEntries(questionIds.map((id) => [id, fc.constantFrom(...optionsOf(id))])));
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = score(answers);
        for (const theme of result.themes) {
          const needed = set.themes.find((candidate) => candidate.id === theme.id)?.minAnswered ?? 1;
          expect(theme.score === null).toBe(theme.answered < needed || theme.answered === 0);
          if (theme.score !== null) {
            expect(Number.isInteger(theme.score)).toBe(true);
            expect(theme.score).toBeGreaterThanOrEqual(0);
            expect(theme.score).toBeLessThanOrEqual(100);
          }
        }
        const scored = result.themes.flatMap((theme) => (theme.score === null ? [] : [theme.score]));
        if (scored.length === 0) expect(result.overall.score).toBeNull();
        else {
          // The mean lies between the lowest and highest theme (give or take the rounding).
          expect(result.overall.score).toBeGreaterThanOrEqual(Math.min(...scored) - 1);
          expect(result.overall.score).toBeLessThanOrEqual(Math.max(...scored) + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('adviceSteps', () => {
  it('splits advice into its sentences, keeping a quoted question inside its step', () => {
    expect(
      adviceSteps(
        'Let op het moment dat je een oplossing wilt noemen, en stel eerst nog één open vraag, zoals "Wat zou voor u het verschil maken?" Spreek af dat een aanvraag apart aan bod komt. Vat samen wat je hoorde.',
      ),
    ).toEqual([
      'Let op het moment dat je een oplossing wilt noemen, en stel eerst nog één open vraag, zoals "Wat zou voor u het verschil maken?"',
      'Spreek af dat een aanvraag apart aan bod komt.',
      'Vat samen wat je hoorde.',
    ]);
    expect(adviceSteps('Begin met een vraag als "Hoe gaat het?" en luister. Schrijf pas daarna.')).toEqual([
      'Begin met een vraag als "Hoe gaat het?" en luister.',
      'Schrijf pas daarna.',
    ]);
    expect(adviceSteps('  ')).toEqual([]);
  });

  it('gives two to four steps for every advice text of the bundled Kantellat, in both languages', async () => {
    const kantellat = await loadQuestionSet();
    for (const theme of kantellat.themes) {
      for (const band of theme.advice) {
        for (const lang of ['nl', 'en'] as const) {
          const text =
            typeof band.text === 'string' ? band.text : ((lang === 'en' ? band.text.en : band.text.nl) ?? '');
          const steps = adviceSteps(text);
          expect(
            steps.length,
            `${theme.id} ${band.min}-${band.max} ${lang}: ${JSON.stringify(steps)}`,
          ).toBeGreaterThanOrEqual(2);
          expect(steps.length).toBeLessThanOrEqual(4);
          for (const step of steps) expect(step).toMatch(/[.?!]["”]?$/);
        }
      }
    }
  });
});
