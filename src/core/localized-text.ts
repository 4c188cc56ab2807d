import * as z from 'zod';

/** A human text: a plain string (Dutch), or one string per language with `nl` required. */
export const localizedTextSchema = z.union(
  [
    z.string().trim().min(1),
    z.strictObject({
      nl: z.string().trim().min(1),
      en: z.string().trim().min(1).optional(),
    }),
  ],
  // zod's own words for a failed union are just "invalid input"; this says what fits.
  { error: 'kantellat:localized-text' },
).describe('A text: a plain string (Dutch), or one string per language: {nl: ..., en: ...}.');
/** A human text: a plain string (Dutch), or one string per language with `nl` required. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
