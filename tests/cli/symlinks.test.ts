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

describe.skipIf(isWindows)('a broken symbolic link in a folder walk', () => {
  const note = `sessie/broken.json  waarschuwing: overgeslagen: een symbolische link naar "${join(temp, 'nowhere.json')}", dat niet (meer) bestaat`;

  it('is skipped with a note in score, which still succeeds', async () => {
    const run = await runInProcess(['score', 'sessie', '--format', 'json'], { cwd: temp });
    expect(run.stderr).toContain(note);
    const doc = JSON.parse(run.stdout) as { results: Array<{ file: string }>; errors: unknown[] };
    expect(doc.results).toHaveLength(2);
    expect(doc.errors).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('is noted the same way by validate and report', async () => {
    const validate = await runInProcess(['validate', 'sessie'], { cwd: temp });
    expect(validate.stderr).toContain(note);
    expect(validate.code).toBe(0);
    const report = await runInProcess(['report', 'sessie', '--format', 'json'], { cwd: temp });
    expect(report.stderr).toContain(note);
  });

  it('alone in a folder: noted, and the folder is still said to hold no answer files', async () => {
    mkdirSync(join(temp, 'leeg'));
    symlinkSync(join(temp, 'weg.yaml'), join(temp, 'leeg', 'anna.yaml'));
    const run = await runInProcess(['score', 'leeg'], { cwd: temp });
    expect(run.stderr).toContain('leeg/anna.yaml  waarschuwing: overgeslagen: een symbolische link naar');
    expect(run.stderr).toContain('in de map leeg staan geen .yaml-, .yml- of .json-bestanden');
    expect(run.code).toBe(2);
  });
});
