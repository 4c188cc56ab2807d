import { Argument, Command, CommanderError, Option } from 'commander';
import { EXIT, InputError, InterruptedError, UsageError } from './core/problem.js';
import { tCheck } from './messages/check.js';
import { tReport } from './messages/report.js';
import { isLang, type Lang } from './core/text.js';
import { COMMANDS } from './commands/index.js';
import { commandOf } from './command-name.js';
import type { Context, Host, Output } from './commands/context.js';
import { tCli } from './messages/cli.js';
import { commanderMessage, tHelp } from './messages/help.js';
import { formatProblem } from './messages/problems.js';
import { localeOf } from './messages/locale.js';
import { setInvocation, type KeyOf } from './messages/translate.js';

/** The process's streams and environment; tests pass their own. */
export interface Io {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

interface GlobalOptions {
  lang: string;
  questions?: string;
  color: boolean;
  debug?: boolean;
}

/** The language before commander has parsed anything: help texts are written in it. */
function languageOf(argv: readonly string[], env: Io['env']): Lang {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  const fromEnv = env['KANTELLAT_LANG'];
  return fromEnv !== undefined && isLang(fromEnv) ? fromEnv : 'nl';
}

/** Whether the user named a language (on the command line or in KANTELLAT_LANG), rather than leaving the default. */
function languageChosen(argv: readonly string[], env: Io['env']): boolean {
  return (
    argv.some((arg) => arg === '--lang' || arg.startsWith('--lang=')) ||
    (env['KANTELLAT_LANG'] !== undefined && isLang(env['KANTELLAT_LANG']))
  );
}

/** "(keuze: nl, en; standaard: nl)": what commander adds to an option or argument, in `lang`. */
function extras(item: Option | Argument, lang: Lang): string {
  const parts: string[] = [];
  if (item.argChoices !== undefined) parts.push(`${tHelp(lang, 'choices')}: ${item.argChoices.join(', ')}`);
  // A flag's default (true/false) says nothing to a user; a value's default does.
  const takesValue = item instanceof Argument || item.required || item.optional;
  if (item.defaultValue !== undefined && takesValue) {
    parts.push(`${tHelp(lang, 'default')}: ${item.defaultValueDescription ?? String(item.defaultValue)}`);
  }
  return [item.description, parts.length > 0 ? `(${parts.join('; ')})` : ''].filter((part) => part !== '').join(' ');
}

function buildProgram(lang: Lang, io: Io): Command {
  const t = (key: KeyOf<typeof tCli>): string => tCli(lang, key);
  const program = new Command('kantellat')
    .description(t('program.description'))
    .version(__KANTELLAT_VERSION__, '-V, --version', t('option.version'))
    .helpOption('-h, --help', t('option.help'))
    .helpCommand('help [command]', t('command.help'))
    .addOption(new Option('--lang <lang>', tHelp(lang, 'option.lang')).choices(['nl', 'en']).default('nl'))
    .option('--questions <file>', t('option.questions'))
    .option('--no-color', t('option.noColor'))
    .option('--debug', t('option.debug'))
    .addHelpText('after', `\n${t('help.examples')}\n${t('help.examples.text')}`)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // report() writes commander's mistakes itself, in the user's language.
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (title) => tCli.loose(lang, `help.title.${title}`).replace(/^help\.title\./, ''),
      styleOptionText: (text) => (text === '[options]' ? tHelp(lang, 'usage.options') : text),
      styleSubcommandText: (text) => (text === '[command]' ? tHelp(lang, 'usage.command') : text),
      styleArgumentText: (text) => (text === '[command]' ? tHelp(lang, 'usage.command') : text),
      optionDescription: (option) => extras(option, lang),
      argumentDescription: (argument) => extras(argument, lang),
      showGlobalOptions: true,
    });
  return program;
}

/** A UsageError in words: the program's own ones after "kantellat:", a command's sentences as they are. */
function usageMessage(error: UsageError, lang: Lang): string {
  switch (error.domain) {
    case 'cli':
      return `kantellat: ${tCli.loose(lang, error.code, error.params)}`;
    case 'check':
      return tCheck.loose(lang, error.code, error.params);
    case 'report':
      return `kantellat: ${tReport.loose(lang, error.code, error.params)}`;
  }
}

/**
 * Turns any error into its message on stderr and an exit code: the one place that does. Typed
 * errors (UsageError, InputError, InterruptedError, commander's) are what a person can cause;
 * anything else is a bug in kantellat (EXIT.bug), and says so.
 */
export function exitCodeForError(
  error: unknown,
  lang: Lang,
  io: Pick<Io, 'stderr'>,
  debug = false,
  command?: string,
): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.executeSubCommandAsync') return EXIT.ok;
    // Help shown because something was missing (no command at all) is a usage error.
    if (error.code === 'commander.help') return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    io.stderr.write(`kantellat: ${commanderMessage(error.message, lang)}\n`);
    const known =
      command !== undefined && Object.hasOwn(COMMANDS, command) && error.code !== 'commander.unknownCommand';
    io.stderr.write(`${known ? tHelp(lang, 'hint.command', { command }) : tHelp(lang, 'hint.program')}\n`);
    return EXIT.invalid;
  }
  if (error instanceof InputError) {
    for (const p of error.problems) io.stderr.write(`${formatProblem(p, lang)}\n`);
    return EXIT.invalid;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`${usageMessage(error, lang)}\n`);
    return EXIT.invalid;
  }
  if (error instanceof InterruptedError) return EXIT.interrupted;
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${tCli(lang, 'error.unexpected', { message })}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
  return EXIT.bug;
}

/** Runs the kantellat command line and returns the exit code. Writes only to the given streams. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  setInvocation(io.env);
  const lang = languageOf(argv, io.env);
  const debugFlag = argv.includes('--debug');
  // No command at all shows the help, as `kantellat help` does, and ends the same way (exit 0).
  const asksOnly = argv.some((arg) => ['-h', '--help', '-V', '--version'].includes(arg));
  const name = commandOf(argv) ?? (asksOnly ? undefined : 'help');
  if (commandOf(argv) === undefined && !asksOnly) argv = [...argv, 'help'];
  const program = buildProgram(lang, io);
  let exitCode = 0;
  const host: Host = {
    lang,
    async run(work) {
      const globals = program.opts<GlobalOptions>();
      const locale = localeOf(isLang(globals.lang) ? globals.lang : lang);
      const ctx: Context = {
        locale,
        langByDefault: !languageChosen(argv, io.env),
        questionsFile: globals.questions,
        color: globals.color,
        debug: globals.debug === true,
        stdout: io.stdout,
        stderr: io.stderr,
        get stdin() {
          return io.stdin;
        },
        env: io.env,
        cwd: io.cwd,
      };
      exitCode = await work(ctx);
    },
  };
  try {
    const names = name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
    for (const commandName of names) {
      const load = COMMANDS[commandName];
      if (load === undefined) continue;
      const module = await load();
      // Same output, error handling and (translated) help as the program itself.
      program.addCommand(module.command(host).copyInheritedSettings(program));
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return exitCodeForError(error, lang, io, debugFlag, name);
  }
}
