import { UsageError } from '../core/problem.js';
import type { Context } from './context.js';

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
