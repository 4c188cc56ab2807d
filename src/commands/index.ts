import type { Command } from 'commander';
import type { Host } from './context.js';

/** A command module: builds its commander command; the work runs through `host.run`. */
export interface CommandModule {
  command(host: Host): Command;
}

/**
 * Every command, loaded only when it is called, so that `kantellat --version` or `kantellat
 * score` never pays for Inquirer or the report's HTML.
 */
export const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  check: () => import('./check.js'),
  form: () => import('./form.js'),
  history: () => import('./history.js'),
  score: () => import('./score.js'),
  report: () => import('./report.js'),
  compare: () => import('./compare.js'),
  mirror: () => import('./mirror.js'),
  questions: () => import('./questions.js'),
  session: () => import('./session.js'),
  template: () => import('./template.js'),
  validate: () => import('./validate.js'),
  schema: () => import('./schema.js'),
};
