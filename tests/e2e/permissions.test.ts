import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFile, put } from '../cli/robust-helpers.js';
import { ROOT } from '../helpers/run-cli.js';

const BIN = join(ROOT, 'bin', 'kantellat.js');
const SETPRIV = '/usr/bin/setpriv';
/**
 * Permissions only mean something to a normal user: root reads a folder with mode 000. As root
 * the binary runs as `nobody` through setpriv; as a normal user it runs as that user. Skipped
 * only where neither is possible (root without setpriv), which the skip message says.
 */
const isRoot = process.getuid?.() === 0;
const canTest = process.platform !== 'win32' && (!isRoot || existsSync(SETPRIV));

function runAsUser(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const { FORCE_COLOR: _c, KANTELLAT_LANG: _l, npm_command: _n, ...inherited } = process.env;
  const env = { ...inherited, NO_COLOR: '1', KANTELLAT_HOME: join(cwd, 'home') };
  const command = isRoot ? SETPRIV : process.execPath;
  const prefix = isRoot ? ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath] : [];
  const run = spawnSync(command, [...prefix, BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'kantellat-perm-'));
chmodSync(temp, 0o755);
afterAll(() => {
  chmodSync(join(temp, 'sessie/locked'), 0o755);
  rmSync(temp, { recursive: true, force: true });
});

describe.skipIf(!canTest)('an unreadable folder, as a normal user', () => {
  put(temp, 'sessie/anna.json', answerFile({ respondent: 'Anna' }));
  put(temp, 'sessie/bram.json', answerFile({ respondent: 'Bram', answer: 'vaak' }));
  put(temp, 'sessie/locked/chris.json', answerFile({ respondent: 'Chris' }));
  chmodSync(join(temp, 'sessie'), 0o755);
  for (const file of ['sessie/anna.json', 'sessie/bram.json']) chmodSync(join(temp, file), 0o644);
  chmodSync(join(temp, 'sessie/locked'), 0o000);

  it('score: named on stderr, the rest scored, exit 2, one complete JSON document', () => {
    const run = runAsUser(['score', 'sessie', '--format', 'json'], temp);
    expect(run.stderr).not.toMatch(/onverwachts|unexpected|EACCES scandir/);
    expect(run.stderr).toMatch(/sessie\/locked.*geen toegang tot de map/);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { results: unknown[]; errors: Array<{ file: string }> };
    expect(doc.results).toHaveLength(2);
    expect(doc.errors.map((error) => error.file)).toEqual(['sessie/locked']);
  });

  it('report: the group of the readable files, exit 2', () => {
    const run = runAsUser(['report', 'sessie', '--format', 'json'], temp);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/sessie\/locked/);
    const doc = JSON.parse(run.stdout) as { participants?: number; group?: { size: number } };
    expect(JSON.stringify(doc)).toContain('"size":2');
  });
});
