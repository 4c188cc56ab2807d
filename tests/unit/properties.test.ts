// The invariants of scoring, checked on question sets and answers that fast-check makes up:
// any number of themes, scales with odd values, weights, reverse-keyed questions, n.v.t.
// A failure prints the smallest set and answers fast-check could shrink it to.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/answers.js';
import { checkQuestionSet } from '../../src/core/check-question-set.js';
import { groupStats } from '../../src/core/group-stats.js';
import { labelParticipants } from '../../src/core/participants.js';
import { prepareQuestionSet, type PreparedSet } from '../../src/core/prepare.js';
import type { Band, Option, QuestionSet } from '../../src/core/question-set.js';
import { questionValue, scoreAnswers, type Result } from '../../src/core/score.js';
import { answersFileText } from '../../src/render/answers-yaml.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { scoreFiles, type FileOutcome } from '../../src/io/score-files.js';
import { localeOf } from '../../src/messages/locale.js';

/** Bands that tile 0–100: cut points 1–100, each band from one cut to the next. */
const bandsArb: fc.Arbitrary<Band[]> = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 4 })
  .map((cuts) => {
    const starts = [0, ...[...cuts].sort((a, b) => a - b)];
    return starts.map((min, i) => ({ min, max: (starts[i + 1] ?? 101) - 1, label: `Band ${i}`, text: `Tekst ${i}` }));
  });

/** A scale: 2–6 answerable options with different values (whole or not, negative too), maybe an n.v.t. option. */
const scaleArb = fc
  .record({
    values: fc.uniqueArray(
      fc.oneof(
        fc.integer({ min: -5, max: 10 }),
        fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
      ),
      {
        minLength: 2,
        maxLength: 6,
        comparator: 'SameValueZero',
      },
    ),
    nvt: fc.boolean(),
  })
  .filter(({ values }) => new Set(values.map((value) => (Object.is(value, -0) ? 0 : value))).size >= 2)
  .map(({ values, nvt }) => {
    const options: Option[] = values.map((value, i) => ({ id: `o${i}`, value, label: `Optie ${i}` }));
    if (nvt) options.push({ id: 'nvt', unanswered: true, label: 'n.v.t.' });
    return { options };
  });

const questionArb = fc.record({
  themePick: fc.nat(),
  scalePick: fc.nat(),
  weight: fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 5, noNaN: true })), {
    nil: undefined,
  }),
  reverse: fc.option(fc.boolean(), { nil: undefined }),
});

/** A valid question set: every theme has questions, every minimum can be met. */
const questionSetArb: fc.Arbitrary<QuestionSet> = fc
  .record({
    scales: fc.array(scaleArb, { minLength: 1, maxLength: 3 }),
    themeCount: fc.integer({ min: 1, max: 4 }),
    questions: fc.array(questionArb, { minLength: 4, maxLength: 12 }),
    minFractions: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), {
      minLength: 4,
      maxLength: 4,
    }),
    levels: bandsArb,
    advice: fc.array(bandsArb, { minLength: 4, maxLength: 4 }),
  })
  .map(({ scales, themeCount, questions, minFractions, levels, advice }): QuestionSet => {
    const themeOf = (i: number, pick: number): string => `t${i < themeCount ? i : pick % themeCount}`;
    const qs = questions.map((q, i) => ({
      id: `q${i}`,
      theme: themeOf(i, q.themePick),
      text: `Vraag ${i}`,
      scale: `s${q.scalePick % scales.length}`,
      ...(q.weight === undefined ? {} : { weight: q.weight }),
      ...(q.reverse === undefined ? {} : { reverse: q.reverse }),
    }));
    const themes = Array.from({ length: themeCount }, (_, t) => {
      const count = qs.filter((q) => q.theme === `t${t}`).length;
      const fraction = minFractions[t];
      return {
        id: `t${t}`,
        title: `Thema ${t}`,
        advice: advice[t] ?? [],
        ...(fraction === undefined ? {} : { minAnswered: 1 + Math.floor(fraction * (count - 1)) }),
      };
    });
    return {
      id: 'prop',
      version: '1.0.0',
      title: 'Eigenschappen',
      scales: Object.fromEntries(scales.map((scale, i) => [`s${i}`, scale])),
      levels,
      themes,
      questions: qs,
    };
  });

/** Per question: null (unanswered) or the index of an option, taken modulo the number of options. */
const picksArb = fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 12, maxLength: 12 });

function answersFrom(set: PreparedSet, picks: ReadonlyArray<number | null>): Answers {
  const choices = new Map<string, string | null>();
  set.questions.forEach((question, i) => {
    const pick = picks[i] ?? null;
    choices.set(question.id, pick === null ? null : (question.options[pick % question.options.length]?.id ?? null));
  });
  return { questionSet: set.id, version: set.version, respondent: null, date: null, choices, notes: new Map() };
}

function withChoice(answers: Answers, questionId: string, option: string | null): Answers {
  return { ...answers, choices: new Map([...answers.choices, [questionId, option]]) };
}

/** Every number anywhere in a value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

const isScore = (score: number | null): boolean =>
  score === null || (Number.isInteger(score) && score >= 0 && score <= 100);

/** What a result says, independent of the order questions and themes were listed in. */
function verdict(result: Result): unknown {
  return {
    overall: result.overall.score,
    level: result.overall.level?.label ?? null,
    themes: Object.fromEntries(
      result.themes.map((theme) => [theme.id, [theme.score, theme.answered, theme.band?.label ?? null]]),
    ),
    questions: Object.fromEntries(result.questions.map((question) => [question.id, [question.option, question.score]])),
    answered: result.answered,
  };
}

/** The answerable options of a question with the lowest and the highest value. */
function extremes(set: PreparedSet, questionId: string): { low: string; high: string } | undefined {
  const question = set.questionById.get(questionId);
  const answerable = (question?.options ?? []).filter(
    (option) => option.unanswered !== true && option.value !== undefined,
  );
  const sorted = [...answerable].sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  const low = sorted[0];
  const high = sorted.at(-1);
  return low === undefined || high === undefined ? undefined : { low: low.id, high: high.id };
}

function flipReverse(source: QuestionSet, questionId: string): QuestionSet {
  return {
    ...source,
    questions: source.questions.map((question) =>
      question.id === questionId ? { ...question, reverse: !(question.reverse ?? false) } : question,
    ),
  };
}

describe('scoring properties', () => {
  it('makes only valid question sets (the generator itself)', () => {
    fc.assert(
      fc.property(questionSetArb, (source) => {
        expect(checkQuestionSet(source)).toEqual([]);
      }),
    );
  });

  it('keeps every score a whole number within 0–100, and never NaN or Infinity', () => {
    fc.assert(
      fc.property(questionSetArb, picksArb, (source, picks) => {
        const set = prepareQuestionSet(source);
        const result = scoreAnswers(set, answersFrom(set, picks));
        expect(isScore(result.overall.score)).toBe(true);
        for (const theme of result.themes) expect(isScore(theme.score)).toBe(true);
        for (const question of result.questions) expect(isScore(question.score)).toBe(true);
        for (const number of numbersIn(result)) expect(Number.isFinite(number)).toBe(true);
        for (const question of set.questions) {
          for (const option of question.options) {
            const value = questionValue(question, option.id);
            if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scores the highest answer on a reversed question like the lowest on a normal one, and the other way round', () => {
    fc.assert(
      fc.property(questionSetArb, picksArb, fc.nat(), fc.boolean(), (source, picks, which, high) => {
        const normal = prepareQuestionSet(source);
        const questionId = normal.questions[which % normal.questions.length]?.id ?? 'q0';
        const flipped = prepareQuestionSet(flipReverse(source, questionId));
        const ends = extremes(normal, questionId);
        if (ends === undefined) return;
        const base = answersFrom(normal, picks);
        // The same position on the other keying: "high" here is "low" there.
        const here = scoreAnswers(normal, withChoice(base, questionId, high ? ends.high : ends.low));
        const there = scoreAnswers(flipped, withChoice(base, questionId, high ? ends.low : ends.high));
        const strip = (result: Result): unknown => ({ ...(verdict(result) as object), questions: null });
        expect(strip(there)).toEqual(strip(here));
        expect(there.questions.find((q) => q.id === questionId)?.score).toBe(
          here.questions.find((q) => q.id === questionId)?.score,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives each option on a reversed question 100 minus its score on the same question unreversed', () => {
    fc.assert(
      fc.property(questionSetArb, fc.nat(), (source, which) => {
        const normal = prepareQuestionSet(source);
        const questionId = normal.questions[which % normal.questions.length]?.id ?? 'q0';
        const flipped = prepareQuestionSet(flipReverse(source, questionId));
        const a = normal.questionById.get(questionId);
        const b = flipped.questionById.get(questionId);
        if (a === undefined || b === undefined) throw new Error('question lost');
        for (const option of a.options) {
          const x = questionValue(a, option.id);
          const y = questionValue(b, option.id);
          if (x === null || y === null) expect([x, y]).toEqual([null, null]);
          else expect(x + y).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it('gives the same result whatever the order of the questions and the themes in the set', () => {
    fc.assert(
      fc.property(
        questionSetArb,
        picksArb,
        fc.infiniteStream(fc.nat()).map((stream) => [...stream.take(32)]),
        (source, picks, shuffleKeys) => {
          const set = prepareQuestionSet(source);
          const answers = answersFrom(set, picks);
          const key = (i: number): number => shuffleKeys[i % shuffleKeys.length] ?? 0;
          const shuffled: QuestionSet = {
            ...source,
            questions: source.questions
              .map((q, i) => ({ q, k: key(i) }))
              .sort((a, b) => a.k - b.k)
              .map(({ q }) => q),
            themes: source.themes
              .map((t, i) => ({ t, k: key(i + 13) }))
              .sort((a, b) => a.k - b.k)
              .map(({ t }) => t),
          };
          const reordered = prepareQuestionSet(shuffled);
          expect(verdict(scoreAnswers(reordered, answers))).toEqual(verdict(scoreAnswers(set, answers)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same group statistics whatever the order of the files', () => {
    fc.assert(
      fc.property(
        questionSetArb,
        fc.array(picksArb, { minLength: 1, maxLength: 8 }),
        fc.infiniteStream(fc.nat()).map((stream) => [...stream.take(8)]),
        (source, people, keys) => {
          const set = prepareQuestionSet(source);
          const results = people.map((picks, i) =>
            scoreAnswers(set, { ...answersFrom(set, picks), respondent: `R${i}` }),
          );
          const shuffled = results
            .map((r, i) => ({ r, k: keys[i] ?? 0 }))
            .sort((a, b) => a.k - b.k)
            .map(({ r }) => r);
          const stats = (list: Result[]) => groupStats(set, labelParticipants(list, false), { named: false });
          expect(stats(shuffled)).toEqual(stats(results));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never lowers a theme (or the overall score) when an answer to a normal question goes up', () => {
    fc.assert(
      fc.property(questionSetArb, picksArb, fc.nat(), fc.nat(), fc.nat(), (source, picks, which, from, to) => {
        const set = prepareQuestionSet(source);
        const question = set.questions[which % set.questions.length];
        if (question === undefined) return;
        const answerable = question.options.filter(
          (option) => option.unanswered !== true && option.value !== undefined,
        );
        const a = answerable[from % answerable.length];
        const b = answerable[to % answerable.length];
        if (a === undefined || b === undefined || (a.value ?? 0) > (b.value ?? 0)) return;
        const base = answersFrom(set, picks);
        const lower = scoreAnswers(set, withChoice(base, question.id, a.id));
        const higher = scoreAnswers(set, withChoice(base, question.id, b.id));
        const themeScore = (result: Result): number | null =>
          result.themes.find((theme) => theme.id === question.theme)?.score ?? null;
        const [before, after] = [themeScore(lower), themeScore(higher)];
        // Both answers count as answered, so the theme is scored in both or in neither.
        expect(before === null).toBe(after === null);
        if (before === null || after === null) return;
        if (question.reverse) expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
        if (!question.reverse) expect(higher.overall.score ?? 0).toBeGreaterThanOrEqual(lower.overall.score ?? 0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives no score, and no NaN, when every answer is n.v.t. or missing', () => {
    fc.assert(
      fc.property(questionSetArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (source, nvt) => {
        const set = prepareQuestionSet(source);
        const choices = new Map<string, string | null>();
        set.questions.forEach((question, i) => {
          const hasNvt = question.options.some((option) => option.id === 'nvt');
          choices.set(question.id, nvt[i] === true && hasNvt ? 'nvt' : null);
        });
        const result = scoreAnswers(set, {
          questionSet: set.id,
          version: set.version,
          respondent: null,
          date: null,
          choices,
          notes: new Map(),
        });
        expect(result.overall).toMatchObject({
          score: null,
          level: null,
          gap: { reason: 'too-few-themes', scoredThemes: 0 },
        });
        expect(
          result.themes.every((theme) => theme.score === null && theme.band === null && theme.answered === 0),
        ).toBe(true);
        expect(result.questions.every((question) => question.score === null)).toBe(true);
        expect(result.answered).toBe(0);
        expect(result.focus).toBeNull();
        expect(result.strongest).toBeNull();
        for (const number of numbersIn(result)) expect(Number.isNaN(number)).toBe(false);
      }),
    );
  });

  it('scores a theme with n.v.t. as if those questions were not in it', () => {
    fc.assert(
      fc.property(questionSetArb, picksArb, (source, picks) => {
        const set = prepareQuestionSet(source);
        const answers = answersFrom(set, picks);
        // n.v.t. and "not answered" are the same to every score; only their counts tell them apart.
        const asMissing = new Map([...answers.choices].map(([id, option]) => [id, option === 'nvt' ? null : option]));
        const scores = (result: Result): unknown => ({
          overall: result.overall,
          themes: result.themes.map(({ score, band, answered, steps }) => ({ score, band, answered, steps })),
          answered: result.answered,
        });
        expect(scores(scoreAnswers(set, { ...answers, choices: asMissing }))).toEqual(
          scores(scoreAnswers(set, answers)),
        );
      }),
    );
  });
});

/** Free text as people type it, and the strings YAML is known to take for something else. */
const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'no',
    'yes',
    'off',
    'null',
    '~',
    '1.0',
    '0x1F',
    '1e3',
    '.nan',
    '-.inf',
    '2025-01-01',
    ' leading',
    'trailing ',
    '# not a comment',
    'a: b',
    '- item',
    '"quoted"',
    "it's",
    '\ttab',
    'two\nlines',
    'crlf\r\nline',
    'line sep\u2028here',
    '\u0085next',
    'bom \ufeff inside',
    '*alias',
    '&anchor',
    '!tag',
    '%YAML 1.1',
    '---',
    '...',
    '{ flow }',
    '[1, 2]',
    '@at',
    '`tick`',
    '💬 emoji',
    'ĳ Ĳ',
    'é',
  ),
);

describe('answer files round-trip', () => {
  it("parses a saved answer file (check's commented YAML) back to the same answers, respondent, date and notes", async () => {
    const bundled = await loadQuestionSet();
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(bundled), questionSetArb.map(prepareQuestionSet)),
        picksArb,
        fc.option(textArb, { nil: null }),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.array(fc.option(textArb, { nil: null }), { minLength: 12, maxLength: 12 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (set, picks, respondent, day, noteTexts, lang) => {
          const answers = answersFrom(set, picks);
          const choices = new Map(
            [...answers.choices].flatMap(([id, option]) => (option === null ? [] : [[id, option] as const])),
          );
          const notes = new Map(
            set.questions.flatMap((question, i) => {
              const note = noteTexts[i] ?? null;
              return note === null || note.trim() === '' ? [] : [[question.id, note] as const];
            }),
          );
          const date = day.toISOString().slice(0, 10);
          const text = answersFileText(set, { respondent, date, choices, notes }, localeOf(lang));
          const parsed = parseAnswers(text, set, { file: 'saved.yaml' });
          if (!parsed.ok) throw new Error(`did not parse back: ${JSON.stringify(parsed.problems)}\n${text}`);
          expect(parsed.answers.choices).toEqual(answers.choices);
          expect(parsed.answers.respondent).toBe(respondent);
          expect(parsed.answers.date).toBe(date);
          expect(parsed.answers.notes).toEqual(notes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('parses a plain YAML answer file, as any YAML library writes it, back to the same answers', async () => {
    const bundled = await loadQuestionSet();
    fc.assert(
      fc.property(
        picksArb,
        fc.option(textArb, { nil: null }),
        fc.option(textArb, { nil: null }),
        (picks, respondent, note) => {
          const answers = answersFrom(bundled, picks);
          const file = {
            questionSet: bundled.id,
            version: bundled.version,
            respondent,
            answers: Object.fromEntries(answers.choices),
            ...(note === null ? {} : { notes: { [bundled.questions[0]?.id ?? 'x']: note } }),
          };
          const parsed = parseAnswers(stringify(file), bundled, { file: 'plain.yaml' });
          if (!parsed.ok) throw new Error(`did not parse back: ${JSON.stringify(parsed.problems)}`);
          expect(parsed.answers.choices).toEqual(answers.choices);
          expect(parsed.answers.respondent).toBe(respondent);
          expect([...parsed.answers.notes.values()]).toEqual(note === null || note.trim() === '' ? [] : [note]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scoring many files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kantellat-properties-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives every file the same outcome whatever the order (and the number read at once)', async () => {
    const set = await loadQuestionSet();
    const names: string[] = [];
    for (let i = 0; i < 24; i++) {
      const name = join(folder, `a${i}.yaml`);
      const answers = Object.fromEntries(
        set.questions.map((question, q) => [
          question.id,
          question.options[(i * 7 + q * 3) % question.options.length]?.id ?? null,
        ]),
      );
      // Every fifth file is broken, so failures travel with their file too.
      const text =
        i % 5 === 4
          ? `questionSet: ${set.id}\nversion: [`
          : stringify({ questionSet: set.id, version: set.version, respondent: `R${i}`, answers });
      writeFileSync(name, text);
      names.push(name);
    }
    const collect = async (files: string[], concurrency: number): Promise<Map<string, FileOutcome>> => {
      const out = new Map<string, FileOutcome>();
      for await (const outcome of scoreFiles(files, set, { concurrency })) out.set(outcome.file, outcome);
      return out;
    };
    const reference = await collect(names, 1);
    expect(reference.size).toBe(24);
    expect([...reference.values()].filter((outcome) => !outcome.ok).length).toBe(4);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(names, { minLength: names.length }),
        fc.integer({ min: 1, max: 32 }),
        async (order, concurrency) => {
          const outcomes = await collect(order, concurrency);
          // In the order given, and each file with its own outcome.
          expect([...outcomes.keys()]).toEqual(order);
          for (const file of order) expect(outcomes.get(file)).toEqual(reference.get(file));
        },
      ),
      { numRuns: 25 },
    );
  });
});
