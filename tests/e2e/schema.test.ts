import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema-subset.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

/** The locked schema: tests/unit/schema.test.ts keeps these files equal to what the code generates. */
const locked = (name: string): string => readFileSync(join(ROOT, 'docs', 'examples', `${name}.schema.json`), 'utf8');

describe('kantellat schema', () => {
  it('prints the question-set schema by default, exactly the locked file', async () => {
    expect(await runCliInProcess(['schema'])).toEqual({ code: 0, stdout: locked('question-set'), stderr: '' });
  });

  it.each(['question-set', 'answers', 'result', 'mirror'])(
    'prints the %s schema, exactly the locked file, in any language',
    async (name) => {
      const nl = await runCliInProcess(['schema', name]);
      expect(nl).toEqual({ code: 0, stdout: locked(name), stderr: '' });
      expect((await runCliInProcess(['--lang', 'en', 'schema', name])).stdout).toBe(nl.stdout);
      expect(JSON.parse(nl.stdout)).toMatchObject({ $id: `urn:kantellat:schema:${name}:1` });
    },
  );

  it('describes what `score --format json` really prints', async () => {
    const schema: unknown = JSON.parse((await runCliInProcess(['schema', 'result'])).stdout);
    const scored = await runCliInProcess([
      '--questions',
      'docs/examples/teamoverleg.yaml',
      'score',
      '--format',
      'json',
      'docs/examples/teamoverleg-antwoorden.yaml',
    ]);
    expect(scored.code).toBe(0);
    expect(schemaErrors(schema, JSON.parse(scored.stdout))).toEqual([]);
  });

  it('refuses an unknown schema name with the names it knows', async () => {
    const run = await runCliInProcess(['schema', 'vragen']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'kantellat: ongeldige waarde "vragen" voor <name>; kies uit: question-set, answers, result, mirror\nZie \'kantellat schema --help\'.\n',
    );
  });
});
