import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The HTML report opened in Debian's headless Chromium (.ci/run installs the package when it is
// missing; Playwright's own browser download is not available here). Without the browser the
// test is skipped, saying why, rather than failing.
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`report-html: skipped, ${CHROMIUM} not found (install the Debian package "chromium")`);

const GROUP = join('tests', 'fixtures', 'report-group');
const BASELINE = join('tests', 'fixtures', 'report-baseline');
/** Screenshots go outside the repository, where a person can look at them after the run. */
export const SCREENSHOT = join(tmpdir(), 'kantellat-report-group-1280x800.png');
export const SCREENSHOT_FULL = join(tmpdir(), 'kantellat-report-group-full.png');
export const PRINT_PDF = join(tmpdir(), 'kantellat-report-group-a4.pdf');

describe.skipIf(!available)(`HTML report in headless Chromium (${CHROMIUM})`, () => {
  const temp = mkdtempSync(join(tmpdir(), 'kantellat-report-html-'));
  let context: BrowserContext;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(join(temp, 'profile'), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  /** Opens a report in a fresh page and records everything the page tried to do. */
  async function open(args: string[]) {
    const file = join(temp, `report-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.html`);
    const run = await runCli(['report', ...args, '--format', 'html', '-o', file]);
    expect(run.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (!/^(data|about):/.test(request.url())) requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // setContent keeps the page at about:blank, so any request at all is one the page made itself.
    await page.setContent(html, { waitUntil: 'load' });
    return { page, html, errors, requests, dialogs };
  }

  it('shows the 12-person session with its charts, runs nothing and fetches nothing', async () => {
    const { page, errors, requests, dialogs } = await open(['--names', GROUP, '--baseline', BASELINE]);
    expect(await page.locator('head > :first-child').getAttribute('http-equiv')).toBe('Content-Security-Policy');
    // themes, baseline, levels, histogram, heat map, and one per question
    expect(await page.locator('svg.chart').count()).toBe(5 + 12);
    // The heat map: a cell for the overall score and each of the six themes, for all 12 participants.
    const heatmap = page.locator('svg.chart:has(title#chart-heatmap)');
    expect(await heatmap.locator('rect').count()).toBe(12 * 7);
    // The theme chart carries each mean as a number (the same as the golden Markdown).
    const themeNumbers = await page.locator('svg.chart:has(title#chart-themes) text[font-size="36"]').allTextContents();
    expect(themeNumbers).toEqual(['69', '59,6', '48,1', '51,3', '52,5', '21,7']);
    expect(await page.locator('script, img, iframe, object, embed, link').count()).toBe(0);
    // The respondent called <img src=x onerror=alert(1)> is a row label in the heat map, as text.
    expect(await page.locator('svg.chart text', { hasText: '<img src=x onerr' }).count()).toBe(1);
    expect(await page.locator('text=Mehmet Yılmaz').count()).toBe(1);
    expect(await page.getByText('geheim').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('Ecogram');
    expect(await page.locator('ol.starters li').count()).toBe(6);
    await page.screenshot({ path: SCREENSHOT });
    await page.screenshot({ path: SCREENSHOT_FULL, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: PRINT_PDF, format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    console.log(`report-html: screenshots ${SCREENSHOT} and ${SCREENSHOT_FULL}, A4 print ${PRINT_PDF}`);
    await page.close();
  });

  it('is anonymous by default and English with --lang en', async () => {
    const file = join(temp, 'english.html');
    const run = await runCli(['--lang', 'en', 'report', GROUP, '--format', 'html', '-o', file]);
    expect(run.code).toBe(0);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'load' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('The Kantellat · Group report');
    const text = await page.locator('body').innerText();
    expect(text).toContain('To talk about');
    for (const name of ['Anouk', 'Mehmet', '<img']) expect(text).not.toContain(name);
    expect(await page.locator('svg.chart text', { hasText: /^P12$/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a style the policy does not allow, so the policy is really enforced', async () => {
    const { page, errors } = await open([GROUP]);
    // A second style element is not in the policy's hash: Chromium must refuse it and say so.
    // (A string, because the test runs in Node: its types know no DOM.)
    await page.evaluate(`(() => {
      const style = document.createElement('style');
      style.textContent = 'body { display: none; }';
      document.head.append(style);
    })()`);
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(errors.some((error) => /Content Security Policy/i.test(error))).toBe(true);
    await page.close();
  });
});
