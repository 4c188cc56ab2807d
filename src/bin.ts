// The process entry, bundled as CommonJS (dist/cli.cjs, required by bin/kantellat.js): Node
// starts a CommonJS entry without setting up its ES module loader, a few ms sooner. It imports
// nothing up front, so `kantellat --version` answers from here as fast as Node itself starts
// (bench/). Every other command runs src/cli.ts, bundled as dist/main.cjs and loaded with its
// compiled code kept between runs (src/code-cache.ts).
import { join } from 'node:path';
import { commandOf } from './command-name.js';

// Put in by scripts/build.mjs: the SHA-256 of dist/main.cjs (a cache is named after it), and
// the names of the commands (each keeps its own cache).
declare const __KANTELLAT_MAIN_HASH__: string;
declare const __KANTELLAT_COMMAND_NAMES__: readonly string[];

const argv = process.argv.slice(2);

// A reader that went away (`kantellat score ... | head -1`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** The command, as part of a cache file's name: only a known one, never a word from the command line as such. */
function cacheKey(): string {
  const named = commandOf(argv);
  return named !== undefined && __KANTELLAT_COMMAND_NAMES__.includes(named) ? named : 'other';
}

async function run(): Promise<void> {
  const { loadMain } = await import('./code-cache.js');
  const main = loadMain({ file: join(__dirname, 'main.cjs'), hash: __KANTELLAT_MAIN_HASH__, command: cacheKey() }, process.env, require);
  const code = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    // Only commands that read it set up standard input (a stream, and on a pipe the net module).
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
  // Interrupted: its files are cleaned up and nothing more is to be written, but a read of
  // standard input may still be pending and would keep the process alive.
  if (code === 130) process.exit(code);
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${__KANTELLAT_VERSION__}\n`);
} else {
  // main() turns every error into a message and an exit code; anything left is a bug, and
  // Node's own report of an unhandled rejection (exit code 1) is the right place for it.
  void run();
}
