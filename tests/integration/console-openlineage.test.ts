import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId } from '../../src/domain/openlineage/keys.js';
import { createHttpHandler } from '../../src/http/handler.js';
import { metrics } from '../../src/observability/metrics.js';
import { launchChromium } from '../helpers/browser.js';
import { useHarness } from '../helpers/harness.js';
import { listen } from '../helpers/http-server.js';
import { post, resetLineage, scenarioEvents } from '../helpers/openlineage.js';
import { consoleBrowser, graphDrawn, listedIds } from './console-browser.js';

/**
 * The console on OpenLineage data (the vendored column-level-lineage scenario): search finds its
 * datasets by name, and an OpenLineage dataset version's column-level view says where a column came from.
 */

const { h } = useHarness({ auth: 'real' });
let server: Awaited<ReturnType<typeof listen>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let key: string;
const { signedIn, checkAndClose } = consoleBrowser(
  () => chromium.browser,
  () => server.url,
);
const tbl1 = `${datasetId('file', '/tmp/cll_test/tbl1')}@1`;
const source2 = datasetId('file', '/tmp/cll_test/cll_source2');

beforeAll(async () => {
  await resetLineage(h.db);
  key = await h.createKey(['ENGINEER', 'VIEWER'], 'RESTRICTED', `service:${h.prefix}-engineer`);
  for (const e of scenarioEvents('CLL')) expect((await post(h.app, e, { headers: h.bearer(key) })).status).toBe(200);
  server = await listen(createHttpHandler({ yoga: h.app, db: h.db, metrics }));
  chromium = await launchChromium();
}, 240_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await resetLineage(h.db);
});

describe('the console on OpenLineage data', () => {
  it('finds an OpenLineage dataset by name', { timeout: 60_000 }, async () => {
    const tab = await signedIn(key);
    await tab.page.getByLabel('Search by id or name').fill('cll_source2');
    await tab.page.getByLabel('Search by id or name').press('Enter');
    await expect.poll(() => tab.page.locator('main').innerText(), { timeout: 30_000 }).toContain(source2);
    await expect.poll(() => tab.page.getByRole('region', { name: 'Search results' }).innerText()).toContain('LineageDataset');
    await checkAndClose(tab);
  });

  it("shows a dataset version's column-level lineage beside its table lineage", { timeout: 60_000 }, async () => {
    const tab = await signedIn(key, `/ui/lineage/${encodeURIComponent(tbl1)}?direction=UPSTREAM&depth=3`);
    await graphDrawn(tab.page);
    expect(await listedIds(tab.page)).toContain(`${source2}@1`);
    await tab.page.locator('.react-flow__node.is-root').click();
    await tab.page.getByLabel('Column', { exact: true }).selectOption('agg');
    const columns = tab.page.getByTestId('column-lineage');
    await expect.poll(() => columns.innerText(), { timeout: 20_000 }).toContain('/tmp/cll_test/cll_source2.c');
    expect(await columns.innerText()).toMatch(/DIRECT \/ AGGREGATION/);
    await checkAndClose(tab, 'lineage-columns');
  });
});
