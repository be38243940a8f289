import { mkdirSync, readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CSP } from '../../src/http/console-route.js';
import { createApp } from '../../src/http/app.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { metrics } from '../../src/observability/metrics.js';
import { loadDemoOrganisation, type SeedSummary } from '../../seed/organisation.js';
import { launchChromium } from '../helpers/browser.js';
import { useHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';
import { graphql } from '../graphql/index.js';
import { DEFINE_MONITOR, RUN_MONITORS } from '../helpers/monitors.js';
import { consoleBrowser, graphDrawn, listedIds, SHOTS } from './console-browser.js';

/**
 * The web console at /ui, driven in headless Chromium on the demo organisation: every view, for the
 * roles that see it differently. Every page is checked by axe-core (no serious or critical
 * violations), makes no request beyond this server, and logs no console error.
 */

const { h } = useHarness({ auth: 'real' });
let seed: SeedSummary;
let server: Awaited<ReturnType<typeof listen>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
const keys = {} as Record<'admin' | 'auditor' | 'viewer' | 'approver' | 'publicViewer', string>;
const { newTab, signedIn, checkAndClose } = consoleBrowser(
  () => chromium.browser,
  () => server.url,
);

const LINEAGE = graphql(`
  query ConsoleTestLineage($id: ID!, $direction: LineageDirection!, $depth: Int, $asOf: DateTime, $maxNodes: Int) {
    lineage(id: $id, direction: $direction, depth: $depth, asOf: $asOf, maxNodes: $maxNodes) {
      truncated
      nodes {
        id
        label
        redacted
      }
    }
  }
`);

/** A system's production alias moves and its drift alerts: instants the lineage slider must snap to. */
const MOVES_AND_ALERTS = graphql(`
  query ConsoleTestMovesAndAlerts($system: ID!) {
    aliasHistory(system: $system, environment: "production", first: 40) {
      edges {
        node {
          createdAt
          from {
            id
          }
          to {
            id
          }
        }
      }
    }
    driftAlerts(system: $system, first: 40) {
      edges {
        node {
          createdAt
          resolvedAt
          release {
            id
          }
        }
      }
    }
  }
`);

/** What the API lets a key see of the strategy decisions on a system's use cases: the timeline shows exactly that. */
const STRATEGY_DECISIONS = graphql(`
  query ConsoleTestStrategyDecisions($system: ID!) {
    node(id: $system) {
      ... on System {
        strategyDecisions(first: 40) {
          id
          redacted
          strategy
        }
      }
    }
  }
`);

const OPEN_ALERT = graphql(`
  mutation ConsoleTestOpenAlert($input: OpenDriftAlertInput!) {
    openDriftAlert(input: $input) {
      id
    }
  }
`);

const SEARCH = graphql(`
  query ConsoleTestSearch($text: String!) {
    search(text: $text, first: 25) {
      node {
        id
      }
    }
  }
`);

beforeAll(async () => {
  seed = await loadDemoOrganisation({ db: h.db, services: h.services, prefix: h.prefix });
  keys.admin = await h.createKey(['ADMIN'], 'RESTRICTED', `service:${h.prefix}-admin`);
  keys.auditor = await h.createKey(['AUDITOR'], 'RESTRICTED', `service:${h.prefix}-auditor`);
  keys.viewer = await h.createKey(['VIEWER'], 'RESTRICTED', `service:${h.prefix}-viewer`);
  keys.approver = await h.createKey(['APPROVER'], 'RESTRICTED', `service:${h.prefix}-approver`);
  keys.publicViewer = await h.createKey(['VIEWER'], 'PUBLIC', `service:${h.prefix}-public`);
  const yoga = createApp({ db: h.db, config: h.config, services: h.services, graphiqlExampleOutput: seed.examples.badOutput });
  server = await listen(createHttpHandler({ yoga, db: h.db, metrics }));
  chromium = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function lineageIds(
  key: string,
  vars: { id: string; direction: 'BOTH' | 'UPSTREAM' | 'DOWNSTREAM'; depth: number; asOf?: string | null },
) {
  const r = await h.gql(LINEAGE, { ...vars, maxNodes: 2000 }, h.bearer(key));
  expect(r.errors).toBeUndefined();
  return r.data!.lineage.nodes;
}

async function saved(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const d = await download;
  const file = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(file!, 'utf8') };
}

describe('the console at /ui', () => {
  it('is served without a credential, with a CSP of this origin only, at every deep link', async () => {
    const page = await fetch(`${server.url}/ui/lineage/${encodeURIComponent(seed.examples.badOutput)}?asOf=2026-01-01T00:00:00Z`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).not.toMatch(/unsafe|https?:|data:|\*/);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const asset = /src="(\/ui\/assets\/[^"]+\.js)"/.exec(html)![1];
    expect((await fetch(`${server.url}${asset}`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${server.url}/ui/assets/nothing.js`)).status).toBe(404);
    // The data is not open: the same origin's API still wants the key.
    expect(
      (
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          body: '{"query":"{viewer{id}}"}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(401);
  });

  it('signs in with the "API key" field and Enter, and finds nodes by name', { timeout: 120_000 }, async () => {
    const hits = await h.gql(SEARCH, { text: 'policy' }, h.bearer(keys.admin));
    const first = hits.data!.search[0]!.node.id;
    const tab = await signedIn(keys.admin);
    await tab.page.getByLabel('Search by id or name').fill('policy');
    await tab.page.getByLabel('Search by id or name').press('Enter');
    await expect.poll(() => tab.page.locator('main').innerText(), { timeout: 30_000 }).toContain(first);
    await tab.page.getByRole('region', { name: 'Search results' }).waitFor();
    await checkAndClose(tab, 'search');
  });

  it('says plainly when a key is refused', { timeout: 60_000 }, async () => {
    const tab = await newTab();
    await tab.page.goto(`${server.url}/ui`);
    await tab.page.getByLabel('API key').fill('pk_not_a_real_key');
    await tab.page.getByLabel('API key').press('Enter');
    await expect.poll(() => tab.page.getByRole('alert').innerText()).toContain('UNAUTHENTICATED');
    // The browser logs the 401 itself; that one is expected.
    tab.errors.splice(0, tab.errors.length, ...tab.errors.filter((e) => !/401/.test(e)));
    await checkAndClose(tab);
  });
});

describe('the lineage explorer', () => {
  it('moving the time slider redraws exactly what lineage(asOf) answers for that instant', { timeout: 120_000 }, async () => {
    const id = seed.examples.trainingDatasets[0];
    const vars = { id, direction: 'DOWNSTREAM' as const, depth: 4 };
    const tab = await signedIn(keys.admin, `/ui/lineage/${encodeURIComponent(id)}?direction=DOWNSTREAM&depth=4`);
    await graphDrawn(tab.page);
    const now = (await lineageIds(keys.admin, vars)).map((n) => n.id).sort();
    await expect.poll(() => listedIds(tab.page)).toEqual(now);

    const slider = tab.page.getByRole('slider', { name: 'As of' });
    await slider.focus();
    let asOf: string | null = null;
    // Back through the snapped instants until the answer differs from now's.
    for (let i = 0; i < 6; i++) {
      await slider.press('ArrowLeft');
      await expect.poll(() => new URL(tab.page.url()).searchParams.get('asOf')).not.toBe(asOf);
      asOf = new URL(tab.page.url()).searchParams.get('asOf');
      const then = (await lineageIds(keys.admin, { ...vars, asOf })).map((n) => n.id).sort();
      await expect.poll(() => listedIds(tab.page), { timeout: 15_000 }).toEqual(then);
      if (then.length !== now.length) break;
    }
    expect(asOf).not.toBeNull();
    expect((await listedIds(tab.page)).length).toBeLessThan(now.length);
    await expect.poll(() => tab.page.getByTestId('asof-label').innerText()).toMatch(/\d{4}-\d\d-\d\d/);
    await graphDrawn(tab.page);
    await checkAndClose(tab, 'lineage-time-slider');
  });

  it(
    "snaps to the alias moves and drift alerts of the answer's releases, and redraws lineage(asOf) there",
    { timeout: 120_000 },
    async () => {
      const id = seed.examples.badRelease;
      const system = seed.examples.systems['policy-qa'];
      const vars = { id, direction: 'UPSTREAM' as const, depth: 2 };
      // The demo has no drift alert: open one on the bad release (it no longer serves, so nothing rolls back).
      await h.ok(OPEN_ALERT, { input: { system, release: id, reason: 'Console test: groundedness fell on v3.' } }, h.bearer(keys.admin));
      const around = (await h.gql(MOVES_AND_ALERTS, { system }, h.bearer(keys.admin))).data!;
      const moves = (around.aliasHistory.edges ?? [])
        .map((e) => e!.node!)
        .filter((m) => m.to?.id === id || m.from?.id === id)
        .map((m) => Date.parse(m.createdAt!));
      const alerts = (around.driftAlerts.edges ?? [])
        .map((e) => e!.node!)
        .filter((a) => a.release?.id === id)
        .flatMap((a) => [a.createdAt, a.resolvedAt].filter((t): t is string => !!t).map(Date.parse));
      expect(moves.length).toBeGreaterThanOrEqual(2); // promoted to it, rolled back from it
      expect(alerts.length).toBeGreaterThan(0);

      const tab = await signedIn(keys.viewer, `/ui/lineage/${encodeURIComponent(id)}?direction=UPSTREAM&depth=2`);
      await graphDrawn(tab.page);
      const slider = tab.page.getByRole('slider', { name: 'As of' });
      // The moves and alerts arrive after the answer: the slider gains their stops.
      await expect.poll(() => tab.page.locator('.slider .hint').innerText()).toMatch(/^\d+ instants/);
      await expect.poll(async () => Number(await slider.getAttribute('max')), { timeout: 15_000 }).toBeGreaterThan(0);
      await slider.focus();
      // Back from "now": the alert is the newest stop, the moves lie before it.
      await slider.press('End');
      const seen = new Set<string>();
      for (let i = 0; i < 60; i++) {
        const at = Date.parse(new URL(tab.page.url()).searchParams.get('asOf') ?? '');
        const label = await tab.page.getByTestId('asof-label').innerText();
        if (moves.includes(at)) {
          expect(label).toMatch(/production alias (moved|rolled back) to v\d/);
          seen.add('move');
        }
        if (alerts.includes(at)) {
          expect(label).toMatch(/drift alert on v\d+ (opened|resolved)/);
          seen.add('alert');
        }
        if (moves.includes(at) || alerts.includes(at)) {
          const asOf = new URL(tab.page.url()).searchParams.get('asOf');
          const then = (await lineageIds(keys.viewer, { ...vars, asOf })).map((n) => n.id).sort();
          await expect.poll(() => listedIds(tab.page), { timeout: 15_000 }).toEqual(then);
          await graphDrawn(tab.page);
        }
        if (seen.size === 2) break;
        if ((await slider.inputValue()) === '0') break;
        const before = tab.page.url();
        await slider.press('ArrowLeft');
        await expect.poll(() => tab.page.url()).not.toBe(before);
      }
      expect([...seen].sort()).toEqual(['alert', 'move']);
      await checkAndClose(tab);
    },
  );

  it('collapses and expands one node from the keyboard, with the focus visible on it', { timeout: 120_000 }, async () => {
    const id = seed.examples.badOutput;
    const tab = await signedIn(keys.admin, `/ui/lineage/${encodeURIComponent(id)}?direction=UPSTREAM&depth=4`);
    await graphDrawn(tab.page);
    const nodes = tab.page.locator('.react-flow__node');
    const all = await nodes.count();
    // Tab from the root's node to the next one: the output's invocation, through which everything else is reached.
    await tab.page.locator(`.react-flow__node[data-id="${id}"]`).focus();
    await tab.page.keyboard.press('Tab');
    const focused = () => tab.page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    const target = await focused();
    expect(target).not.toBeNull();
    expect(target).not.toBe(id);
    const outline = () =>
      tab.page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return `${s.outlineStyle} ${s.outlineWidth}`;
      });
    expect(await outline()).toMatch(/^solid [1-9]/);

    await tab.page.keyboard.press('Enter');
    await expect.poll(() => nodes.count(), { timeout: 20_000 }).toBeLessThan(all);
    const node = tab.page.locator(`.react-flow__node[data-id="${target}"]`);
    await expect.poll(() => node.getAttribute('aria-label')).toMatch(/collapsed: press Enter to expand/);
    // The focus stays on the node it acted on, visibly.
    expect(await focused()).toBe(target);
    expect(await outline()).toMatch(/^solid [1-9]/);
    await tab.page.screenshot({ path: `${SHOTS}/lineage-keyboard-collapse.png` });

    await tab.page.keyboard.press('Enter');
    await expect.poll(() => nodes.count(), { timeout: 20_000 }).toBe(all);
    expect(await focused()).toBe(target);
    await checkAndClose(tab);
  });

  it(
    'folds a large fan-out into a counted group that expands on a click, and exports PNG, SVG and PROV',
    { timeout: 120_000 },
    async () => {
      const id = seed.examples.badRelease;
      const tab = await signedIn(keys.admin, `/ui/lineage/${encodeURIComponent(id)}?direction=DOWNSTREAM&depth=2`);
      await graphDrawn(tab.page);
      const group = tab.page.locator('.react-flow__node.group').first();
      await expect.poll(() => group.innerText()).toMatch(/\d+ × Invocation/);
      const before = await tab.page.locator('.react-flow__node').count();
      await tab.page.screenshot({ path: `${SHOTS}/lineage-groups.png` });
      await group.click();
      await expect.poll(() => tab.page.locator('.react-flow__node').count(), { timeout: 20_000 }).toBeGreaterThan(before);

      // The same from the keyboard: the groups are listed as buttons under the picture's controls.
      await tab.page.reload();
      await graphDrawn(tab.page);
      const summary = tab.page.getByText(/^Counted groups/);
      await summary.focus();
      await tab.page.keyboard.press('Enter');
      await tab.page
        .getByRole('button', { name: /^Expand \d+ × Invocation/ })
        .first()
        .focus();
      await tab.page.keyboard.press('Enter');
      await expect.poll(() => tab.page.locator('.react-flow__node').count(), { timeout: 20_000 }).toBeGreaterThan(before);

      const svg = await saved(
        Promise.all([tab.page.waitForEvent('download'), tab.page.getByRole('button', { name: 'Export SVG' }).click()]).then(([d]) => d),
      );
      expect(svg.name).toMatch(/\.svg$/);
      expect(svg.text).toContain('<svg');
      expect(svg.text).toContain(seed.examples.badRelease.split(':')[0]);
      const png = await Promise.all([tab.page.waitForEvent('download'), tab.page.getByRole('button', { name: 'Export PNG' }).click()]).then(
        ([d]) => d,
      );
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      expect(
        readFileSync((await png.path())!)
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      const prov = await saved(
        Promise.all([tab.page.waitForEvent('download'), tab.page.getByRole('button', { name: 'PROV-JSON' }).click()]).then(([d]) => d),
      );
      expect(Object.keys(JSON.parse(prov.text))).toContain('entity');
      const provn = await saved(
        Promise.all([tab.page.waitForEvent('download'), tab.page.getByRole('button', { name: 'PROV-N' }).click()]).then(([d]) => d),
      );
      expect(provn.text).toMatch(/^document/m);
      await checkAndClose(tab);
    },
  );

  it('keeps a redacted node redacted for a PUBLIC-cleared key, at every instant', { timeout: 120_000 }, async () => {
    const id = seed.examples.badOutput;
    const vars = { id, direction: 'UPSTREAM' as const, depth: 4 };
    const seen = await lineageIds(keys.publicViewer, vars);
    const hidden = seen.filter((n) => n.redacted).map((n) => n.id);
    expect(hidden.length).toBeGreaterThan(0);
    const labels = (await lineageIds(keys.admin, vars)).filter((n) => hidden.includes(n.id)).map((n) => n.label);

    const tab = await signedIn(keys.publicViewer, `/ui/lineage/${encodeURIComponent(id)}?direction=UPSTREAM&depth=4`);
    await graphDrawn(tab.page);
    const redactedRows = async () =>
      (
        await tab.page
          .locator('[data-testid="lineage-nodes"] tr.is-redacted')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node-id')))
      ).sort();
    await expect.poll(redactedRows).toEqual([...hidden].sort());
    expect(await tab.page.locator('.react-flow__node.is-redacted').count()).toBeGreaterThan(0);
    const text = await tab.page.locator('main').innerText();
    for (const label of labels) expect(text).not.toContain(label);
    await tab.page.screenshot({ path: `${SHOTS}/lineage-redacted.png` });

    await tab.page.getByRole('slider', { name: 'As of' }).focus();
    await tab.page.getByRole('slider', { name: 'As of' }).press('Home');
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('asOf')).not.toBeNull();
    await graphDrawn(tab.page);
    const asOf = new URL(tab.page.url()).searchParams.get('asOf');
    const thenHidden = (await lineageIds(keys.publicViewer, { ...vars, asOf })).filter((n) => n.redacted).map((n) => n.id);
    await expect.poll(redactedRows).toEqual([...thenHidden].sort());
    for (const label of labels) expect(await tab.page.locator('main').innerText()).not.toContain(label);
    await checkAndClose(tab);
  });

  it(
    'shows a refused instant as a readable VALIDATION message, and a 503 or a rate limit as what they are',
    { timeout: 120_000 },
    async () => {
      const id = encodeURIComponent(seed.examples.badOutput);
      const tab = await signedIn(keys.viewer, `/ui/lineage/${id}?asOf=not-an-instant`);
      await expect.poll(() => tab.page.getByRole('alert').first().innerText()).toMatch(/VALIDATION.*asOf/s);

      // Neo4j away and the rate limiter are the server's answers, replayed as it sends them.
      for (const [status, code, words] of [
        [503, 'UNAVAILABLE', /database is unavailable/],
        [429, 'RATE_LIMITED', /wait 7 seconds/],
      ] as const) {
        await tab.page.route(`${server.url}/graphql`, (route) =>
          route.fulfill({
            status,
            headers: { 'content-type': 'application/json', 'retry-after': '7' },
            body: JSON.stringify({ errors: [{ message: code, extensions: { code } }] }),
          }),
        );
        await tab.page.goto(`${server.url}/ui/provenance/${id}`);
        await expect.poll(() => tab.page.getByRole('alert').first().innerText()).toMatch(words);
        await tab.page.unroute(`${server.url}/graphql`);
      }
      tab.errors.splice(0, tab.errors.length, ...tab.errors.filter((e) => !/\b(400|429|503)\b/.test(e)));
      await checkAndClose(tab);
    },
  );
});

describe("the auditor's page", () => {
  it(
    'lists the release, alias, model chain, prompts, retrieval, policy, approvals and the verified audit chain; it prints',
    { timeout: 120_000 },
    async () => {
      const id = seed.examples.badOutput;
      const tab = await signedIn(
        keys.auditor,
        `/ui/provenance/${encodeURIComponent(id)}?asOf=${encodeURIComponent(seed.examples.afterRollback)}`,
      );
      const main = tab.page.locator('main');
      await expect.poll(() => main.innerText(), { timeout: 30_000 }).toContain(seed.examples.badRelease);
      await expect.poll(() => tab.page.getByTestId('chain-status').innerText()).toMatch(/intact \(\d+ events checked/);
      const text = await main.innerText();
      for (const heading of [
        'Release and the alias serving it',
        'Model chain and training data',
        'Prompts and retrieval',
        'Policy in force',
        'Approvals',
        'Audit events',
      ])
        expect(text).toContain(heading);
      expect(text).toMatch(/release\.create|alias\.promote/);
      await tab.page.screenshot({ path: `${SHOTS}/provenance.png`, fullPage: true });
      await tab.page.emulateMedia({ media: 'print' });
      expect(await tab.page.locator('header.top').isVisible()).toBe(false);
      await tab.page.emulateMedia({ media: 'screen' });
      await checkAndClose(tab);
    },
  );

  it('shows a VIEWER the same page with the audit trail plainly FORBIDDEN', { timeout: 120_000 }, async () => {
    const tab = await signedIn(keys.viewer, `/ui/provenance/${encodeURIComponent(seed.examples.badOutput)}`);
    await expect.poll(() => tab.page.locator('main').innerText(), { timeout: 30_000 }).toContain(seed.examples.badRelease);
    await expect.poll(() => tab.page.locator('.failure-FORBIDDEN').innerText()).toContain('FORBIDDEN');
    tab.errors.splice(0, tab.errors.length);
    await checkAndClose(tab);
  });
});

async function decisionIdsFor(key: string, system: string): Promise<string[]> {
  const node = (await h.ok(STRATEGY_DECISIONS, { system }, h.bearer(key))).node;
  const decisions = node && 'strategyDecisions' in node ? node.strategyDecisions : [];
  // The timeline lists its events oldest first.
  return decisions.map((d) => d.id).reverse();
}

/** The strategy decisions the timeline's table lists: id, lane, title. */
async function strategyRows(page: Page) {
  const rows = page.getByTestId('timeline-events').locator('tbody tr[data-kind="strategy decision"]');
  await rows.first().waitFor({ timeout: 20_000 });
  return rows.evaluateAll((rs) =>
    rs.map((r) => ({
      id: r.getAttribute('data-id')!,
      lane: r.querySelectorAll('td')[1].textContent,
      title: r.querySelectorAll('td')[2].textContent!,
    })),
  );
}

describe('the system timeline', () => {
  it(
    'puts releases, promotions, the emergency rollback, evaluations, alerts, decisions, strategy decisions and monitor checks on one axis per environment; one click diffs a release',
    { timeout: 120_000 },
    async () => {
      const system = seed.examples.systems['policy-qa'];
      const monitor = 'console-timeline-latency';
      await h.ok(
        DEFINE_MONITOR,
        {
          input: {
            system,
            environment: 'production',
            name: monitor,
            kind: 'DRIFT',
            signal: 'latencyMs',
            baseline: { kind: 'PREVIOUS_RELEASE' },
          },
        },
        h.bearer(keys.admin),
      );
      const run = await h.ok(RUN_MONITORS, { system }, h.bearer(keys.admin));
      expect(run.runMonitors.checks.length).toBeGreaterThan(0);
      const outcome = run.runMonitors.checks[0].outcome!;

      const tab = await signedIn(keys.viewer, `/ui/systems/${encodeURIComponent(system)}`);
      const events = tab.page.getByTestId('timeline-events');
      // The evaluations arrive after the releases they belong to.
      await expect
        .poll(() => tab.page.locator('main').innerText(), { timeout: 30_000 })
        .toMatch(/rollback to v2[\s\S]*evaluation of v\d|evaluation of v\d[\s\S]*rollback to v2/);
      const text = await events.innerText();
      expect(text).toMatch(/promotion to v3/);
      expect(text).toMatch(/rollback to v2 from v3 EMERGENCY/);
      // Each on its environment's lane: the approval decisions and the new monitor's check.
      const lanesOf = async (pattern: RegExp) =>
        events
          .locator('tbody tr')
          .filter({ hasText: pattern })
          .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1].textContent));
      await expect.poll(() => lanesOf(new RegExp(`check of ${monitor} on v\\d+: ${outcome}`)), { timeout: 20_000 }).toEqual(['production']);
      const decisions = await events
        .locator('tbody tr')
        .filter({ hasText: /(approved|rejected) v\d+ for / })
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(decisions.map(([, lane]) => lane)).toContain('production');
      for (const [, lane, title] of decisions) expect(title).toMatch(new RegExp(`(approved|rejected) v\\d+ for ${lane}$`));
      // The strategy decisions on the use case the system serves: their own lane, the ones the API lists.
      const strategy = await strategyRows(tab.page);
      expect(strategy.map((r) => r.id)).toEqual(await decisionIdsFor(keys.viewer, system));
      expect(strategy.length).toBeGreaterThan(0);
      for (const r of strategy) expect(r.lane).toBe('strategy decisions');
      expect(strategy.map((r) => r.title).join('\n')).toMatch(
        /^[A-Z_]+ for RAG-enabled retrieval for policy documents \(followed the recommendation\)$/m,
      );
      await tab.page.locator('.uplot').waitFor();
      await tab.page.screenshot({ path: `${SHOTS}/system-timeline.png`, fullPage: true });
      await events.getByRole('button', { name: 'Diff against previous' }).last().click();
      await expect
        .poll(() => tab.page.getByTestId('release-diff').innerText(), { timeout: 20_000 })
        .toMatch(/Content differs|Same content/);
      await checkAndClose(tab);
    },
  );
});

describe('the system timeline for a PUBLIC-cleared key', () => {
  it('shows the strategy decisions the server lists for that key, redacted where it says so', { timeout: 120_000 }, async () => {
    // The demo's decisions rest on recommendations citing INTERNAL evidence: a PUBLIC key sees them redacted.
    const system = seed.examples.systems['policy-qa'];
    const node = (await h.ok(STRATEGY_DECISIONS, { system }, h.bearer(keys.publicViewer))).node;
    const answer = node && 'strategyDecisions' in node ? [...node.strategyDecisions].reverse() : [];
    expect(answer.length).toBeGreaterThan(0);
    expect(answer.some((d) => d.redacted)).toBe(true);
    const tab = await signedIn(keys.publicViewer, `/ui/systems/${encodeURIComponent(system)}`);
    await tab.page.getByTestId('timeline-events').waitFor({ timeout: 30_000 });
    // A redacted decision has no instant for the axis: it is listed as REDACTED under the table instead.
    const ids = (selector: string) => tab.page.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    await expect
      .poll(() => ids('[data-testid="timeline-redacted"] li[data-kind="strategy decision"]'))
      .toEqual(answer.filter((d) => d.redacted).map((d) => d.id));
    expect(await ids('[data-testid="timeline-events"] tr[data-kind="strategy decision"]')).toEqual(
      answer.filter((d) => !d.redacted).map((d) => d.id),
    );
    await checkAndClose(tab);
  });
});

describe('the recommendation view', () => {
  // The demo's first use case, under this file's key prefix (seed/story/use-cases.ts).
  const useCase = async () => `usecase:${h.prefix}-policy-document-retrieval`;

  it(
    'ranks with contribution bars, shows counterfactuals and missing evidence, and a citation opens its node',
    { timeout: 120_000 },
    async () => {
      const id = await useCase();
      const tab = await signedIn(keys.viewer, `/ui/recommendations/${encodeURIComponent(id)}`);
      await tab.page.locator('.bars .bar').first().waitFor({ timeout: 30_000 });
      const main = await tab.page.locator('main').innerText();
      for (const heading of ['Ranked strategies', 'Counterfactuals', 'Missing evidence', 'Narrative', 'What if'])
        expect(main).toContain(heading);
      expect(main).toMatch(/confidence \d+%/);
      // A VIEWER sees why the decision form is refused.
      await expect
        .poll(() => tab.page.getByTestId('decision-refused').innerText())
        .toMatch(/strategy\.decide needs the role .*APPROVER.*VIEWER/);
      await tab.page.screenshot({ path: `${SHOTS}/recommendation.png`, fullPage: true });
      await checkAndClose(tab);

      const reader = await signedIn(keys.viewer, `/ui/recommendations/${encodeURIComponent(id)}`);
      const citation = reader.page.getByTestId('narrative-claims').locator('a[data-citation]').first();
      await citation.waitFor({ timeout: 30_000 });
      const cited = (await citation.getAttribute('data-citation'))!;
      await citation.click();
      await expect.poll(() => decodeURIComponent(new URL(reader.page.url()).pathname)).toBe(`/ui/lineage/${cited}`);
      await graphDrawn(reader.page);
      await expect.poll(() => listedIds(reader.page)).toContain(cited);
      await checkAndClose(reader);
    },
  );

  it('answers the what-if form, and records a decision for an APPROVER', { timeout: 120_000 }, async () => {
    const id = await useCase();
    const tab = await signedIn(keys.approver, `/ui/recommendations/${encodeURIComponent(id)}`);
    await tab.page.locator('.bars .bar').first().waitFor({ timeout: 30_000 });
    await tab.page.getByLabel('dataAvailability').selectOption('ABUNDANT');
    await tab.page.getByRole('button', { name: 'Rank for this profile' }).click();
    await expect.poll(() => tab.page.getByTestId('whatif-answer').innerText(), { timeout: 30_000 }).toContain('What-if ranking');
    await tab.page.getByLabel('Justification (required to override)').fill('Console test: following the recommendation.');
    await tab.page.getByRole('button', { name: 'Record decision' }).click();
    // The stored recommendation now lists the decision, under this key's principal.
    await expect.poll(() => tab.page.locator('main').innerText(), { timeout: 30_000 }).toContain(`service:${h.prefix}-approver chose`);
    await checkAndClose(tab);
  });
});

describe('the monitoring route', () => {
  // Signals, checks and the plan itself are driven on data of its own in console-monitoring.test.ts.
  it("shows a demo system's dashboard parts, and links the timeline", { timeout: 60_000 }, async () => {
    const system = seed.examples.systems['policy-qa'];
    const tab = await signedIn(keys.viewer, `/ui/monitoring/${encodeURIComponent(system)}`);
    await tab.page.getByRole('region', { name: 'Monitors' }).waitFor({ timeout: 30_000 });
    await tab.page.getByRole('region', { name: 'Proposed rollback plan' }).waitFor();
    expect(await tab.page.getByRole('link', { name: 'Timeline of this system' }).getAttribute('href')).toBe(
      `/ui/systems/${encodeURIComponent(system)}`,
    );
    await checkAndClose(tab);
  });
});
