// `npm run bench`: how fast kantellat starts and how it scales, side by side with the floor
// each figure can be held against. Each pair runs in one session, alternating the two
// commands (A B, B A, A B, ...) after a warm-up, so that a busy machine slows both alike; the
// verdict is the ratio of the two medians. Prints a table and writes bench/results.json.
//
// A benchmark, not a test: nothing here runs in `npm test`.
//
// Knobs (environment):
//   BENCH_QUICK=1       fewer runs, 1,000 and 10,000 files instead of 10,000 and 100,000
//   BENCH_ONLY=a,b      only these cases: version, score-one (with score-one-uncached), score-many, memory, check,
//                       form-size, form (first question in Chromium with the CPU throttled 4x), session
//   BENCH_RUNS=n        timed runs for the fast cases (default 15, quick 7)
//   BENCH_SLOW_RUNS=n   timed runs for the cases over many files (default 5)
//   BENCH_FILES=n       files for score-many and the small side of memory (default 10,000)
//   BENCH_HUGE_FILES=n  files for the large side of memory (default 100,000)
//   BENCH_OUT=path      where to write the results (default bench/results.json; "-" for none)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { benchSession } from './session.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'kantellat.js');
const node = process.execPath;
const env = process.env;

const quick = env.BENCH_QUICK === '1';
const only = env.BENCH_ONLY === undefined ? undefined : new Set(env.BENCH_ONLY.split(',').map((name) => name.trim()));
const count = (name, fallback) => {
  const value = env[name];
  return value !== undefined && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback;
};
const FAST_RUNS = count('BENCH_RUNS', quick ? 7 : 15);
const SLOW_RUNS = count('BENCH_SLOW_RUNS', 5);
const MANY = count('BENCH_FILES', quick ? 1_000 : 10_000);
const HUGE = count('BENCH_HUGE_FILES', quick ? 10_000 : 100_000);
const WARMUP = 2;

const work = mkdtempSync(join(tmpdir(), 'kantellat-bench-'));
const home = join(work, 'home');
/**
 * The environment kantellat runs in: no colour, Dutch, its own empty data folder, and its own
 * code cache (src/code-cache.ts), which the warm-up rounds fill as a user's first run would.
 */
const cliEnv = {
  ...env,
  NO_COLOR: '1',
  KANTELLAT_HOME: home,
  KANTELLAT_LANG: 'nl',
  KANTELLAT_CACHE_DIR: join(work, 'cache'),
};
delete cliEnv.FORCE_COLOR;
delete cliEnv.NODE_DISABLE_COMPILE_CACHE;

const log = (text) => process.stderr.write(`${text}\n`);
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs a command to its end with output thrown away; fails loudly when it does not succeed. */
function runOnce(command, { rssFile } = {}) {
  const args =
    rssFile === undefined
      ? command.args
      : ['--import', pathToImport(join(root, 'bench', 'max-rss.mjs')), ...command.args];
  const start = process.hrtime.bigint();
  const run = spawnSync(node, args, {
    cwd: command.cwd ?? work,
    env: { ...cliEnv, ...command.env, ...(rssFile === undefined ? {} : { BENCH_RSS_FILE: rssFile }) },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = ms(start);
  if (run.status !== 0) {
    throw new Error(
      `${command.label} exited with ${run.status ?? run.signal}:\n${run.stderr.toString('utf8').slice(0, 2000)}`,
    );
  }
  return elapsed;
}

function pathToImport(path) {
  return new URL(`file://${path.startsWith('/') ? '' : '/'}${path.split('\\').join('/')}`).href;
}

/** Alternates A and B (A B, B A, ...): `warmup` rounds thrown away, then `runs` rounds measured. */
function alternate(a, b, runs, measure) {
  const results = { a: [], b: [] };
  for (let round = 0; round < WARMUP + runs; round++) {
    const order = round % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const side of order) {
      const value = measure(side === 'a' ? a : b);
      if (round >= WARMUP) results[side].push(value);
    }
  }
  return results;
}

const kantellat = (label, args, extra = {}) => ({ label, args: [bin, ...args], ...extra });

/** `count` answer files for the bundled set in `folder` (sub-folders of 1,000), by the project's own generator. */
function generate(folder, count) {
  const run = spawnSync(node, [join(root, 'scripts', 'generate-answers.mjs'), String(count), folder, '--seed', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`generate-answers failed: ${run.stderr.toString('utf8')}`);
  return folder;
}
const nodeFloor = { label: 'node -e 0', args: ['-e', '0'] };

/** Whether the built binary has a command (score and check come with later issues). */
function hasCommand(name) {
  const run = spawnSync(node, [bin, name, '--help'], { env: cliEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  return run.status === 0;
}

const cases = [];

function timePair(name, target, a, b, runs, note) {
  log(`${name}: ${a.label} vs ${b.label}, ${runs} runs each after ${WARMUP} warm-up rounds`);
  const times = alternate(a, b, runs, (command) => runOnce(command));
  record({
    name,
    unit: 'ms',
    target,
    a: { label: a.label, values: times.a },
    b: { label: b.label, values: times.b },
    note,
  });
}

function record(entry) {
  const a = median(entry.a.values);
  const b = median(entry.b.values);
  const ratio = a / b;
  const result = {
    ...entry,
    a: { ...entry.a, median: round(a), min: round(Math.min(...entry.a.values)) },
    b: { ...entry.b, median: round(b), min: round(Math.min(...entry.b.values)) },
    ratio: Math.round(ratio * 100) / 100,
    // Without a target the row only informs (the start without the code cache); a `limit` is
    // a bound on A itself (the form's first question within 1 s), B is there to compare.
    met: entry.limit !== undefined ? a <= entry.limit : entry.target === null ? null : ratio <= entry.target,
  };
  result.a.values = entry.a.values.map(round);
  result.b.values = entry.b.values.map(round);
  cases.push(result);
  const bound = entry.limit !== undefined ? `A ≤ ${entry.limit} ${entry.unit}` : `≤ ${entry.target}×`;
  const verdict =
    entry.target === null && entry.limit === undefined
      ? '(no target)'
      : `(target ${bound}) ${result.met ? 'met' : 'NOT MET'}`;
  log(`  ${result.a.median} ${entry.unit} vs ${result.b.median} ${entry.unit}: ${result.ratio.toFixed(2)}× ${verdict}`);
}

const round = (value) => Math.round(value * 10) / 10;

function skip(name, target, why) {
  log(`${name}: skipped (${why})`);
  cases.push({ name, target, skipped: why });
}

const wanted = (name) => only === undefined || only.has(name);

/** The first question's text as `check` shows it in Dutch: what the pty run waits for. */
function firstQuestionText() {
  const set = parse(readFileSync(join(root, 'questions', 'kantellat.yaml'), 'utf8'));
  const text = set.questions[0].text;
  return typeof text === 'string' ? text : text.nl;
}

/** Milliseconds from spawning `args` in a pseudo-terminal until `done(screen)` holds (or, without it, until exit). */
function ptyTime(pty, args, done) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = pty.spawn(node, args, {
      name: 'xterm-256color',
      cols: 120,
      rows: 40,
      cwd: work,
      env: { ...cliEnv, NO_COLOR: '1' },
    });
    let screen = '';
    let settled = false;
    const timer = setTimeout(
      () => finish(new Error(`no first question within 20 s; screen so far:\n${screen.slice(-2000)}`)),
      20_000,
    );
    function finish(error, elapsed) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error === undefined) resolve(elapsed);
      else reject(error);
      try {
        child.kill();
      } catch {
        // already gone
      }
    }
    child.onData((data) => {
      if (settled || done === undefined) return;
      // Prompts redraw with escape sequences; match on the text alone, spaces squeezed.
      screen += data;
      const plain = screen.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\s+/g, ' ');
      if (done(plain)) finish(undefined, ms(start));
    });
    child.onExit(() => {
      if (done === undefined) finish(undefined, ms(start));
      else finish(new Error(`check exited before showing the first question:\n${screen.slice(-2000)}`));
    });
  });
}

async function benchCheck() {
  const require = createRequire(import.meta.url);
  const pty = require('@lydell/node-pty');
  const question = firstQuestionText().replace(/\s+/g, ' ').trim();
  // The first 40 characters are enough to know the question is on screen, even when wrapped.
  const probe = question.slice(0, 40);
  const sides = {
    a: {
      label: 'kantellat check: first question on screen',
      args: [bin, 'check'],
      done: (plain) => plain.includes(probe),
    },
    b: { label: 'node -e 0 (in the same pty)', args: ['-e', '0'], done: undefined },
  };
  log(`check: ${sides.a.label} vs ${sides.b.label}, ${FAST_RUNS} runs each after ${WARMUP} warm-up rounds`);
  const values = { a: [], b: [] };
  for (let round = 0; round < WARMUP + FAST_RUNS; round++) {
    for (const side of round % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
      const elapsed = await ptyTime(pty, sides[side].args, sides[side].done);
      if (round >= WARMUP) values[side].push(elapsed);
    }
  }
  record({
    name: 'check',
    unit: 'ms',
    target: 2,
    a: { label: sides.a.label, values: values.a },
    b: { label: sides.b.label, values: values.b },
  });
}

const CHROMIUM = '/usr/bin/chromium';

/** The form page's size against its budget of 150 kB (the bundled Kantellat). */
function benchFormSize() {
  const file = join(work, 'form.html');
  runOnce(kantellat('kantellat form', ['form', '-o', file, '--force']));
  const bytes = statSync(file).size;
  record({
    name: 'form-size',
    unit: 'B',
    target: 1,
    a: { label: 'kantellat form: the page', values: [bytes] },
    b: { label: 'budget', values: [150_000] },
  });
}

/**
 * The form's first question on screen in headless Chromium with the CPU slowed 4x (DevTools'
 * CPU throttling), from the start of loading the page file to the question's heading, without
 * the wait for the "Begin" click on the intro; side by side with an empty page loaded the same way.
 */
async function benchFormFirstQuestion() {
  const { chromium } = await import('playwright-core');
  const formFile = join(work, 'form-speed.html');
  runOnce(kantellat('kantellat form', ['form', '-o', formFile, '--force']));
  const emptyFile = join(work, 'empty.html');
  writeFileSync(
    emptyFile,
    '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>leeg</title></head><body><h2>leeg</h2></body></html>',
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // Times are taken inside the page (performance.now() from the start of navigation), so
    // Playwright's own round trips do not count: the time to the intro, plus the time from the
    // click on "Begin" to the question on screen.
    const shown = (selector) =>
      `new Promise((resolve) => { const look = () => (document.querySelector(${JSON.stringify(selector)}) ? resolve(performance.now()) : requestAnimationFrame(look)); look(); })`;
    const measure = async (side) => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(pathToImport(side === 'a' ? formFile : emptyFile), { waitUntil: 'commit' });
      let elapsed;
      if (side === 'a') {
        const intro = await page.evaluate(shown('main button.primary'));
        await page.evaluate(
          `document.addEventListener('click', () => { window.__clicked = performance.now(); }, { capture: true, once: true })`,
        );
        await page.getByRole('button', { name: 'Begin' }).click();
        const question = await page.evaluate(shown('legend h2'));
        elapsed = intro + (question - (await page.evaluate('window.__clicked')));
        // A fresh start each time: no draft from the last round (the page would skip its intro).
        await page.evaluate('localStorage.clear()');
      } else elapsed = await page.evaluate(shown('h2'));
      await page.close();
      return elapsed;
    };
    const label = { a: 'kantellat form: first question (4x CPU throttle)', b: 'empty page (4x CPU throttle)' };
    log(`form: ${label.a} vs ${label.b}, ${FAST_RUNS} runs each after ${WARMUP} warm-up rounds`);
    const values = { a: [], b: [] };
    for (let round = 0; round < WARMUP + FAST_RUNS; round++) {
      for (const side of round % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
        const elapsed = await measure(side);
        if (round >= WARMUP) values[side].push(elapsed);
      }
    }
    record({
      name: 'form',
      unit: 'ms',
      target: null,
      limit: 1000,
      a: { label: label.a, values: values.a },
      b: { label: label.b, values: values.b },
    });
  } finally {
    await browser.close();
  }
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}

function table() {
  const rows = [['case', 'kantellat', 'floor', 'median A', 'median B', 'ratio', 'target', '']];
  for (const c of cases) {
    if (c.skipped !== undefined) {
      rows.push([c.name, '', '', '', '', '', `≤ ${c.target}×`, `skipped: ${c.skipped}`]);
      continue;
    }
    const show = (value) =>
      c.unit === 'kB'
        ? `${(value / 1024).toFixed(1)} MB`
        : c.unit === 'B'
          ? `${(value / 1000).toFixed(1)} kB`
          : `${value.toFixed(1)} ms`;
    const target = c.limit !== undefined ? `A ≤ ${show(c.limit)}` : c.target === null ? '' : `≤ ${c.target}×`;
    rows.push([
      c.name,
      c.a.label,
      c.b.label,
      show(c.a.median),
      show(c.b.median),
      `${c.ratio.toFixed(2)}×`,
      target,
      c.met === null ? 'info' : c.met ? 'met' : 'NOT MET',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

async function main() {
  if (!existsSync(join(root, 'dist', 'main.cjs'))) throw new Error('no build: run `npm run bench` (it builds first)');
  const started = Date.now();

  if (wanted('version')) {
    timePair('version', 1.3, kantellat('kantellat --version', ['--version']), nodeFloor, FAST_RUNS);
  }

  const canScore = hasCommand('score');
  const needMany = wanted('score-many') || wanted('memory');
  let manyFolder;
  if ((wanted('score-one') || needMany) && canScore) {
    copyFileSync(join(generate(join(work, 'one'), 1), '000', 'answers-000001.yaml'), join(work, 'one.yaml'));
  }

  if (wanted('score-one')) {
    if (!canScore) skip('score-one', 1.4, 'this build has no score command');
    else {
      const args = ['score', 'one.yaml', '--format', 'json'];
      // Issue 10 lowered the target from 1.6x to 1.4x.
      timePair('score-one', 1.4, kantellat('kantellat score one.yaml --format json', args), nodeFloor, FAST_RUNS);
      // What a first run (or NODE_DISABLE_COMPILE_CACHE=1) costs: no target, for the record.
      const cold = kantellat('kantellat score one.yaml, no code cache', args, {
        env: { NODE_DISABLE_COMPILE_CACHE: '1' },
      });
      timePair('score-one-uncached', null, cold, nodeFloor, FAST_RUNS);
    }
  }

  if (needMany && canScore) {
    log(`generating ${MANY.toLocaleString('en')} answer files in ${work}`);
    manyFolder = generate(join(work, 'many'), MANY);
  }

  if (wanted('score-many')) {
    if (!canScore) skip('score-many', 1.3, 'this build has no score command');
    else {
      timePair(
        'score-many',
        1.3,
        kantellat(`kantellat score (${MANY.toLocaleString('en')} files) --format json`, [
          'score',
          'many',
          '--format',
          'json',
        ]),
        {
          label: `bench/baseline-parse.mjs (read + YAML-parse only)`,
          args: [join(root, 'bench', 'baseline-parse.mjs'), manyFolder],
        },
        SLOW_RUNS,
      );
    }
  }

  if (wanted('memory')) {
    if (!canScore) skip('memory', 1.3, 'this build has no score command');
    else {
      log(`generating ${HUGE.toLocaleString('en')} answer files in ${work}`);
      generate(join(work, 'huge'), HUGE);
      const rssFile = join(work, 'rss.txt');
      const peak = (command) => {
        runOnce(command, { rssFile });
        return Number(readFileSync(rssFile, 'utf8'));
      };
      const a = kantellat(`score ${HUGE.toLocaleString('en')} files`, ['score', 'huge', '--format', 'json']);
      const b = kantellat(`score ${MANY.toLocaleString('en')} files`, ['score', 'many', '--format', 'json']);
      log(`memory: peak RSS of ${a.label} vs ${b.label}, ${SLOW_RUNS} runs each after ${WARMUP} warm-up rounds`);
      const values = alternate(a, b, SLOW_RUNS, peak);
      record({
        name: 'memory',
        unit: 'kB',
        target: 1.3,
        a: { label: a.label, values: values.a },
        b: { label: b.label, values: values.b },
      });
    }
  }

  if (wanted('check')) {
    if (!hasCommand('check')) skip('check', 2, 'this build has no check command');
    else await benchCheck();
  }

  if (wanted('form-size')) {
    if (!hasCommand('form')) skip('form-size', 1, 'this build has no form command');
    else benchFormSize();
  }

  if (wanted('form')) {
    if (!hasCommand('form')) skip('form', 1, 'this build has no form command');
    else if (!existsSync(CHROMIUM)) skip('form', 1, `${CHROMIUM} not found`);
    else await benchFormFirstQuestion();
  }

  if (wanted('session')) {
    if (!hasCommand('session')) skip('session-p99', 1, 'this build has no session command');
    else {
      // 200 participants fetch the page and submit within 10 s on 127.0.0.1 (bench/session.mjs).
      const s = await benchSession({ root, bin, env: cliEnv, work, log });
      const note = `${s.participants} participants, ${s.requests} requests in ${s.seconds} s; ${s.files} files, ${s.whole} whole, ${s.lost} lost; p50 ${round(s.p50)} ms, max ${round(s.max)} ms`;
      record({
        name: 'session-p99',
        unit: 'ms',
        target: 1,
        a: { label: `p99 of ${s.requests} requests`, values: [s.p99] },
        b: { label: 'budget 100 ms', values: [100] },
        note,
      });
      if (s.rssBeforeKB !== null && s.rssAfterKB !== null) {
        record({
          name: 'session-memory',
          unit: 'kB',
          target: 1.5,
          a: { label: 'server RSS after', values: [s.rssAfterKB] },
          b: { label: 'server RSS before', values: [s.rssBeforeKB] },
        });
      }
      const complete = s.lost === 0 && s.files === s.participants && s.whole === s.participants && s.seconds <= 10;
      record({
        name: 'session-complete',
        unit: 'ms',
        target: 1,
        a: { label: `all ${s.participants} in (${s.seconds} s)`, values: [s.seconds * 1000] },
        b: { label: '10 s', values: [10_000] },
        note,
      });
      if (!complete) cases.at(-1).met = false;
    }
  }

  const results = {
    machine: machine(),
    settings: { quick, fastRuns: FAST_RUNS, slowRuns: SLOW_RUNS, warmup: WARMUP, files: MANY, hugeFiles: HUGE },
    seconds: Math.round((Date.now() - started) / 1000),
    cases,
  };
  const out = env.BENCH_OUT ?? join(root, 'bench', 'results.json');
  if (out !== '-') writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  process.stdout.write(
    `\n${table()}\n\n${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}, ${m.date}${quick ? ' (BENCH_QUICK)' : ''}\n`,
  );
  const missed = cases.filter((c) => c.skipped === undefined && c.met === false).length;
  if (missed > 0) process.stdout.write(`${missed} target(s) not met\n`);
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
