import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext } from 'playwright-core';
import { CHROMIUM, chromiumFor, launchChromiumContext } from '../helpers/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli.js';

// The HTML report opened in Debian's headless Chromium (.ci/run installs the package when it is
// missing; Playwright's own browser download is not available here). Without the browser the
// test is skipped, saying why, rather than failing.
const available = chromiumFor('report-html');

const GROUP = join('tests', 'fixtures', 'report-group');
const BASELINE = join('tests', 'fixtures', 'report-baseline');
/** Screenshots go outside the repository, where a person can look at them after the run. */
export const SCREENSHOT = join(tmpdir(), 'kantellat-report-group-1280x800.png');
export const SCREENSHOT_FULL = join(tmpdir(), 'kantellat-report-group-full.png');
export const PRINT_PDF = join(tmpdir(), 'kantellat-report-group-a4.pdf');
export const SCREENSHOT_PHONE = join(tmpdir(), 'kantellat-report-group-phone-400.png');
const AXE = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

describe.skipIf(!available)(`HTML report in headless Chromium (${CHROMIUM})`, () => {
  const temp = mkdtempSync(join(tmpdir(), 'kantellat-report-html-'));
  let context: BrowserContext;

  beforeAll(async () => {
    context = await launchChromiumContext(join(temp, 'profile'), {
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
    const run = await runCliInProcess(['report', ...args, '--format', 'html', '-o', file]);
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

  it('fits a 400 px phone: no sideways scrolling, charts scaled to the width and still legible, wide tables scroll in their own box, no axe violations', async () => {
    const { page, errors } = await open(['--names', GROUP, '--baseline', BASELINE, '--force']);
    await page.setViewportSize({ width: 400, height: 800 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    // Every chart's box fits the column; the chart keeps a width at which its smallest text is
    // still at least 9 CSS px on screen, and scrolls inside its box (focusable) rather than the page.
    const charts = await page.evaluate(`[...document.querySelectorAll('svg.chart')].map((svg) => {
      const box = svg.parentElement;
      const sizes = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0);
      return { id: svg.querySelector('title')?.id ?? '?', box: box.classList.contains('chart-scroll') && box.tabIndex === 0, right: box.getBoundingClientRect().right, smallest: Math.min(...sizes) };
    })`);
    expect(Array.isArray(charts) && charts.length).toBe(5 + 12);
    for (const chart of Array.isArray(charts) ? charts : []) {
      expect(chart.box, chart.id).toBe(true);
      expect(chart.right, chart.id).toBeLessThanOrEqual(400);
      expect(chart.smallest, chart.id).toBeGreaterThanOrEqual(9);
    }
    // A table wider than the phone scrolls inside its own box, which the keyboard can reach.
    const tables = await page.evaluate(`[...document.querySelectorAll('table')].map((table) => {
      const box = table.parentElement;
      return { wrapped: box.classList.contains('table-scroll'), right: box.getBoundingClientRect().right, focusable: box.tabIndex === 0 };
    })`);
    for (const table of Array.isArray(tables) ? tables : [])
      expect(table).toEqual({ wrapped: true, right: expect.any(Number), focusable: true });
    for (const table of Array.isArray(tables) ? tables : []) expect(table.right).toBeLessThanOrEqual(400);
    await page.screenshot({ path: SCREENSHOT_PHONE, fullPage: true });
    await page.evaluate(AXE);
    const violations =
      await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    console.log(`report-html: phone screenshot ${SCREENSHOT_PHONE}`);
    await page.close();
  });

  it('is anonymous by default and English with --lang en', async () => {
    const file = join(temp, 'english.html');
    const run = await runCliInProcess(['--lang', 'en', 'report', GROUP, '--format', 'html', '-o', file]);
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
