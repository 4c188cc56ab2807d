import type { KeyOf } from '../messages/translate.js';
import { Command } from 'commander';
import { majorVersion } from '../core/answers.js';
import { mirrorResults } from '../core/mirror.js';
import { UsageError } from '../core/problem.js';
import { expandInputs } from '../io/inputs.js';
import { formatProblem } from '../messages/problems.js';
import { tMirror } from '../messages/mirror.js';
import { describeBadFile } from '../messages/score.js';
import { MIRROR_FORMATS, mirrorInput, type MirrorFormat, type MirrorInput } from '../render/mirror-formats.js';
import { loadClientSet } from './client-set.js';
import { collectResults } from './collect-results.js';
import type { Context, Host } from './context.js';
import { emitText, humanLayout, pickFormat, loadSet } from './shared.js';

interface MirrorOptions {
  format?: string;
  clientQuestions?: string;
  output?: string;
  force?: boolean;
  allowVersionMismatch?: boolean;
}

/**
 * Per-file warnings about clients (how many questions one client left open) would tell
 * something about one client's answers; the mirror only ever speaks of clients together.
 */
const QUIET_CLIENT_WARNINGS = new Set(['answers-unanswered']);

function usage(ctx: Context, key: KeyOf<typeof tMirror>, params: Record<string, string | number>): UsageError {
  return new UsageError('error.usage', { message: tMirror(ctx.locale.lang, key, params) });
}

async function render(format: MirrorFormat, input: MirrorInput, ctx: Context, toFile: boolean): Promise<string> {
  switch (format) {
    case 'terminal':
      return (await import('../render/mirror-terminal.js')).renderMirrorTerminal(input, humanLayout(ctx, toFile));
    case 'markdown':
      return (await import('../render/mirror-markdown.js')).renderMirrorMarkdown(input);
    case 'json':
      return (await import('../render/mirror-json.js')).renderMirrorJson(input);
    case 'html':
      return (await import('../render/mirror-html.js')).renderMirrorHtml(input);
  }
}

export async function runMirror(
  ctx: Context,
  selfFile: string,
  clientArgs: string[],
  options: MirrorOptions,
): Promise<number> {
  const format = pickFormat(options.format, MIRROR_FORMATS, 'terminal');
  const allowVersionMismatch = options.allowVersionMismatch === true;
  const selfSet = await loadSet(ctx);
  const clientSet = await loadClientSet(ctx, selfSet, options.clientQuestions);

  const own = await collectResults(ctx, selfSet, [selfFile], { allowVersionMismatch });
  const self = own.results[0];
  if (self === undefined) throw usage(ctx, 'mirror.noSelf', {});
  // Answers to an archived version of the set (Kantellat 1.0.0) have other questions than the card mirrors.
  const mirrored = clientSet.source.mirrors?.version ?? selfSet.version;
  if (majorVersion(self.questionSet.version) !== majorVersion(mirrored)) {
    throw usage(ctx, 'mirror.selfOtherVersion', {
      file: selfFile,
      found: self.questionSet.version,
      expected: mirrored,
      id: selfSet.id,
    });
  }

  const expanded = await expandInputs(clientArgs, ctx.cwd);
  for (const note of expanded.notes) ctx.stderr.write(`${formatProblem(note, ctx.locale.lang)}\n`);
  for (const p of expanded.problems) ctx.stderr.write(`${describeBadFile(p.file ?? '', [p], ctx.locale.lang).line}\n`);
  const clients = await collectResults(ctx, clientSet, expanded.files, {
    allowVersionMismatch,
    quiet: QUIET_CLIENT_WARNINGS,
  });
  const invalid = clients.invalid + expanded.problems.length;

  const mirror = mirrorResults(selfSet, self, clientSet, clients.results);
  const toFile = options.output !== undefined && options.output !== '-';
  const text = await render(format, mirrorInput(mirror, ctx.locale, __KANTELLAT_VERSION__), ctx, toFile);
  if (await emitText(ctx, text, options.output, options.force)) {
    ctx.stderr.write(`${tMirror(ctx.locale.lang, 'mirror.written', { file: options.output ?? '' })}\n`);
  }
  if (invalid > 0)
    ctx.stderr.write(`${tMirror(ctx.locale.lang, 'mirror.skipped', { valid: clients.results.length, invalid })}\n`);
  return invalid > 0 ? 2 : 0;
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tMirror>, params: Record<string, string | number> = {}): string =>
    tMirror(host.lang, key, params);
  return new Command('mirror')
    .description(t('mirror.description'))
    .argument('<self>', t('mirror.argument.self'))
    .argument('<clients...>', t('mirror.argument.clients'))
    .option('-f, --format <format>', t('mirror.option.format', { formats: MIRROR_FORMATS.join(', ') }))
    .option('--client-questions <file>', t('mirror.option.clientQuestions'))
    .option('-o, --output <file>', t('mirror.option.output'))
    .option('--force', t('mirror.option.force'))
    .option('--allow-version-mismatch', t('mirror.option.allowVersionMismatch'))
    .addHelpText('after', `\n${t('mirror.help.examples')}\n`)
    .action((self: string, clients: string[], options: MirrorOptions) =>
      host.run((ctx) => runMirror(ctx, self, clients, options)),
    );
}
