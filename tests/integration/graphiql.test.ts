import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { DEMO_BAD_OUTPUT } from '../../src/http/graphiql.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { metrics } from '../../src/observability/metrics.js';
import { loadDemoOrganisation, type SeedSummary } from '../../seed/organisation.js';
import { launchChromium } from '../helpers/browser.js';
import { useHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';

const { h } = useHarness({ auth: 'real' });
let seed: SeedSummary;
let server: Awaited<ReturnType<typeof listen>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let key: string;

beforeAll(async () => {
  seed = await loadDemoOrganisation({ db: h.db, services: h.services, prefix: h.prefix });
  key = await h.createKey(['AUDITOR']);
  // The same app as production, opening GraphiQL on this file's copy of the demo output.
  const yoga = createApp({ db: h.db, config: h.config, services: h.services, graphiqlExampleOutput: seed.examples.badOutput });
  server = await listen(createHttpHandler({ yoga, db: h.db, metrics }));
  chromium = await launchChromium();
}, 240_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('GraphiQL', () => {
  it('opens on the demo bad-release output that the README quotes', () => {
    expect(seed.examples.badOutput.replace(`${h.prefix}-`, '')).toBe(DEMO_BAD_OUTPUT);
  });

  it('renders without the internet and runs its example query once the key is in the Headers pane', { timeout: 120_000 }, async () => {
    await chromium.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await chromium.browser.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    // Anything not served by Provenant itself is refused, as on a machine without internet access.
    await page.route(
      (url) => !url.href.startsWith(server.url) && url.protocol.startsWith('http'),
      (route) => route.abort(),
    );

    await page.goto(`${server.url}/graphql`);
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect.poll(() => queryEditor.innerText(), { timeout: 60_000 }).toContain('BadReleaseOutput');
    await expect.poll(() => page.locator('.graphiql-editor-tools').innerText()).toContain('Headers');

    // Enter the key in the Headers pane, as the example's comment says.
    const headers = page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)');
    await headers.click();
    await page.keyboard.press('Control+A');
    // Pasted, as a person would (typing would fight the editor's auto-closing quotes and brackets).
    await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify({ Authorization: `Bearer ${key}` }));
    await page.keyboard.press('Control+V');
    await expect.poll(() => headers.innerText()).toContain(key.slice(-8));
    await page.locator('.graphiql-execute-button').click();

    // The editor renders spaces as no-break spaces.
    const result = async () => (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(result, { timeout: 30_000 }).toContain(seed.examples.badRelease);
    const text = await result();
    expect(text).not.toContain('"errors"');
    expect(text).toMatch(/"servedByEnvironment": true/);
    // GraphiQL links the web console, at the same origin.
    expect(await page.getByRole('link', { name: /web console/ }).getAttribute('href')).toBe('/ui');
    expect(foreign).toEqual([]);
    await page.close();
  });
});
