import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium (installed by .ci/run); PROVENANT_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.PROVENANT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium with a fresh profile and no background traffic of its own, so a page that
 * reached the internet would fail rather than pass quietly. Fails (never skips) without chromium.
 */
export async function launchChromium(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium; .ci/run does) or set PROVENANT_CHROMIUM`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'provenant-chromium-'));
  // Playwright passes the profile as --user-data-dir itself.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
