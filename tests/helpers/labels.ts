import { LABEL_MARK } from '../../src/core/result-json.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: unknown };

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLabel(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (typeof schema['description'] === 'string' && schema['description'].startsWith(LABEL_MARK)) return true;
  const anyOf = schema['anyOf'];
  return Array.isArray(anyOf) && anyOf.some(isLabel);
}

/** The branches of a schema a value may follow: itself, or each of its anyOf. */
function branches(schema: Schema): Schema[] {
  const anyOf = schema['anyOf'];
  return Array.isArray(anyOf) ? anyOf.filter(isObject) : [schema];
}

/**
 * A JSON value with every field the schema marks as a label (description "label: follows
 * --lang") taken out, walking the published schema beside the value: what is left must be the
 * same in every language.
 */
export function withoutSchemaLabels(value: Json, schema: Schema): { value: Json; removed: number } {
  let removed = 0;
  const walk = (node: Json, at: Schema): Json => {
    if (Array.isArray(node)) {
      const items = branches(at)
        .map((branch) => branch['items'])
        .find(isObject);
      return items === undefined ? node : node.map((item) => walk(item, items));
    }
    if (node === null || typeof node !== 'object') return node;
    const properties =
      branches(at)
        .map((branch) => branch['properties'])
        .find(isObject) ?? {};
    const out: { [key: string]: Json } = {};
    for (const [key, field] of Object.entries(node)) {
      const fieldSchema = properties[key];
      if (isLabel(fieldSchema)) {
        removed += 1;
        continue;
      }
      out[key] = isObject(fieldSchema) ? walk(field, fieldSchema) : field;
    }
    return out;
  };
  return { value: walk(value, schema), removed };
}

/** A JSON value without the fields named in `names` that hold a text or a list of texts, wherever they stand. */
export function withoutNamedLabels(value: Json, names: readonly string[]): { value: Json; removed: number } {
  let removed = 0;
  const isText = (field: Json): boolean =>
    typeof field === 'string' || (Array.isArray(field) && field.every((item) => typeof item === 'string'));
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: { [key: string]: Json } = {};
    for (const [key, field] of Object.entries(node)) {
      if (names.includes(key) && (isText(field) || field === null)) {
        removed += 1;
        continue;
      }
      out[key] = walk(field);
    }
    return out;
  };
  return { value: walk(value), removed };
}

/** Parsed JSON, typed for the walkers above. */
export function parseJson(text: string): Json {
  const value: Json = JSON.parse(text);
  return value;
}
