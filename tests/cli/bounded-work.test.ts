import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-bound-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const keys = (n: number): string => Array.from({ length: n }, (_, i) => `  k${i}: x\n`).join('');
put(temp, 'huge.yaml', `questionSet: kantellat\nversion: 1.0.0\nanswers:\n${keys(320_000)}`);
put(temp, 'many.yaml', `questionSet: kantellat\nversion: 1.0.0\nanswers:\n${keys(300)}`);

describe('the work per file is bounded', () => {
  it('a 4 MB file of 320,000 unknown keys is refused before parsing, with one line', async () => {
    const run = await runInProcess(['score', 'huge.yaml'], { cwd: temp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^huge\.yaml {2}dit bestand heeft meer dan 50000 regels/m);
  });

  it('validate tells the first 100 problems and counts the rest', async () => {
    const run = await runInProcess(['validate', 'many.yaml'], { cwd: temp });
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('many.yaml'));
    expect(lines).toHaveLength(101);
    // 300 unknown questions and the warning that none of the 12 is answered: 301, of which 100 are told.
    expect(lines.at(-1)).toBe('many.yaml  en nog 201 problemen; los eerst de bovenste op');
  });
});
