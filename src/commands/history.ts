import { Command } from 'commander';
import { listResultFiles, resultsFolder, savedAtOf } from '../io/history.js';
import { setPicker } from '../io/load.js';
import { scoreFiles, type FileOutcome } from '../io/score-files.js';
import { tCheck } from '../messages/check.js';
import { tCli } from '../messages/cli.js';
import { HISTORY_FORMATS, renderHistoryJson, type HistoryEntry } from '../render/history-json.js';
import { renderHistoryText } from '../render/history-text.js';
import { colorFor, unicodeFor } from '../render/style.js';
import type { Context, Host } from './context.js';
import { pickFormat, widthOf, loadSet, questionsFlag } from './shared.js';

interface HistoryOptions {
  format?: string;
}

function entryOf(outcome: FileOutcome): HistoryEntry {
  const base = { file: outcome.file, savedAt: savedAtOf(outcome.file) };
  if (outcome.ok) {
    const { result } = outcome;
    return {
      ...base,
      date: result.date,
      respondent: result.respondent,
      questionSet: result.questionSet.id,
      status: 'scored',
      score: result.overall.score,
      level: result.overall.level?.label ?? null,
    };
  }
  const wrongSet = outcome.problems.find((p) => p.code === 'answers-wrong-set' || p.code === 'answers-bundled-set');
  const found = wrongSet?.params['found'];
  return {
    ...base,
    date: null,
    respondent: null,
    questionSet: found === undefined ? null : String(found),
    status: wrongSet === undefined ? 'unreadable' : 'other-set',
    score: null,
    level: null,
  };
}

/** `kantellat history`: the results saved by `kantellat check`, newest first. */
export async function runHistory(ctx: Context, options: HistoryOptions): Promise<number> {
  const format = pickFormat(options.format, HISTORY_FORMATS, 'text');
  const set = await loadSet(ctx);
  const files = await listResultFiles(ctx.env);
  const entries: HistoryEntry[] = [];
  // Older results were given to older versions of the set: list them anyway.
  for await (const outcome of scoreFiles(files, set, {
    allowVersionMismatch: true,
    pick: setPicker(set, ctx.questionsFile),
  })) {
    // A report or score list someone saved into the results folder is not a result.
    if (!outcome.ok && outcome.skipped === true) continue;
    entries.push(entryOf(outcome));
  }
  // The names sort by time only within one question set ("kantellat-…", "klein-…"): sort by the time itself.
  entries.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  const folder = resultsFolder(ctx.env);
  if (format === 'json') {
    ctx.stdout.write(renderHistoryJson(folder, entries, ctx.locale));
    return 0;
  }
  if (entries.length === 0) {
    const none = tCheck(ctx.locale.lang, 'history.none', {
      title: ctx.locale.text(set.title),
      questions: questionsFlag(ctx),
    });
    ctx.stderr.write(`${none}\n`);
    return 0;
  }
  const unicode = unicodeFor(ctx.env);
  ctx.stdout.write(
    renderHistoryText(entries, {
      locale: ctx.locale,
      color: colorFor(ctx.stdout, ctx.env, ctx.color),
      unicode,
      width: widthOf(ctx),
    }),
  );
  ctx.stderr.write(`${tCheck(ctx.locale.lang, 'history.folder', { folder })}\n`);
  return 0;
}

export function command(host: Host): Command {
  return new Command('history')
    .description(tCheck(host.lang, 'history.description'))
    .option('-f, --format <format>', tCli(host.lang, 'option.format', { formats: HISTORY_FORMATS.join(', ') }))
    .action((options: HistoryOptions) => host.run((ctx) => runHistory(ctx, options)));
}
