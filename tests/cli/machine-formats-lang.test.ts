import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/core/schemas.js';
import { COMPARE_LABEL_FIELDS } from '../../src/render/compare-formats.js';
import { REPORT_LABEL_FIELDS } from '../../src/render/report-json.js';
import { parseJson, withoutNamedLabels, withoutSchemaLabels } from '../helpers/labels.js';
import { runInProcess } from './score-harness.js';

/** Runs the same command in Dutch and in English. */
async function bothLanguages(args: string[]): Promise<{ nl: string; en: string }> {
  const nl = await runInProcess([...args, '--lang', 'nl']);
  const en = await runInProcess([...args, '--lang', 'en']);
  return { nl: nl.stdout, en: en.stdout };
}

type Schema = { [key: string]: unknown };
function schemaAt(schema: Schema, ...path: string[]): Schema {
  let node: unknown = schema;
  for (const key of path) node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
  if (typeof node !== 'object' || node === null) throw new Error(`no schema at ${path.join('.')}`);
  return Object.fromEntries(Object.entries(node));
}

/** The rows of an RFC 4180 CSV text, each as its cells (quoted ones may hold commas and doubled quotes). */
function csvRows(text: string): string[][] {
  const cells = (row: string): string[] =>
    [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((match) => match[1] ?? '');
  return text.trimEnd().split('\r\n').map(cells);
}

/** A CSV text's rows without the named label columns, which must all be there to be taken out. */
function withoutCsvLabels(text: string, labels: readonly string[]): string[] {
  const rows = csvRows(text);
  const header = rows[0] ?? [];
  const indexes = labels.map((label) => header.indexOf(label));
  expect(indexes).not.toContain(-1);
  return rows.map((row) => row.filter((_, index) => !indexes.includes(index)).join(','));
}

// Machine formats look the same in every language, apart from the fields that are labels by
// name: this holds that, byte for byte, with the labels taken out (and checks labels were there
// to take out, so an output that loses its labels cannot pass by accident).
describe('machine formats are the same under --lang nl and --lang en, apart from label fields', () => {
  it('score --format json: the fields the result schema marks "label: follows --lang"', async () => {
    const { nl, en } = await bothLanguages(['score', 'tests/fixtures/score-golden', '--format', 'json']);
    expect(nl).not.toBe(en);
    const schema = jsonSchema('result');
    const a = withoutSchemaLabels(parseJson(nl), schema);
    const b = withoutSchemaLabels(parseJson(en), schema);
    expect(a.removed).toBeGreaterThan(20);
    expect(a.removed).toBe(b.removed);
    expect(JSON.stringify(a.value, null, 2)).toBe(JSON.stringify(b.value, null, 2));
    // What is left still says the level and what is wrong, in a form a script can use.
    expect(JSON.stringify(a.value)).toContain('"band":1');
    expect(JSON.stringify(a.value)).toContain('"code":"answers-unknown-option"');
  });

  it('score --format jsonl: each line, by the same schema', async () => {
    const { nl, en } = await bothLanguages(['score', 'tests/fixtures/score-golden', '--format', 'jsonl']);
    const schema = jsonSchema('result');
    const strip = (text: string): string =>
      text
        .trimEnd()
        .split('\n')
        .map((line) => {
          const value = parseJson(line);
          const isError =
            typeof value === 'object' && value !== null && !Array.isArray(value) && value['type'] === 'error';
          return JSON.stringify(
            withoutSchemaLabels(value, schemaAt(schema, 'properties', isError ? 'errors' : 'results', 'items')).value,
          );
        })
        .join('\n');
    expect(nl).not.toBe(en);
    expect(strip(nl)).toBe(strip(en));
  });

  it('score --format csv: all but the label columns (level, error), with band as the level in every language', async () => {
    const { nl, en } = await bothLanguages([
      'score',
      'tests/fixtures/score-golden',
      '--format',
      'csv',
      '--csv-style',
      'rfc4180',
    ]);
    const a = withoutCsvLabels(nl, ['level', 'error']);
    const b = withoutCsvLabels(en, ['level', 'error']);
    expect(nl).not.toBe(en);
    expect(a).toEqual(b);
    // The band column is there, filled for every scored file, and says the same level as the label.
    const rows = csvRows(nl);
    const header = rows[0] ?? [];
    const band = header.indexOf('band');
    expect(band).toBe(header.indexOf('level') + 1);
    const scored = rows.slice(1).filter((row) => row[header.indexOf('error')] === '');
    expect(scored.length).toBeGreaterThan(1);
    expect(scored.map((row) => [row[header.indexOf('level')], row[band]])).toEqual([
      ['Op weg', '1'],
      ['Nog niet gekanteld', '0'],
      ['Gekanteld', '2'],
    ]);
  });

  it('report --format csv: all but the label column, with band beside each level and band label', async () => {
    const args = ['report', 'tests/fixtures/report-group', '--format', 'csv', '--csv-style', 'rfc4180'];
    const { nl, en } = await bothLanguages(args);
    expect(nl).not.toBe(en);
    expect(withoutCsvLabels(nl, ['label'])).toEqual(withoutCsvLabels(en, ['label']));
    const rows = csvRows(nl);
    const header = rows[0] ?? [];
    const levels = rows.filter((row) => row[header.indexOf('kind')] === 'level');
    expect(levels.length).toBeGreaterThan(1);
    expect(levels.map((row) => row[header.indexOf('band')])).toEqual(levels.map((_, index) => String(index)));
  });

  it('mirror --format json: the fields the mirror schema marks as labels', async () => {
    const { nl, en } = await bothLanguages([
      'mirror',
      'tests/fixtures/mirror-kantellat/self.yaml',
      'tests/fixtures/mirror-kantellat/clients',
      '--format',
      'json',
    ]);
    const schema = jsonSchema('mirror');
    const a = withoutSchemaLabels(parseJson(nl), schema);
    const b = withoutSchemaLabels(parseJson(en), schema);
    expect(nl).not.toBe(en);
    expect(a.removed).toBeGreaterThan(5);
    expect(JSON.stringify(a.value, null, 2)).toBe(JSON.stringify(b.value, null, 2));
  });

  it('report --format json: the fields REPORT_LABEL_FIELDS names', async () => {
    const { nl, en } = await bothLanguages(['report', 'tests/fixtures/report-group', '--format', 'json']);
    const a = withoutNamedLabels(parseJson(nl), REPORT_LABEL_FIELDS);
    const b = withoutNamedLabels(parseJson(en), REPORT_LABEL_FIELDS);
    expect(nl).not.toBe(en);
    expect(a.removed).toBeGreaterThan(20);
    expect(JSON.stringify(a.value, null, 2)).toBe(JSON.stringify(b.value, null, 2));
  });

  it('compare --format json: the fields COMPARE_LABEL_FIELDS names', async () => {
    const files = ['tests/fixtures/compare-person/voorjaar.yaml', 'tests/fixtures/compare-person/najaar.yaml'];
    const { nl, en } = await bothLanguages(['compare', ...files, '--format', 'json']);
    const a = withoutNamedLabels(parseJson(nl), COMPARE_LABEL_FIELDS);
    const b = withoutNamedLabels(parseJson(en), COMPARE_LABEL_FIELDS);
    expect(nl).not.toBe(en);
    expect(a.removed).toBeGreaterThan(10);
    expect(JSON.stringify(a.value, null, 2)).toBe(JSON.stringify(b.value, null, 2));
    expect(JSON.stringify(a.value)).toContain('"afterBand"');
  });
});
