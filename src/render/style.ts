import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import type { Output } from '../commands/context.js';
import type { Tone } from '../core/question-set.js';

/**
 * Colour only for a person at a terminal: never with --no-color, NO_COLOR (any value),
 * TERM=dumb, or a stream that is not a terminal. chalk alone ignores NO_COLOR.
 */
export function colorFor(
  stream: Output,
  env: Readonly<Record<string, string | undefined>>,
  flag: boolean,
): ChalkInstance {
  const off =
    !flag ||
    (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') ||
    env['TERM'] === 'dumb' ||
    stream.isTTY !== true;
  const level = off ? 0 : supportsColor === false ? 1 : Math.max(1, supportsColor.level);
  return new Chalk({ level: level === 0 ? 0 : level === 1 ? 1 : level === 2 ? 2 : 3 });
}

/** Whether a terminal can be trusted with Unicode block characters (bars); ASCII otherwise. */
export function unicodeFor(
  env: Readonly<Record<string, string | undefined>>,
  platform: string = process.platform,
): boolean {
  if (env['KANTELLAT_ASCII'] === '1' || env['TERM'] === 'dumb' || env['TERM'] === 'linux') return false;
  if (platform !== 'win32') return true;
  // The old Windows console (conhost with a legacy code page) garbles block characters.
  return (
    env['WT_SESSION'] !== undefined ||
    env['TERM_PROGRAM'] === 'vscode' ||
    env['ConEmuTask'] !== undefined ||
    env['TERM'] !== undefined
  );
}

/**
 * Paints an option's label in its own colour (`color`) or its tone's: green, yellow (orange on
 * most terminals' palettes), red, grey. The label is the text itself, so nothing is told by
 * colour alone; without colour (NO_COLOR, --no-color, a pipe) `c` leaves the text as it is.
 */
export function toned(
  c: ChalkInstance,
  option: { tone?: Tone | undefined; color?: string | undefined },
): (text: string) => string {
  if (option.color !== undefined) return (text) => c.hex(option.color ?? '')(text);
  switch (option.tone) {
    case 'good':
      return (text) => c.green(text);
    case 'warning':
      return (text) => c.yellow(text);
    case 'bad':
      return (text) => c.red(text);
    case 'neutral':
      return (text) => c.gray(text);
    case undefined:
      return (text) => text;
  }
}
