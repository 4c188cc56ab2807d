import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema, SCHEMA_NAMES } from '../../src/core/schemas.js';
import { parseInput } from '../../src/io/load.js';
import { schemaErrors } from '../helpers/json-schema-subset.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A YAML or JSON file as plain data, the way the loader reads it. */
function data(path: string): unknown {
  const source = parseInput(path, readFileSync(join(ROOT, path)));
  if ('problems' in source) throw new Error(`${path} does not parse`);
  return source.data;
}

describe('the published JSON Schemas', () => {
  // The snapshots are the schema files next to the documented example, so the files editors
  // point at are exactly what `kantellat schema` prints; `vitest -u` updates them on purpose.
  it.each(SCHEMA_NAMES)('%s is locked by a snapshot', async (name) => {
    await expect(`${JSON.stringify(jsonSchema(name), null, 2)}\n`).toMatchFileSnapshot(
      join(ROOT, 'docs', 'examples', `${name}.schema.json`),
    );
  });

  it.each(SCHEMA_NAMES)('%s has an $id and says which draft it follows', (name) => {
    const schema = jsonSchema(name);
    expect(schema['$id']).toBe(`urn:kantellat:schema:${name}:1`);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', 'title']);
  });

  it('accepts the bundled Kantellat and the documented example', () => {
    expect(schemaErrors(jsonSchema('question-set'), data('questions/kantellat.yaml'))).toEqual([]);
    expect(schemaErrors(jsonSchema('question-set'), data('docs/examples/teamoverleg.yaml'))).toEqual([]);
    expect(schemaErrors(jsonSchema('question-set'), data('tests/fixtures/loader-json/question-set.json'))).toEqual([]);
  });

  it('accepts the documented answer files, YAML and JSON', () => {
    expect(schemaErrors(jsonSchema('answers'), data('docs/examples/teamoverleg-antwoorden.yaml'))).toEqual([]);
    expect(schemaErrors(jsonSchema('answers'), data('docs/examples/teamoverleg-antwoorden.json'))).toEqual([]);
  });

  it('refuses what the loader refuses for its structure', () => {
    expect(
      schemaErrors(jsonSchema('question-set'), data('tests/fixtures/check-question-set-structure/question-set.yaml')),
    ).toEqual([
      '/: missing title',
      '/version: does not match ^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$',
      '/: unknown property titel',
      '/scales/yn/options/0/value: expected number, got string',
      '/scales/yn/options/1: unknown property colour',
      '/levels/0/max: expected integer, got number',
      '/themes/0/title: fits none of anyOf: /themes/0/title: expected string, got integer | /themes/0/title: expected object, got integer',
      '/themes/0/advice: fewer than 1 items',
      '/questions/0/reverse: expected boolean, got string',
      '/questions/1: missing text',
      '/questions/1/id: does not match ^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$',
    ]);
  });

  it('gives editors a description for the fields people type', () => {
    const schema = jsonSchema('question-set');
    const properties = schema['properties'];
    expect(properties).toMatchObject({
      id: { description: expect.stringContaining('answer files') },
      languages: { description: expect.stringContaining('Default: [nl]') },
      scales: { description: expect.any(String) },
      levels: { description: expect.stringContaining('0–100') },
    });
  });
});
