import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from './robust-helpers.js';
import { runInProcess } from './score-harness.js';

const home = mkdtempSync(join(tmpdir(), 'kantellat-compare-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
put(home, 'results/kantellat-2026-03-01T10-00-00.json', answerFile({ respondent: 'Anna', date: '2026-03-01' }));
put(
  home,
  'results/kantellat-2026-04-01T10-00-00.json',
  answerFile({ respondent: 'Anna', date: '2026-04-01', answer: 'vaak' }),
);
// Saved later, by name and by time, but of another question set: never the "newest" Kantellat result.
put(
  home,
  'results/teamcheck-2026-05-01T10-00-00.json',
  `${JSON.stringify({ questionSet: 'teamcheck', version: '1.0.0', answers: { q1: 'ja' } })}\n`,
);
// A broken file with the latest stamp of all counts neither.
put(home, 'results/kantellat-2026-06-01T10-00-00.yaml', 'questionSet: [');

describe('compare without files: the two newest results of the current set, by time', () => {
  it('skips results of another set and unreadable ones', async () => {
    const run = await runInProcess(['compare'], { env: { KANTELLAT_HOME: home } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/kantellat-2026-03-01T10-00-00\.json en kantellat-2026-04-01T10-00-00\.json/);
    expect(run.stdout).toMatch(/Soms → Vaak/);
  });

  it('counts only results of the current set when there are too few', async () => {
    const other = mkdtempSync(join(tmpdir(), 'kantellat-compare-few-'));
    try {
      put(other, 'results/kantellat-2026-03-01T10-00-00.json', answerFile());
      put(
        other,
        'results/teamcheck-2026-05-01T10-00-00.json',
        `${JSON.stringify({ questionSet: 'teamcheck', version: '1.0.0', answers: {} })}\n`,
      );
      const run = await runInProcess(['compare'], { env: { KANTELLAT_HOME: other } });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/er staan 1 opgeslagen resultaten/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('compare without files on a shared laptop', () => {
  it("compares the newest result with that person's own earlier one, not with a colleague's saved in between", async () => {
    const shared = mkdtempSync(join(tmpdir(), 'kantellat-compare-shared-'));
    try {
      put(shared, 'results/kantellat-2026-03-01T10-00-00.json', answerFile({ respondent: 'Anna', date: '2026-03-01' }));
      put(shared, 'results/kantellat-2026-03-02T10-00-00.json', answerFile({ respondent: 'Bert', date: '2026-03-02' }));
      put(
        shared,
        'results/kantellat-2026-04-01T10-00-00.json',
        answerFile({ respondent: 'Anna ', date: '2026-04-01', answer: 'vaak' }),
      );
      const run = await runInProcess(['compare'], { env: { KANTELLAT_HOME: shared } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/kantellat-2026-03-01T10-00-00\.json en kantellat-2026-04-01T10-00-00\.json/);
      expect(run.stderr).not.toMatch(/verschillende namen/);
      expect(run.stdout).toMatch(/Soms → Vaak/);

      // Someone with no earlier result of their own: the one saved before, with the warning.
      put(shared, 'results/kantellat-2026-05-01T10-00-00.json', answerFile({ respondent: 'Cem', date: '2026-05-01' }));
      const other = await runInProcess(['compare'], { env: { KANTELLAT_HOME: shared } });
      expect(other.code, other.stderr).toBe(0);
      expect(other.stderr).toMatch(/kantellat-2026-04-01T10-00-00\.json en kantellat-2026-05-01T10-00-00\.json/);
      expect(other.stderr).toMatch(/verschillende namen/);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});

describe('compare without files across the upgrade to 2.0.0', () => {
  it("counts a 1.0.0 result as the person's own, compares it with a 2.0.0 one by theme, and never picks the client card", async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'kantellat-compare-mixed-'));
    try {
      put(mixed, 'results/kantellat-2026-03-01T10-00-00.json', answerFile({ respondent: 'Anna', date: '2026-03-01' }));
      put(
        mixed,
        'results/kantellat-2026-11-20T10-00-00.yaml',
        readFileSync('tests/fixtures/mirror-kantellat/self.yaml', 'utf8'),
      );
      // Later than both, but the client card of another set: never "the newest result".
      put(
        mixed,
        'results/kantellat-client-2026-12-01T10-00-00.yaml',
        readFileSync('tests/fixtures/mirror-kantellat/clients/kaart-1.yaml', 'utf8'),
      );
      const run = await runInProcess(['compare', '--format', 'json'], { env: { KANTELLAT_HOME: mixed } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/kantellat-2026-03-01T10-00-00\.json en kantellat-2026-11-20T10-00-00\.yaml/);
      const document: unknown = JSON.parse(run.stdout);
      // Across versions: themes only, no answer compared.
      expect(document).toMatchObject({ versions: { before: '1.0.0', after: '2.0.0' }, questionByQuestion: false });
    } finally {
      rmSync(mixed, { recursive: true, force: true });
    }
  });
});
