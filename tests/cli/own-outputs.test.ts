import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-own-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
put(temp, 'answers/anna.json', answerFile({ respondent: 'Anna' }));
put(temp, 'answers/bram.json', answerFile({ respondent: 'Bram', answer: 'vaak' }));

describe("kantellat's own outputs in a scored folder are skipped with a note", () => {
  it('score answers/ -o answers/scores.json keeps working run after run (CI)', async () => {
    for (const run of [1, 2, 3]) {
      const result = await runInProcess(
        ['score', 'answers', '--format', 'json', '-o', 'answers/scores.json', '--force'],
        { cwd: temp },
      );
      expect(result.code, `run ${run}: ${result.stderr}`).toBe(0);
      if (run > 1)
        expect(result.stderr).toMatch(/answers\/scores\.json {2}waarschuwing: overgeslagen: dit is een scoreoverzicht/);
      const doc = JSON.parse(
        await import('node:fs').then((fs) => fs.readFileSync(join(temp, 'answers/scores.json'), 'utf8')),
      ) as { results: unknown[]; errors: unknown[] };
      expect(doc.results).toHaveLength(2);
      expect(doc.errors).toHaveLength(0);
    }
  });

  it('report, compare, history and schema outputs and a question set in the folder', async () => {
    const session = join(temp, 'sessie-1');
    put(temp, 'sessie-1/anna.json', answerFile({ respondent: 'Anna' }));
    put(temp, 'sessie-1/bram.json', answerFile({ respondent: 'Bram', answer: 'vaak' }));
    expect(
      (await runInProcess(['report', session, '--format', 'json', '-o', join(session, 'rapport.json')])).code,
    ).toBe(0);
    expect(
      (
        await runInProcess([
          'compare',
          join(session, 'anna.json'),
          join(session, 'bram.json'),
          '--format',
          'json',
          '-o',
          join(session, 'verschil.json'),
        ])
      ).code,
    ).toBe(0);
    put(temp, 'sessie-1/answers.schema.json', (await runInProcess(['schema', 'answers'])).stdout);
    put(temp, 'sessie-1/vragenlijst.yaml', (await runInProcess(['questions', '--format', 'yaml'])).stdout);
    const again = await runInProcess(['report', session, '--format', 'json']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/rapport\.json {2}waarschuwing: overgeslagen/);
    expect(again.stderr).toMatch(/verschil\.json {2}waarschuwing: overgeslagen/);
    expect(again.stderr).toMatch(/answers\.schema\.json {2}waarschuwing: overgeslagen: dit is een JSON Schema/);
    expect(again.stderr).toMatch(/vragenlijst\.yaml {2}waarschuwing: overgeslagen: dit is een vragenlijst/);
    expect(JSON.stringify(JSON.parse(again.stdout))).toContain('"size":2');
    expect(existsSync(join(session, 'rapport.json'))).toBe(true);
  });
});
