import * as z from 'zod';
import { LANGS, localizedTextSchema } from './text.js';

/** Ids of themes, questions, scales and options: plain words, so they are safe as keys anywhere. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    message: 'kantellat:id-format',
  });

const semverSchema = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, {
    message: 'kantellat:semver',
  });

/** One answer option on a scale. An `unanswered` option ("weet ik niet / n.v.t.") has no value. */
export const optionSchema = z.strictObject({
  id: idSchema,
  value: z.number().finite().optional(),
  label: localizedTextSchema,
  unanswered: z.boolean().optional(),
});
/** One answer option on a scale. */
export type Option = z.infer<typeof optionSchema>;

/** A named, reusable answer scale. */
export const scaleSchema = z.strictObject({
  options: z.array(optionSchema).min(2),
});
/** A named, reusable answer scale. */
export type Scale = z.infer<typeof scaleSchema>;

/** A score band: whole numbers `min`..`max` (inclusive) on 0–100, with a label and a text. */
/** zod's "expected int, received number" reads badly in Dutch and English alike. */
const wholeNumber = z.number().int({ error: 'kantellat:whole-number' });

export const bandSchema = z.strictObject({
  min: wholeNumber,
  max: wholeNumber,
  label: localizedTextSchema,
  text: localizedTextSchema,
});
/** A score band on 0–100. */
export type Band = z.infer<typeof bandSchema>;

/** A theme: a group of questions with advice per score band. */
export const themeSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  minAnswered: wholeNumber.min(1).optional(),
  advice: z.array(bandSchema).min(1),
});
/** A theme: a group of questions with advice per score band. */
export type Theme = z.infer<typeof themeSchema>;

/** One question of the set. */
export const questionSchema = z.strictObject({
  id: idSchema,
  theme: idSchema,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  scale: idSchema,
  weight: z.number().finite().optional(),
  reverse: z.boolean().optional(),
});
/** One question of the set. */
export type Question = z.infer<typeof questionSchema>;

/** A whole question set, as it stands in a YAML or JSON file. */
export const questionSetSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  version: semverSchema,
  languages: z.array(z.enum(LANGS)).min(1).optional(),
  title: localizedTextSchema,
  intro: localizedTextSchema.optional(),
  scales: z.record(idSchema, scaleSchema),
  scoring: z
    .strictObject({
      minAnswered: wholeNumber.min(1).optional(),
    })
    .optional(),
  levels: z.array(bandSchema).min(1),
  themes: z.array(themeSchema).min(1),
  questions: z.array(questionSchema).min(1),
});
/** A whole question set, as it stands in a YAML or JSON file. */
export type QuestionSet = z.infer<typeof questionSetSchema>;
