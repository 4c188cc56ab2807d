import * as z from 'zod';
import { once } from './once.js';

const oneText = once(() => z.string().trim().min(1));

/**
 * A human text: a plain string (in the set's first language), or one string per language. Either
 * language may be left out of the object, as long as one is there: an English-only set writes
 * `{ en: ... }` or a plain string; which languages a set must have is its `languages` field's job.
 */
export const localizedTextSchema = once(() =>
  z
    .union(
      [
        oneText(),
        z
          .strictObject({ nl: oneText().optional(), en: oneText().optional() })
          .refine((text) => text.nl !== undefined || text.en !== undefined, { error: 'kantellat:localized-text' }),
      ],
      // zod's own words for a failed union are just "invalid input"; this says what fits.
      { error: 'kantellat:localized-text' },
    )
    .describe("A text: a plain string (in the set's first language), or one string per language: {nl: ..., en: ...}."),
);
/** A human text: a plain string (the set's first language), or one string per language. */
export type LocalizedText = z.infer<ReturnType<typeof localizedTextSchema>>;
