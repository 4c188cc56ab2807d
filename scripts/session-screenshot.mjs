// Makes docs/session-projector.png, the README's picture of a group session: `kantellat
// session` on 127.0.0.1 with the twelve answer files of tests/fixtures/report-group sent to it
// as a room would, and its projector page in Debian's headless Chromium. Run after a build:
//   node scripts/session-screenshot.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'kantellat-session-shot-'));
const child = spawn(
  process.execPath,
  [join(root, 'bin', 'kantellat.js'), 'session', join(work, 'sessie'), '--host', '127.0.0.1', '--port', '0', '--json'],
  {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
try {
  const info = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('no JSON line within 15 s')), 15_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(JSON.parse(out.slice(0, out.indexOf('\n'))));
      }
    });
  });
  const group = join(root, 'tests', 'fixtures', 'report-group');
  for (const name of readdirSync(group)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const response = await fetch(`${info.join}answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(parse(readFileSync(join(group, name), 'utf8'))),
    });
    if (response.status !== 201) throw new Error(`${name}: HTTP ${response.status} ${await response.text()}`);
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    // A 1280×800 projector, drawn at half size: small enough for the README, every label still readable.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 0.5 });
    const page = await context.newPage();
    await page.goto(info.projector);
    await page.locator('#live section#themes').waitFor({ timeout: 10_000 });
    const file = join(root, 'docs', 'session-projector.png');
    await page.screenshot({ path: file });
    process.stderr.write(`wrote ${file}\n`);
  } finally {
    await browser.close();
  }
} finally {
  child.kill('SIGINT');
  await new Promise((resolve) => child.on('exit', resolve));
  rmSync(work, { recursive: true, force: true });
}
