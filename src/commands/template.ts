import { isAbsolute, join } from 'node:path';
import { Command } from 'commander';
import { describeQuestionSet } from '../core/describe.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadQuestionSet } from '../io/load.js';
import { tScore } from '../messages/score.js';
import { localDate, renderTemplate } from '../render/template.js';
import type { Context, Host } from './context.js';

interface TemplateOptions {
  name?: string;
  output?: string;
  force?: boolean;
}

export async function runTemplate(ctx: Context, options: TemplateOptions, now: Date = new Date()): Promise<number> {
  const view = describeQuestionSet(await loadQuestionSet(ctx.questionsFile), ctx.lang);
  const text = renderTemplate(view, { lang: ctx.lang, name: options.name, date: localDate(now) });
  if (options.output === undefined || options.output === '-') {
    ctx.stdout.write(text);
    return 0;
  }
  const target = isAbsolute(options.output) ? options.output : join(ctx.cwd, options.output);
  await writeFileAtomic(target, text, { overwrite: options.force === true });
  return 0;
}

export function command(host: Host): Command {
  const t = (key: string): string => tScore(host.lang, key);
  return new Command('template')
    .description(t('template.description'))
    .option('--name <name>', t('template.option.name'))
    .option('-o, --output <file>', t('template.option.output'))
    .option('--force', t('template.option.force'))
    .action((options: TemplateOptions) => host.run((ctx) => runTemplate(ctx, options)));
}
