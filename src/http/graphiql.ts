import type { GraphiQLOptions } from 'graphql-yoga';
import { CONSOLE_PATH } from './console-route.js';
import { GRAPHQL_PATH } from './open-paths.js';

/**
 * GraphiQL with every asset (scripts, styles, editor workers) inlined from the
 * @graphql-yoga/render-graphiql package: the page works without internet access. That package is
 * loaded on the first page request, not at start: its inlined bundle holds ~40 MB of the process's
 * memory, which an API that only serves clients never needs.
 */

/** An output the demo's bad release (policy-qa release 3) produced; the README quotes it too. */
export const DEMO_BAD_OUTPUT = 'output:policy-qa-d40-002.1';

export function graphiqlExampleQuery(outputId: string): string {
  return `# Put your key in the Headers pane below:
#   {"Authorization": "Bearer <key>"}
# npm start wrote the admin key to .provenant/admin-key.
# Pictures instead of JSON: the web console at /ui.
#
# An output of the bad release: its bill of materials
# and whether production served it. Run it with ▶.
query BadReleaseOutput {
  provenance(outputId: "${outputId}") {
    release { id }
    servedByEnvironment(environment: "production")
    model { id modelKind }
    prompts { id message }
    retrievalConfig { id index topK }
    approvals { approver environment justification }
  }
}
`;
}

/** Yoga's GraphiQL opens with `query` (its types only name `defaultQuery`, which it ignores). */
export function graphiqlOptions(exampleOutputId = DEMO_BAD_OUTPUT): GraphiQLOptions & { query: string } {
  const query = graphiqlExampleQuery(exampleOutputId);
  return {
    title: 'Provenant',
    query,
    defaultQuery: query,
    headers: JSON.stringify({ Authorization: 'Bearer <key>' }, null, 2),
    defaultEditorToolsVisibility: 'headers',
  };
}

/**
 * GraphiQL at exactly GET /graphql (yoga alone would render it at any URL that ends in "/graphql",
 * query strings included): the one page the API serves without a credential (open-paths.ts).
 * Called by yoga only for a GET that accepts text/html.
 */
export function graphiqlAtGraphqlPath(exampleOutputId?: string): (request: Request) => GraphiQLOptions | false {
  const options = graphiqlOptions(exampleOutputId);
  return (request) => {
    const path = new URL(request.url).pathname;
    return path === GRAPHQL_PATH || path === `${GRAPHQL_PATH}/` ? options : false;
  };
}

/** A link from GraphiQL to the web console, in the page's corner (the console is at the same origin). */
export const CONSOLE_LINK = `<a id="provenant-console-link" href="${CONSOLE_PATH}" style="position:fixed;right:12px;bottom:10px;z-index:1000;padding:4px 10px;background:#1d4ed8;color:#fff;border-radius:4px;font:14px system-ui,sans-serif;text-decoration:none">Open the web console (${CONSOLE_PATH})</a>`;

function withConsoleLink(page: string): string {
  return page.replace('<div id="root"></div>', `${CONSOLE_LINK}\n      <div id="root"></div>`);
}

const pages = new Map<string, string>();

/** The page is ~9 MB of inlined assets and the same for every request: render it once per option set. */
export async function renderProvenantGraphiQL(opts: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(opts);
  let page = pages.get(key);
  if (page === undefined) {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    page = withConsoleLink(renderGraphiQL(opts));
    pages.set(key, page);
  }
  return page;
}
