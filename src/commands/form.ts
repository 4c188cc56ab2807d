import type { KeyOf } from '../messages/translate.js';
import { basename } from 'node:path';
import { Command } from 'commander';
import { tForm } from '../messages/form.js';
import { renderFormPage } from '../render/form-html.js';
import type { Context, Host } from './context.js';
import { emitText, loadSet } from './shared.js';

interface FormOptions {
  output?: string;
  force?: boolean;
}

/** The page's file when no -o is given: in the working folder, named after the set. */
function defaultFile(setId: string): string {
  return `${setId}-form.html`;
}

/**
 * `kantellat form`: the question set as one self-contained HTML page to fill in in any browser
 * (src/render/form-html.ts), written to a file (never replacing one without --force) or, with
 * `-o -`, to standard output.
 */
export async function runForm(ctx: Context, options: FormOptions): Promise<number> {
  const set = await loadSet(ctx);
  const page = renderFormPage(set, {
    locale: ctx.locale,
    questionsFile: ctx.questionsFile === undefined ? null : basename(ctx.questionsFile),
  });
  const target = options.output ?? defaultFile(set.id);
  const toFile = await emitText(ctx, page, target, options.force, { shared: true });
  if (toFile) ctx.stderr.write(`${tForm(ctx.locale.lang, 'form.written', { file: target })}\n`);
  return 0;
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tForm>, params: Record<string, string> = {}): string => tForm(host.lang, key, params);
  return new Command('form')
    .description(t('form.description'))
    .option('-o, --output <file>', t('form.option.output', { file: defaultFile('kantellat') }))
    .option('--force', t('form.option.force'))
    .action((options: FormOptions) => host.run((ctx) => runForm(ctx, options)));
}
