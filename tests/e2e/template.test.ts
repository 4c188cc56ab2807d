import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-template-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('kantellat template, on the command line', () => {
  it('writes a blank answer file that scores as 0 of 12 answered, no score, exit 0', async () => {
    const made = await runCliInProcess(['template', '--name', 'Anna', '-o', 'blank.yaml'], { cwd: temp });
    expect(made.code).toBe(0);
    expect(made.stdout).toBe('');
    const text = readFileSync(join(temp, 'blank.yaml'), 'utf8');
    expect(text).toContain('questionSet: "kantellat"\nversion: "2.0.0"\nrespondent: "Anna"\n');
    expect(text.match(/^ {2}[a-z-]+:$/gm)).toHaveLength(12);
    if (process.platform !== 'win32') expect(statSync(join(temp, 'blank.yaml')).mode & 0o777).toBe(0o600);

    const scored = await runCliInProcess(['score', 'blank.yaml', '--fail-under', '60'], { cwd: temp });
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(/^ {4}– {2}geen score {12}0 van 12 .* blank\.yaml$/m);
    // The warning points at the first answer line, below the first question's comment.
    const first = text.split('\n').findIndex((line) => /^ {2}[a-z-]+:$/.test(line)) + 1;
    expect(scored.stderr).toBe(
      `blank.yaml:${first}:3  waarschuwing: 12 van 12 vragen niet beantwoord (answers)\n1 gescoord, waarvan 1 zonder totaalscore, 0 onder 60, 0 ongeldig\n`,
    );
  });

  it('comes in English with --lang en, and pipes into score -', async () => {
    const made = await runCliInProcess(['--lang', 'en', 'template']);
    expect(made.stdout).toContain('# Question 1 (The conversation): Think of your last ten kitchen-table');
    const scored = await runCliInProcess(['--lang', 'en', 'score', '-', '--format', 'json'], { input: made.stdout });
    expect(scored.code).toBe(0);
    expect(JSON.parse(scored.stdout).results[0]).toMatchObject({
      file: '<stdin>',
      answered: 0,
      total: 12,
      overall: { score: null, level: null },
    });
  });

  it('says how to go on with the set it was made for: --questions kept, a client card to mirror', async () => {
    const custom = await runCliInProcess([
      'template',
      '--questions',
      join(ROOT, 'docs', 'examples', 'teamoverleg.yaml'),
    ]);
    expect(custom.stdout).toContain(
      `# Score het daarna met:  kantellat score --questions ${join(ROOT, 'docs', 'examples', 'teamoverleg.yaml')} BESTAND\n`,
    );
    const card = await runCliInProcess(['--lang', 'en', 'template', '--questions', 'kantellat-client']);
    expect(card.stdout).toContain(
      '# Then set the filled-in files beside your own answers:  kantellat mirror YOUR-FILE FOLDER-WITH-THESE-FILES\n',
    );
    const npx = await runCliInProcess(['template'], { env: { npm_command: 'exec' } });
    expect(npx.stdout).toContain('# Score het daarna met:  npx kantellat score BESTAND\n');
  });
});
