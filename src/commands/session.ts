import type { KeyOf } from '../messages/translate.js';
import { relative, resolve, sep } from 'node:path';
import { Command } from 'commander';
import { localDate } from '../core/local-date.js';
import { UsageError } from '../core/problem.js';
import { tSession } from '../messages/session.js';
import { shellQuoted } from '../messages/translate.js';
import { colorFor } from '../render/style.js';
import { loadSet } from './shared.js';
import type { Context, Host } from './context.js';

interface SessionOptions {
  host?: string;
  port?: string;
  minGroup?: string;
  json?: boolean;
}

/** The default port: easy to type, and not one of the usual development ports. */
const DEFAULT_PORT = 8470;
const DEFAULT_MIN_GROUP = 3;

function wholeNumber(value: string | undefined, fallback: number, min: number, max: number, code: string): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(code, { value });
  return n;
}

/** Resolves when the person stops the session (Ctrl+C, or the system asks it to stop). */
function stopRequested(): { stopped: Promise<void>; dispose: () => void } {
  let dispose = (): void => undefined;
  const stopped = new Promise<void>((done) => {
    const stop = (): void => {
      dispose();
      done();
    };
    dispose = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { stopped, dispose };
}

/** The folder as the person can type it after a command: relative to where they are, with a slash at the end. */
function folderForPeople(ctx: Context, folder: string): string {
  const rel = relative(ctx.cwd, folder);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? folder : rel;
  return shellQuoted(shown.endsWith(sep) ? shown : `${shown}${sep}`);
}

/**
 * `kantellat session`: serves the participant page and the projector page until stopped, saving
 * every answer as an answer file in the session folder. The server (and its libraries) is loaded
 * only here, so other commands start as fast as before.
 */
export async function runSession(
  ctx: Context,
  folderArg: string | undefined,
  options: SessionOptions,
  stop?: Promise<void>,
): Promise<number> {
  const t = (key: KeyOf<typeof tSession>, params: Record<string, string | number> = {}): string =>
    tSession(ctx.locale.lang, key, params);
  const port = wholeNumber(options.port, DEFAULT_PORT, 0, 65535, 'session.port');
  const minGroup = wholeNumber(options.minGroup, DEFAULT_MIN_GROUP, 1, 100, 'session.minGroup');
  const host = options.host ?? '0.0.0.0';
  const set = await loadSet(ctx);
  const folder = resolve(ctx.cwd, folderArg ?? `sessie-${localDate(new Date())}`);
  const [{ startSessionServer, terminalQr }, { renderFormPage }] = await Promise.all([
    import('../server/session-server.js'),
    import('../render/form-html.js'),
  ]);
  const { locale } = ctx;
  const lang = locale.lang;
  const running = await startSessionServer({
    set,
    locale,
    folder,
    questionsFile: ctx.questionsFile ?? null,
    host,
    port,
    minGroup,
    joinPage: (url) => renderFormPage(set, { locale, questionsFile: ctx.questionsFile ?? null, submit: { url } }),
  });
  const shownFolder = folderForPeople(ctx, folder);
  if (options.json === true) {
    ctx.stdout.write(`${JSON.stringify({ join: running.join, projector: running.projector, folder })}\n`);
  } else {
    const lines = [t('session.started'), '', t('session.join'), `  ${running.join}`, ''];
    // The QR code is drawn for a terminal; in a file or a pipe it would only be escape codes.
    if (ctx.stdout.isTTY === true)
      lines.push(t('session.scan'), await terminalQr(running.join, colorFor(ctx.stdout, ctx.env, ctx.color).level > 0));
    lines.push(t('session.projector'), `  ${running.projector}`, '', t('session.folder'), `  ${shownFolder}`, '');
    if (running.earlier > 0) lines.push(t('session.continued', { n: running.earlier }));
    const everywhere = host === '0.0.0.0' || host === '::';
    if (everywhere && running.join.includes('//127.0.0.1:')) lines.push(t('session.noNetwork'));
    else
      lines.push(
        everywhere ? t('session.network', { addresses: running.addresses.join(', ') }) : t('session.local', { host }),
      );
    lines.push(t('session.stop'), '');
    ctx.stdout.write(`${lines.join('\n')}\n`);
  }

  // Listening for Ctrl+C only now: before this, the default (stop at once) loses nothing.
  const signals = stop === undefined ? stopRequested() : undefined;
  try {
    await (stop ?? signals?.stopped);
  } finally {
    signals?.dispose();
  }
  await running.close();
  const n = running.participants();
  const summary = t(n === 1 ? 'session.summary.one' : 'session.summary.other', {
    n,
    folder: shownFolder,
    file: t('session.reportFile'),
  });
  // With --json, stdout holds only the JSON line; the summary is for the person.
  (options.json === true ? ctx.stderr : ctx.stdout).write(`${summary}\n`);
  return 0;
}

export function command(host: Host): Command {
  const t = (key: KeyOf<typeof tSession>): string => tSession(host.lang, key);
  return new Command('session')
    .description(t('session.description'))
    .argument('[folder]', t('session.argument.folder'))
    .option('--host <address>', t('session.option.host'))
    .option('--port <n>', t('session.option.port'), String(DEFAULT_PORT))
    .option('--min-group <n>', t('session.option.minGroup'), String(DEFAULT_MIN_GROUP))
    .option('--json', t('session.option.json'))
    .addHelpText('after', `\n${t('session.help.examples')}\n`)
    .action((folder: string | undefined, options: SessionOptions) =>
      host.run((ctx) => runSession(ctx, folder, options)),
    );
}
