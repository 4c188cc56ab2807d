import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium (the package "chromium"), as CI installs it; never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is installed; if not, says once that `file`'s browser tests are skipped, and why. */
export function chromiumFor(file: string): boolean {
  const available = existsSync(CHROMIUM);
  if (!available)
    console.warn(`${file}: browser tests skipped, ${CHROMIUM} not found (install the Debian package "chromium")`);
  return available;
}

/** Headless, without the sandbox (containers) and without anything that would call out to the network. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A browser for tests that open several contexts (the session's phones and projector). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** One browser context with its own profile folder (downloads, localStorage). */
export function launchChromiumContext(
  profile: string,
  options: { viewport: { width: number; height: number }; acceptDownloads?: boolean },
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, ...options });
}
