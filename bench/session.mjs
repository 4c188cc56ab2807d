// The `session` case of `npm run bench` (bench/bench.mjs): a room of participants against
// `kantellat session` on 127.0.0.1 only. Every participant fetches the join page and submits
// one answer document, arriving spread over the first seconds as a room does after "scan the
// code now". Measured: every request's time (p50, p99, max), whether every acknowledged answer
// is on disk as a whole answer file, and the server's resident memory before and after.
//
// Bounded: a fixed number of participants, each with one page fetch and one submission, and
// the whole case stops after BENCH_SESSION_LIMIT_MS whatever happens.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The whole case (start, load, check, stop) ends within this time, or fails. */
const LIMIT_MS = 60_000;

/** Resident memory of a process in kB, from /proc (Linux); null where there is no /proc. */
function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? null : Number(match[1]);
  } catch {
    return null;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic random source (mulberry32), so every run sends the same answers. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One HTTP request on loopback; resolves with status, body and the time it took in ms. */
function timed(url, { method = 'GET', headers = {}, body } = {}) {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`the bench only talks to 127.0.0.1, not ${target.hostname}`);
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: Number(process.hrtime.bigint() - start) / 1e6,
        }),
      );
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${url}: no answer within 10 s`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs the case. `bin`: bin/kantellat.js; `env`: the environment kantellat runs in; `work`: a
 * scratch folder; `participants`: how many; `spreadMs`: over how long they arrive; `nodeArgs`:
 * for Node itself (--cpu-prof to see where the server spends its time).
 */
export async function benchSession({ root, bin, env, work, log, participants = 200, spreadMs = 6_000, nodeArgs = [] }) {
  const library = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const set = await library.loadQuestionSet();
  const folder = join(work, 'session');
  const child = spawn(
    process.execPath,
    [...nodeArgs, bin, 'session', folder, '--host', '127.0.0.1', '--port', '0', '--json'],
    { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  try {
    const info = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const end = out.indexOf('\n');
        if (end !== -1) resolve(JSON.parse(out.slice(0, end)));
      });
      void exited.then(({ code }) =>
        reject(new Error(`kantellat session exited (${code}) before listening:\n${stderr}`)),
      );
    });
    // Settled after start: what the server holds before anyone comes in.
    await sleep(500);
    const before = rssOf(child.pid);

    const next = random(20261130);
    const choose = (question) => {
      const options = question.options;
      return options[Math.floor(next() * options.length)]?.id ?? options[0].id;
    };
    const people = Array.from({ length: participants }, (_, i) => {
      const answers = Object.fromEntries(set.questions.map((question) => [question.id, choose(question)]));
      const doc = { questionSet: set.id, version: set.version, date: '2026-11-30', answers };
      if (i % 3 === 0) doc.respondent = `Deelnemer ${i + 1}`;
      if (i % 4 === 0)
        doc.notes = {
          [set.questions[i % set.questions.length].id]: `Een notitie van deelnemer ${i + 1}, met wat meer tekst erbij.`,
        };
      return { at: Math.floor(next() * spreadMs), body: JSON.stringify(doc) };
    });

    const times = [];
    const pageTimes = [];
    const submitTimes = [];
    const acknowledged = [];
    const failures = [];
    const started = process.hrtime.bigint();
    await Promise.all(
      people.map(async (person) => {
        await sleep(person.at);
        try {
          const page = await timed(info.join, { headers: { 'accept-encoding': 'gzip' } });
          times.push(page.ms);
          pageTimes.push(page.ms);
          if (page.status !== 200) throw new Error(`page: HTTP ${page.status}`);
          const sent = await timed(`${info.join}answers`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: person.body,
          });
          times.push(sent.ms);
          if (process.env.BENCH_SESSION_TRACE === '1')
            log(`  ${person.at} ms: page ${page.ms.toFixed(0)} submit ${sent.ms.toFixed(0)}`);
          submitTimes.push(sent.ms);
          if (sent.status !== 201) throw new Error(`submit: HTTP ${sent.status} ${sent.body.slice(0, 200)}`);
          acknowledged.push(JSON.parse(sent.body).participant);
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await sleep(500);
    const after = rssOf(child.pid);

    // Every acknowledged answer is a whole answer file that checks against the set.
    const files = new Set(readdirSync(folder).filter((name) => /^deelnemer-[0-9a-f]+\.yaml$/.test(name)));
    let whole = 0;
    for (const name of files) if (library.parseAnswers(readFileSync(join(folder, name)), set).ok) whole += 1;
    const lost = acknowledged.filter((id) => !files.has(`deelnemer-${id}.yaml`)).length + failures.length;

    child.kill('SIGINT');
    const { code } = await exited;
    if (code !== 0) throw new Error(`kantellat session ended with ${code} after Ctrl+C:\n${stderr}`);
    const sorted = [...times].sort((a, b) => a - b);
    const p99Of = (values) =>
      percentile(
        [...values].sort((a, b) => a - b),
        99,
      );
    const result = {
      participants,
      requests: times.length,
      seconds: Math.round(seconds * 100) / 100,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      p99Page: p99Of(pageTimes),
      p99Submit: p99Of(submitTimes),
      max: sorted.at(-1),
      acknowledged: acknowledged.length,
      files: files.size,
      whole,
      lost,
      failures: failures.slice(0, 5),
      rssBeforeKB: before,
      rssAfterKB: after,
    };
    log(
      `session: ${participants} participants in ${result.seconds} s, ${result.requests} requests, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms (page ${result.p99Page.toFixed(1)}, submit ${result.p99Submit.toFixed(1)}), max ${result.max.toFixed(1)} ms; ${result.files} files (${whole} whole), ${lost} lost; RSS ${before} kB -> ${after} kB`,
    );
    if (failures.length > 0) log(`session: failures: ${failures.slice(0, 5).join(' | ')}`);
    return result;
  } finally {
    clearTimeout(deadline);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}
