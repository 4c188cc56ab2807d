import { Command } from 'commander';
import { describeQuestionSet } from '../render/question-set-view.js';
import { tCli } from '../messages/cli.js';
import { tHelp } from '../messages/help.js';
import {
  QUESTION_FORMATS,
  renderQuestionsJson,
  renderQuestionsMarkdown,
  renderQuestionsText,
  renderQuestionsYaml,
} from '../render/questions.js';
import { colorFor } from '../render/style.js';
import type { Context, Host } from './context.js';
import { emitText, pickFormat, widthOf, loadSet } from './shared.js';
import { tReport } from '../messages/report.js';

interface QuestionsOptions {
  format?: string;
  output?: string;
  force?: boolean;
}

export async function runQuestions(ctx: Context, options: QuestionsOptions): Promise<number> {
  const format = pickFormat(options.format, QUESTION_FORMATS, 'text');
  const set = await loadSet(ctx);
  const view = describeQuestionSet(set, ctx.locale);
  const renderers = {
    text: () =>
      renderQuestionsText(view, {
        lang: ctx.locale.lang,
        color: colorFor(ctx.stdout, ctx.env, ctx.color),
        width: widthOf(ctx),
      }),
    markdown: () => renderQuestionsMarkdown(view, { lang: ctx.locale.lang }),
    json: () => renderQuestionsJson(view),
    yaml: () => renderQuestionsYaml(view),
  };
  if (format === 'html') {
    const { renderQuestionsHtml } = await import('../render/questions-html.js');
    const frames = new Map<string, string>();
    for (const question of view.questions) if (question.frame !== null) frames.set(question.id, question.frame);
    const html = renderQuestionsHtml(view, { lang: ctx.locale.lang, anonymous: set.source.anonymous === true, frames });
    await emitText(ctx, html, options.output, options.force, { shared: true });
    return 0;
  }
  await emitText(ctx, renderers[format](), options.output, options.force, { shared: true });
  return 0;
}

export function command(host: Host): Command {
  return new Command('questions')
    .description(tCli(host.lang, 'questions.description'))
    .option('-f, --format <format>', tCli(host.lang, 'option.format', { formats: QUESTION_FORMATS.join(', ') }))
    .option('-o, --output <file>', tReport(host.lang, 'report.option.output'))
    .option('--force', tReport(host.lang, 'report.option.force'))
    .addHelpText('after', `\n${tHelp(host.lang, 'examples')}\n${tHelp(host.lang, 'questions.examples')}`)
    .action((options: QuestionsOptions) => host.run((ctx) => runQuestions(ctx, options)));
}
