import * as z from 'zod';
import { localizedTextSchema } from './localized-text.js';
import { once } from './once.js';
import { UNANSWERED_KINDS } from './non-answer.js';
import { LANGS } from './text.js';

/** Ids of themes, questions, scales and options: plain words, so they are safe as keys anywhere. */
export const idSchema = once(() =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    message: 'kantellat:id-format',
  }),
);

const semverSchema = once(() =>
  z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, {
    message: 'kantellat:semver',
  }),
);

/** What an option means at a glance, shown in colour beside its label (never instead of it). */
export const TONES = ['good', 'warning', 'bad', 'neutral'] as const;
/** What an option means at a glance: good (green), warning (orange), bad (red) or neutral (grey). */
export type Tone = (typeof TONES)[number];

/** One answer option on a scale. An `unanswered` option ("weet ik niet", "n.v.t.") has no value. */
export const optionSchema = once(() =>
  z.strictObject({
    id: idSchema().describe('Stable id of the option; answer files name the chosen option by this id.'),
    value: z.number().finite().optional().describe('The score of this option. Not for an unanswered option.'),
    label: localizedTextSchema().describe('What the respondent sees.'),
    tone: z
      .enum(TONES, { error: 'kantellat:tone' })
      .optional()
      .describe(
        'What the option means at a glance, shown as a colour beside the label in the terminal and on pages: ' +
          'good (green), warning (orange), bad (red) or neutral (grey).',
      ),
    color: z
      .string()
      .regex(/^#[0-9A-Fa-f]{6}$/, { message: 'kantellat:color' })
      .optional()
      .describe(
        'An explicit colour for the option, as #RRGGBB; it goes before the colour of its tone. The label always stays.',
      ),
    unanswered: z
      .union([z.enum(UNANSWERED_KINDS), z.boolean()], { error: 'kantellat:unanswered-kind' })
      .optional()
      .describe(
        'A non-answer: chosen, but left out of the score. "dont-know" (weet ik niet) and "not-applicable" ' +
          '(n.v.t.) are counted separately in every result; true is one combined "don\'t know / not applicable" ' +
          '(older sets).',
      ),
  }),
);
/** One answer option on a scale. */
export type Option = z.infer<ReturnType<typeof optionSchema>>;

/** A named, reusable answer scale. */
export const scaleSchema = once(() =>
  z.strictObject({
    options: z
      .array(optionSchema())
      .min(2)
      .describe('The options in the order they are shown; at least two with different values.'),
  }),
);
/** A named, reusable answer scale. */
export type Scale = z.infer<ReturnType<typeof scaleSchema>>;

/** zod's "expected int, received number" reads badly in Dutch and English alike. */
const wholeNumber = once(() => z.number().int({ error: 'kantellat:whole-number' }));

/** A score band: whole numbers `min`..`max` (inclusive) on 0–100, with a label and a text. */
export const bandSchema = once(() =>
  z.strictObject({
    min: wholeNumber().describe('Lowest score of the band (inclusive, 0–100).'),
    max: wholeNumber().describe('Highest score of the band (inclusive, 0–100).'),
    label: localizedTextSchema().describe('Short name of the band.'),
    text: localizedTextSchema().describe('What this score means, or what to try next.'),
  }),
);
/** A score band on 0–100. */
export type Band = z.infer<ReturnType<typeof bandSchema>>;

/** A theme: a group of questions with advice per score band. */
export const themeSchema = once(() =>
  z.strictObject({
    id: idSchema().describe('Stable id of the theme; questions refer to it.'),
    title: localizedTextSchema(),
    description: localizedTextSchema().optional().describe('One line on what the theme is about.'),
    minAnswered: wholeNumber()
      .min(1)
      .optional()
      .describe('Fewer answered questions and the theme gets no score. Default: scoring.minAnswered.'),
    weight: z
      .number()
      .finite()
      .optional()
      .describe('Weight of the theme in the overall score, greater than 0. Default 1: every scored theme counts once.'),
    advice: z
      .array(bandSchema())
      .min(1)
      .describe('Advice per score band; the bands cover 0–100 without gaps or overlaps.'),
  }),
);
/** A theme: a group of questions with advice per score band. */
export type Theme = z.infer<ReturnType<typeof themeSchema>>;

/** One question of the set. */
export const questionSchema = once(() =>
  z.strictObject({
    id: idSchema().describe('Stable id of the question; answer files use it as key.'),
    theme: idSchema().describe('Id of the theme the question belongs to.'),
    text: localizedTextSchema().describe('The question.'),
    help: localizedTextSchema()
      .optional()
      .describe(
        'What the question is about and what counts, shown on request ("Uitleg bij deze vraag"); it should not ' +
          'tell which answer is good.',
      ),
    scale: idSchema().describe('Name of a scale in "scales".'),
    weight: z.number().finite().optional().describe('Weight within its theme, greater than 0. Default 1.'),
    reverse: z.boolean().optional().describe('true when the highest option is the least desirable answer.'),
    opposite: idSchema()
      .optional()
      .describe(
        'On a reverse-keyed question: the forward question of the same theme that it is the direct opposite of, ' +
          'so that the top option on both is a contradiction. Only such declared pairs are checked for it.',
      ),
    frame: localizedTextSchema()
      .optional()
      .describe('The recall frame shown above the question, e.g. "Denk aan je laatste tien eerste gesprekken."'),
    short: localizedTextSchema()
      .optional()
      .describe('A short name of the question (3–6 words), used when a result refers back to it.'),
    steps: z
      .array(localizedTextSchema())
      .min(1)
      .max(3)
      .optional()
      .describe(
        '1–3 concrete next steps for someone whose answer to this question scored low; results show them for the ' +
          'lowest-scoring answered question(s) of each theme.',
      ),
    mirrorOf: idSchema()
      .optional()
      .describe('In a mirror set: the id of the question in the mirrored set that this question mirrors.'),
  }),
);
/** One question of the set. */
export type Question = z.infer<ReturnType<typeof questionSchema>>;

/** Which set a mirror set mirrors: the other side of the same conversation (a client set for a professional's set). */
export const mirrorsSchema = once(() =>
  z.strictObject({
    questionSet: idSchema().describe('Id of the mirrored question set.'),
    version: semverSchema().describe(
      'The version of the mirrored set these questions were written for; any version with the same major number pairs.',
    ),
  }),
);
/** Which set a mirror set mirrors. */
export type Mirrors = z.infer<ReturnType<typeof mirrorsSchema>>;

/** A whole question set, as it stands in a YAML or JSON file. */
export const questionSetSchema = once(() =>
  z.strictObject({
    $schema: z.string().optional().describe('Where an editor finds this JSON Schema; ignored by kantellat.'),
    id: idSchema().describe('Stable id of the question set; answer files name it in "questionSet".'),
    version: semverSchema().describe(
      'Semantic version; raise the major number when answers to the old version no longer fit.',
    ),
    languages: z.array(z.enum(LANGS)).min(1).optional().describe('Languages every text must have. Default: [nl].'),
    title: localizedTextSchema(),
    intro: localizedTextSchema().optional().describe('Shown before the first question.'),
    anonymous: z
      .boolean()
      .optional()
      .describe(
        'true: answers are anonymous: no name is asked (paper has no name line) and no name from these answer ' +
          'files is ever shown.',
      ),
    mirrors: mirrorsSchema()
      .optional()
      .describe(
        'This set mirrors another one (for example clients answering about their consultant); its questions say ' +
          'which question they mirror in mirrorOf.',
      ),
    words: z
      .strictObject({
        scoreMeaning: localizedTextSchema()
          .optional()
          .describe(
            'What a higher score means, in a few words that finish "Elke score loopt van 0 tot 100: ..." (e.g. ' +
              '"hoe hoger, hoe meer gekanteld"). Default: "the higher, the better".',
          ),
      })
      .optional()
      .describe("The set's own words where kantellat would otherwise use neutral ones."),
    scales: z.record(idSchema(), scaleSchema()).describe('Named answer scales, used by the questions.'),
    scoring: z
      .strictObject({
        minAnswered: wholeNumber()
          .min(1)
          .optional()
          .describe('Default minimum of answered questions per theme. Default 1.'),
        points: z
          .boolean()
          .optional()
          .describe(
            'true: the overall is shown as points ("10 of 12 points"): each answered question gives weight × ' +
              '(its value − the lowest value of its scale), reversed on a reverse question, and "levels" are bands ' +
              'on 0 to the highest possible total instead of 0–100. Values and weights must then be whole numbers. ' +
              'Theme scores stay 0–100.',
          ),
        overallMinimum: z
          .strictObject({
            themes: wholeNumber().min(0).optional().describe('At least this many scored themes. Default 1.'),
            questions: wholeNumber()
              .min(0)
              .optional()
              .describe('At least this many answered questions (non-answers do not count). Default 0.'),
            certainLevel: z
              .boolean()
              .optional()
              .describe(
                'Give the overall score only when the questions left open (non-answers, blanks) could not change ' +
                  'its level, so a non-answer never raises a level. Default true when overallMinimum is given.',
              ),
          })
          .optional()
          .describe(
            'Below this the result shows the theme scores it has, but no overall score and no level, and says why.',
          ),
      })
      .optional(),
    levels: z.array(bandSchema()).min(1).describe('Overall levels; the bands cover 0–100 without gaps or overlaps.'),
    themes: z.array(themeSchema()).min(1),
    questions: z.array(questionSchema()).min(1),
  }),
);
/** A whole question set, as it stands in a YAML or JSON file. */
export type QuestionSet = z.infer<ReturnType<typeof questionSetSchema>>;
