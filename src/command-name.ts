// Shared by the process entry (src/bin.ts), which picks the bundle and the code cache for the
// command before anything else is loaded, and by the CLI itself (src/cli.ts).

/** Global options that take a value: the word after them is that value, not a command. */
const WITH_VALUE = new Set(['--lang', '--questions']);

/** The command named on the command line, if any: the first word that is not an option or its value. */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (WITH_VALUE.has(arg)) i += 1;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/**
 * Whether the command line asks for help (`--help`, `-h`, `help`) rather than for a command's
 * work: such a run compiles little of the command, so its compiled code is not worth keeping.
 */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h') || commandOf(argv) === 'help';
}
