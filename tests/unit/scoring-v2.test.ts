import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v2Set, V2_YAML } from '../helpers/v2-set.js';
import { scorer } from '../helpers/demo-set.js';
import { bandName, stepsIn } from '../helpers/worded.js';
import { localeOf } from '../../src/messages/locale.js';
import { consistencyNotice } from '../../src/messages/result.js';

const set = v2Set();
const score = scorer(set);
const IDS = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];
const all = (option: string): Record<string, string> => Object.fromEntries(IDS.map((id) => [id, option]));

describe('format 2 scoring rules', () => {
  it('counts "weet ik niet" and "niet van toepassing" separately, overall and per theme, and leaves both out of the score', () => {
    const result = score({ a1: 'vaak', a2: 'wn', b1: 'nvt', b2: 'nvt', c1: 'soms', c2: null });
    expect([
      result.dontKnow,
      result.notApplicable,
      result.dontKnowOrNotApplicable,
      result.open,
      result.answered,
    ]).toEqual([1, 2, 0, 1, 2]);
    expect(result.themes.map((theme) => [theme.id, theme.dontKnow, theme.notApplicable, theme.open])).toEqual([
      ['a', 1, 0, 0],
      ['b', 0, 2, 0],
      ['c', 0, 0, 1],
    ]);
    expect(result.questions.map((question) => question.nonAnswer)).toEqual([
      null,
      'dont-know',
      'not-applicable',
      'not-applicable',
      null,
      null,
    ]);
  });

  it('below the overall minimum of questions: theme scores stay, no overall score, no level, and the reason', () => {
    const result = score({ a1: 'vaak', a2: 'zelden', b1: 'nvt', b2: 'nvt', c1: 'altijd', c2: 'wn' });
    expect(result.themes.map((theme) => theme.score)).toEqual([75, null, null]);
    expect(result.overall).toEqual({
      score: null,
      level: null,
      gap: {
        reason: 'too-few-questions',
        answered: 3,
        neededQuestions: 4,
        scoredThemes: 1,
        neededThemes: 2,
      },
      points: null,
      range: null,
    });
  });

  it('below the overall minimum of themes, with enough questions answered', () => {
    const result = score({ a1: 'vaak', a2: 'zelden', b1: 'vaak', b2: 'nvt', c1: 'altijd', c2: 'wn' });
    expect(result.overall.gap?.reason).toBe('too-few-themes');
    expect(result.overall.score).toBeNull();
  });

  it('gives no overall level when the open questions could change it, and says between which scores', () => {
    // a = 75, b = 75 (both complete); c has one n.v.t.: filled it is 50..100 → overall 67..83, Midden or Hoog.
    const result = score({ a1: 'vaak', a2: 'zelden', b1: 'vaak', b2: 'zelden', c1: 'altijd', c2: 'nvt' });
    expect(result.themes.map((theme) => theme.score)).toEqual([75, 75, null]);
    expect(result.overall).toMatchObject({
      score: null,
      level: null,
      gap: { reason: 'level-uncertain' },
      range: { min: 67, max: 83 },
    });
  });

  it('gives the level when no answer to the open questions could change it', () => {
    const result = score({ a1: 'altijd', a2: 'nooit', b1: 'altijd', b2: 'nooit', c1: 'altijd', c2: 'nvt' });
    // c filled: 50..100 → overall 83..100: Hoog either way.
    expect(result.overall).toMatchObject({ score: 100, gap: null });
    expect(bandName(result.overall.level)).toBe('Hoog');
  });

  it('gives steps for at most two themes, the weakest first, each for its lowest-scoring answer', () => {
    // a = 38 (a2 lowest), b = 75 (both answers above the middle: its band advice is enough), c = 100.
    const result = score({ a1: 'soms', a2: 'vaak', b1: 'vaak', b2: 'zelden', c1: 'altijd', c2: 'nooit' });
    expect(result.themes.map((theme) => theme.steps.map((entry) => stepsIn(entry)))).toEqual([
      [
        {
          question: 'a2',
          short: 'Kort a2',
          option: 'vaak',
          answer: 'Vaak',
          score: 25,
          steps: ['Eerst a2.', 'Dan a2.'],
        },
      ],
      [],
      [],
    ]);
    // At the middle, a tie within a theme gives the steps of the question asked first.
    const tie = score({ a1: 'soms', a2: 'soms', b1: 'altijd', b2: 'nooit', c1: 'altijd', c2: 'nooit' });
    expect(tie.themes[0]?.steps.map((entry) => entry.question)).toEqual(['a1']);
    // Three themes below the top: a = 38 and c = 50 get steps, b = 75 (the strongest) gets none.
    const three = score({ a1: 'soms', a2: 'vaak', b1: 'vaak', b2: 'zelden', c1: 'soms', c2: 'soms' });
    expect(three.themes.map((theme) => theme.steps.map((entry) => entry.question))).toEqual([['a2'], [], ['c1']]);
    // A theme without a score gets no steps, even with a low answer.
    const open = score({ a1: 'nooit', a2: 'nvt', b1: 'soms', b2: 'soms', c1: 'vaak', c2: 'zelden' });
    expect(open.themes.map((theme) => theme.steps.map((entry) => entry.question))).toEqual([[], ['b1'], []]);
    // The result keeps the set's texts in all its languages; English words come from the Locale.
    const steps = scorer(set)({ a1: 'nooit', a2: 'nooit' }).themes[0]?.steps ?? [];
    expect(steps.map((entry) => stepsIn(entry, 'en'))).toEqual([
      { question: 'a1', short: 'Short a1', option: 'nooit', answer: 'Never', score: 0, steps: ['Try a1.'] },
    ]);
  });

  it('names a response style: every answer the same option', () => {
    const result = score(all('soms'));
    expect(result.consistency).toEqual({
      sameOption: { option: 'soms', label: { nl: 'Soms', en: 'Sometimes' }, count: 6 },
      contradictions: [],
      allAtBest: null,
      allFavourable: null,
      flagged: true,
    });
    expect(score({ a1: 'soms', a2: 'soms' }).consistency.flagged).toBe(false);
  });

  it('names a response style: a theme whose forward and reverse question are both at the top option', () => {
    const result = score({ a1: 'altijd', a2: 'altijd', b1: 'altijd', b2: 'nooit', c1: 'vaak', c2: 'altijd' });
    expect(result.consistency).toEqual({
      sameOption: null,
      contradictions: [{ theme: 'a', title: { nl: 'Thema A', en: 'Theme A' }, questions: ['a1', 'a2'] }],
      allAtBest: null,
      allFavourable: null,
      flagged: true,
    });
    expect(score(all('altijd')).consistency.contradictions.map((c) => c.theme)).toEqual(['a', 'b', 'c']);
    expect(
      score({ a1: 'altijd', a2: 'nooit', b1: 'vaak', b2: 'zelden', c1: 'soms', c2: 'soms' }).consistency.flagged,
    ).toBe(false);
  });

  it('names the most favourable answer everywhere, from three quarters of the set answered, without changing the score', () => {
    const best = { a1: 'altijd', a2: 'nooit', b1: 'altijd', b2: 'nooit', c1: 'altijd', c2: 'nooit' };
    expect(score(best).consistency).toEqual({
      sameOption: null,
      contradictions: [],
      allAtBest: { count: 6, answered: 6 },
      allFavourable: null,
      flagged: true,
    });
    expect(score(best).overall.score).toBe(100);
    // Four of six answered is less than three quarters: nothing to name.
    expect(score({ ...best, c1: 'nvt', c2: 'nvt' }).consistency.allAtBest).toBeNull();
    expect(score({ ...best, c2: 'zelden' }).consistency.allAtBest).toBeNull();
  });

  it('names one step of optimism everywhere (every answer in the top quarter of its scale) apart from all-at-best', () => {
    // "Vaak" forward and "Zelden" reverse, one step short of the best everywhere.
    const leaning = { a1: 'vaak', a2: 'zelden', b1: 'altijd', b2: 'zelden', c1: 'vaak', c2: 'nooit' };
    const result = score(leaning);
    expect(result.consistency).toEqual({
      sameOption: null,
      contradictions: [],
      allAtBest: null,
      allFavourable: { count: 6, answered: 6 },
      flagged: true,
    });
    expect(result.overall.score).toBe(83);
    expect(consistencyNotice(result.consistency, localeOf('nl'))).toContain('Bij alle 6 vragen');
    // One answer in the middle of six is more than one in twelve: nothing to name.
    expect(score({ ...leaning, c1: 'soms' }).consistency.flagged).toBe(false);
    // Three quarters of the set must be answered, as for all-at-best.
    expect(score({ ...leaning, c1: 'nvt', c2: 'nvt' }).consistency.flagged).toBe(false);
  });

  it('names a contradiction only for pairs the set declares as opposite', () => {
    const undeclared = v2Set(V2_YAML.replaceAll(/\n    opposite: \w+/g, ''));
    const result = scorer(undeclared)({
      a1: 'altijd',
      a2: 'altijd',
      b1: 'altijd',
      b2: 'nooit',
      c1: 'vaak',
      c2: 'altijd',
    });
    expect(result.consistency).toEqual({
      sameOption: null,
      contradictions: [],
      allAtBest: null,
      allFavourable: null,
      flagged: false,
    });
  });

  it('leaves every rule off for a set without an overall minimum (1.0 sets score as before)', () => {
    const old = v2Set(V2_YAML.replace('  overallMinimum: { themes: 2, questions: 4 }\n', ''));
    const result = scorer(old)({ a1: 'altijd', a2: 'nooit', b1: 'nvt', b2: 'nvt', c1: 'nvt', c2: 'wn' });
    expect(result.overall).toMatchObject({ score: 100, gap: null });
    expect(bandName(result.overall.level)).toBe('Hoog');
  });

  it('never raises the overall level by turning answers into n.v.t. or "weet ik niet"', () => {
    const option = fc.constantFrom('nooit', 'zelden', 'soms', 'vaak', 'altijd');
    fc.assert(
      fc.property(
        fc.array(option, { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom(null, 'nvt', 'wn'), { minLength: 6, maxLength: 6 }),
        (picks, blanks) => {
          const full = Object.fromEntries(IDS.map((id, i) => [id, picks[i] ?? 'soms']));
          const gapped = Object.fromEntries(
            IDS.map((id, i) => [id, blanks[i] === null ? (picks[i] ?? 'soms') : (blanks[i] ?? 'nvt')]),
          );
          const before = score(full).overall.level?.index ?? -1;
          const after = score(gapped).overall.level?.index ?? -1;
          // A level after n.v.t. is the level the full answers had; else there is none.
          expect(after === -1 || after === before).toBe(true);
        },
      ),
    );
  });
});

describe('correctness with decimal and huge weights (issue 10)', async () => {
  const { parseQuestionSet } = await import('../../src/io/load.js');
  const { InputError } = await import('../../src/core/problem.js');
  const { roundScore, scoreAnswers } = await import('../../src/core/score.js');
  const { checkAnswers } = await import('../../src/core/answers.js');
  const weighted = (weights: readonly number[]): string => `
id: w
version: 1.0.0
title: W
scales:
  f:
    options: [{ id: a, value: 0, label: A }, { id: b, value: 1, label: B }, { id: c, value: 2, label: C }, { id: d, value: 3, label: D }, { id: e, value: 4, label: E }]
levels: [{ min: 0, max: 100, label: Alles, text: t }]
themes: [{ id: t, title: T, advice: [{ min: 0, max: 37, label: Laag, text: l }, { min: 38, max: 100, label: Hoog, text: h }] }]
questions:
${weights.map((weight, i) => `  - { id: q${i + 1}, theme: t, text: Q, scale: f, weight: ${weight} }`).join('\n')}
`;

  it('rounds an exact half up also with weights 0.1, 0.2 and 0.3 (37.5 → 38, not 37)', () => {
    const set = parseQuestionSet(weighted([0.1, 0.2, 0.3]), 'w.yaml');
    // q3 = d (0.75) alone: 100 × 0.3 × 0.75 / 0.6 = 37.5, which floating point makes 37.499999999999986.
    const result = scoreAnswers(
      set,
      checkAnswers(set, { questionSet: 'w', version: '1.0.0', answers: { q1: 'a', q2: 'a', q3: 'd' } }).answers,
    );
    expect(result.themes[0]).toMatchObject({ score: 38 });
    expect(bandName(result.themes[0]?.band)).toBe('Hoog');
    expect(result.overall.score).toBe(38);
    expect([
      roundScore(12.499999999999998),
      roundScore(62.49999999999999),
      roundScore(62.4),
      roundScore(0.5),
      roundScore(99.5),
    ]).toEqual([13, 63, 62, 1, 100]);
  });

  it('refuses weights whose sum cannot be computed (1e308), at the weight that tips it over', () => {
    let codes: string[] = [];
    try {
      parseQuestionSet(weighted([1, 1e308, 1e308]), 'w.yaml');
    } catch (error) {
      if (error instanceof InputError) codes = error.problems.map((p) => `${p.code} ${p.line}:${p.column}`);
    }
    expect(codes).toEqual(['weight-too-large 12:52']);
    expect(() => parseQuestionSet(weighted([1e300, 2, 0.5]), 'w.yaml')).not.toThrow();
  });
});

describe('overall score rules (issue 10): theme weights, all themes required', () => {
  it('weights themes in the overall score: t1 (weight 2) at 100 and t2 (weight 1) at 50 give (200 + 50) / 3 = 83', () => {
    const yaml = V2_YAML.replace('  - { id: a, title:', '  - { id: a, weight: 2, title:').replace(
      '  overallMinimum: { themes: 2, questions: 4 }\n',
      '',
    );
    const weightedSet = v2Set(yaml);
    expect(weightedSet.themes.map((theme) => theme.weight)).toEqual([2, 1, 1]);
    const result = scorer(weightedSet)({ a1: 'altijd', a2: 'nooit', b1: 'soms', b2: 'soms' });
    expect(result.themes.map((theme) => theme.score)).toEqual([100, 50, null]);
    expect(result.overall.score).toBe(83);
    // Unweighted, the same answers give (100 + 50) / 2 = 75.
    expect(
      scorer(v2Set(V2_YAML.replace('  overallMinimum: { themes: 2, questions: 4 }\n', '')))({
        a1: 'altijd',
        a2: 'nooit',
        b1: 'soms',
        b2: 'soms',
      }).overall.score,
    ).toBe(75);
  });

  it('refuses a theme weight of 0 or less', () => {
    expect(() => v2Set(V2_YAML.replace('  - { id: a, title:', '  - { id: a, weight: 0, title:'))).toThrow();
  });

  it('"all themes required" is an overall minimum of every theme: one theme without a score, no overall score', () => {
    const all = v2Set(V2_YAML.replace('overallMinimum: { themes: 2, questions: 4 }', 'overallMinimum: { themes: 3 }'));
    const result = scorer(all)({ a1: 'altijd', a2: 'nooit', b1: 'altijd', b2: 'nooit', c1: 'altijd', c2: 'wn' });
    expect(result.themes.map((theme) => theme.score)).toEqual([100, 100, null]);
    expect(result.overall).toMatchObject({
      score: null,
      level: null,
      gap: { reason: 'too-few-themes', scoredThemes: 2, neededThemes: 3 },
    });
  });
});
