import { resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { InterruptedError, UsageError } from '../core/problem.js';
import type { PreparedSet } from '../core/prepare.js';
import { setLanguages } from '../core/text.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadQuestionSet } from '../io/load.js';
import { tCli } from '../messages/cli.js';
import { localeOf } from '../messages/locale.js';
import { shellQuoted } from '../messages/translate.js';
import { colorFor, unicodeFor } from '../render/style.js';
import type { Context } from './context.js';

/**
 * Loads the run's question set (`--questions`, else the bundled Kantellat) and settles the run's
 * language against it. A set written only in English, run without a chosen language, speaks
 * English throughout. A language the user chose but the set lacks stays the tool's language (as
 * asked), and one line on stderr says that the set's own texts stay in the set's language.
 */
export async function loadSet(ctx: Context): Promise<PreparedSet> {
  const set = await loadQuestionSet(ctx.questionsFile, ctx);
  const languages = setLanguages(set.source);
  if (languages.includes(ctx.locale.lang)) return set;
  const own = languages[0];
  if (ctx.langByDefault === true) {
    // The Locale and its language move together; schema problems are told in it when printed.
    ctx.locale = localeOf(own);
    return set;
  }
  const note = tCli(ctx.locale.lang, 'note.setLanguage', {
    title: localeOf(own).text(set.title),
    language: tCli(ctx.locale.lang, `language.${own}`),
  });
  ctx.stderr.write(`${note}\n`);
  return set;
}

/** ` --questions FILE` for a hint that tells the user what to type next, or nothing with the bundled set. */
export function questionsFlag(ctx: Context): string {
  return ctx.questionsFile === undefined ? '' : ` --questions ${shellQuoted(ctx.questionsFile)}`;
}

/** Checks a `--format` value against the formats a command knows. */
export function pickFormat<F extends string>(value: string | undefined, formats: readonly F[], fallback: F): F {
  if (value === undefined) return fallback;
  const found = formats.find((format) => format === value);
  if (found === undefined) throw new UsageError('usage.format', { value, formats: formats.join(', ') });
  return found;
}

/** Width for wrapped terminal text: the terminal's, at most 100, 80 when unknown. */
export function widthOf(ctx: Context): number {
  const columns = ctx.stdout.columns;
  return columns !== undefined && columns > 20 ? Math.min(columns, 100) : 80;
}

/** How text for people is laid out: for the terminal it goes to, or plain 80 columns for a file. */
export function humanLayout(ctx: Context, toFile: boolean): { color: ChalkInstance; unicode: boolean; width: number } {
  return {
    color: colorFor(toFile ? { write: () => true, isTTY: false } : ctx.stdout, ctx.env, ctx.color),
    unicode: unicodeFor(ctx.env),
    width: toFile ? 80 : widthOf(ctx),
  };
}

/** The file `-o` names, or undefined for standard output: no `-o`, or `-o -` (the one rule for every command). */
export function outputFile(output: string | undefined): string | undefined {
  return output === '-' ? undefined : output;
}

/**
 * Writes a finished text to stdout, or with `-o FILE` atomically to that file (relative to the
 * working folder), never replacing one without --force. `-o -` is stdout. Returns whether it
 * went to a file. A file is readable by its owner only, since results and reports hold names,
 * unless it is `shared`: a page or paper with nobody's answers in it (the form, the questions,
 * a schema) gets the mode a shell's `>` would give, so colleagues can open it from a shared folder.
 */
export async function emitText(
  ctx: Context,
  text: string,
  output: string | undefined,
  force: boolean | undefined,
  { shared = false }: { shared?: boolean } = {},
): Promise<boolean> {
  const file = outputFile(output);
  if (file === undefined) {
    ctx.stdout.write(text);
    return false;
  }
  await writeFileAtomic(resolve(ctx.cwd, file), text, { overwrite: force === true, ...(shared && { mode: 0o666 }) });
  return true;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Ctrl+C (or SIGTERM, SIGHUP) as an InterruptedError instead of the process dying on the spot:
 * a command that writes a file with -o races its work against `stopped`, so its temporary file
 * (which holds names) is removed before the program ends with exit code 130.
 */
export function interruption(): { stopped: Promise<never>; dispose(): void } {
  let onSignal = (): void => undefined;
  const stopped = new Promise<never>((_, reject) => {
    onSignal = () => reject(new InterruptedError());
  });
  // Nobody may be waiting on it when the work ends first.
  stopped.catch(() => undefined);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return {
    stopped,
    dispose: () => {
      for (const signal of SIGNALS) process.off(signal, onSignal);
    },
  };
}
