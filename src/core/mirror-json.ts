import * as z from 'zod';
import { once } from './once.js';
import { LANGS } from './text.js';
import { MIRROR_SCHEMA_VERSION } from './mirror.js';
import { LABEL_MARK } from './result-json.js';

/** A text in the language of the run (--lang), marked so in the published schema. */
const label = (what: string) => z.string().describe(`${LABEL_MARK}. ${what}`);

const setSchema = once(() =>
  z.strictObject({ id: z.string(), version: z.string(), title: label('The title of the set.') }),
);
const scoreSchema = once(() => z.number().min(0).max(100).nullable());
const clientViewSchema = once(() =>
  z.strictObject({
    mean: scoreSchema().describe("The clients' mean (0–100, one decimal); null when fewer than minClients gave one."),
    n: z.number().int().min(0).describe('How many clients this mean is over.'),
  }),
);
const gapSchema = once(() =>
  z.number().min(-100).max(100).nullable().describe("Own score minus the clients' mean; null without both."),
);

const mirrorQuestionSchema = once(() =>
  z.strictObject({
    id: z.string().describe('The client question.'),
    mirrorOf: z.string().describe("The professional's question it mirrors."),
    theme: z.string(),
    text: label("The client question's text."),
    selfText: label("The professional's question's text."),
    reverse: z.boolean().describe('The client question is reverse-keyed: a high score means clients answered "no".'),
    self: scoreSchema(),
    clients: clientViewSchema(),
    gap: gapSchema(),
    prompt: label('The line as the human formats show it.'),
  }),
);

/** The JSON document of `kantellat mirror --format json`. Holds no client's own answers, names, dates or notes. */
export const mirrorDocumentSchema = once(() =>
  z.strictObject({
    schemaVersion: z.literal(MIRROR_SCHEMA_VERSION),
    kind: z.literal('kantellat-mirror'),
    lang: z.enum(LANGS).describe(`${LABEL_MARK}. The language the labels are in.`),
    selfSet: setSchema(),
    clientSet: setSchema(),
    self: z.strictObject({ date: z.string().nullable(), overall: scoreSchema() }),
    clientCount: z.number().int().min(0),
    minClients: z.number().int().min(1),
    enough: z
      .boolean()
      .describe('false below minClients: then themes, lower and valued are empty and message says why.'),
    message: label('Why there are no client numbers.').nullable(),
    themes: z
      .array(
        z.strictObject({
          id: z.string(),
          title: label('The theme title.'),
          self: scoreSchema(),
          clients: clientViewSchema(),
          gap: gapSchema(),
          direction: z.enum(['self-higher', 'self-lower', 'close']).nullable(),
          missing: z.enum(['self', 'clients']).nullable(),
          step: z
            .strictObject({
              question: label("The professional's question (its short name) the step belongs to."),
              text: label('The step.'),
            })
            .nullable()
            .describe(
              'When you rate the theme higher than your clients: a step from your own set, for the question ' +
                "where the clients' view is furthest below yours.",
            ),
          prompt: label('The reflection prompt for this theme.'),
        }),
      )
      .describe('Largest gap first.'),
    lower: z
      .array(mirrorQuestionSchema())
      .describe("Questions where the clients' mean is clearly below the professional's own answer."),
    valued: z.array(mirrorQuestionSchema()).describe('The questions clients rate highest.'),
  }),
);
/** The JSON document of `kantellat mirror --format json`. */
export type MirrorDocument = z.infer<ReturnType<typeof mirrorDocumentSchema>>;
