/**
 * A small JSON Schema (2020-12) checker for the keywords kantellat's generated schemas use, so
 * tests can show that real files pass the published schema without pulling in a validator
 * library. An unknown keyword is an error, never silently ignored: a schema that grows a new
 * keyword makes the tests fail until this checker learns it.
 */

type Schema = { [key: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default']);
const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'enum',
  'const',
  'pattern',
  'minLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
]);

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The places (`/questions/0/id`) and reasons where `value` breaks `schema`; empty when it fits. */
export function schemaErrors(schema: unknown, value: unknown, at = ''): string[] {
  if (schema === true) return [];
  if (!isSchema(schema)) return [`${at || '/'}: schema is not an object`];
  const errors: string[] = [];
  const fail = (reason: string): void => {
    errors.push(`${at || '/'}: ${reason}`);
  };
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !KNOWN.has(keyword)) fail(`unsupported keyword ${keyword}`);
  }
  const type = schema['type'];
  if (typeof type === 'string') {
    const actual = typeOf(value);
    if (actual !== type && !(type === 'number' && actual === 'integer')) fail(`expected ${type}, got ${actual}`);
  }
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    fail(`not one of ${JSON.stringify(schema['enum'])}`);
  if ('const' in schema && schema['const'] !== value) fail(`not ${JSON.stringify(schema['const'])}`);
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      fail(`does not match ${schema['pattern']}`);
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength'])
      fail(`shorter than ${schema['minLength']}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) fail(`below ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) fail(`above ${schema['maximum']}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      fail(`fewer than ${schema['minItems']} items`);
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems'])
      fail(`more than ${schema['maxItems']} items`);
    if ('items' in schema)
      value.forEach((item, i) => errors.push(...schemaErrors(schema['items'], item, `${at}/${i}`)));
  }
  if (isSchema(value)) {
    const properties = isSchema(schema['properties']) ? schema['properties'] : {};
    if (Array.isArray(schema['required'])) {
      for (const key of schema['required'])
        if (typeof key === 'string' && !Object.hasOwn(value, key)) fail(`missing ${key}`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (Object.hasOwn(properties, key)) errors.push(...schemaErrors(properties[key], item, `${at}/${key}`));
      else if (schema['additionalProperties'] === false) fail(`unknown property ${key}`);
      else if ('additionalProperties' in schema)
        errors.push(...schemaErrors(schema['additionalProperties'], item, `${at}/${key}`));
      if ('propertyNames' in schema) errors.push(...schemaErrors(schema['propertyNames'], key, `${at}/${key} (name)`));
    }
  }
  if (Array.isArray(schema['anyOf'])) {
    const branches = schema['anyOf'].map((branch) => schemaErrors(branch, value, at));
    if (!branches.some((branchErrors) => branchErrors.length === 0))
      fail(`fits none of anyOf: ${branches.map((b) => b.join('; ')).join(' | ')}`);
  }
  return errors;
}
