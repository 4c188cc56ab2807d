import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import { inProcessTurn } from '../helpers/run-cli.js';

/** The repository root: fixtures are named from here, as a user in the checkout would. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process with scripted streams: no terminal, no colour, Dutch unless told; in its turn (inProcessTurn). */
export async function runInProcess(
  args: string[],
  options: { cwd?: string; stdin?: string; env?: Record<string, string>; tty?: boolean } = {},
): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await inProcessTurn(args.join(' '), () =>
    main(args, {
      stdout: { write: (chunk: string) => ((stdout += chunk), true), isTTY: options.tty === true },
      stderr: { write: (chunk: string) => ((stderr += chunk), true), isTTY: options.tty === true },
      stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
      env: { NO_COLOR: '1', ...options.env },
      cwd: options.cwd ?? ROOT,
    }),
  );
  return { code, stdout, stderr };
}
