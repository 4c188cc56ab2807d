import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultDocumentSchema, type ResultJson } from '../../src/core/result-json.js';
import { adviceSteps } from '../../src/core/score.js';
import { localize, type Lang } from '../../src/core/text.js';
import type { PreparedSet } from '../../src/core/prepare.js';
import { loadQuestionSet } from '../../src/io/load.js';
import { tCheck } from '../../src/messages/check.js';
import { tForm } from '../../src/messages/form.js';
import { minutesFor } from '../../src/core/check-flow.js';
import {
  consistencyNotice,
  gapSentence,
  openQuestionsSentence,
  openRangeLine,
  stepsLead,
} from '../../src/messages/result.js';
import { renderFormPage } from '../../src/render/form-html.js';
import { CHROMIUM, chromiumFor, launchChromiumContext } from '../helpers/chromium.js';
import { ROOT, runCliInProcess } from '../helpers/run-cli.js';
import { localeOf } from '../../src/messages/locale.js';

// The form page (`kantellat form`) in Debian's headless Chromium, opened from a file as a
// participant would open a mailed page: filled in with the mouse and with the keyboard only, at
// a phone and a desktop size, checked with axe-core, and its downloaded answer file scored by
// the command line (main(), in-process). Without the browser the tests are skipped, saying why.
const available = chromiumFor('form-html');

const HOSTILE = join('tests', 'fixtures', 'form-hostile', 'questions.yaml');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** Screenshots go outside the repository, where a person can look at them after the run. */
const SHOTS = join(tmpdir(), 'kantellat-form-shots');

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!available)(`form page in headless Chromium (${CHROMIUM})`, () => {
  const temp = mkdtempSync(join(tmpdir(), 'kantellat-form-html-'));
  let context: BrowserContext;
  let kantellatPage: string;
  /** The bundled set the page was made from: titles and counts come from it, not from the test. */
  let kantellat: PreparedSet;
  /** "Vraag 3 van 12 · <theme>", from the set. */
  const progressOf = (number: number, lang: Lang = 'nl'): string => {
    const question = kantellat.questions[number - 1];
    const theme = kantellat.themes.find((candidate) => candidate.id === question?.theme);
    return tCheck(lang, 'question.header', {
      number,
      total: kantellat.questions.length,
      theme: theme === undefined ? '?' : localize(theme.title, lang),
    });
  };

  beforeAll(async () => {
    context = await launchChromiumContext(join(temp, 'profile'), {
      viewport: { width: 390, height: 844 },
      acceptDownloads: true,
    });
    kantellat = await loadQuestionSet();
    kantellatPage = join(temp, 'kantellat.html');
    const run = await runCliInProcess(['form', '-o', kantellatPage]);
    expect(run.code).toBe(0);
    rmSync(SHOTS, { recursive: true, force: true });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  /** Opens a page file in a fresh tab and records everything the page tried to do. */
  async function open(file: string, viewport: { width: number; height: number } = VIEWPORTS[0]): Promise<Watched> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const url = pathToFileURL(file).href;
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    // Each test starts without the draft of an earlier one (they share the file: origin).
    await page.evaluate('localStorage.clear()');
    await page.reload({ waitUntil: 'load' });
    return { page, errors, requests, dialogs };
  }

  /** axe-core's WCAG 2.1 A and AA rules on the page as it is now: the violations, with where. */
  async function axe(page: Page): Promise<string[]> {
    if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE);
    const found =
      await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
    return Array.isArray(found) ? found.map(String) : ['axe gave no list'];
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  const progress = (page: Page) => page.locator('p.progress').innerText();
  const options = (page: Page) => page.locator('.options:not(.extra) input[type="radio"]');
  const others = (page: Page) => page.locator('.options.extra input[type="radio"]');

  /** The steps the result screen shows, in order: per theme the lead ("Bij … antwoordde je …") and its steps; the focus theme's last, or the band's advice steps when it has none of its own. */
  const pageSteps = (page: Page): Promise<string[][]> =>
    page.evaluate(
      `[...document.querySelectorAll('.own-steps, ol.steps')].map((b) => b.matches('.own-steps') ? [b.querySelector('.lead').textContent, ...[...b.querySelectorAll('li')].map((li) => li.textContent)] : [...b.querySelectorAll('li')].map((li) => li.textContent))`,
    );

  /** The same, from `kantellat score --format json` of the downloaded file and check's catalogue. */
  function expectedSteps(result: ResultJson, focusShown: boolean): string[][] {
    const own = (theme: ResultJson['themes'][number]): string[][] =>
      theme.steps.map((entry) => [stepsLead(entry, localeOf('nl')), ...entry.steps]);
    const focusId = focusShown ? result.focus : null;
    const out = result.themes.filter((theme) => theme.score !== null && theme.id !== focusId).flatMap(own);
    const focus = result.themes.find((theme) => theme.id === focusId);
    if (focus !== undefined) out.push(...(focus.steps.length > 0 ? own(focus) : [adviceSteps(focus.advice ?? '')]));
    return out;
  }

  /** The first line under "Totaal": the score and level, or check's sentence why there is none. */
  function overallText(result: ResultJson | undefined): string {
    if (result === undefined) return 'no result';
    const { score, level, reason, range } = result.overall;
    if (score !== null) return `${score} van 100 · ${level ?? ''}`;
    if (reason === null) return tCheck('nl', 'result.noScore');
    const scoredThemes = result.themes.filter((theme) => theme.score !== null).length;
    const { questions, themes } = kantellat.overallMinimum;
    return gapSentence(
      { reason, answered: result.answered, neededQuestions: questions, neededThemes: themes, scoredThemes },
      range,
      result.total,
      result.themes.length,
      'nl',
    );
  }

  for (const viewport of VIEWPORTS) {
    // A whole walk with a download and a score of it: a minute, so a busy machine does not fail it. Once in
    // many full runs on a loaded 2-core machine the desktop walk stalled for 30 s and failed (never twice, and
    // never alone), so it gets one retry: a real fault fails both tries.
    it(`is filled in, changed, scored and downloaded at ${viewport.name} size (${viewport.width}x${viewport.height})`, {
      timeout: 60_000,
      retry: 1,
    }, async () => {
      const { page, errors, requests, dialogs } = await open(kantellatPage, viewport);
      const tag = `${viewport.name}`;
      expect(await page.locator('head > :first-child').getAttribute('http-equiv')).toBe('Content-Security-Policy');
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Voordat je begint');
      // The set's intro gives its own time; the tool's estimate from the number of questions would contradict it.
      expect(await page.locator('p.lead').innerText()).toBe(localize(kantellat.intro ?? '', 'nl'));
      expect(await page.locator('main').innerText()).not.toContain(
        tForm('nl', 'page.intro.facts', {
          total: kantellat.questions.length,
          minutes: minutesFor(kantellat.questions.length),
        }),
      );
      await shot(page, `${tag}-1-intro`);
      expect(await axe(page)).toEqual([]);

      await page.getByRole('button', { name: 'Begin' }).click();
      expect(await progress(page)).toBe(progressOf(1));
      // The question's recall frame stands above it, as in check.
      const frame = kantellat.questions[0]?.frame;
      if (frame !== undefined) expect(await page.locator('p.frame').innerText()).toBe(localize(frame, 'nl'));
      await page.getByText('Uitleg bij deze vraag').click();
      await shot(page, `${tag}-2-question`);
      expect(await axe(page)).toEqual([]);

      // Going on without a choice says so, accessibly, and stays.
      await page.getByRole('button', { name: 'Volgende' }).click();
      expect(await page.getByRole('alert').innerText()).toBe('Kies eerst een antwoord.');
      expect(await progress(page)).toBe(progressOf(1));

      // An option per question that leaves the overall level certain with the two non-answers (63, Op weg).
      const optionOf = (number: number): number => (number * 3 + 4) % 5;
      const answer = async (number: number): Promise<void> => {
        expect(await progress(page)).toBe(progressOf(number));
        if (number === 3) await others(page).first().check();
        else if (number === 5) await others(page).last().check();
        else await options(page).nth(optionOf(number)).check();
        if (number === 2)
          await page.getByLabel('Notitie (mag leeg blijven)').fill('Mijn notitie bij vraag 2 "met aanhalingstekens"');
        await page
          .getByRole('button', { name: number === kantellat.questions.length ? 'Naar het overzicht' : 'Volgende' })
          .click();
      };
      for (let number = 1; number <= 6; number++) await answer(number);

      // Halfway: a reload continues at the same question, with the answers kept.
      await page.reload({ waitUntil: 'load' });
      expect(await progress(page)).toBe(progressOf(7));
      expect(await page.getByRole('status').innerText()).toContain('Welkom terug');
      await page.getByRole('button', { name: 'Vorige vraag' }).click();
      expect(await progress(page)).toBe(progressOf(6));
      expect(await options(page).nth(optionOf(6)).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Volgende' }).click();
      for (let number = 7; number <= kantellat.questions.length; number++) await answer(number);

      // The summary: 10 answered (two non-answers), then question 4 changed.
      const total = kantellat.questions.length;
      expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
        tCheck('nl', 'summary.title', { answered: total - 2, total }),
      );
      await shot(page, `${tag}-3-summary`);
      expect(await axe(page)).toEqual([]);
      await page.getByRole('button', { name: 'Wijzig antwoord op vraag 4' }).click();
      expect(await progress(page)).toBe(progressOf(4));
      await options(page).nth(0).check();
      const firstLabel = await page.locator('.options:not(.extra) label').nth(0).innerText();
      await page.getByRole('button', { name: 'Bewaar en terug naar het overzicht' }).click();
      const row4 = page.locator('ol.summary li').nth(3);
      expect(await row4.locator('.answer').innerText()).toBe(firstLabel.trim());
      expect(await page.locator('ol.summary li').nth(1).locator('.answer').innerText()).toContain('met notitie');
      await page.getByLabel('Je naam (mag leeg blijven)').fill('Eva "E" de Vries');

      await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
      expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('De Kantellat · jouw uitslag');
      await shot(page, `${tag}-4-result`);
      expect(await axe(page)).toEqual([]);
      const overall = await page.locator('section.overall p').first().innerText();
      const titles = await page.locator('ul.themes li h4').allInnerTexts();
      const scores = await page.locator('ul.themes li .score').allInnerTexts();
      const steps = await pageSteps(page);
      const focus = await page.locator('p.focus').innerText();
      const pointer = (await page.locator('p.pointer').count()) > 0;
      const nonAnswers = await page.locator('p.non-answers').innerText();

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download mijn antwoorden' }).click();
      const download = await downloading;
      const today = await page.evaluate(
        `(() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); })()`,
      );
      expect(download.suggestedFilename()).toBe(`kantellat-${String(today)}.yaml`);
      const saved = join(temp, `${tag}-${download.suggestedFilename()}`);
      await download.saveAs(saved);
      const text = readFileSync(saved, 'utf8');
      expect(text).toContain('ingevuld met "kantellat form"');
      expect(text).toContain('respondent: "Eva \\"E\\" de Vries"');

      // kantellat score of the downloaded file: the same scores, levels and advice as the page.
      const scored = await runCliInProcess(['score', saved, '--format', 'json']);
      expect(scored.code).toBe(0);
      const doc = resultDocumentSchema().parse(JSON.parse(scored.stdout));
      const result = doc.results[0];
      expect(result?.respondent).toBe('Eva "E" de Vries');
      expect(result?.answered).toBe(total - 2);
      expect(overall).toBe(overallText(result));
      expect(titles).toEqual(result?.themes.map((theme) => theme.title));
      // A theme with too few answers has no score line (it says so instead).
      expect(scores).toEqual(
        result?.themes
          .filter((theme) => theme.score !== null)
          .map((theme) => `${theme.score} van 100 · ${theme.level}`),
      );
      if (result === undefined) throw new Error('no result');
      const focusTheme = result.themes.find((theme) => theme.id === result.focus);
      expect(pointer).toBe(true);
      expect(focus).toContain(focusTheme?.title ?? 'no focus');
      // The steps tied to the person's own answers, theme by theme, as `score` gives them.
      expect(steps).toEqual(expectedSteps(result, pointer));
      // Non-answers counted apart, in check's words.
      // The range the open questions leave stands under the overall score, so not here again.
      expect(nonAnswers).toBe(openQuestionsSentence(result, 'nl', { range: false }));
      const rangeLine = openRangeLine(result, 'nl');
      if (rangeLine !== null) expect(await page.locator('section.overall').innerText()).toContain(rangeLine);
      // The notes went into the file, and the file reads back unchanged.
      const check = await runCliInProcess(['score', saved]);
      expect(check.code).toBe(0);
      expect(text).toContain('Mijn notitie bij vraag 2');

      // Copy to the clipboard; where the browser refuses, the text to copy by hand.
      if (viewport.name === 'phone') {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.getByRole('button', { name: 'Kopieer mijn antwoorden' }).click();
        await expect.poll(() => page.locator('p.status').innerText()).toBe('Je antwoorden staan op het klembord.');
        expect(await page.evaluate('navigator.clipboard.readText()')).toBe(text);
        await page.evaluate(`navigator.clipboard.writeText = () => Promise.reject(new Error('blocked'))`);
        await page.getByRole('button', { name: 'Kopieer mijn antwoorden' }).click();
        await expect
          .poll(() => page.locator('.fallback [role="alert"]').innerText())
          .toBe('Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.');
        expect(await page.getByLabel('Je antwoorden als tekst').inputValue()).toBe(text);
        expect(await axe(page)).toEqual([]);
      }

      // Print: the result without the buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Download mijn antwoorden' }).isVisible()).toBe(false);
      if (viewport.name === 'desktop')
        await page.pdf({ path: join(SHOTS, 'result-a4.pdf'), format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });

      // Start over: two steps, then an empty intro that stays empty after a reload.
      await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
      await page.getByRole('button', { name: 'Ja, wis alles' }).click();
      expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Voordat je begint');
      await page.reload({ waitUntil: 'load' });
      expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Voordat je begint');

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  }

  /** Answers every question of the open page: `pick(n)` checks one option of question n (1-based); ends on the summary. */
  async function walk(page: Page, total: number, pick: (number: number) => Promise<void>): Promise<void> {
    await page.getByRole('button', { name: 'Begin' }).click();
    for (let number = 1; number <= total; number++) {
      await pick(number);
      await page.getByRole('button', { name: number === total ? 'Naar het overzicht' : 'Volgende' }).click();
    }
  }

  /** Downloads the answer file from the result screen and scores it with `kantellat score`. */
  async function downloadAndScore(
    page: Page,
    name: string,
    questions: string[] = [],
  ): Promise<{ text: string; result: ResultJson }> {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download mijn antwoorden' }).click();
    const saved = join(temp, `${name}-${(await downloading).suggestedFilename()}`);
    await (await downloading).saveAs(saved);
    const scored = await runCliInProcess([...questions, 'score', saved, '--format', 'json']);
    expect(scored.code).toBe(0);
    const result = resultDocumentSchema().parse(JSON.parse(scored.stdout)).results[0];
    if (result === undefined) throw new Error(`score gave no result for ${saved}`);
    return { text: readFileSync(saved, 'utf8'), result };
  }

  it("with too few answers: no overall score, check's sentence why, and the steps score --format json gives", {
    timeout: 60_000,
  }, async () => {
    const { page, errors, requests } = await open(kantellatPage, VIEWPORTS[0]);
    const total = kantellat.questions.length;
    // A third answered, the rest "weet ik niet": below the set's minimum for an overall score.
    const answered = Math.max(1, kantellat.overallMinimum.questions - 4);
    await walk(page, total, async (number) => {
      if (number <= answered)
        await options(page)
          .nth(number % 3)
          .check();
      else await others(page).first().check();
    });
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      tCheck('nl', 'result.title', { title: localize(kantellat.title, 'nl') }),
    );
    // The result opens at its top, where the overall line is.
    expect(await page.evaluate('window.scrollY')).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'phone-5-too-few.png') });
    await shot(page, 'phone-5-too-few-full');
    expect(await axe(page)).toEqual([]);
    const gap = await page.locator('section.overall p.gap').innerText();
    expect(await page.locator('section.overall .score').count()).toBe(0);
    const steps = await pageSteps(page);
    const pointer = (await page.locator('p.pointer').count()) > 0;
    const nonAnswers = await page.locator('p.non-answers').innerText();

    const { result } = await downloadAndScore(page, 'too-few');
    expect(result.answered).toBe(answered);
    expect(result.overall.score).toBeNull();
    expect(result.overall.reason).not.toBeNull();
    expect(gap).toBe(overallText(result));
    expect(steps).toEqual(expectedSteps(result, pointer));
    expect(nonAnswers).toBe(openQuestionsSentence(result, 'nl'));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('with the same answer everywhere: names that before the result, offers the answers again, and asks once', {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await open(kantellatPage, VIEWPORTS[0]);
    const total = kantellat.questions.length;
    await walk(page, total, async () => {
      await options(page).nth(1).check();
    });
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(tCheck('nl', 'consistency.ask'));
    const notice = await page.locator('p.notice').innerText();
    await page.screenshot({ path: join(SHOTS, 'phone-6-consistency.png') });
    expect(await axe(page)).toEqual([]);
    // Look again: back to the summary with every answer kept.
    await page.getByRole('button', { name: tCheck('nl', 'consistency.review') }).click();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      tCheck('nl', 'summary.title', { answered: total, total }),
    );
    // Asked once: the next "show my result" shows it.
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      tCheck('nl', 'result.title', { title: localize(kantellat.title, 'nl') }),
    );
    const steps = await pageSteps(page);
    const pointer = (await page.locator('p.pointer').count()) > 0;
    const { result } = await downloadAndScore(page, 'same');
    expect(result.consistency.flagged).toBe(true);
    expect(notice).toBe(consistencyNotice(result.consistency, localeOf('nl')));
    expect(steps).toEqual(expectedSteps(result, pointer));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks no name for an anonymous set (the client card), and writes none', { timeout: 60_000 }, async () => {
    const file = join(temp, 'client.html');
    expect((await runCliInProcess(['--questions', 'kantellat-client', 'form', '-o', file])).code).toBe(0);
    const client = await loadQuestionSet('kantellat-client');
    expect(client.source.anonymous).toBe(true);
    const { page, errors } = await open(file, VIEWPORTS[0]);
    await walk(page, client.questions.length, async (number) => {
      await options(page)
        .nth(number % 2)
        .check();
    });
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      tCheck('nl', 'summary.title', { answered: client.questions.length, total: client.questions.length }),
    );
    expect(await page.locator('#respondent').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
    const { text, result } = await downloadAndScore(page, 'client', ['--questions', 'kantellat-client']);
    expect(text).not.toMatch(/^respondent:/m);
    expect(result.respondent).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be done with the keyboard alone: Tab, arrows, Space and Enter', async () => {
    const { page, errors } = await open(kantellatPage, VIEWPORTS[1]);
    const focused = () =>
      page.evaluate(
        `(() => { const e = document.activeElement; return e ? (e.tagName + ':' + (e.getAttribute('type') ?? '') + ':' + (e.textContent ?? '').trim()) : ''; })()`,
      );
    /** Presses Tab until the focus is on what `wanted` matches (at most 40 times). */
    const tabTo = async (wanted: RegExp): Promise<void> => {
      for (let i = 0; i < 40; i++) {
        if (wanted.test(String(await focused()))) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`focus never reached ${wanted}; it is on ${String(await focused())}`);
    };
    await tabTo(/^BUTTON:button:Begin$/);
    await page.keyboard.press('Enter');
    const total = kantellat.questions.length;
    for (let number = 1; number <= total; number++) {
      expect(await progress(page)).toBe(progressOf(number));
      await tabTo(/^INPUT:radio:/);
      // The first arrow press moves to the second option and chooses it; Space keeps it chosen.
      await page.keyboard.press('ArrowDown');
      if (number % 2 === 0) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await tabTo(/^BUTTON:submit:/);
      await page.keyboard.press('Enter');
    }
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      tCheck('nl', 'summary.title', { answered: total, total }),
    );
    await tabTo(/^BUTTON:button:Wijzig antwoord op vraag 1$/);
    await page.keyboard.press('Space');
    expect(await progress(page)).toBe(progressOf(1));
    await tabTo(/^INPUT:radio:/);
    await page.keyboard.press('ArrowDown');
    await tabTo(/^BUTTON:submit:/);
    await page.keyboard.press('Enter');
    await tabTo(/^BUTTON:button:Toon mijn uitslag$/);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('De Kantellat · jouw uitslag');
    // The focus is visible: the focused button gets an outline.
    await tabTo(/^BUTTON:button:Download mijn antwoorden$/);
    const outline = await page.evaluate(`getComputedStyle(document.activeElement).outlineStyle`);
    expect(outline).toBe('solid');
    await shot(page, 'keyboard-result-focus');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language when the set has two, and keeps the answers', async () => {
    const { page, errors } = await open(kantellatPage, VIEWPORTS[0]);
    await page.getByRole('button', { name: 'Begin' }).click();
    await options(page).nth(2).check();
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await progress(page)).toBe(progressOf(1, 'en'));
    expect(await options(page).nth(2).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await progress(page)).toBe(progressOf(2, 'en'));
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide screen without sideways scrolling, and keeps two sets apart', async () => {
    const file = join(temp, 'klein.html');
    expect(
      (
        await runCliInProcess([
          '--questions',
          join('tests', 'fixtures', 'check-small', 'questions.yaml'),
          'form',
          '-o',
          file,
        ])
      ).code,
    ).toBe(0);
    const { page, errors } = await open(file, { width: 320, height: 640 });
    const wide = () => page.evaluate('document.documentElement.scrollWidth');
    expect(await wide()).toBe(320);
    await page.getByRole('button', { name: 'Begin' }).click();
    await options(page).nth(1).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    expect(await wide()).toBe(320);
    // The Kantellat's page in the same browser starts fresh: its draft is its own.
    const other = await context.newPage();
    await other.goto(pathToFileURL(kantellatPage).href);
    expect(await other.getByRole('heading', { level: 2 }).innerText()).toBe('Voordat je begint');
    expect(
      await other.evaluate(
        'Object.keys(localStorage).filter((key) => key.startsWith("kantellat-form:klein@1.2.0")).length',
      ),
    ).toBe(1);
    await other.close();
    await page.reload({ waitUntil: 'load' });
    expect(await progress(page)).toBe('Vraag 2 van 3 · Thema een');
    for (const label of ['Soms', 'Altijd']) {
      await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: /Volgende|Naar het overzicht/ }).click();
    }
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
    expect(await wide()).toBe(320);
    await shot(page, 'narrow-320-result');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a hostile set as text: nothing runs, nothing is fetched', async () => {
    const file = join(temp, 'hostile.html');
    const run = await runCliInProcess(['--questions', HOSTILE, 'form', '-o', file]);
    expect(run.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<script/g)?.length).toBe(3);
    const { page, errors, requests, dialogs } = await open(file);
    expect(await page.locator('h1').innerText()).toBe("Vijandig </title><script>alert('t')</script>");
    expect(await page.locator('main').innerText()).toContain(
      'Intro </style><style>body{display:none}</style> "quoted" \'single\' & ampersand',
    );
    await page.getByRole('button', { name: 'Begin' }).click();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Vraag </script><script>alert(3)</script> "een"?',
    );
    expect(await page.getByLabel('<img src=x onerror=alert(1)>').count()).toBe(1);
    expect(await page.getByLabel('</script><script>alert(2)</script>').count()).toBe(1);
    expect(await page.locator('img, a, iframe, object, embed, link').count()).toBe(0);
    await page.getByText('Uitleg bij deze vraag').click();
    expect(await page.locator('details p').innerText()).toBe('Hulp <a href=javascript:alert(4)>klik</a>');
    await page.getByLabel('<img src=x onerror=alert(1)>').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await options(page).nth(0).check();
    await page.getByRole('button', { name: 'Naar het overzicht' }).click();
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
    expect(await page.locator('ol.steps').innerText()).toContain('Doe <script>stap</script> een.');
    await shot(page, 'hostile-result');
    expect(await page.locator('script').count()).toBe(3);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('with submit: sends the answers once, revisions with the secret, and shows a refusal as an alert', async () => {
    const set = await loadQuestionSet(join(ROOT, 'tests', 'fixtures', 'check-small', 'questions.yaml'));
    const html = renderFormPage(set, { locale: localeOf('nl'), submit: { url: '/answers' } });
    const received: { secret: string | undefined; body: unknown }[] = [];
    let refuse = false;
    const read = (request: IncomingMessage): Promise<string> =>
      new Promise((resolve) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
    const server: Server = createServer((request, response) => {
      if (request.method === 'GET' && request.url === '/') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      if (request.method === 'POST' && request.url === '/answers') {
        void read(request).then((body) => {
          const secret = request.headers['x-participant-secret'];
          received.push({ secret: typeof secret === 'string' ? secret : undefined, body: JSON.parse(body) });
          if (refuse) {
            response
              .writeHead(409, { 'Content-Type': 'application/json' })
              .end(JSON.stringify({ error: { message: 'De sessie is gesloten.' } }));
          } else if (secret === undefined) {
            response
              .writeHead(201, { 'Content-Type': 'application/json' })
              .end(JSON.stringify({ participant: 'P1', secret: 's3cret', result: {} }));
          } else {
            response
              .writeHead(200, { 'Content-Type': 'application/json' })
              .end(JSON.stringify({ participant: 'P1', result: {} }));
          }
        });
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('the test server has no port');
      const { port } = address;
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.getByRole('button', { name: 'Begin' }).click();
      for (const label of ['Altijd', 'Soms']) {
        await page.getByLabel(label, { exact: true }).check();
        await page.getByRole('button', { name: /Volgende|Naar het overzicht/ }).click();
      }
      await page.getByLabel('Weet ik niet', { exact: true }).check();
      await page.getByRole('button', { name: 'Naar het overzicht' }).click();
      await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
      await expect
        .poll(() => page.locator('.submit [role="status"]').innerText())
        .toBe('Je antwoorden zijn verstuurd naar de sessie.');
      expect(received[0]).toEqual({
        secret: undefined,
        body: {
          questionSet: 'klein',
          version: '1.2.0',
          date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
          answers: { q1: 'altijd', q2: 'soms', q3: 'nvt' },
        },
      });
      // A revision goes with the secret.
      await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
      await page.getByRole('button', { name: 'Wijzig antwoord op vraag 1' }).click();
      await page.getByLabel('Nooit', { exact: true }).check();
      await page.getByRole('button', { name: 'Bewaar en terug naar het overzicht' }).click();
      await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
      await expect
        .poll(() => page.locator('.submit [role="status"]').innerText())
        .toBe('Je gewijzigde antwoorden zijn verstuurd naar de sessie.');
      expect(received[1]?.secret).toBe('s3cret');
      // A refusal: the server's message as an alert, the answers still on the page.
      refuse = true;
      await page.getByRole('button', { name: 'Antwoorden wijzigen' }).click();
      await page.getByRole('button', { name: 'Toon mijn uitslag' }).click();
      await expect.poll(() => page.locator('.submit [role="alert"]').innerText()).toContain('De sessie is gesloten.');
      expect(await page.locator('section.overall').isVisible()).toBe(true);
      expect(await axe(page)).toEqual([]);
      refuse = false;
      await page.getByRole('button', { name: 'Opnieuw versturen' }).click();
      await expect
        .poll(() => page.locator('.submit [role="status"]').innerText())
        .toBe('Je gewijzigde antwoorden zijn verstuurd naar de sessie.');
      expect(received).toHaveLength(4);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      // The browser keeps its connection alive; close it, or close() waits for it.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a script the policy does not allow, so the policy is really enforced', async () => {
    const { page, errors } = await open(kantellatPage);
    await page.evaluate(
      `(() => { const s = document.createElement('script'); s.textContent = 'document.title = "ran"'; document.head.append(s); })()`,
    );
    expect(await page.title()).toBe('De Kantellat');
    expect(errors.some((error) => /Content Security Policy/i.test(error))).toBe(true);
    // And the axe check does see a fault: an input without a label.
    await page.evaluate(`document.querySelector('main').append(document.createElement('input'))`);
    expect((await axe(page)).some((violation) => violation.startsWith('label:'))).toBe(true);
    await page.close();
  });
});
