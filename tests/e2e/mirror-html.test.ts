import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, chromiumFor, launchChromiumContext } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli.js';

// The client's paper card and the mirror page, opened in Debian's headless Chromium as
// tests/e2e/report-html.test.ts does. Skipped, saying why, when the browser is not there.
const available = chromiumFor('mirror-html');

/** Where a person can look at what the test saw, after the run. */
export const CARD_SCREENSHOT = join(tmpdir(), 'kantellat-client-card.png');
export const CARD_PDF = join(tmpdir(), 'kantellat-client-card-a5.pdf');
export const MIRROR_SCREENSHOT = join(tmpdir(), 'kantellat-mirror.png');

/** A5 in PostScript points (148 mm × 210 mm). */
const A5 = { width: 419.53, height: 595.28 };

describe.skipIf(!available)(`client card and mirror page in headless Chromium (${CHROMIUM})`, () => {
  const temp = mkdtempSync(join(tmpdir(), 'kantellat-mirror-html-'));
  let context: BrowserContext;

  beforeAll(async () => {
    context = await launchChromiumContext(join(temp, 'profile'), {
      viewport: { width: 560, height: 794 },
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  /** WCAG 2 A/AA violations axe-core finds (run through the DevTools protocol, which the page's CSP does not govern). */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    const result: unknown = await page.evaluate(
      `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.length))`,
    );
    return Array.isArray(result) ? result.map(String) : ['axe did not run'];
  }

  async function open(html: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!/^(data|about):/.test(request.url())) requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('the client card prints on A5 in large type, without a name line, and runs or fetches nothing', async () => {
    const run = await runCliInProcess(['questions', '--questions', 'kantellat-client', '--format', 'html']);
    expect(run.code).toBe(0);
    const { page, errors, requests } = await open(run.stdout);
    expect(await page.locator('head > :first-child').getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(await page.locator('h1').innerText()).toBe('Hoe was uw gesprek?');
    expect(await page.locator('ol.questions > li').count()).toBe(12);
    // Five boxes a question: Nee, Een beetje, Ja, Weet ik niet, Geldt niet voor mij.
    expect(await page.locator('ol.questions > li').first().locator('.box').count()).toBe(5);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Naam:|Datum:/);
    expect(text).not.toContain('Uitleg bij deze vraag');
    expect(text).toContain('Nog geen verslag gehad?');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // Large type on paper: questions at 15.8 pt (21 px), answers at 14 pt (18.67 px), the intro at 12.9 pt (17 px), the questions larger still.
    // (A string, because the test runs in Node: its types know no DOM.)
    const px = async (selector: string): Promise<number> =>
      Number.parseFloat(
        String(await page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize`)),
      );
    expect(await px('p.intro')).toBeGreaterThanOrEqual(17);
    expect(await px('p.question')).toBeGreaterThanOrEqual(21);
    expect(await px('ul.options li')).toBeGreaterThanOrEqual(18.6);
    await page.screenshot({ path: CARD_SCREENSHOT, fullPage: true });
    const pdf = await page.pdf({ path: CARD_PDF, preferCSSPageSize: true, printBackground: true });
    const raw = pdf.toString('latin1');
    const boxes = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const [width, height] of boxes) {
      expect(Math.abs((width ?? 0) - A5.width)).toBeLessThan(1);
      expect(Math.abs((height ?? 0) - A5.height)).toBeLessThan(1);
    }
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    console.log(`mirror-html: card ${CARD_SCREENSHOT}, A5 print ${CARD_PDF} (${boxes.length} pages)`);
    await page.close();
  });

  it('the card in English', async () => {
    const run = await runCliInProcess([
      '--lang',
      'en',
      'questions',
      '--questions',
      'kantellat-client',
      '--format',
      'html',
    ]);
    const { page } = await open(run.stdout);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('How was your conversation?');
    expect(await page.locator('body').innerText()).toContain('Does not apply to me');
    await page.close();
  });

  it('the mirror page: paired bars with numbers, the prompts, nothing run or fetched', async () => {
    const file = join(temp, 'mirror.html');
    const run = await runCliInProcess([
      'mirror',
      'tests/fixtures/mirror-kantellat/self.yaml',
      'tests/fixtures/mirror-kantellat/clients',
      '--format',
      'html',
      '-o',
      file,
    ]);
    expect(run.code).toBe(0);
    const { page, errors, requests } = await open(readFileSync(file, 'utf8'));
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('svg.chart').count()).toBe(1);
    // Two bars per theme, each with its number; the largest gap (own strength, 75 against 12,5) first.
    const numbers = await page.locator('svg.chart text[font-size="32"]').allTextContents();
    expect(numbers.slice(0, 2)).toEqual(['75', '12,5']);
    expect(numbers).toHaveLength(12);
    expect(await page.locator('ol.starters li').count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('script, img, iframe, object, embed, link').count()).toBe(0);
    await page.screenshot({ path: MIRROR_SCREENSHOT, fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
