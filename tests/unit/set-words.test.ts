import { describe, expect, it } from 'vitest';
import { InputError, formatPath } from '../../src/core/problem.js';
import { scoreAnswers } from '../../src/core/score.js';
import { localize } from '../../src/core/text.js';
import { parseQuestionSet } from '../../src/io/load.js';
import { formatProblem } from '../../src/messages/problems.js';
import { inkOn } from '../../src/render/report-svg.js';
import { toned } from '../../src/render/style.js';
import { Chalk } from 'chalk';
import { scorer } from '../helpers/demo-set.js';

/** A small set: `head` goes before `scales`, `options` are the yes/no scale's, `levels` its overall bands. */
function setYaml(parts: { head?: string; options?: string; levels?: string; weight?: string } = {}): string {
  return [
    'id: klein',
    'version: 1.0.0',
    parts.head ?? 'title: Klein',
    'scales:',
    '  jn:',
    '    options:',
    parts.options ?? '      - { id: ja, value: 1, label: Ja }\n      - { id: nee, value: 0, label: Nee }',
    parts.levels ?? 'levels:\n  - { min: 0, max: 100, label: Alles, text: Tekst. }',
    'themes:',
    '  - id: t',
    '    title: Thema',
    '    advice: [{ min: 0, max: 100, label: Alles, text: Tekst. }]',
    'questions:',
    `  - { id: a, theme: t, scale: jn, text: Vraag a?${parts.weight === undefined ? '' : `, weight: ${parts.weight}`} }`,
    '  - { id: b, theme: t, scale: jn, text: Vraag b? }',
    '  - { id: c, theme: t, scale: jn, text: Vraag c?, reverse: true }',
    '',
  ].join('\n');
}

/** Each problem as the person reads it, or [] for a valid set. */
function parseMessages(yaml: string, lang: 'nl' | 'en' = 'nl'): string[] {
  try {
    parseQuestionSet(yaml, 'set.yaml');
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => formatProblem(p, lang));
  }
}

/** Each problem as `line:column code (path)`, or [] for a valid set. */
function problems(yaml: string): string[] {
  try {
    parseQuestionSet(yaml, 'set.yaml');
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => `${p.line}:${p.column} ${p.code} (${formatPath(p.path)})`);
  }
}

describe('texts in the set’s own language', () => {
  it('takes an English-only set: plain strings are English, {en} alone is fine', () => {
    const set = parseQuestionSet(setYaml({ head: 'languages: [en]\ntitle: { en: Small }' }));
    expect(localize(set.title, 'nl')).toBe('Small');
    expect(localize(set.title, 'en')).toBe('Small');
  });

  it('asks the missing language of a set that promises both, at the text', () => {
    expect(problems(setYaml({ head: 'languages: [nl, en]\ntitle: { en: Small }' }))).toContain(
      '4:8 missing-translation (title)',
    );
    // A plain string is the set's first language: English here, so Dutch is missing (and English is not).
    const found = problems(setYaml({ head: 'languages: [en, nl]\ntitle: Small' }));
    expect(found).toContain('4:8 missing-translation (title)');
    expect(parseMessages(setYaml({ head: 'languages: [en, nl]\ntitle: Small' }), 'en')[0]).toContain(
      'translation "nl" is missing',
    );
  });

  it('asks Dutch of a Dutch set that gives a text in English only', () => {
    expect(problems(setYaml({ head: 'title: { en: Small }' }))).toEqual(['3:8 missing-translation (title)']);
  });

  it('refuses a text object without any language, and an empty one, in words', () => {
    expect(problems(setYaml({ head: 'title: {}' }))).toEqual(['3:8 schema (title)']);
    expect(parseMessages(setYaml({ head: 'title: {}' }), 'en')).toEqual([
      expect.stringContaining('expected a text, or one text per language'),
    ]);
    expect(problems(setYaml({ head: "title: { en: '' }" }))).toEqual(['3:14 too-short (title.en)']);
  });
});

describe('set-provided words', () => {
  it('takes words.scoreMeaning, translated like any text', () => {
    const set = parseQuestionSet(setYaml({ head: 'title: Klein\nwords: { scoreMeaning: "hoe hoger, hoe meer ja" }' }));
    expect(set.scoreMeaning).toBe('hoe hoger, hoe meer ja');
    expect(
      problems(
        setYaml({ head: 'languages: [nl, en]\ntitle: { nl: Klein, en: Small }\nwords: { scoreMeaning: hoe hoger }' }),
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/missing-translation \(words\.scoreMeaning\)/)]));
    expect(problems(setYaml({ head: 'title: Klein\nwords: { higherMeans: x }' }))).toEqual([
      expect.stringMatching(/unrecognized-key \(words\.higherMeans\)/),
    ]);
  });

  it('lists the set’s own non-answer labels, once each', () => {
    const set = parseQuestionSet(
      setYaml({
        options:
          '      - { id: ja, value: 1, label: Ja }\n      - { id: nee, value: 0, label: Nee }\n      - { id: nvt, unanswered: not-applicable, label: N.v.t. }',
      }),
    );
    expect(set.nonAnswerLabels).toEqual(['N.v.t.']);
    expect(parseQuestionSet(setYaml()).nonAnswerLabels).toEqual([]);
  });
});

describe('points', () => {
  const pointsLevels =
    'levels:\n  - { min: 0, max: 1, label: Weinig, text: Meer ja. }\n  - { min: 2, max: 3, label: Veel, text: Goed zo. }';

  it('tiles the levels on 0 to the highest total, not 0–100', () => {
    expect(problems(setYaml({ head: 'title: Klein\nscoring: { points: true }', levels: pointsLevels }))).toEqual([]);
    expect(problems(setYaml({ head: 'title: Klein\nscoring: { points: true }' }))).toEqual([
      '11:20 band-range-points (levels[0].max)',
    ]);
    expect(parseMessages(setYaml({ head: 'title: Klein\nscoring: { points: true }' }), 'en')).toEqual([
      expect.stringContaining('band 0–100 lies outside 0–3'),
    ]);
    const gap =
      'levels:\n  - { min: 0, max: 1, label: Weinig, text: Meer ja. }\n  - { min: 2, max: 2, label: Veel, text: Goed zo. }';
    expect(problems(setYaml({ head: 'title: Klein\nscoring: { points: true }', levels: gap }))).toEqual([
      expect.stringMatching(/ band-gap \(levels\[1\]\.max\)$/),
    ]);
    expect(parseMessages(setYaml({ head: 'title: Klein\nscoring: { points: true }', levels: gap }))).toEqual([
      expect.stringContaining('de banden laten 3 open; laat ze zonder gat aansluiten van 0 tot en met 3'),
    ]);
  });

  it('asks whole values and weights', () => {
    const options = '      - { id: ja, value: 1.5, label: Ja }\n      - { id: nee, value: 0, label: Nee }';
    expect(
      problems(
        setYaml({
          head: 'title: Klein\nscoring: { points: true }',
          options,
          levels: 'levels:\n  - { min: 0, max: 4, label: A, text: B. }',
          weight: '0.5',
        }),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/points-whole-value \(scales\.jn\.options\[0\]\.value\)/),
        expect.stringMatching(/points-whole-weight \(questions\[0\]\.weight\)/),
      ]),
    );
  });

  it('counts weight × the distance from the bottom (from the top when reversed), and the level on the points', () => {
    const set = parseQuestionSet(
      setYaml({
        head: 'title: Klein\nscoring: { points: true }',
        levels:
          'levels:\n  - { min: 0, max: 2, label: Weinig, text: Meer ja. }\n  - { min: 3, max: 4, label: Veel, text: Goed zo. }',
        weight: '2',
      }),
    );
    expect(set.maxPoints).toBe(4);
    const score = scorer(set);
    // a "ja" (weight 2) = 2, b "nee" = 0, c reversed "nee" = 1: 3 of 4, "Veel".
    const result = score({ a: 'ja', b: 'nee', c: 'nee' });
    expect(result.overall.points).toEqual({ points: 3, max: 4 });
    expect(result.overall.level?.label).toBe('Veel');
    // Theme score on 0–100 is unchanged: (100 × 2 + 0 + 100) / 4 = 75.
    expect(result.overall.score).toBe(75);
    // Without points, the same answers have no points.
    expect(
      scoreAnswers(parseQuestionSet(setYaml()), {
        questionSet: 'klein',
        version: '1.0.0',
        respondent: null,
        date: null,
        choices: new Map([['a', 'ja']]),
        notes: new Map(),
      }).overall.points,
    ).toBeNull();
  });

  it('holds the level back while open questions could still move it across a band, on points', () => {
    const set = parseQuestionSet(
      setYaml({
        head: 'title: Klein\nscoring: { points: true, overallMinimum: { questions: 1 } }',
        levels:
          'levels:\n  - { min: 0, max: 1, label: Weinig, text: Meer ja. }\n  - { min: 2, max: 3, label: Veel, text: Goed zo. }',
      }),
    );
    const score = scorer(set);
    // 1 point with two open: 1..3 crosses from "Weinig" to "Veel".
    expect(score({ a: 'ja' }).overall).toMatchObject({
      score: null,
      points: null,
      gap: { reason: 'level-uncertain' },
      range: { min: 1, max: 3 },
    });
    // 2 points with one open: 2..3, "Veel" either way.
    expect(score({ a: 'ja', b: 'ja' }).overall).toMatchObject({
      points: { points: 2, max: 3 },
      level: { label: 'Veel' },
    });
  });
});

describe('option tones', () => {
  it('takes good, warning, bad and neutral, or a #RRGGBB colour, and refuses others in words', () => {
    const options =
      '      - { id: ja, value: 1, label: Ja, tone: good }\n      - { id: nee, value: 0, label: Nee, tone: bad, color: "#aa0000" }';
    expect(problems(setYaml({ options }))).toEqual([]);
    const wrong = setYaml({
      options:
        '      - { id: ja, value: 1, label: Ja, tone: groen }\n      - { id: nee, value: 0, label: Nee, color: red }',
    });
    expect(problems(wrong)).toEqual([
      '7:46 schema (scales.jn.options[0].tone)',
      '8:49 schema (scales.jn.options[1].color)',
    ]);
    expect(parseMessages(wrong, 'en')).toEqual([
      expect.stringContaining('choose good (green), warning (orange), bad (red) or neutral (grey)'),
      expect.stringContaining('such as "#2e7d32"'),
    ]);
  });

  it('paints the label in its tone, or its own colour, and leaves it alone without colour', () => {
    const colour = new Chalk({ level: 1 });
    expect(toned(colour, { tone: 'good' })('Groen')).toBe('\u001b[32mGroen\u001b[39m');
    expect(toned(colour, { tone: 'bad' })('Rood')).toBe('\u001b[31mRood\u001b[39m');
    expect(toned(new Chalk({ level: 3 }), { tone: 'bad', color: '#2e7d32' })('Eigen')).toBe(
      '\u001b[38;2;46;125;50mEigen\u001b[39m',
    );
    expect(toned(new Chalk({ level: 0 }), { tone: 'good' })('Groen')).toBe('Groen');
    expect(toned(colour, {})('Geen')).toBe('Geen');
  });

  it('writes black or white on a fill, whichever reads better', () => {
    expect(inkOn('#009e73')).toBe('#111111');
    expect(inkOn('#08306b')).toBe('#ffffff');
    expect(inkOn('#ffff00')).toBe('#111111');
  });
});
