import * as z from 'zod';
import type { Result } from './score.js';

/** The version of the machine-readable result shape; raised on any breaking change. */
export const RESULT_SCHEMA_VERSION = 1;

const scoreSchema = z.number().int().min(0).max(100).nullable();

/** One scored answer file, as JSON: the same shape for `check --json` and `score --format json`. */
export const resultJsonSchema = z.strictObject({
  file: z.string().nullable(),
  respondent: z.string().nullable(),
  date: z.string().nullable(),
  answered: z.number().int().min(0),
  total: z.number().int().min(0),
  overall: z.strictObject({ score: scoreSchema, level: z.string().nullable() }),
  themes: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      score: scoreSchema,
      level: z.string().nullable(),
      advice: z.string().nullable(),
      answered: z.number().int().min(0),
      total: z.number().int().min(0),
    }),
  ),
  strongest: z.string().nullable(),
  focus: z.string().nullable(),
});
/** One scored answer file, as JSON. */
export type ResultJson = z.infer<typeof resultJsonSchema>;

/** A file that could not be scored, as JSON. Never holds the file's notes. */
export const resultErrorJsonSchema = z.strictObject({
  file: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  message: z.string(),
});
/** A file that could not be scored, as JSON. */
export type ResultErrorJson = z.infer<typeof resultErrorJsonSchema>;

/** The whole JSON document of `kantellat score --format json` (and `check --json`). */
export const resultDocumentSchema = z.strictObject({
  schemaVersion: z.literal(RESULT_SCHEMA_VERSION),
  questionSet: z.strictObject({ id: z.string(), version: z.string() }),
  results: z.array(resultJsonSchema),
  errors: z.array(resultErrorJsonSchema),
});
/** The whole JSON document of `kantellat score --format json`. */
export type ResultDocument = z.infer<typeof resultDocumentSchema>;

/** A result in its JSON shape. */
export function toResultJson(result: Result, file: string | null): ResultJson {
  return {
    file,
    respondent: result.respondent,
    date: result.date,
    answered: result.answered,
    total: result.total,
    overall: { score: result.overall.score, level: result.overall.level?.label ?? null },
    themes: result.themes.map((theme) => ({
      id: theme.id,
      title: theme.title,
      score: theme.score,
      level: theme.band?.label ?? null,
      advice: theme.band?.text ?? null,
      answered: theme.answered,
      total: theme.total,
    })),
    strongest: result.strongest,
    focus: result.focus,
  };
}
