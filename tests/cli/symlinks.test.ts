import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-links-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
put(temp, 'store/anna.json', answerFile({ respondent: 'Anna' }));
put(temp, 'store/deep/bram.json', answerFile({ respondent: 'Bram', answer: 'vaak' }));
mkdirSync(join(temp, 'sessie'));
symlinkSync(join(temp, 'store/anna.json'), join(temp, 'sessie/anna.json'));
symlinkSync(join(temp, 'store/deep'), join(temp, 'sessie/deep'));
// A loop: a link back to the folder that holds it.
symlinkSync(join(temp, 'sessie'), join(temp, 'sessie/loop'));
symlinkSync(join(temp, 'nowhere.json'), join(temp, 'sessie/broken.json'));

const isWindows = process.platform === 'win32';

describe.skipIf(isWindows)('symbolic links in a folder walk', () => {
  it('are followed, each file once, and a loop ends', async () => {
    const run = await runInProcess(['score', 'sessie', '--format', 'json'], { cwd: temp });
    expect(run.stderr).not.toMatch(/geen \.yaml-, \.yml- of \.json-bestanden/);
    const doc = JSON.parse(run.stdout) as { results: Array<{ file: string }> };
    expect(doc.results.map((result) => result.file)).toEqual(['sessie/anna.json', 'sessie/deep/bram.json']);
    expect(run.code).toBe(0);
  });
});
