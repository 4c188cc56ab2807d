// One run of every command through the built binary, as a user starts it (node bin/kantellat.js),
// side by side with the same run in-process (runCliInProcess): the same exit code and the same
// bytes on stdout and stderr. Most tests run in-process; this file is what says that doing so
// tests the program a user gets (the bundle, bin.ts, the code cache), not only its source.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliInProcess, type CliOptions } from '../helpers/run-cli.js';

const ANSWERS = 'tests/fixtures/score-golden';

const RUNS: Array<{ args: string[]; options?: CliOptions; code: number }> = [
  { args: ['help'], code: 0 },
  { args: ['--lang', 'en', 'questions', '--format', 'markdown'], code: 0 },
  { args: ['template', '--name', 'Anna'], options: { env: { npm_command: 'exec' } }, code: 0 },
  { args: ['validate', 'tests/fixtures/validate-answers/anna.yaml', 'docs/examples/teamoverleg.yaml'], code: 0 },
  { args: ['score', `${ANSWERS}/a-anna.yaml`, `${ANSWERS}/d-broken.yaml`, '--format', 'json'], code: 2 },
  {
    args: ['score', '-', '--format', 'csv'],
    options: { input: '{"questionSet": "kantellat", "version": "2.0.0", "answers": {}}' },
    code: 0,
  },
  { args: ['report', 'tests/fixtures/report-group', '--format', 'markdown'], code: 0 },
  {
    args: ['compare', 'tests/fixtures/compare-person/voorjaar.yaml', 'tests/fixtures/compare-person/najaar.yaml'],
    code: 0,
  },
  {
    args: [
      'mirror',
      'tests/fixtures/mirror-kantellat/self.yaml',
      'tests/fixtures/mirror-kantellat/clients',
      '--format',
      'json',
    ],
    code: 0,
  },
  { args: ['form', '-o', '-'], code: 0 },
  { args: ['schema', 'answers'], code: 0 },
  { args: ['history'], code: 0 },
  { args: ['check'], code: 2 },
  { args: ['session', 'nergens', '--port', '70000'], code: 2 },
];

describe.concurrent('every command, built binary and in-process alike', () => {
  for (const { args, options, code } of RUNS) {
    it(`kantellat ${args.join(' ')}`, async () => {
      const spawned = await runCli(args, options);
      expect(spawned.code).toBe(code);
      expect(spawned.stdout + spawned.stderr).not.toMatch(/^\s+at |node:internal/m);
      expect(await runCliInProcess(args, options)).toEqual(spawned);
    });
  }
});

describe.skipIf(process.platform === 'win32')(
  'the binary started through a symlink, as npm installs it in node_modules/.bin',
  () => {
    it('finds its bundle and its bundled questions', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'kantellat-bin-link-'));
      try {
        mkdirSync(join(folder, '.bin'));
        const link = join(folder, '.bin', 'kantellat');
        symlinkSync(join(ROOT, 'bin', 'kantellat.js'), link);
        const { FORCE_COLOR: _color, KANTELLAT_LANG: _lang, npm_command: _npm, ...inherited } = process.env;
        // Executed as a shell does it (the #! line), from another folder.
        const run = spawnSync(link, ['questions', '--format', 'json'], {
          cwd: folder,
          env: { ...inherited, NO_COLOR: '1', KANTELLAT_HOME: folder },
          encoding: 'utf8',
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toBe((await runCliInProcess(['questions', '--format', 'json'])).stdout);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);
