import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuestionSet, parseAnswers } from '../../src/io/load.js';
import { tCheck } from '../../src/messages/check.js';
import { scaleAnswers } from '../helpers/answer-scale.js';
import { chromiumFor, launchChromium } from '../helpers/chromium.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';

// `kantellat session` as a trainer runs it: the built binary on 127.0.0.1 (port 0), stopped
// with Ctrl+C (SIGINT) or killed; the projector page and participant pages in Debian's
// headless Chromium at once. Every wait here is bounded.

const BIN = join(ROOT, 'bin', 'kantellat.js');
const hasChromium = chromiumFor('session');
/** Where the projector screenshot goes, for a person to look at after the run. */
export const PROJECTOR_SCREENSHOT = join(tmpdir(), 'kantellat-session-projector-1280x800.png');

const set = await loadQuestionSet();
const { LOW, SOME, OFTEN, TOP } = scaleAnswers(set);
const temp = mkdtempSync(join(tmpdir(), 'kantellat-session-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Session {
  child: ChildProcessWithoutNullStreams;
  join: string;
  projector: string;
  folder: string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `kantellat session FOLDER --host 127.0.0.1 --port 0 --json ...` and waits (at most 15 s) for its JSON line. */
async function startSession(folder: string, extra: string[] = []): Promise<Session> {
  const { FORCE_COLOR: _color, KANTELLAT_LANG: _lang, npm_command: _npm, ...inherited } = process.env;
  const child = spawn(
    process.execPath,
    [BIN, 'session', folder, '--host', '127.0.0.1', '--port', '0', '--json', ...extra],
    {
      cwd: temp,
      env: { ...inherited, NO_COLOR: '1', KANTELLAT_HOME: join(temp, 'home') },
    },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no JSON line within 15 s; stderr: ${err}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const end = out.indexOf('\n');
      if (end !== -1) {
        clearTimeout(timer);
        resolve(out.slice(0, end));
      }
    });
    void exit.then(({ code }) => reject(new Error(`session exited (${code}) before listening: ${err}`)));
  });
  const info: { join: string; projector: string; folder: string } = JSON.parse(line);
  return { child, ...info, stderr: () => err, exit };
}

function answerDocument(choice: string, respondent?: string): string {
  const answers = Object.fromEntries(set.questions.map((question) => [question.id, choice]));
  return JSON.stringify({
    questionSet: set.id,
    version: set.version,
    date: '2026-11-30',
    answers,
    ...(respondent === undefined ? {} : { respondent }),
  });
}

async function submit(
  session: Session,
  body: string,
  secret?: string,
): Promise<{ status: number; body: { participant?: string; secret?: string } }> {
  const response = await fetch(`${session.join}answers`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { 'x-participant-secret': secret }),
    },
    body,
  });
  const reply: unknown = await response.json();
  const field = (name: string): string | undefined => {
    const value: unknown = typeof reply === 'object' && reply !== null ? Reflect.get(reply, name) : undefined;
    return typeof value === 'string' ? value : undefined;
  };
  return { status: response.status, body: { participant: field('participant'), secret: field('secret') } };
}

function answerFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^deelnemer-[0-9a-f]+\.yaml$/.test(name));
}

/** Waits until `check` holds, polling every 50 ms for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

describe('kantellat session (the built binary, on 127.0.0.1)', () => {
  it('takes answers, stops cleanly on Ctrl+C with a summary, and leaves a folder that report reads', async () => {
    const folder = join(temp, 'stop');
    const session = await startSession(folder);
    expect(session.folder).toBe(folder);
    const page = await fetch(session.join);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Content-Security-Policy');
    for (const choice of [OFTEN, SOME]) expect((await submit(session, answerDocument(choice))).status).toBe(201);
    session.child.kill('SIGINT');
    const { code } = await session.exit;
    expect(code).toBe(0);
    expect(session.stderr()).toMatch(
      /2 antwoorden in stop\/; groepsrapport: kantellat report stop\/ --format html -o groepsrapport\.html/,
    );
    const report = await runCliInProcess(['report', folder, '--format', 'json']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).size ?? JSON.parse(report.stdout).participants?.length).toBe(2);
  });

  it('says what is wrong with a port or a minimum group size, and starts nothing', async () => {
    const port = await runCliInProcess(['session', join(temp, 'never'), '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toMatch(/ongeldige poort "70000"/);
    const group = await runCliInProcess(['session', join(temp, 'never'), '--min-group', 'drie']);
    expect(group.code).toBe(2);
    expect(group.stderr).toMatch(/--min-group/);
    expect(existsSync(join(temp, 'never'))).toBe(false);
  });

  it('loses no acknowledged answer when killed (SIGKILL) mid-session, and continues when started again', async () => {
    const folder = join(temp, 'killed');
    const first = await startSession(folder);
    const acknowledged: Array<{ participant: string; secret: string }> = [];
    // 40 participants sending at once; the server is killed as soon as 10 have their answer.
    const sending = Array.from({ length: 40 }, async (_, i) => {
      try {
        const reply = await submit(first, answerDocument([LOW, SOME, OFTEN, TOP][i % 4] ?? SOME));
        if (reply.status === 201 && reply.body.participant !== undefined && reply.body.secret !== undefined) {
          acknowledged.push({ participant: reply.body.participant, secret: reply.body.secret });
        }
      } catch {
        // Cut off by the kill: never acknowledged, so the client would send it again.
      }
    });
    await until(() => acknowledged.length >= 10);
    first.child.kill('SIGKILL');
    await Promise.all(sending);
    expect((await first.exit).signal).toBe('SIGKILL');
    const files = answerFiles(folder);
    for (const { participant } of acknowledged) expect(files).toContain(`deelnemer-${participant}.yaml`);
    // Every file there is whole: an answer file that parses and checks.
    for (const name of files) expect(parseAnswers(readFileSync(join(folder, name)), set).ok).toBe(true);

    const second = await startSession(folder);
    try {
      expect(new URL(second.join).pathname).toBe(new URL(first.join).pathname);
      const someone = acknowledged[0];
      if (someone === undefined) throw new Error('nobody was acknowledged');
      const revised = await submit(second, answerDocument(TOP), someone.secret);
      expect(revised.status).toBe(200);
      expect(answerFiles(folder)).toEqual(files);
      const newcomer = await submit(second, answerDocument(SOME));
      expect(newcomer.status).toBe(201);
      expect(answerFiles(folder)).toHaveLength(files.length + 1);
    } finally {
      second.child.kill('SIGINT');
      expect((await second.exit).code).toBe(0);
    }
    expect(second.stderr()).toContain(`${files.length + 1} antwoorden in killed/`);
  });

  describe.skipIf(!hasChromium)('in Chromium: a projector and several participants at once', () => {
    let browser: Browser;
    afterAll(async () => {
      await browser?.close();
    });

    /** Goes through the form on a participant page: every question, a name, and the result. */
    async function answerAll(page: Page, choice: string, name: string): Promise<void> {
      await page.getByRole('button', { name: 'Begin' }).click();
      for (let i = 0; i < set.questions.length; i++) {
        await page.locator(`input[name="answer"][value="${choice}"]`).check();
        if (i === 0) await page.locator('textarea[name="note"]').fill(`notitie van ${name}`);
        await page.locator('form button[type="submit"]').click();
      }
      await page.locator('#respondent').fill(name);
      await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
      // The same answer to every question: the page names that first, as check does; these answers are meant.
      await page.getByRole('button', { name: tCheck('nl', 'consistency.keep') }).click();
      await page.getByText('Je antwoorden zijn verstuurd naar de sessie.').waitFor({ timeout: 10_000 });
    }

    // Four browser pages and a projector through a whole session: 26 s on a quiet machine, so two minutes of room.
    it('shows nothing of the group before the 3rd answer, the group after it, never a name or a note; 0 axe violations', {
      timeout: 120_000,
    }, async () => {
      browser = await launchChromium();
      const folder = join(temp, 'browser');
      const session = await startSession(folder);
      try {
        const projectorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const projector = await projectorContext.newPage();
        const problems: string[] = [];
        projector.on('pageerror', (error) => problems.push(error.message));
        projector.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        await projector.goto(session.projector);
        await expect.poll(() => projector.locator('#count').textContent()).toBe('Nog geen antwoorden');

        // Three participants, each in a browser of their own (their own storage), all open at once.
        const participants = await Promise.all(
          ['Anna Deelnemer', 'Bram Deelnemer', 'Carla Deelnemer'].map(async (name) => {
            const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
            const page = await context.newPage();
            page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
            await page.goto(session.join);
            return { name, page };
          }),
        );
        const [anna, bram, carla] = participants;
        if (anna === undefined || bram === undefined || carla === undefined) throw new Error('three participants');
        await Promise.all([answerAll(anna.page, OFTEN, anna.name), answerAll(bram.page, SOME, bram.name)]);
        await expect.poll(() => projector.locator('#count').textContent(), { timeout: 10_000 }).toBe('2 antwoorden');
        expect(await projector.locator('#live section').count()).toBe(0);
        expect(await projector.locator('#live').innerText()).toMatch(/vanaf 3 antwoorden/);

        await answerAll(carla.page, LOW, carla.name);
        await expect.poll(() => projector.locator('#count').textContent(), { timeout: 10_000 }).toBe('3 antwoorden');
        await projector.locator('#live section#themes').waitFor({ timeout: 10_000 });
        expect(await projector.locator('#live section#starters li').count()).toBeGreaterThan(0);
        expect(await projector.locator('#live svg.chart').count()).toBeGreaterThan(3);
        const shown = await projector.locator('body').innerText();
        expect(shown).not.toMatch(/Anna Deelnemer|Bram Deelnemer|Carla Deelnemer|notitie van/);

        // A participant changes an answer: their file is replaced, not added to.
        expect(answerFiles(folder)).toHaveLength(3);
        await anna.page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
        await anna.page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
        await anna.page
          .getByText('Je gewijzigde antwoorden zijn verstuurd naar de sessie.')
          .waitFor({ timeout: 10_000 });
        expect(answerFiles(folder)).toHaveLength(3);

        // WCAG 2.1 A/AA on the projector page, with axe-core run in the page.
        const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
        await projector.evaluate(axeSource);
        const violations = await projector.evaluate<string[]>(
          "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => `${v.id} (${v.nodes.length})`))",
        );
        expect(violations).toEqual([]);
        await projector.screenshot({ path: PROJECTOR_SCREENSHOT });
        console.log(`session: projector screenshot ${PROJECTOR_SCREENSHOT}`);
        expect(problems).toEqual([]);
      } finally {
        session.child.kill('SIGINT');
        expect((await session.exit).code).toBe(0);
      }
    });
  });
});
