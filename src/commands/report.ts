import type { KeyOf } from '../messages/translate.js';
import { Command, Option } from 'commander';
import { compareGroups, type GroupComparison } from '../core/group-compare.js';
import { groupStats } from '../core/group-stats.js';
import { EXIT, UsageError } from '../core/problem.js';
import { labelParticipants } from '../core/participants.js';
import type { PreparedSet } from '../core/prepare.js';
import { expandInputs } from '../io/inputs.js';
import { formatProblem } from '../messages/problems.js';
import type { Result } from '../core/score.js';
import { setPicker, type SetPicker } from '../io/load.js';
import { teamMirror, type TeamMirror } from '../core/mirror.js';
import { tMirror } from '../messages/mirror.js';
import { tReport } from '../messages/report.js';
import { describeBadFile } from '../messages/score.js';
import { CSV_STYLES, type CsvStyle } from '../render/csv.js';
import { REPORT_FORMATS, reportInput, type ReportFormat, type ReportInput } from '../render/report-formats.js';
import type { Context, Host } from './context.js';
import { collectResults, type CollectedResults } from './collect-results.js';
import { loadClientSet } from './client-set.js';
import { emitText, humanLayout, outputFile, pickFormat, loadSet } from './shared.js';

interface ReportOptions {
  format?: string;
  output?: string;
  force?: boolean;
  names?: boolean;
  baseline?: string[];
  csvStyle?: string;
  allowVersionMismatch?: boolean;
  clients?: string[];
  clientQuestions?: string;
}

/** Unanswered questions show in the report itself; a warning per file would only be noise. */
const QUIET_WARNINGS = new Set(['answers-unanswered']);

/** Scores every answer file of a session, telling each bad one on stderr and leaving it out. */
async function collect(
  ctx: Context,
  set: PreparedSet,
  args: readonly string[],
  options: ReportOptions,
): Promise<CollectedResults> {
  const expanded = await expandInputs(args, ctx.cwd);
  for (const note of expanded.notes) ctx.stderr.write(`${formatProblem(note, ctx.locale.lang)}\n`);
  for (const p of expanded.problems) ctx.stderr.write(`${describeBadFile(p.file ?? '', [p], ctx.locale.lang).line}\n`);
  const collected = await collectResults(ctx, set, expanded.files, {
    allowVersionMismatch: options.allowVersionMismatch === true,
    quiet: QUIET_WARNINGS,
  });
  return {
    results: collected.results,
    files: collected.files,
    invalid: collected.invalid + expanded.problems.length,
    duplicates: collected.duplicates,
  };
}

/** How many files of a version a mixed session names, so the person can find them and move them. */
const MIXED_FILES_SHOWN = 3;

/**
 * The set a session's results were scored on. A group adds up answers to the same questions, so
 * a session that mixes versions (1.0.0 and 2.0.0) is refused with what to do instead, naming the
 * files of every version but the most common one.
 */
async function sessionSet(ctx: Context, pick: SetPicker, collected: CollectedResults): Promise<PreparedSet> {
  const versions = new Map<string, string[]>();
  collected.results.forEach((result, i) => {
    const files = versions.get(result.questionSet.version) ?? [];
    files.push(collected.files[i] ?? '');
    versions.set(result.questionSet.version, files);
  });
  if (versions.size > 1) {
    const most = Math.max(...[...versions.values()].map((files) => files.length));
    let named = false;
    const list = [...versions]
      .map(([version, files]) => {
        if (files.length === most && !named) {
          named = true;
          return `${version}: ${files.length}`;
        }
        const shown = files.slice(0, MIXED_FILES_SHOWN).join(', ');
        return `${version}: ${files.length} (${shown}${files.length > MIXED_FILES_SHOWN ? ', …' : ''})`;
      })
      .join('; ');
    throw new UsageError('error.usage', { message: tReport(ctx.locale.lang, 'versions.mixed', { versions: list }) });
  }
  const first = collected.results[0];
  return pick(first?.questionSet.id, first?.questionSet.version);
}

async function render(
  format: ReportFormat,
  input: ReportInput,
  ctx: Context,
  options: ReportOptions,
  csvStyle: CsvStyle,
): Promise<string> {
  // Each renderer is loaded only when asked for: the HTML page's code is not needed for a terminal.
  switch (format) {
    case 'terminal': {
      const { renderReportTerminal } = await import('../render/report-terminal.js');
      return renderReportTerminal(input, humanLayout(ctx, outputFile(options.output) !== undefined));
    }
    case 'markdown':
      return (await import('../render/report-markdown.js')).renderReportMarkdown(input);
    case 'csv':
      return (await import('../render/report-csv.js')).renderReportCsv(input, { style: csvStyle });
    case 'json':
      return (await import('../render/report-json.js')).renderReportJson(input);
    case 'html':
      return (await import('../render/report-html.js')).renderReportHtml(input);
  }
}

export async function runReport(ctx: Context, inputs: string[], options: ReportOptions): Promise<number> {
  const format = pickFormat(options.format, REPORT_FORMATS, 'terminal');
  const csvStyle = pickFormat(options.csvStyle, CSV_STYLES, 'excel');
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(ctx.locale.lang, key, params);
  const set = await loadSet(ctx);

  const session = await collect(ctx, set, inputs, options);
  if (session.results.length === 0) throw new UsageError('report.none', {}, 'report');
  const named = options.names === true;
  const pick = setPicker(set, ctx.questionsFile);
  const ownSet = await sessionSet(ctx, pick, session);
  const stats = groupStats(ownSet, labelParticipants(session.results, named), { named });

  let baseline: GroupComparison | null = null;
  let invalid = session.invalid;
  if (options.baseline !== undefined && options.baseline.length > 0) {
    const earlier = await collect(ctx, set, options.baseline, options);
    invalid += earlier.invalid;
    if (earlier.results.length === 0) ctx.stderr.write(`kantellat: ${t('report.baseline.none')}\n`);
    else {
      // The baseline is only ever shown as a group: its participants need no names.
      const earlierSet = await sessionSet(ctx, pick, earlier);
      baseline = compareGroups(
        groupStats(earlierSet, labelParticipants(earlier.results, false), { named: false }),
        stats,
      );
      if (earlier.invalid > 0)
        ctx.stderr.write(
          `${t('report.baseline.skipped', { valid: earlier.results.length, invalid: earlier.invalid })}\n`,
        );
    }
  }

  let clients: TeamMirror | undefined;
  if (options.clients !== undefined && options.clients.length > 0) {
    // The client card must mirror the version the team answered (a 1.0.0 session has other questions).
    const clientSet = await loadClientSet(ctx, ownSet, options.clientQuestions);
    const expanded = await expandInputs(options.clients, ctx.cwd);
    for (const note of expanded.notes) ctx.stderr.write(`${formatProblem(note, ctx.locale.lang)}\n`);
    for (const p of expanded.problems)
      ctx.stderr.write(`${describeBadFile(p.file ?? '', [p], ctx.locale.lang).line}\n`);
    // Per-file warnings about a client's open questions would tell something about one client.
    const collected = await collectResults(ctx, clientSet, expanded.files, {
      allowVersionMismatch: options.allowVersionMismatch === true,
      quiet: QUIET_WARNINGS,
    });
    const badClients = collected.invalid + expanded.problems.length;
    invalid += badClients;
    if (badClients > 0)
      ctx.stderr.write(
        `${tMirror(ctx.locale.lang, 'team.skipped', { valid: collected.results.length, invalid: badClients })}\n`,
      );
    clients = teamMirror(ownSet, stats.themes, clientSet, collected.results);
  }

  const input = reportInput(
    { stats, baseline, version: __KANTELLAT_VERSION__, duplicates: session.duplicates, clients },
    ctx.locale,
  );
  const text = await render(format, input, ctx, options, csvStyle);
  if (await emitText(ctx, text, options.output, options.force))
    ctx.stderr.write(`${t('report.written', { file: options.output ?? '' })}\n`);
  if (stats.traceable) ctx.stderr.write(`${t('report.traceable', { n: stats.size })}\n`);
  if (session.invalid > 0)
    ctx.stderr.write(`${t('report.skipped', { valid: session.results.length, invalid: session.invalid })}\n`);
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tReport>, params: Record<string, string | number> = {}): string =>
    tReport(host.lang, key, params);
  return new Command('report')
    .description(t('report.description'))
    .argument('<inputs...>', 'FILE... | DIR | GLOB | -')
    .option('-f, --format <format>', t('report.option.format', { formats: REPORT_FORMATS.join(', ') }))
    .option('-o, --output <file>', t('report.option.output'))
    .option('--force', t('report.option.force'))
    .option('--names', t('report.option.names'))
    .option('--baseline <inputs...>', t('report.option.baseline'))
    .addOption(new Option('--csv-style <style>', t('report.option.csvStyle')).choices(CSV_STYLES))
    .option('--allow-version-mismatch', t('report.option.allowVersionMismatch'))
    .option('--clients <inputs...>', tMirror(host.lang, 'report.option.clients'))
    .option('--client-questions <file>', tMirror(host.lang, 'mirror.option.clientQuestions'))
    .addHelpText('after', `\n${t('report.help.examples')}\n`)
    .action((inputs: string[], options: ReportOptions) => host.run((ctx) => runReport(ctx, inputs, options)));
}
