import * as z from 'zod';
import { once } from './once.js';
import type { NonAnswerCounts, Result } from './score.js';
import type { TextPicker } from './text.js';

/** The version of the machine-readable result shape; raised on any breaking change. */
export const RESULT_SCHEMA_VERSION = 1;

const scoreSchema = once(() => z.number().int().min(0).max(100).nullable());
const countSchema = once(() => z.number().int().min(0));
/**
 * What marks a label field in the published JSON Schema: the one kind of field whose value
 * changes with --lang. Everything else in a machine format is the same in every language.
 */
export const LABEL_MARK = 'label: follows --lang';
/** A text in the language of the run (--lang): a label, never a value to compare on. */
const label = (what: string) => z.string().describe(`${LABEL_MARK}. ${what}.`);
/** The position of a band among the set's bands (0 = the lowest): the band in a form that never changes with --lang. */
const bandSchema = once(() =>
  z
    .number()
    .int()
    .min(0)
    .nullable()
    .describe(
      'Position of the band among the bands of the question set, 0 = the lowest; null without a score. The same ' +
        'in every language.',
    ),
);

/** How many questions got each kind of non-answer: none of them count in a score. */
const nonAnswerFields = once(() => ({
  dontKnow: countSchema().describe('Questions answered "weet ik niet" (don\'t know).'),
  notApplicable: countSchema().describe('Questions answered "niet van toepassing" (not applicable).'),
  dontKnowOrNotApplicable: countSchema().describe(
    'Questions answered with the combined "weet ik niet / n.v.t." of older sets (unanswered: true).',
  ),
  open: countSchema().describe('Questions left blank.'),
}));

const stepsSchema = once(() =>
  z
    .strictObject({
      question: z.string().describe('Id of the question.'),
      short: label('The short name of the question'),
      option: z.string().describe('Id of the option chosen.'),
      answer: label('The option chosen'),
      score: z.number().int().min(0).max(100).describe('The score of that answer (0–100, after reverse keying).'),
      steps: z
        .array(z.string())
        .describe(`${LABEL_MARK}. The next steps the question set gives for a low answer to this question.`),
    })
    .describe(
      'The steps of the lowest-scoring answered question of the theme (below the top; on a tie the one asked first).',
    ),
);

/** One scored answer file, as JSON: the same shape for `check --json` and `score --format json`. */
export const resultJsonSchema = once(() =>
  z.strictObject({
    file: z.string().nullable(),
    questionSet: z
      .strictObject({ id: z.string(), version: z.string() })
      .describe(
        'The question set and version this file was scored with: an answer file to an archived version ' +
          '(kantellat 1.0.0) is scored with that version.',
      ),
    respondent: z.string().nullable(),
    date: z.string().nullable(),
    answered: z.number().int().min(0),
    total: z.number().int().min(0),
    ...nonAnswerFields(),
    overall: z.strictObject({
      score: scoreSchema(),
      level: label('The name of the overall level').nullable(),
      band: bandSchema(),
      reason: z
        .enum(['too-few-questions', 'too-few-themes', 'level-uncertain'])
        .nullable()
        .describe(
          'Why there is no overall score (null when there is one): below the minimum of answered questions or ' +
            'scored themes, or open questions that could change the level. See docs/scoring.md.',
        ),
      range: z
        .strictObject({ min: z.number().int(), max: z.number().int() })
        .nullable()
        .describe(
          'With questions left open (non-answers, blanks): the lowest and highest overall score they allow, ' +
            'however they would be answered (in points, for a set with scoring.points); also given with a score, ' +
            'and for level-uncertain. null when nothing is open, or with too few answers for an overall score.',
        ),
      points: z
        .strictObject({
          points: z
            .number()
            .int()
            .min(0)
            .describe(
              'The points got: per answered question, weight × its distance from the bottom of its scale (from ' +
                'the top when reversed).',
            ),
          max: z.number().int().min(0).describe('The most points there are to get over the whole set.'),
        })
        .nullable()
        .describe(
          'For a set with scoring.points: the overall as points ("10 of 12"), on which the level is chosen. null ' +
            'for other sets, and when there is no overall score.',
        ),
    }),
    themes: z.array(
      z.strictObject({
        id: z.string(),
        title: label('The theme title'),
        score: scoreSchema(),
        level: label('The name of the advice band').nullable(),
        band: bandSchema(),
        advice: label('The advice text of the band').nullable(),
        answered: z.number().int().min(0),
        total: z.number().int().min(0),
        ...nonAnswerFields(),
        steps: z
          .array(stepsSchema())
          .describe(
            'Steps tied to the lowest-scoring answered question of the theme, given for at most two scored ' +
              'themes (the lowest scores first; see docs/scoring.md); empty for the other themes, when no answer ' +
              'is below the top, or when the set gives no steps.',
          ),
      }),
    ),
    strongest: z.string().nullable(),
    focus: z.string().nullable(),
    consistency: z
      .strictObject({
        flagged: z.boolean().describe('true when any pattern below was found.'),
        sameOption: z
          .strictObject({ option: z.string(), label: label('The option'), count: countSchema() })
          .nullable()
          .describe('Every answered question (at least three) got this option.'),
        contradictions: z
          .array(z.strictObject({ theme: z.string(), title: label('The theme title'), questions: z.array(z.string()) }))
          .describe(
            'Themes with a declared pair of opposite questions (`opposite`) both answered with the top option.',
          ),
        allAtBest: z
          .strictObject({ count: countSchema(), answered: countSchema() })
          .nullable()
          .describe(
            'All answered questions (at least three quarters of the set) but at most one per twelve questions of ' +
              'the set got their most favourable answer after keying: `count` of the `answered` did.',
          ),
        allFavourable: z
          .strictObject({ count: countSchema(), answered: countSchema() })
          .nullable()
          .describe(
            'Null when `allAtBest` is set. Otherwise as `allAtBest`, for answers in the top quarter of their scale ' +
              'after keying (on a five-point scale the best or next-best answer): `count` of the `answered` were.',
          ),
      })
      .describe('A response-style check: worth a second look at the answers, not an error.'),
  }),
);
/** One scored answer file, as JSON. */
export type ResultJson = z.infer<ReturnType<typeof resultJsonSchema>>;

/** A file that could not be scored, as JSON. Never holds the file's notes. */
export const resultErrorJsonSchema = once(() =>
  z.strictObject({
    file: z.string(),
    line: z.number().int().nullable(),
    column: z.number().int().nullable(),
    code: z
      .string()
      .describe(
        'What is wrong, as a stable id (`unknown-option`, `missing-field`, ...): the same in every language, for ' +
          'scripts to act on.',
      ),
    message: label('What is wrong and what to do, with its place in the file and a count of further problems'),
  }),
);
/** A file that could not be scored, as JSON. */
export type ResultErrorJson = z.infer<ReturnType<typeof resultErrorJsonSchema>>;

/** The whole JSON document of `kantellat score --format json` (and `check --json`). */
export const resultDocumentSchema = once(() =>
  z.strictObject({
    schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
    questionSet: z.strictObject({ id: z.string(), version: z.string() }),
    results: z.array(resultJsonSchema()),
    errors: z.array(resultErrorJsonSchema()),
  }),
);
/** The whole JSON document of `kantellat score --format json`. */
export type ResultDocument = z.infer<ReturnType<typeof resultDocumentSchema>>;

function nonAnswersOf(counts: NonAnswerCounts): NonAnswerCounts {
  return {
    dontKnow: counts.dontKnow,
    notApplicable: counts.notApplicable,
    dontKnowOrNotApplicable: counts.dontKnowOrNotApplicable,
    open: counts.open,
  };
}

/** A result in its JSON shape; `locale` words its label fields. */
export function toResultJson(result: Result, file: string | null, locale: TextPicker): ResultJson {
  return {
    file,
    questionSet: { id: result.questionSet.id, version: result.questionSet.version },
    respondent: result.respondent,
    date: result.date,
    answered: result.answered,
    total: result.total,
    ...nonAnswersOf(result),
    overall: {
      score: result.overall.score,
      level: result.overall.level ? locale.text(result.overall.level.label) : null,
      band: result.overall.level?.index ?? null,
      reason: result.overall.gap?.reason ?? null,
      range: result.overall.range,
      points: result.overall.points,
    },
    themes: result.themes.map((theme) => ({
      id: theme.id,
      title: locale.text(theme.title),
      score: theme.score,
      level: theme.band ? locale.text(theme.band.label) : null,
      band: theme.band?.index ?? null,
      advice: theme.band ? locale.text(theme.band.text) : null,
      answered: theme.answered,
      total: theme.total,
      ...nonAnswersOf(theme),
      steps: theme.steps.map((entry) => ({
        ...entry,
        short: locale.text(entry.short),
        answer: locale.text(entry.answer),
        steps: entry.steps.map((step) => locale.text(step)),
      })),
    })),
    strongest: result.strongest,
    focus: result.focus,
    consistency: {
      flagged: result.consistency.flagged,
      sameOption: result.consistency.sameOption && {
        ...result.consistency.sameOption,
        label: locale.text(result.consistency.sameOption.label),
      },
      contradictions: result.consistency.contradictions.map((c) => ({
        ...c,
        title: locale.text(c.title),
        questions: [...c.questions],
      })),
      allAtBest: result.consistency.allAtBest,
      allFavourable: result.consistency.allFavourable,
    },
  };
}
