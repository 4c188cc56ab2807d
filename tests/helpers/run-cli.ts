// Two ways to run the command line, with the same options and the same result:
//
//   runCliInProcess  calls main() (src/cli.ts) in the test's own process, with fake streams. Most
//                    tests use it: a spawned Node costs 50-150 ms of start-up per run, on 2 cores
//                    most of the suite's time.
//   runCli           spawns the built binary (node bin/kantellat.js), as a user starts it. Only for
//                    what exists only there (tests/README.md lists which files and why): the
//                    start-up paths (bin.ts, the code cache, --version's shortcut, npx), signals and
//                    exit on Ctrl+C, EPIPE and pipes, pseudo-terminals, memory of a whole process,
//                    the session server, and one smoke run per command (tests/e2e/smoke.test.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

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
  const ownHome =
    options.env?.['KANTELLAT_HOME'] === undefined ? mkdtempSync(join(tmpdir(), 'kantellat-home-')) : undefined;
  const env = environment(options, ownHome);
  try {
    return await new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        cwd: options.cwd ?? ROOT,
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
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

/** The environment of a run: the test runner's, without what must not leak in, plus the run's own. */
function environment(options: CliOptions, ownHome: string | undefined): Record<string, string | undefined> {
  // The test runner's own colour and language settings, and npx (which changes the hints), must not leak into the program under test.
  const { FORCE_COLOR: _color, KANTELLAT_LANG: _lang, npm_command: _npm, ...inherited } = process.env;
  return { ...inherited, NO_COLOR: '1', ...(ownHome === undefined ? {} : { KANTELLAT_HOME: ownHome }), ...options.env };
}

/** The process-wide things a run of main() could leave changed behind it. */
function processState(): string {
  const listeners = (['SIGINT', 'SIGTERM', 'SIGHUP', 'exit', 'uncaughtException', 'unhandledRejection'] as const).map(
    (event) => `${event}:${process.listenerCount(event)}`,
  );
  return [...listeners, `exitCode:${String(process.exitCode)}`, `cwd:${process.cwd()}`].join(' ');
}

/** In-process runs take turns: main() still has process-wide settings (zod's message language, the invocation name). */
let turn: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` (a call of main()) in its turn, after the one before has ended, starting from zod's
 * English messages as a fresh process does. What main() sets for the whole process (zod's
 * messages, the invocation name) is put back afterwards, so that tests that follow in the same
 * worker (vitest runs files without isolation) see what they would see alone. A run that leaves a
 * signal listener, process.exitCode or a changed working folder behind fails: that would leak
 * into the next run.
 */
export function inProcessTurn<T>(what: string, work: () => Promise<T>): Promise<T> {
  const run = turn.then(async () => {
    const { invocationName, setInvocation } = await import('../../src/messages/translate.js');
    const before = processState();
    const { localeError } = z.config();
    const invocation = invocationName();
    z.config(z.locales.en());
    try {
      const result = await work();
      const after = processState();
      if (after !== before)
        throw new Error(`kantellat ${what} left the process changed: before ${before}, after ${after}`);
      return result;
    } finally {
      z.config({ localeError });
      setInvocation(invocation === 'kantellat' ? {} : { npm_command: 'exec' });
    }
  });
  turn = run.catch(() => undefined);
  return run;
}

/**
 * runCli's twin without a new process: main() (src/cli.ts) with standard input as a pipe would
 * give it (64 KiB chunks, no terminal), output collected as text, the same environment and own
 * KANTELLAT_HOME, and the same result. Runs take turns (inProcessTurn).
 */
export function runCliInProcess(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return inProcessTurn(args.join(' '), () => runMain(args, options));
}

/**
 * Settings a process reads once, at its start (Node's options, ICU's locale, chalk's colour
 * support, the code cache): a run that sets them needs a process of its own, so runCliInProcess
 * refuses them rather than ignore them.
 */
const START_ONLY = /^(NODE_OPTIONS|NODE_DISABLE_COMPILE_CACHE|KANTELLAT_CACHE_DIR|FORCE_COLOR|LANG|LANGUAGE|LC_\w+)$/;

async function runMain(args: string[], options: CliOptions): Promise<CliRun> {
  const startOnly = Object.keys(options.env ?? {}).filter((name) => START_ONLY.test(name));
  if (startOnly.length > 0)
    throw new Error(`runCliInProcess: ${startOnly.join(', ')} take effect only when a process starts; use runCli`);
  const { main } = await import('../../src/cli.js');
  const ownHome =
    options.env?.['KANTELLAT_HOME'] === undefined ? mkdtempSync(join(tmpdir(), 'kantellat-home-')) : undefined;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const input = Buffer.from(options.input ?? '', 'utf8');
  const chunks = Array.from({ length: Math.ceil(input.length / 65_536) }, (_, i) =>
    input.subarray(i * 65_536, (i + 1) * 65_536),
  );
  // Node follows a change of TZ at once; the run's own time zone, as its process would have.
  const zone = process.env['TZ'];
  const ownZone = options.env?.['TZ'];
  if (ownZone !== undefined) process.env['TZ'] = ownZone;
  try {
    const code = await main(args, {
      stdout: { write: (chunk: string) => stdout.push(chunk), isTTY: false },
      stderr: { write: (chunk: string) => stderr.push(chunk), isTTY: false },
      stdin: Readable.from(chunks),
      env: environment(options, ownHome),
      cwd: options.cwd ?? ROOT,
    });
    // Through UTF-8 and back, as the bytes of a child's stdout are read: a lone surrogate becomes U+FFFD there too.
    const text = (parts: string[]): string => Buffer.from(parts.join(''), 'utf8').toString('utf8');
    return { code, stdout: text(stdout), stderr: text(stderr) };
  } finally {
    if (ownZone !== undefined) {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
    if (ownHome !== undefined) rmSync(ownHome, { recursive: true, force: true });
  }
}
