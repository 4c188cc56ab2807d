// The schema (zod) of the check's draft file, apart from the flow, so that the browser form can
// bundle the flow, draftOf and stateFromDraft without zod.
import * as z from 'zod';
import { DRAFT_KIND } from './check-flow.js';
import { once } from './once.js';
import { idSchema } from './question-set.js';

/** A check stopped halfway, as saved in the drafts folder after every answer. */
export const draftSchema = once(() =>
  z.strictObject({
    kind: z.literal(DRAFT_KIND),
    questionSet: idSchema(),
    version: z.string().min(1),
    /** The --questions file the check was started with (absolute), null for the bundled Kantellat. */
    questionsFile: z.string().nullable(),
    respondent: z.string().nullable(),
    /** --save FILE given at the start (absolute), null for the default place. */
    saveTo: z.string().nullable(),
    withNotes: z.boolean(),
    started: z.string(),
    updated: z.string(),
    phase: z.enum(['questions', 'summary']),
    position: z.number().int().min(0),
    answers: z.record(idSchema(), idSchema()),
    notes: z.record(idSchema(), z.string()),
  }),
);
/** A check stopped halfway, as saved in the drafts folder. */
export type Draft = z.infer<ReturnType<typeof draftSchema>>;
