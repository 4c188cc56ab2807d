import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the built binary lives at bin/kantellat.js below it. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'kantellat.js');

/** What a run of the built binary left behind. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for one run: text on stdin, extra environment (overrides the defaults), working folder. */
export interface CliOptions {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
}

/**
 * Spawns `node bin/kantellat.js ...args` as a user would, without colour and with its own empty
 * KANTELLAT_HOME (removed afterwards unless the caller passed one), and collects its output.
 * The binary must have been built (`npm test` builds before vitest runs).
 */
export async function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const ownHome = options.env?.['KANTELLAT_HOME'] === undefined ? mkdtempSync(join(tmpdir(), 'kantellat-home-')) : undefined;
  // The test runner's own colour and language settings, and npx (which changes the hints), must not leak into the program under test.
  const { FORCE_COLOR: _color, KANTELLAT_LANG: _lang, npm_command: _npm, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, NO_COLOR: '1', ...(ownHome === undefined ? {} : { KANTELLAT_HOME: ownHome }), ...options.env };
  try {
    return await new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        resolve({
          code: code ?? (signal === null ? -1 : 128),
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      });
      // A program that exits without reading stdin closes the pipe; that is not the test's failure.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input ?? '');
    });
  } finally {
    if (ownHome !== undefined) rmSync(ownHome, { recursive: true, force: true });
  }
}
