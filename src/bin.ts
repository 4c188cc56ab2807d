// The process entry, bundled as CommonJS (dist/cli.cjs, required by bin/kantellat.js): Node
// starts a CommonJS entry without setting up its ES module loader, a few ms sooner. It imports
// nothing up front, so `kantellat --version` answers from here as fast as Node itself starts
// (bench/). Every other command runs src/cli.ts: `score` from dist/score.cjs (the CLI with score
// alone), the rest from dist/main.cjs, loaded with its compiled code kept between runs
// (src/code-cache.ts).
import { join } from 'node:path';
import { asksForHelp, commandOf } from './command-name.js';
import { standardOutput } from './io/std-output.js';

/** A bundle of the CLI in dist/ and the SHA-256 of its text (its code cache is named after it). */
interface BuiltBundle {
  file: string;
  hash: string;
}

// Put in by scripts/build.mjs: the bundle with every command (dist/main.cjs), the smaller ones
// for the commands that must start fastest (dist/score.cjs: score alone), and the names of all
// commands (each keeps its own code cache).
declare const __KANTELLAT_MAIN_BUNDLE__: BuiltBundle;
declare const __KANTELLAT_SMALL_BUNDLES__: Readonly<Record<string, BuiltBundle>>;
declare const __KANTELLAT_COMMAND_NAMES__: readonly string[];

const argv = process.argv.slice(2);

// A reader that went away (`kantellat score ... | head -1`) is not an error: stop quietly.
function readerGone(): never {
  process.exit(process.exitCode ?? 0);
}

/** Node's own stream for standard output or error, for a terminal: made only when asked for. */
function nodeStream(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') readerGone();
    throw error;
  });
  return stream;
}

/**
 * The command being run, when it is one kantellat has: never a word from the command line as
 * such, since it names a cache file.
 */
function knownCommand(): string | undefined {
  const named = commandOf(argv);
  return named !== undefined && __KANTELLAT_COMMAND_NAMES__.includes(named) ? named : undefined;
}

async function run(): Promise<void> {
  const { loadMain } = await import('./code-cache.js');
  const command = knownCommand();
  const small =
    command !== undefined && Object.hasOwn(__KANTELLAT_SMALL_BUNDLES__, command)
      ? __KANTELLAT_SMALL_BUNDLES__[command]
      : undefined;
  const bundle = small ?? __KANTELLAT_MAIN_BUNDLE__;
  const main = loadMain(
    {
      file: join(__dirname, bundle.file),
      hash: bundle.hash,
      command: command ?? 'other',
      doesTheWork: command !== undefined && !asksForHelp(argv),
    },
    process.env,
    require,
  );
  const code = await main(argv, {
    stdout: standardOutput(1, () => nodeStream(process.stdout), readerGone),
    stderr: standardOutput(2, () => nodeStream(process.stderr), readerGone),
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
  standardOutput(1, () => nodeStream(process.stdout), readerGone).write(`${__KANTELLAT_VERSION__}\n`);
} else {
  // main() turns every error into a message and an exit code; anything left is a bug, and
  // Node's own report of an unhandled rejection (exit code 1) is the right place for it.
  void run();
}
