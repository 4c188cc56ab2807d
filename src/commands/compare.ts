import type { KeyOf } from '../messages/translate.js';
import { basename } from 'node:path';
import { Command } from 'commander';
import { compareResults } from '../core/compare.js';
import { EXIT, UsageError } from '../core/problem.js';
import type { PreparedSet } from '../core/prepare.js';
import { listResultFiles, resultsFolder, savedAt } from '../io/history.js';
import { scoreFiles } from '../io/score-files.js';
import { setPicker } from '../io/load.js';
import { tReport } from '../messages/report.js';
import {
  COMPARE_FORMATS,
  renderCompareJson,
  renderCompareMarkdown,
  renderCompareText,
} from '../render/compare-formats.js';
import type { Context, Host } from './context.js';
import { collectResults } from './collect-results.js';
import { emitText, humanLayout, outputFile, pickFormat, loadSet, questionsFlag } from './shared.js';

interface CompareOptions {
  format?: string;
  output?: string;
  force?: boolean;
  allowVersionMismatch?: boolean;
}

/**
 * The saved results of the question set in use, newest first by the time they were saved (the
 * same rule as `kantellat history`): a result of another set, or one that cannot be read, never
 * counts as "newest", whatever its file name. A result of an earlier version of this set (1.0.0
 * after the upgrade to 2.0.0) is read with its own archived questions and counts: it is still the
 * person's own history, and compare then compares by theme.
 */
async function resultsOfSet(
  ctx: Context,
  set: PreparedSet,
  allowVersionMismatch: boolean,
): Promise<Array<{ file: string; respondent: string | null }>> {
  const found: Array<{ file: string; respondent: string | null; at: string }> = [];
  const pick = setPicker(set, ctx.questionsFile);
  for await (const outcome of scoreFiles(await listResultFiles(ctx.env), set, {
    allowVersionMismatch,
    pick,
  })) {
    if (outcome.ok)
      found.push({
        file: outcome.file,
        respondent: outcome.result.respondent?.trim() ?? null,
        at: (await savedAt(outcome.file)) ?? '',
      });
  }
  return found.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The two files to compare, the older first: as given, or the two newest saved results of this set. */
async function pickFiles(
  ctx: Context,
  set: PreparedSet,
  files: readonly string[],
  allowVersionMismatch: boolean,
): Promise<[string, string]> {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(ctx.locale.lang, key, params);
  const [first, second] = files;
  if (files.length === 2 && first !== undefined && second !== undefined) return [first, second];
  if (files.length !== 0) throw new UsageError('error.usage', { message: t('compare.needTwo') });
  const saved = await resultsOfSet(ctx, set, allowVersionMismatch);
  const [newest] = saved;
  // On a shared laptop the newest two may be two people: the newest person's own earlier result
  // comes first, and only without one is it compared with whoever came before (with a warning).
  const before = saved.slice(1).find((entry) => entry.respondent === newest?.respondent) ?? saved[1];
  if (newest === undefined || before === undefined) {
    throw new UsageError('error.usage', {
      message: t('compare.history.tooFew', {
        count: saved.length,
        folder: resultsFolder(ctx.env),
        questions: questionsFlag(ctx),
      }),
    });
  }
  ctx.stderr.write(`${t('compare.history.using', { before: basename(before.file), after: basename(newest.file) })}\n`);
  return [before.file, newest.file];
}

export async function runCompare(ctx: Context, files: string[], options: CompareOptions): Promise<number> {
  const format = pickFormat(options.format, COMPARE_FORMATS, 'text');
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(ctx.locale.lang, key, params);
  const set = await loadSet(ctx);
  const [beforeFile, afterFile] = await pickFiles(ctx, set, files, options.allowVersionMismatch === true);
  const { results, invalid } = await collectResults(ctx, set, [beforeFile, afterFile], {
    allowVersionMismatch: options.allowVersionMismatch === true,
  });
  const [before, after] = results;
  if (invalid > 0 || before === undefined || after === undefined) return EXIT.invalid;

  // The later file's own version names its questions (an archived 1.0.0 file keeps 1.0.0's).
  const afterSet = await setPicker(set, ctx.questionsFile)(after.questionSet.id, after.questionSet.version);
  const comparison = compareResults(afterSet, before, after);
  if (!comparison.sameRespondent) ctx.stderr.write(`${t('compare.otherRespondent')}\n`);
  if (comparison.reversedDates) ctx.stderr.write(`${t('compare.reversedDates')}\n`);
  const toFile = outputFile(options.output) !== undefined;
  const text =
    format === 'json'
      ? renderCompareJson(comparison, { locale: ctx.locale })
      : format === 'markdown'
        ? renderCompareMarkdown(comparison, { locale: ctx.locale })
        : renderCompareText(comparison, { locale: ctx.locale, ...humanLayout(ctx, toFile) });
  if (await emitText(ctx, text, options.output, options.force))
    ctx.stderr.write(`${t('compare.written', { file: options.output ?? '' })}\n`);
  return EXIT.ok;
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(host.lang, key, params);
  return new Command('compare')
    .description(t('compare.description'))
    .argument('[files...]', 'BEFORE AFTER')
    .option('-f, --format <format>', t('report.option.format', { formats: COMPARE_FORMATS.join(', ') }))
    .option('-o, --output <file>', t('report.option.output'))
    .option('--force', t('report.option.force'))
    .option('--allow-version-mismatch', t('report.option.allowVersionMismatch'))
    .addHelpText('after', `\n${t('compare.help.examples')}\n`)
    .action((files: string[], options: CompareOptions) => host.run((ctx) => runCompare(ctx, files, options)));
}
