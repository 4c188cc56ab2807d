import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli.js';

const temp = mkdtempSync(join(tmpdir(), 'kantellat-modes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const modeOf = (file: string): number => statSync(join(temp, file)).mode & 0o777;

// POSIX file modes; Windows has none to check.
describe.skipIf(process.platform === 'win32')('the mode of a file written with -o', () => {
  it('a page or paper with nobody in it gets the mode a shell redirect gives; a name stays owner-only', async () => {
    // What `>` would make here, whatever this machine's umask is.
    writeFileSync(join(temp, 'redirect.txt'), '');
    const shared = modeOf('redirect.txt');
    for (const args of [
      ['form', '-o', 'kantellat.html'],
      ['questions', '--format', 'markdown', '-o', 'vragen.md'],
      ['schema', 'answers', '-o', 'answers.schema.json'],
    ]) {
      const run = await runCliInProcess(args, { cwd: temp });
      expect(run.code, run.stderr).toBe(0);
      expect(modeOf(args.at(-1) ?? ''), args.join(' ')).toBe(shared);
    }
    const template = await runCliInProcess(['template', '--name', 'Anna', '-o', 'anna.yaml'], { cwd: temp });
    expect(template.code, template.stderr).toBe(0);
    expect(modeOf('anna.yaml')).toBe(0o600);
  });
});
