import type { Lang } from '../core/text.js';
import type { Locale } from '../messages/locale.js';

/** Somewhere to write text: process.stdout and process.stderr, or a test's buffer. */
export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** What every command gets from cli.ts: the global options, the streams and the environment. */
export interface Context {
  /**
   * The run's language and its formatting, decided once in cli.ts: every word for a person goes
   * through it (`locale.lang` where only the language is needed, to pick a catalogue). loadSet
   * replaces it when a set in another language takes the run over.
   */
  locale: Locale;
  /**
   * true when nobody chose the language (no `--lang`, no KANTELLAT_LANG): a set in another language may then take the
   * run over.
   */
  langByDefault?: boolean;
  /** `--questions FILE`: a custom question set instead of the bundled Kantellat. */
  questionsFile: string | undefined;
  /** false with `--no-color`; renderers also look at NO_COLOR, TERM and the stream. */
  color: boolean;
  debug: boolean;
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** A command's whole work: flags in, exit code out. */
export type CommandRun<Options> = (ctx: Context, args: string[], options: Options) => Promise<number>;

/** What a command module gets when it is registered: the language for its help, and a way to run. */
export interface Host {
  lang: Lang;
  /** Runs a command's work with the parsed global options; its result becomes the exit code. */
  run(work: (ctx: Context) => Promise<number>): Promise<void>;
}
