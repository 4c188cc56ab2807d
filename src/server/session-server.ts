import type { KeyOf } from '../messages/translate.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { gzipSync } from 'node:zlib';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { groupStats } from '../core/group-stats.js';
import { localDate } from '../core/local-date.js';
import { labelParticipants } from '../core/participants.js';
import type { PreparedSet } from '../core/prepare.js';
import { formatPath, UsageError, type Problem } from '../core/problem.js';
import { toResultJson } from '../core/result-json.js';
import { scoreAnswers, type Result } from '../core/score.js';
import type { Lang } from '../core/text.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { parseAnswers } from '../io/load.js';
import { scoreFiles } from '../io/score-files.js';
import { newSecret, openSessionFolder, participantFile, participantIdOf } from '../io/session-folder.js';
import { problemMessage } from '../messages/problems.js';
import type { Locale } from '../messages/locale.js';
import { tSession } from '../messages/session.js';
import { answersFileText } from '../render/answers-yaml.js';
import { wordGroupStats } from '../render/worded.js';
import {
  projectorCount,
  renderProjectorLive,
  renderProjectorPage,
  type ProjectorView,
} from '../render/projector-html.js';
import { SESSION_LIMITS, type SessionLimits } from './limits.js';

// The HTTP side of `kantellat session`. Only three things are served, each under an unguessable
// code: the participant page and its answers endpoint (the join code), and the projector page
// with its live updates (the projector token). Everything else is a 404 that counts as a wrong
// guess; an address with too many wrong guesses is refused altogether for a while, so guessing
// the code is hopeless. An answer is checked exactly as an answer file is (parseAnswers), and
// written as one, atomically, before the reply says it was received.

/** What the command gives the server. */
export interface SessionServerOptions {
  set: PreparedSet;
  /** The run's language: the server's replies, the projector and the answers' JSON labels are in it. */
  locale: Locale;
  /** The session folder (absolute). */
  folder: string;
  /** `--questions FILE` as given, named in the answer files' "score this again" line. */
  questionsFile: string | null;
  /** Address to listen on: 0.0.0.0 for every network. */
  host: string;
  port: number;
  minGroup: number;
  /** The participant page, sending its answers to `submitUrl`. */
  joinPage: (submitUrl: string) => string;
  limits?: SessionLimits;
  now?: () => Date;
}

/** A running session. */
export interface RunningSession {
  /** The join address for phones, and the projector address. */
  join: string;
  projector: string;
  /** The addresses (host:port) phones can reach the server on, for the message on the terminal. */
  addresses: string[];
  /** Participants with a file in the folder: those of earlier runs and of this one. */
  participants(): number;
  /** Participants found in the folder when it started. */
  earlier: number;
  /** Stops taking requests, finishes those under way (writes included), ends live updates. */
  close(): Promise<void>;
}

/** Answers of several people arriving together make one projector update, not one each. */
const UPDATE_DELAY_MS = 250;

/** Paths browsers ask for by themselves: not found, but no wrong guess either. */
const BROWSER_PATHS = new Set([
  '/favicon.ico',
  '/apple-touch-icon.png',
  '/apple-touch-icon-precomposed.png',
  '/robots.txt',
]);

const SECRET_HEADER = 'x-participant-secret';

/** Headers every response carries: nothing to sniff, cache, frame or refer to. */
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Pages carry their own strict policy (script and style by hash) in a meta element; this header
 * adds what a meta element cannot say: no framing by another site.
 */
const PAGE_HEADERS = {
  ...COMMON_HEADERS,
  'content-security-policy': "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

function hostName(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

/** Adapters of virtual machines and containers: phones in the room cannot reach their addresses. */
const VIRTUAL_ADAPTER = /docker|^br-|^veth|vethernet|virtualbox|vmnet|vboxnet|wsl|hyper-v|^utun|^tailscale|^zt/i;

/**
 * The addresses this computer has on its networks, IPv4 first (phones type those most easily),
 * and within each those of real adapters (Wi-Fi, Ethernet) before virtual ones.
 */
function interfaceAddresses(): { v4: string[]; v6: string[] } {
  const found: Array<{ address: string; v4: boolean; rank: number }> = [];
  for (const [name, list] of Object.entries(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family !== 'IPv4' && info.address.startsWith('fe80:')) continue;
      found.push({
        address: info.address,
        v4: info.family === 'IPv4',
        rank: info.internal ? 2 : VIRTUAL_ADAPTER.test(name) ? 1 : 0,
      });
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  return {
    v4: found.filter((item) => item.v4).map((item) => item.address),
    v6: found.filter((item) => !item.v4).map((item) => item.address),
  };
}

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === 'localhost';
}

/** The Host headers the server answers to: its addresses with the port, and localhost on a loopback. */
function servedHosts(host: string, port: number): { hosts: Set<string>; phone: string; addresses: string[] } {
  const everywhere = host === '0.0.0.0' || host === '::';
  const { v4, v6 } = interfaceAddresses();
  const names = everywhere ? [...v4, ...(host === '::' ? v6 : [])] : [host];
  const hosts = new Set<string>();
  for (const name of names) hosts.add(`${hostName(name)}:${port}`.toLowerCase());
  if (everywhere || isLoopback(host)) hosts.add(`localhost:${port}`);
  if (everywhere) hosts.add(`127.0.0.1:${port}`);
  const external =
    names.find((name) => !isLoopback(name) && !name.includes(':')) ?? names.find((name) => !isLoopback(name));
  const phone = everywhere ? (external ?? '127.0.0.1') : host;
  // For the message on the terminal: the addresses phones can use, not this computer's own loopback.
  const addresses = [...hosts].filter((item) => !/^(localhost|127\.|\[::1\])/.test(item));
  return { hosts, phone: hostName(phone), addresses };
}

/** A problem of a posted answer document in words, with where in the document it is. */
function describeProblem(p: Problem, lang: Lang): string {
  const where = p.path.length > 0 ? ` (${formatPath(p.path)})` : '';
  return `${problemMessage(p, lang)}${where}`;
}

function send(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).headers(COMMON_HEADERS).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  return send(reply, status, { error: { message } });
}

/**
 * Runs an answer through everything a submission and a projector update use, without writing
 * it: the first participants of a room arriving at once would otherwise wait while the loader,
 * the scorer, the file writer and the report sections are compiled.
 */
function warmUp(set: PreparedSet, locale: Locale, minGroup: number): void {
  const { lang } = locale;
  const answers = Object.fromEntries(set.questions.map((question) => [question.id, question.options[0]?.id ?? null]));
  const parsed = parseAnswers(
    JSON.stringify({ questionSet: set.id, version: set.version, date: '2026-01-01', answers }),
    set,
    { file: 'answers' },
  );
  if (!parsed.ok) return;
  const choices = new Map<string, string>();
  for (const [question, option] of parsed.answers.choices) if (option !== null) choices.set(question, option);
  answersFileText(set, { respondent: null, date: '2026-01-01', choices, notes: new Map() }, locale, null, 'session');
  const result = scoreAnswers(set, parsed.answers);
  toResultJson(result, null, locale);
  const stats = wordGroupStats(
    groupStats(set, labelParticipants([result, result, result], false), { named: false }),
    locale,
  );
  renderProjectorLive({ count: 3, minGroup: Math.min(minGroup, 3), stats, lang });
}

/** Starts the session server on `options.folder`, continuing a session that is there. */
export async function startSessionServer(options: SessionServerOptions): Promise<RunningSession> {
  const { set, locale } = options;
  const { lang } = locale;
  const limits = options.limits ?? SESSION_LIMITS;
  const now = options.now ?? (() => new Date());
  const t = (key: KeyOf<typeof tSession>, params: Record<string, string | number> = {}): string =>
    tSession(lang, key, params);
  const session = await openSessionFolder(options.folder, set.id, now());
  const files = session.participants;
  const earlier = files.size;

  // Every participant's latest result, for the projector. Files of earlier runs are scored as
  // `kantellat report` would; one that has become unreadable is left out of the picture.
  const results = new Map<string, Result>();
  const ids = [...files.keys()];
  let index = 0;
  for await (const outcome of scoreFiles([...files.values()], set, {})) {
    const id = ids[index++];
    if (outcome.ok && id !== undefined) results.set(id, outcome.result);
  }

  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Node checks the header and request timeouts only every `connectionsCheckingInterval`.
    serverFactory: (handler) =>
      createServer(
        {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          connectionsCheckingInterval: limits.timeoutCheckMs,
          maxHeaderSize: 16 * 1024,
        },
        handler,
      ),
  });

  await app.register(rateLimit, { global: false, max: limits.wrongCodes, timeWindow: limits.wrongCodeWindowMs });
  const wrongCode = app.createRateLimit({ max: limits.wrongCodes, timeWindow: limits.wrongCodeWindowMs });

  let hosts = new Set<string>();
  app.addHook('onRequest', async (request, reply) => {
    // DNS rebinding: a page on another name that resolves to this computer gets nothing.
    if (!hosts.has((request.headers.host ?? '').toLowerCase())) return refuse(reply, 421, t('http.host'));
    // A look at the count without adding to it: `limits.wrongCodes` wrong guesses are answered, the next is not.
    const status = await wrongCode(request, { increment: false });
    if (!status.isAllowed && (status.isExceeded || status.remaining <= 0)) return refuse(reply, 429, t('http.tooMany'));
    return undefined;
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (!BROWSER_PATHS.has(request.url)) await wrongCode(request);
    return refuse(reply, 404, t('http.notFound'));
  });

  app.setErrorHandler(async (error: { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return refuse(reply, 413, t('http.tooLarge', { limit: Math.round(limits.bodyBytes / 1024) }));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415)
      return refuse(reply, 415, t('http.mediaType'));
    if (status === 408) return refuse(reply, 408, t('http.timeout'));
    if (status >= 400 && status < 500) return refuse(reply, status, t('http.bad'));
    return refuse(reply, 500, t('http.saveFailed'));
  });

  // The body stays text: parseAnswers reads it with the same loader as an answer file.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: limits.bodyBytes },
    (_request, body, done) => done(null, body),
  );

  const base = `/s/${session.state.join}/`;
  const projectorBase = `/p/${session.state.projector}/`;
  let submissions = 0;
  // Revisions of one participant are written one after another, so the last one sent is the one kept.
  const queues = new Map<string, Promise<unknown>>();

  async function accept(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const body = typeof request.body === 'string' ? request.body : '';
    try {
      JSON.parse(body);
    } catch {
      return refuse(reply, 400, t('http.invalidJson'));
    }
    const parsed = parseAnswers(body, set, { file: 'answers' });
    if (!parsed.ok) {
      const problems = parsed.problems.filter((p) => p.severity === 'error');
      const shown = problems.slice(0, 3).map((p) => describeProblem(p, lang));
      if (problems.length > 3) shown.push('…');
      return refuse(reply, 400, t('http.invalid', { problems: shown.join('; ') }));
    }
    const header = request.headers[SECRET_HEADER];
    const given = typeof header === 'string' && header !== '' ? header : null;
    let secret: string | null = null;
    let id: string;
    if (given !== null) {
      id = participantIdOf(given);
      if (!files.has(id) || given.length > 100) {
        await wrongCode(request);
        return refuse(reply, 403, t('http.unknownSecret'));
      }
    } else {
      if (files.size >= limits.participants) return refuse(reply, 403, t('http.full', { max: limits.participants }));
      secret = newSecret();
      id = participantIdOf(secret);
    }
    if (submissions >= limits.submissions) return refuse(reply, 429, t('http.busy', { max: limits.submissions }));
    submissions += 1;

    const answers = parsed.answers;
    const respondent = answers.respondent?.trim() ?? '';
    const date = answers.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(answers.date) ? answers.date : localDate(now());
    const choices = new Map<string, string>();
    for (const [question, option] of answers.choices) if (option !== null) choices.set(question, option);
    const text = answersFileText(
      set,
      { respondent: respondent === '' ? null : respondent, date, choices, notes: answers.notes },
      locale,
      options.questionsFile,
      'session',
    );
    const path = participantFile(session.folder, id);
    // A new participant reserves the id at once, so a second submission cannot take it meanwhile.
    const isNew = secret !== null;
    if (isNew) files.set(id, path);
    // writeFileAtomic, as saveAnswersFile does, without making the folder again: it was made at the start.
    const write = (queues.get(id) ?? Promise.resolve()).then(() =>
      writeFileAtomic(path, text, { overwrite: !isNew, mode: 0o600, strayTempsRemoved: true }),
    );
    const queued = write.catch(() => undefined);
    queues.set(id, queued);
    try {
      await write;
    } catch (error) {
      if (isNew) files.delete(id);
      submissions -= 1;
      if (error instanceof UsageError) return refuse(reply, 500, t('http.saveFailed'));
      throw error;
    } finally {
      if (queues.get(id) === queued) queues.delete(id);
    }
    // Scored from what was read, as `kantellat score` would score the file just written.
    const result = scoreAnswers(set, { ...answers, respondent: respondent === '' ? null : respondent, date });
    results.set(id, result);
    scheduleUpdate();
    const json = toResultJson(result, null, locale);
    return isNew
      ? send(reply, 201, { participant: id, secret, result: json })
      : send(reply, 200, { participant: id, result: json });
  }

  // The page is the same for everyone: made and compressed once, before the first visitor, so a
  // room arriving at once costs sending bytes and nothing more (about 150 kB, 40 kB compressed).
  const joinPage = Buffer.from(options.joinPage(`${base}answers`), 'utf8');
  const joinPageGzip = gzipSync(joinPage);
  app.get(base, async (request, reply) => {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    reply.code(200).headers(PAGE_HEADERS).header('vary', 'accept-encoding').type('text/html; charset=utf-8');
    return gzip ? reply.header('content-encoding', 'gzip').send(joinPageGzip) : reply.send(joinPage);
  });
  app.get(base.slice(0, -1), async (_request, reply) =>
    reply.code(301).headers(COMMON_HEADERS).header('location', base).send(),
  );
  app.post(`${base}answers`, accept);

  // The projector: the page, and its live updates as server-sent events.
  const viewers = new Set<ServerResponse<IncomingMessage>>();
  const view = (): ProjectorView => {
    const count = results.size;
    const stats =
      count >= options.minGroup
        ? wordGroupStats(groupStats(set, labelParticipants([...results.values()], false), { named: false }), locale)
        : null;
    return { count, minGroup: options.minGroup, stats, lang };
  };
  const event = (name: string, data: unknown): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  const updateOf = (current: ProjectorView): string =>
    event('update', { count: projectorCount(current), html: renderProjectorLive(current) });
  let timer: NodeJS.Timeout | undefined;
  function scheduleUpdate(): void {
    if (timer !== undefined || viewers.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      const message = updateOf(view());
      for (const viewer of viewers) viewer.write(message);
    }, UPDATE_DELAY_MS);
  }
  const heartbeat = setInterval(() => {
    for (const viewer of viewers) viewer.write(': \n\n');
  }, limits.heartbeatMs);
  heartbeat.unref();

  let joinUrl = '';
  let qr = '';
  app.get(projectorBase, async (_request, reply) => {
    const page = renderProjectorPage(view(), { title: locale.text(set.title), joinUrl, joinQrSvg: qr });
    return reply.code(200).headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(page);
  });
  app.get(projectorBase.slice(0, -1), async (_request, reply) =>
    reply.code(301).headers(COMMON_HEADERS).header('location', projectorBase).send(),
  );
  app.get(`${projectorBase}events`, async (request, reply) => {
    if (viewers.size >= limits.projectors) return refuse(reply, 429, t('http.projectors', { max: limits.projectors }));
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    raw.write(`retry: 2000\n\n${updateOf(view())}`);
    viewers.add(raw);
    request.raw.on('close', () => viewers.delete(raw));
    return reply;
  });

  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    if (timer !== undefined) clearTimeout(timer);
    for (const viewer of viewers) viewer.end(event('end', {}));
    viewers.clear();
  });

  warmUp(set, locale, options.minGroup);
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    throw new UsageError('session.listen', { host: options.host, port: options.port, reason });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const served = servedHosts(options.host, port);
  hosts = served.hosts;
  joinUrl = `http://${served.phone}:${port}${base}`;
  qr = await QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  // Fastify's own request path is compiled on first use too: go through it once, in memory
  // (inject opens no socket), with an answer so broken that nothing is written.
  const host = `127.0.0.1:${port}`;
  if (hosts.has(host)) {
    await app.inject({ method: 'GET', url: base, headers: { host, 'accept-encoding': 'gzip' } });
    await app.inject({
      method: 'POST',
      url: `${base}answers`,
      headers: { host, 'content-type': 'application/json' },
      payload: '{',
    });
  }
  // The projector is opened on the trainer's own computer: through the loopback when it is served there.
  const projectorHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host === '::' ? '[::1]' : served.phone;

  return {
    join: joinUrl,
    projector: `http://${projectorHost}:${port}${projectorBase}`,
    addresses: served.addresses,
    participants: () => files.size,
    earlier,
    close: async () => {
      await app.close();
    },
  };
}

/**
 * The join address as a QR code for a terminal, two rows per character so it fits a laptop
 * screen: dark on a light background drawn with colour codes, or without colour as plain block
 * characters (light on the terminal's dark background; most phone cameras read those too).
 */
export async function terminalQr(url: string, color: boolean): Promise<string> {
  return QRCode.toString(
    url,
    color ? { type: 'terminal', small: true, errorCorrectionLevel: 'M' } : { type: 'utf8', errorCorrectionLevel: 'M' },
  );
}
