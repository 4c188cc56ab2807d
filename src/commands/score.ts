import type { KeyOf } from '../messages/translate.js';
import { Command } from 'commander';
import { belowThresholds, countOutcome, EMPTY_COUNTS, exitCodeFor, type Thresholds } from '../core/exit-code.js';
import { problemAt, UsageError } from '../core/problem.js';
import type { Lang } from '../core/text.js';
import type { Result } from '../core/score.js';
import { iterateInputs } from '../io/inputs.js';
import { setPicker } from '../io/load.js';
import { createProgress, openSink } from '../io/output.js';
import { scoreFiles } from '../io/score-files.js';
import { formatProblem } from '../messages/problems.js';
import { describeBadFile, summaryLine, tScore } from '../messages/score.js';
import { CSV_STYLES, type CsvStyle } from '../render/csv.js';
import { SCORE_FORMATS, SCORE_RENDERERS, type ScoreHeader } from '../render/score-formats.js';
import { colorFor, unicodeFor } from '../render/style.js';
import type { Context, Host } from './context.js';
import { duplicateFinder } from './duplicates.js';
import { interruption, outputFile, pickFormat, loadSet } from './shared.js';

interface ScoreOptions {
  format?: string;
  csvStyle?: string;
  output?: string;
  force?: boolean;
  failUnder?: string;
  failUnderTheme?: string;
  allowVersionMismatch?: boolean;
  quiet?: boolean;
}

/** A usage error in this command's own words (cli.ts prints `error.usage` as the message itself). */
function usage(lang: Lang, key: KeyOf<typeof tScore>, params: Record<string, string | number>): UsageError {
  return new UsageError('error.usage', { message: tScore(lang, key, params) });
}

/** `--fail-under 60`: a number from 0 to 100, or a usage error that says so. */
function parseThreshold(lang: Lang, option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 0 && number <= 100)) throw usage(lang, 'score.usage.threshold', { option, value });
  return number;
}

function parseCsvStyle(lang: Lang, value: string | undefined): CsvStyle {
  if (value === undefined) return 'excel';
  const found = CSV_STYLES.find((style) => style === value);
  if (found === undefined) throw usage(lang, 'score.usage.csvStyle', { value, styles: CSV_STYLES.join(', ') });
  return found;
}

/**
 * Scores every file given and writes each outcome as it comes. The default format is `table`
 * wherever the output goes: a format that changed with the terminal would make `kantellat
 * score x > scores.txt` differ from what the user just saw; scripts name their format.
 */
export async function runScore(ctx: Context, args: string[], options: ScoreOptions): Promise<number> {
  const format = pickFormat(options.format, SCORE_FORMATS, 'table');
  const csvStyle = parseCsvStyle(ctx.locale.lang, options.csvStyle);
  const thresholds: Thresholds = {
    overall: parseThreshold(ctx.locale.lang, '--fail-under', options.failUnder),
    theme: parseThreshold(ctx.locale.lang, '--fail-under-theme', options.failUnderTheme),
  };
  if (args.filter((arg) => arg === '-').length > 1) throw usage(ctx.locale.lang, 'score.usage.stdinTwice', {});
  const quiet = options.quiet === true;

  const set = await loadSet(ctx);
  // The set may have moved the run to its own language.
  const { locale } = ctx;
  const lang = locale.lang;
  const header: ScoreHeader = {
    questionSet: { id: set.id, version: set.version },
    title: set.title,
    maxPoints: set.maxPoints,
    themes: set.themes.map((theme) => ({ id: theme.id, title: theme.title })),
    levels: set.levels.map((band) => band.label),
    questions: set.questions.length,
  };
  const toFile = outputFile(options.output) !== undefined;
  const renderer = SCORE_RENDERERS[format](header, {
    locale,
    color: colorFor(ctx.stdout, ctx.env, ctx.color && !toFile),
    csvStyle,
    unicode: unicodeFor(ctx.env),
  });
  // Only a file needs cleaning up; on standard output Ctrl+C may stop the process as always.
  // Listening starts before the temporary file exists, so no signal can leave it behind.
  const interrupt = toFile ? interruption() : undefined;
  let sink;
  try {
    sink = await openSink(ctx.stdout, options.output, { cwd: ctx.cwd, overwrite: options.force === true });
  } catch (error) {
    interrupt?.dispose();
    throw error;
  }
  const progress = createProgress(ctx.stderr, (done) => tScore(lang, 'progress', { done }), { enabled: !quiet });
  // The progress line shares the terminal with everything else: take it away before writing.
  const say = (text: string): void => {
    progress.clear();
    ctx.stderr.write(`${text}\n`);
  };
  const sameTerminal = ctx.stdout.isTTY === true && !toFile;
  const emit = (text: string): Promise<void> => {
    if (text !== '' && sameTerminal) progress.clear();
    return sink.write(text);
  };

  let counts = EMPTY_COUNTS;
  const earlierCopy = duplicateFinder();
  // A CSV has the columns of the set in use: a file on an archived version with other themes
  // (1.0.0's samenwerking, inspraak) would lose those scores without a word. Said once per version.
  const columns = new Set(header.themes.map((theme) => theme.id));
  const toldLeftOut = new Set<string>();
  const leftOutOfCsv = (result: Result): void => {
    const version = `${result.questionSet.id} ${result.questionSet.version}`;
    if (format !== 'csv' || quiet || toldLeftOut.has(version)) return;
    const missing = result.themes.filter((theme) => !columns.has(theme.id)).map((theme) => theme.id);
    if (missing.length === 0) return;
    toldLeftOut.add(version);
    say(
      tScore(lang, 'csv.themesLeftOut', {
        themes: missing.join(', '),
        set: result.questionSet.id,
        version: result.questionSet.version,
        current: `${header.questionSet.id} ${header.questionSet.version}`,
      }),
    );
  };
  try {
    await emit(renderer.start());
    let done = 0;
    // Folders are walked as the files are scored: no list of 100,000 names is ever held.
    const outcomes = scoreFiles(iterateInputs(args, ctx.cwd), set, {
      cwd: ctx.cwd,
      ...(args.includes('-') ? { stdin: ctx.stdin } : {}),
      allowVersionMismatch: options.allowVersionMismatch === true,
      pick: setPicker(set, ctx.questionsFile),
    });
    const pending = outcomes[Symbol.asyncIterator]();
    for (;;) {
      const next = await (interrupt === undefined ? pending.next() : Promise.race([pending.next(), interrupt.stopped]));
      if (next.done === true) break;
      const outcome = next.value;
      done += 1;
      if (!outcome.ok && outcome.skipped === true) {
        // One of kantellat's own documents next to the answers, or a broken link: a note, never a failure.
        if (!quiet) for (const note of outcome.problems) say(formatProblem(note, lang));
      } else if (outcome.ok) {
        if (!quiet) for (const warning of outcome.warnings) say(formatProblem(warning, lang));
        const earlier = earlierCopy(outcome.file, outcome.result);
        if (earlier !== undefined && !quiet)
          say(
            formatProblem(
              { ...problemAt(outcome.file, 'duplicate-answers', { other: earlier }), severity: 'warning' },
              lang,
            ),
          );
        leftOutOfCsv(outcome.result);
        const below = belowThresholds(outcome.result, thresholds);
        counts = countOutcome(counts, { ok: true, unscored: outcome.result.overall.score === null, below });
        await emit(renderer.result(outcome.file, outcome.result));
      } else {
        const bad = describeBadFile(outcome.file, outcome.problems, lang);
        say(bad.line);
        counts = countOutcome(counts, { ok: false });
        await emit(renderer.error(bad.json));
      }
      progress.update(done);
    }
    await emit(renderer.end());
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    interrupt?.dispose();
    progress.clear();
  }
  if (!quiet) ctx.stderr.write(`${summaryLine(counts, thresholds, lang)}\n`);
  return exitCodeFor(counts);
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tScore>, params: Record<string, string | number> = {}): string =>
    tScore(host.lang, key, params);
  return new Command('score')
    .description(t('score.description'))
    .argument('<files...>', t('score.argument.files'))
    .option('-f, --format <format>', t('score.option.format', { formats: SCORE_FORMATS.join(', ') }))
    .option('--csv-style <style>', t('score.option.csvStyle'))
    .option('-o, --output <file>', t('score.option.output'))
    .option('--force', t('score.option.force'))
    .option('--fail-under <n>', t('score.option.failUnder'))
    .option('--fail-under-theme <n>', t('score.option.failUnderTheme'))
    .option('--allow-version-mismatch', t('score.option.allowVersionMismatch'))
    .option('-q, --quiet', t('score.option.quiet'))
    .addHelpText('after', t('score.help.after'))
    .action((files: string[], options: ScoreOptions) => host.run((ctx) => runScore(ctx, files, options)));
}
