import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { projectPath } from '../../src/project-root.js';

/**
 * Driving the web console in Chromium for tests/integration/console*.test.ts: tabs that refuse and
 * count every request beyond the server and record console errors, sign-in as a person does it, and
 * the per-page checks (axe-core, no foreign request, no console error).
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Where the tests write the screenshots the README shows. */
export const SHOTS = projectPath('docs', 'screenshots');

export interface Watched {
  page: Page;
  foreign: string[];
  errors: string[];
}

export function consoleBrowser(browser: () => BrowserContext, serverUrl: () => string) {
  /** A new tab that refuses and counts every request beyond this server, and records console errors. */
  async function newTab(): Promise<Watched> {
    const server = serverUrl();
    const page = await browser().newPage();
    // Tall enough that the screenshots in docs/screenshots show the picture below the controls.
    await page.setViewportSize({ width: 1280, height: 1100 });
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(
      (url) => !url.href.startsWith(server) && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );
    return { page, foreign, errors };
  }

  /** Signs in as a person would: the "API key" field, then Enter. */
  async function signedIn(key: string, path = '/ui'): Promise<Watched> {
    const tab = await newTab();
    await tab.page.goto(`${serverUrl()}${path}`);
    await tab.page.getByLabel('API key').fill(key);
    await tab.page.getByLabel('API key').press('Enter');
    await tab.page.getByRole('button', { name: 'Sign out' }).waitFor();
    return tab;
  }

  /** Zero serious or critical axe-core violations, no foreign request, no console error; then the tab closes. */
  async function checkAndClose(tab: Watched, screenshot?: string): Promise<void> {
    if (screenshot) await tab.page.screenshot({ path: `${SHOTS}/${screenshot}.png` });
    // Evaluated over the DevTools protocol, so the page's CSP (scripts from 'self' only) still holds for the page.
    await tab.page.evaluate(axeSource);
    const violations = await tab.page.evaluate(async () => {
      const axe = (window as any).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
        .map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`);
    });
    expect(violations).toEqual([]);
    expect(tab.foreign).toEqual([]);
    expect(tab.errors).toEqual([]);
    await tab.page.close();
  }

  return { newTab, signedIn, checkAndClose };
}

/** The node ids the lineage explorer lists for the answer it drew. */
export async function listedIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid="lineage-nodes"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node-id')!));
  return ids.sort();
}

/** Waits until the lineage explorer has drawn its laid-out picture. */
export async function graphDrawn(page: Page): Promise<void> {
  await page.locator('[data-testid="lineage-graph"][data-ready="true"] .react-flow__node').first().waitFor({ timeout: 30_000 });
}
