import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PreparedSet } from '../../src/core/prepare.js';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { SESSION_LIMITS, type SessionLimits } from '../../src/server/limits.js';
import { scaleAnswers } from '../helpers/answer-scale.js';
import { startSessionServer, type RunningSession } from '../../src/server/session-server.js';
import { localeOf } from '../../src/messages/locale.js';

// The session server in-process on 127.0.0.1 (port 0), with the same limits as `kantellat
// session` except shorter timeouts and fewer allowed wrong codes, so the hostile cases finish
// quickly. Every loop here is bounded.

const set: PreparedSet = await loadQuestionSet();
const { LOW, SOME, OFTEN, TOP } = scaleAnswers(set);
const temp = mkdtempSync(join(tmpdir(), 'kantellat-session-server-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const TEST_LIMITS: SessionLimits = {
  ...SESSION_LIMITS,
  headersTimeoutMs: 400,
  requestTimeoutMs: 1500,
  timeoutCheckMs: 100,
  wrongCodes: 5,
};
const JOIN_PAGE = '<!DOCTYPE html><html lang="nl"><title>test</title><p>join</p></html>';

let folders = 0;
async function start(
  options: { folder?: string; minGroup?: number; limits?: Partial<SessionLimits> } = {},
): Promise<RunningSession & { folder: string }> {
  const folder = options.folder ?? join(temp, `session-${++folders}`);
  const running = await startSessionServer({
    set,
    locale: localeOf('nl'),
    folder,
    questionsFile: null,
    host: '127.0.0.1',
    port: 0,
    minGroup: options.minGroup ?? 3,
    joinPage: () => JOIN_PAGE,
    limits: { ...TEST_LIMITS, ...options.limits },
  });
  return { ...running, folder };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with full control over headers (fetch would not send another Host). */
function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    // The server may answer (413) and close before a huge body is sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: -1, headers: {}, body: '' })
        : reject(error),
    );
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

function answerDocument(choice: string, extra: Record<string, unknown> = {}): string {
  const answers = Object.fromEntries(set.questions.map((question) => [question.id, choice]));
  return JSON.stringify({ questionSet: set.id, version: set.version, date: '2026-11-30', answers, ...extra });
}

function post(running: RunningSession, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(`${running.join}answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

/** The files in a session folder other than its state file: answer files and anything left over. */
function written(folder: string): string[] {
  return readdirSync(folder).filter((name) => name !== '.kantellat-session.json');
}

describe('session server on 127.0.0.1', () => {
  it('refuses hostile requests and writes nothing', async () => {
    const running = await start();
    try {
      const origin = new URL(running.join).origin;
      const code = new URL(running.join).pathname.split('/')[2] ?? '';
      // A Host header of another name (DNS rebinding): refused before anything else.
      const rebinding = await send(running.join, { headers: { host: `evil.example:${new URL(running.join).port}` } });
      expect(rebinding.status).toBe(421);
      const rebindingPost = await send(`${running.join}answers`, {
        method: 'POST',
        headers: { host: 'evil.example', 'content-type': 'application/json' },
        body: answerDocument(OFTEN),
      });
      expect(rebindingPost.status).toBe(421);
      // Path traversal, in several spellings: nothing but the exact paths exists.
      for (const path of [
        `/s/${code}/../../../etc/passwd`,
        `/s/${code}/..%2f..%2f..%2fetc%2fpasswd`,
        '/%2e%2e/%2e%2e/etc/passwd',
        `/s/${code}/answers/../../`,
      ]) {
        expect((await send(`${origin}${path}`)).status).toBe(404);
      }
      // Invalid JSON, the wrong kind of body, an answer file that does not fit the set.
      const invalid = await post(running, '{"questionSet": "kantellat",');
      expect(invalid.status).toBe(400);
      expect(JSON.parse(invalid.body).error.message).toMatch(/geen geldige JSON/);
      expect(
        (
          await send(`${running.join}answers`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: answerDocument(OFTEN),
          })
        ).status,
      ).toBe(415);
      const wrong = await post(running, answerDocument('misschien'));
      expect(wrong.status).toBe(400);
      expect(JSON.parse(wrong.body).error.message).toMatch(/misschien/);
      expect(
        (await post(running, JSON.stringify({ questionSet: 'iets-anders', version: '1.0.0', answers: {} }))).status,
      ).toBe(400);
      expect(
        (await post(running, '{"__proto__": {"x": 1}, "questionSet": "kantellat", "version": "1.0.0"}')).status,
      ).toBe(400);
      // 10 MB: refused at the 64 kB limit (or the connection is cut while sending).
      const huge = await post(running, `{"notes": {"a": "${'x'.repeat(10 * 1024 * 1024)}"}}`);
      expect([413, -1]).toContain(huge.status);
      expect(written(running.folder)).toEqual([]);
    } finally {
      await running.close();
    }
    expect(written(running.folder)).toEqual([]);
  });

  it('cuts off a client that sends its headers too slowly', async () => {
    const running = await start();
    try {
      const url = new URL(running.join);
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const started = Date.now();
        const socket = connect(Number(url.port), '127.0.0.1');
        socket.on('connect', () => socket.write(`POST ${url.pathname}answers HTTP/1.1\r\nHost: ${url.host}\r\n`));
        // A header line now and then, never the end of the headers: at most 20 lines.
        let lines = 0;
        const drip = setInterval(() => {
          if (lines++ < 20 && !socket.destroyed) socket.write(`X-Slow-${lines}: 1\r\n`);
        }, 150);
        socket.on('data', () => undefined);
        socket.on('close', () => {
          clearInterval(drip);
          resolve(Date.now() - started);
        });
        socket.on('error', () => undefined);
        setTimeout(() => {
          clearInterval(drip);
          socket.destroy();
          reject(new Error('the server kept a slow client for 5 s'));
        }, 5000).unref();
      });
      expect(closedAfter).toBeLessThan(3000);
      expect(written(running.folder)).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('rate-limits wrong codes per address: after the limit even the right code is refused', async () => {
    const running = await start();
    try {
      const origin = new URL(running.join).origin;
      const statuses: number[] = [];
      for (let i = 0; i < TEST_LIMITS.wrongCodes + 2; i++) statuses.push((await send(`${origin}/s/guess${i}/`)).status);
      expect(statuses.slice(0, TEST_LIMITS.wrongCodes)).toEqual(Array(TEST_LIMITS.wrongCodes).fill(404));
      expect(statuses.slice(TEST_LIMITS.wrongCodes)).toEqual([429, 429]);
      // Guessing the code now gains nothing: the right one is refused too.
      expect((await send(running.join)).status).toBe(429);
      expect((await post(running, answerDocument(OFTEN))).status).toBe(429);
      expect(written(running.folder)).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('counts a wrong participant secret as a wrong code and changes nothing', async () => {
    const running = await start();
    try {
      const first = await post(running, answerDocument(OFTEN));
      expect(first.status).toBe(201);
      const before = written(running.folder);
      const file = join(running.folder, before[0] ?? '');
      const content = readFileSync(file, 'utf8');
      const guess = await post(running, answerDocument(LOW), { 'x-participant-secret': 'a'.repeat(43) });
      expect(guess.status).toBe(403);
      expect(written(running.folder)).toEqual(before);
      expect(readFileSync(file, 'utf8')).toBe(content);
    } finally {
      await running.close();
    }
  });

  it('saves an answer as an answer file (0600) before the 201, and a revision replaces it, also after a restart', async () => {
    const first = await start();
    let secret = '';
    let participant = '';
    try {
      const reply = await post(
        first,
        answerDocument(OFTEN, { respondent: '  Anna  ', notes: { [set.questions[0]?.id ?? '']: 'een notitie' } }),
      );
      expect(reply.status).toBe(201);
      const body = JSON.parse(reply.body);
      ({ secret, participant } = body);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(body.result.respondent).toBe('Anna');
      expect(body.result.file).toBeNull();
      const files = written(first.folder);
      expect(files).toEqual([`deelnemer-${participant}.yaml`]);
      const file = join(first.folder, files[0] ?? '');
      // Nobody else on the computer may read personal answers.
      expect(readFileSync(file).length).toBeGreaterThan(0);
      const { statSync } = await import('node:fs');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // The file is an ordinary answer file: the same answers come back from it.
      const parsed = parseAnswers(readFileSync(file), set);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        expect([...parsed.answers.choices.values()].every((choice) => choice === OFTEN)).toBe(true);
        expect(parsed.answers.respondent).toBe('Anna');
      }
      const revised = await post(first, answerDocument(TOP), { 'x-participant-secret': secret });
      expect(revised.status).toBe(200);
      expect(JSON.parse(revised.body).participant).toBe(participant);
      expect(written(first.folder)).toEqual(files);
      const again = parseAnswers(readFileSync(file), set);
      expect(again.ok && [...again.answers.choices.values()].every((choice) => choice === TOP)).toBe(true);
    } finally {
      await first.close();
    }
    // Started again on the folder: the same codes, and the participant's secret still works.
    const second = await start({ folder: first.folder });
    try {
      expect(new URL(second.join).pathname).toBe(new URL(first.join).pathname);
      expect(second.earlier).toBe(1);
      const revised = await post(second, answerDocument(SOME), { 'x-participant-secret': secret });
      expect(revised.status).toBe(200);
      expect(written(second.folder)).toEqual([`deelnemer-${participant}.yaml`]);
    } finally {
      await second.close();
    }
  });

  it('removes the temp files of writes killed halfway when it opens the folder, and keeps everything else', async () => {
    const folder = join(temp, 'strays');
    const first = await start({ folder });
    await first.close();
    const { writeFileSync } = await import('node:fs');
    // A process id that is not running: the write that left this was killed.
    const stray = '.deelnemer-0123456789abcdef01234567.yaml.999999999.0123abcd.tmp';
    writeFileSync(join(folder, stray), 'questionSet: kant');
    writeFileSync(join(folder, 'notities.txt'), 'van de trainer');
    const second = await start({ folder });
    await second.close();
    expect(readdirSync(folder).sort()).toEqual(['.kantellat-session.json', 'notities.txt']);
  });

  it('refuses a folder that is a session of another question set', async () => {
    const folder = join(temp, 'other-set');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(
      join(folder, '.kantellat-session.json'),
      JSON.stringify({
        kind: 'kantellat-session',
        version: 1,
        questionSet: 'iets-anders',
        join: 'abcdefghjk',
        projector: 'abcdefghijklmnopqrstuvwx',
        created: '2026-11-30T09:00:00.000Z',
      }),
    );
    await expect(start({ folder })).rejects.toMatchObject({ code: 'session.otherSet' });
  });

  it('refuses new participants beyond the cap, with a message, while revisions still work', async () => {
    const running = await start({ limits: { participants: 2 } });
    try {
      const one = JSON.parse((await post(running, answerDocument(OFTEN))).body);
      expect((await post(running, answerDocument(SOME))).status).toBe(201);
      const third = await post(running, answerDocument(LOW));
      expect(third.status).toBe(403);
      expect(JSON.parse(third.body).error.message).toMatch(/vol/);
      expect((await post(running, answerDocument(TOP), { 'x-participant-secret': one.secret })).status).toBe(200);
      expect(written(running.folder)).toHaveLength(2);
    } finally {
      await running.close();
    }
  });

  it('finishes the writes under way when it closes: every acknowledged answer is on disk', async () => {
    const running = await start();
    const replies = Array.from({ length: 20 }, (_, i) => post(running, answerDocument(i % 2 === 0 ? OFTEN : SOME)));
    // Close while the requests are arriving and being written.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const closing = running.close();
    const done = await Promise.all(replies.map((reply) => reply.catch(() => ({ status: -1, headers: {}, body: '' }))));
    await closing;
    const acknowledged = done
      .filter((reply) => reply.status === 201)
      .map((reply) => `deelnemer-${JSON.parse(reply.body).participant}.yaml`);
    const files = written(running.folder);
    for (const name of acknowledged) expect(files).toContain(name);
    // Nothing half-written is left: every file is a whole answer file.
    for (const name of files) expect(parseAnswers(readFileSync(join(running.folder, name)), set).ok).toBe(true);
  });

  it('sends the projector nothing of the group before the minimum, and the group after it', async () => {
    const running = await start({ minGroup: 3 });
    const updates: string[] = [];
    const events = new AbortController();
    try {
      const response = await fetch(running.projector.replace(/\/$/, '/events'), { signal: events.signal });
      expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      /** Reads until `n` update events have come (at most 5 s). */
      const until = async (n: number): Promise<void> => {
        const deadline = Date.now() + 5000;
        while (updates.length < n && Date.now() < deadline && reader !== undefined) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^event: update\ndata: (.*)$/m.exec(block);
            if (data?.[1] !== undefined) updates.push(data[1]);
          }
        }
      };
      await until(1);
      const names = ['Anna Geheim', 'Bram Geheim', 'Carla Geheim'];
      for (const [i, name] of names.entries()) {
        expect(
          (
            await post(
              running,
              answerDocument([OFTEN, SOME, LOW][i] ?? OFTEN, {
                respondent: name,
                notes: { [set.questions[0]?.id ?? '']: 'persoonlijke notitie' },
              }),
            )
          ).status,
        ).toBe(201);
        await until(i + 2);
      }
      const views = updates.map((update) => JSON.parse(update) as { count: string; html: string });
      expect(views.map((view) => view.count)).toEqual([
        'Nog geen antwoorden',
        '1 antwoord',
        '2 antwoorden',
        '3 antwoorden',
      ]);
      for (const view of views.slice(0, 3)) {
        expect(view.html).not.toContain('<section');
        expect(view.html).toMatch(/vanaf 3 antwoorden/);
      }
      const last = views[3]?.html ?? '';
      expect(last).toContain('id="themes"');
      expect(last).toContain('id="starters"');
      expect(last).not.toMatch(/Geheim|persoonlijke notitie|deelnemer-/);
    } finally {
      events.abort();
      await running.close();
    }
  });
});
