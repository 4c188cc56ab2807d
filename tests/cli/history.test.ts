import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { localeOf } from '../../src/messages/locale.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runHistory } from '../../src/commands/history.js';
import type { Context } from '../../src/commands/context.js';
import { answersFileText } from '../../src/render/answers-yaml.js';
import { loadQuestionSet } from '../../src/io/load.js';

// Results saved with the 1.0.0 Kantellat: history scores them with that archived version, as before.
const kantellat = await loadQuestionSet(
  fileURLToPath(new URL('../../questions/archive/kantellat-1.0.0.yaml', import.meta.url)),
);
const ids = kantellat.questions.map((question) => question.id);

function buffer() {
  let text = '';
  return { stream: { write: (chunk: string) => (text += chunk), isTTY: false }, text: () => text };
}

describe('kantellat history', () => {
  let home: string;
  let stdout: ReturnType<typeof buffer>;
  let stderr: ReturnType<typeof buffer>;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'kantellat-history-'));
    stdout = buffer();
    stderr = buffer();
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  const context = (lang: 'nl' | 'en' = 'nl'): Context => ({
    locale: localeOf(lang),
    questionsFile: undefined,
    color: false,
    debug: false,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: new PassThrough(),
    env: { KANTELLAT_HOME: home, TZ: 'UTC' },
    cwd: home,
  });
  const save = (name: string, text: string) => {
    mkdirSync(join(home, 'results'), { recursive: true });
    writeFileSync(join(home, 'results', name), text);
  };
  const all = (option: string) => new Map(ids.map((id) => [id, option]));

  it('says kindly that there is nothing yet, on stderr, and exits 0', async () => {
    expect(await runHistory(context(), {})).toBe(0);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toBe(
      'Er zijn nog geen opgeslagen uitslagen van "De Kantellat". Vul de vragenlijst in met: kantellat check\n',
    );
    expect(await runHistory(context(), { format: 'json' })).toBe(0);
    expect(JSON.parse(stdout.text())).toEqual({ folder: join(home, 'results'), results: [] });
  });

  it('lists saved results newest first with date, name, overall score and level', async () => {
    // all "altijd": every question 1, except the two reverse-keyed ones 0 -> themes 50/100: (50+100+100+50+100+100)/6 = 83
    save(
      'kantellat-2026-11-20T09-00-00.yaml',
      answersFileText(
        kantellat,
        { respondent: 'Anna', date: '2026-11-20', choices: all('altijd'), notes: new Map() },
        localeOf('nl'),
      ),
    );
    // all "soms": 0.5 everywhere, reversed too -> 50
    save(
      'kantellat-2026-11-28T14-05-09.yaml',
      answersFileText(
        kantellat,
        { respondent: null, date: '2026-11-28', choices: all('soms'), notes: new Map([['gesprek-tijd', 'geheim']]) },
        localeOf('nl'),
      ),
    );
    save('kantellat-2026-11-25T08-00-00.yaml', 'questionSet: iets-anders\nversion: 1.0.0\nanswers: {}\n');
    save('kantellat-2026-11-26T08-00-00.yaml', 'questionSet: kantellat\nversion: [\n');
    expect(await runHistory(context(), {})).toBe(0);
    const lines = stdout.text().split('\n');
    expect(lines[0]).toBe('Opgeslagen uitslagen, nieuwste eerst (4):');
    expect(lines.slice(2, 7).map((line) => line.replace(/ +/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Datum Naam Score Niveau$/),
      expect.stringMatching(/^28-11-2026 \d\d:05 — 50 Op weg$/),
      expect.stringMatching(/^26-11-2026 \d\d:00 — — kan niet worden gelezen$/),
      expect.stringMatching(/^25-11-2026 \d\d:00 — — andere vragenlijst \(iets-anders\)$/),
      expect.stringMatching(/^20-11-2026 \d\d:00 Anna 83 Gekanteld$/),
    ]);
    // Notes are personal: never shown.
    expect(stdout.text() + stderr.text()).not.toContain('geheim');
    expect(stderr.text()).toBe(`Map: ${join(home, 'results')}\n`);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(79);
  });

  it('puts results of different question sets in one list by time', async () => {
    save(
      'kantellat-2026-11-20T09-00-00.yaml',
      answersFileText(
        kantellat,
        { respondent: 'A', date: '2026-11-20', choices: all('soms'), notes: new Map() },
        localeOf('nl'),
      ),
    );
    save('klein-2026-11-21T09-00-00.yaml', 'questionSet: klein\nversion: 1.0.0\nanswers: {}\n');
    save(
      'kantellat-2026-11-22T09-00-00.yaml',
      answersFileText(
        kantellat,
        { respondent: 'C', date: '2026-11-22', choices: all('soms'), notes: new Map() },
        localeOf('nl'),
      ),
    );
    expect(await runHistory(context(), { format: 'json' })).toBe(0);
    const listed = z
      .object({ results: z.array(z.object({ savedAt: z.string(), status: z.string() })) })
      .parse(JSON.parse(stdout.text()));
    expect(listed.results.map((entry) => [entry.savedAt.slice(0, 10), entry.status])).toEqual([
      ['2026-11-22', 'scored'],
      ['2026-11-21', 'other-set'],
      ['2026-11-20', 'scored'],
    ]);
  });

  it('gives the same list as JSON, the same in every language', async () => {
    save(
      'kantellat-2026-11-20T09-00-00.yaml',
      answersFileText(
        kantellat,
        { respondent: 'Anna', date: '2026-11-20', choices: all('altijd'), notes: new Map() },
        localeOf('nl'),
      ),
    );
    expect(await runHistory(context('en'), { format: 'json' })).toBe(0);
    const document = JSON.parse(stdout.text());
    expect(document).toEqual({
      folder: join(home, 'results'),
      results: [
        {
          file: join(home, 'results', 'kantellat-2026-11-20T09-00-00.yaml'),
          savedAt: '2026-11-20T09:00:00Z',
          date: '2026-11-20',
          respondent: 'Anna',
          questionSet: 'kantellat',
          status: 'scored',
          score: 83,
          level: 'Shifted',
        },
      ],
    });
  });

  it('refuses an unknown format', async () => {
    await expect(runHistory(context(), { format: 'xml' })).rejects.toThrow('usage.format');
  });
});
