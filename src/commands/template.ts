import type { KeyOf } from '../messages/translate.js';
import { Command } from 'commander';
import { describeQuestionSet } from '../render/question-set-view.js';
import { tScore } from '../messages/score.js';
import { localDate } from '../core/local-date.js';
import { renderTemplate } from '../render/template.js';
import type { Context, Host } from './context.js';
import { emitText, loadSet } from './shared.js';

interface TemplateOptions {
  name?: string;
  output?: string;
  force?: boolean;
}

export async function runTemplate(ctx: Context, options: TemplateOptions, now: Date = new Date()): Promise<number> {
  const set = await loadSet(ctx);
  const view = describeQuestionSet(set, ctx.locale);
  const text = renderTemplate(view, {
    lang: ctx.locale.lang,
    name: options.name,
    date: localDate(now),
    anonymous: set.source.anonymous === true,
    questionsFile: ctx.questionsFile ?? null,
    mirror: set.source.mirrors !== undefined,
  });
  await emitText(ctx, text, options.output, options.force);
  return 0;
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tScore>): string => tScore(host.lang, key);
  return new Command('template')
    .description(t('template.description'))
    .option('--name <name>', t('template.option.name'))
    .option('-o, --output <file>', t('template.option.output'))
    .option('--force', t('template.option.force'))
    .action((options: TemplateOptions) => host.run((ctx) => runTemplate(ctx, options)));
}
