import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const BIN = join(ROOT, 'bin', 'kantellat.js');
const temp = mkdtempSync(join(tmpdir(), 'kantellat-int-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('Ctrl+C during score -o (built binary)', () => {
  it('removes its own temporary file (it holds names) and exits 130', async () => {
    const { FORCE_COLOR: _c, KANTELLAT_LANG: _l, npm_command: _n, ...inherited } = process.env;
    // Standard input stays open: the command is mid-run, its temporary file already there.
    const child = spawn(process.execPath, [BIN, 'score', '-', '--format', 'json', '-o', 'scores.json'], {
      cwd: temp,
      env: { ...inherited, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.write('questionSet: kantellat\nversion: 1.0.0\nrespondent: Anna de Vries\n');
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const temps = (): string[] => readdirSync(temp).filter((name) => name.endsWith('.tmp'));
    for (let i = 0; i < 500 && temps().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(temps()).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exit).toBe(130);
    expect(temps()).toEqual([]);
    expect(existsSync(join(temp, 'scores.json'))).toBe(false);
  });
});
