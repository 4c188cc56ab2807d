import * as z from 'zod';
import { answersFileSchema } from './answers.js';
import { mirrorDocumentSchema } from './mirror-json.js';
import { questionSetSchema } from './question-set.js';
import { resultDocumentSchema } from './result-json.js';

/** The JSON Schemas that `kantellat schema` publishes, by name. */
export const SCHEMA_NAMES = ['question-set', 'answers', 'result', 'mirror'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const sources = {
  'question-set': { schema: questionSetSchema, title: 'Kantellat question set' },
  answers: { schema: answersFileSchema, title: 'Kantellat answer file' },
  result: { schema: resultDocumentSchema, title: 'Kantellat scored results (score --format json)' },
  mirror: {
    schema: mirrorDocumentSchema,
    title: "Kantellat mirror: own view beside the clients' view (mirror --format json)",
  },
} as const;

/** The JSON Schema (draft 2020-12) for `name`, generated from the zod schema the loader uses. */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const { schema, title } = sources[name];
  const { $schema, ...generated } = z.toJSONSchema(schema(), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return { $schema, $id: `urn:kantellat:schema:${name}:1`, title, ...generated };
}
