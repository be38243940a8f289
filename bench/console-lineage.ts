/**
 * Time to interactive of the console's lineage explorer on a 2,000-node lineage answer (issue 24's
 * target: within 2 s), in headless Chromium (Debian's, as the browser tests use). The console is the
 * built console/dist, served by the server's own /ui route; /graphql answers with a generated
 * 2,000-node lineage so the figure is the console's own (the API's lineage time is bench/run.ts's).
 *   npm run bench:console -- [--runs 5] [--nodes 2000]
 * Interactive: the layered layout is drawn (React Flow nodes on screen) and the node table is filled;
 * then one click on a counted group is timed until the expanded graph is drawn.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { isConsoleRequest, serveConsole } from '../src/http/console-route.js';
import { launchChromium } from '../tests/helpers/browser.js';

const TARGET_MS = 2000;

interface Answer {
  nodes: { id: string; type: string; label: string; redacted: boolean; createdAt: string; retractedAt: null }[];
  edges: { from: string; to: string; type: string; role: null }[];
}

/** A dataset version feeding models, their releases and many invocations each: the shape a busy release gives. */
function lineageOf(total: number): Answer & { root: string } {
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const nodes: Answer['nodes'] = [];
  const edges: Answer['edges'] = [];
  const add = (id: string, type: string, parent?: string) => {
    nodes.push({
      id,
      type,
      label: id.replace(/^[a-z]+:/, ''),
      redacted: nodes.length % 97 === 5,
      createdAt: at(nodes.length),
      retractedAt: null,
    });
    if (parent) edges.push({ from: parent, to: id, type: 'DERIVED_FROM', role: null });
  };
  const root = 'dataset:bench-claims@1';
  add(root, 'DatasetVersion');
  const models = 8;
  const releasesPerModel = 5;
  const invocations = Math.max(0, total - 1 - models - models * releasesPerModel);
  const perRelease = Math.ceil(invocations / (models * releasesPerModel));
  for (let m = 0; m < models; m++) {
    const model = `model:bench-${m}@1`;
    add(model, 'ModelVersion', root);
    for (let r = 0; r < releasesPerModel; r++) {
      const release = `release:bench-${m}-${r}@1`;
      add(release, 'Release', model);
      for (let i = 0; i < perRelease && nodes.length < total; i++) add(`invocation:bench-${m}-${r}-${i}`, 'Invocation', release);
    }
  }
  return { root, nodes, edges };
}

function graphqlAnswer(body: string, lineage: ReturnType<typeof lineageOf>): unknown {
  const { query } = JSON.parse(body) as { query: string };
  if (query.includes('viewer'))
    return { data: { viewer: { id: 'service:bench', roles: ['VIEWER'], clearance: 'INTERNAL', via: 'api-key' } } };
  if (query.includes('lineage('))
    return { data: { lineage: { ...lineage, asOf: null, depth: 4, direction: 'DOWNSTREAM', truncated: false } } };
  return { errors: [{ message: 'not in this bench', extensions: { code: 'VALIDATION' } }] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, nodes: { type: 'string', default: '2000' } } });
  const runs = Number(values.runs);
  const lineage = lineageOf(Number(values.nodes));
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (isConsoleRequest(req.method, path)) return serveConsole(req, res, path);
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(graphqlAnswer(body, lineage)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromium = await launchChromium();
  const tti: number[] = [];
  const expand: number[] = [];
  let drawn = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const page = await chromium.browser.newPage();
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.addInitScript(() => sessionStorage.setItem('provenant.credential', 'bench'));
      const started = Date.now();
      await page.goto(`${url}/ui/lineage/${encodeURIComponent(lineage.root)}?direction=DOWNSTREAM&depth=4`);
      await page.locator('[data-testid="lineage-graph"][data-ready="true"] .react-flow__node').first().waitFor({ timeout: 30_000 });
      await page
        .locator(`[data-testid="lineage-nodes"] tr[data-node-id]`)
        .nth(lineage.nodes.length - 1)
        .waitFor({ state: 'attached' });
      tti.push(Date.now() - started);
      drawn = await page.locator('.react-flow__node').count();
      const before = drawn;
      const clicked = Date.now();
      await page.locator('.react-flow__node.group').first().click();
      await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length > n, before, { timeout: 30_000 });
      expand.push(Date.now() - clicked);
      await page.close();
    }
  } finally {
    await chromium.close();
    server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `console lineage bench: ${lineage.nodes.length} nodes, ${lineage.edges.length} edges in the answer; ${drawn} drawn (fan-outs folded)`,
  );
  console.log(
    `time to interactive: median ${median(tti)} ms, max ${Math.max(...tti)} ms over ${runs} runs (target ${TARGET_MS} ms): ${median(tti) <= TARGET_MS ? 'within' : 'OVER'}`,
  );
  console.log(`expanding one group: median ${median(expand)} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
