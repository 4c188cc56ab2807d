import { Argument, Command } from 'commander';
import { jsonSchema, SCHEMA_NAMES } from '../core/schemas.js';
import { UsageError } from '../core/problem.js';
import { tCli } from '../messages/cli.js';
import { tHelp } from '../messages/help.js';
import { tReport } from '../messages/report.js';
import type { Context, Host } from './context.js';
import { emitText } from './shared.js';

interface SchemaOptions {
  output?: string;
  force?: boolean;
}

export async function runSchema(ctx: Context, name = 'question-set', options: SchemaOptions = {}): Promise<number> {
  const found = SCHEMA_NAMES.find((known) => known === name);
  if (found === undefined) throw new UsageError('usage.schema', { value: name, names: SCHEMA_NAMES.join(', ') });
  await emitText(ctx, `${JSON.stringify(jsonSchema(found), null, 2)}\n`, options.output, options.force, {
    shared: true,
  });
  return 0;
}

export function command(host: Host): Command {
  return new Command('schema')
    .description(tCli(host.lang, 'schema.description'))
    .addArgument(
      new Argument('[name]', tHelp(host.lang, 'schema.argument.name')).choices(SCHEMA_NAMES).default('question-set'),
    )
    .option('-o, --output <file>', tReport(host.lang, 'report.option.output'))
    .option('--force', tReport(host.lang, 'report.option.force'))
    .addHelpText('after', `\n${tHelp(host.lang, 'examples')}\n${tHelp(host.lang, 'schema.examples')}`)
    .action((name: string, options: SchemaOptions) => host.run((ctx) => runSchema(ctx, name, options)));
}
