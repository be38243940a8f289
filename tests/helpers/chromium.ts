import { accessSync, constants } from 'node:fs';

/** The one command that installs the browser the GraphiQL test drives (README, Prerequisites). */
export const CHROMIUM_INSTALL = 'sudo apt-get install -y chromium';

/** Debian's chromium (installed by .ci/run); PROVENANT_CHROMIUM points elsewhere. */
export const chromiumPath = (env: NodeJS.ProcessEnv = process.env): string => env.PROVENANT_CHROMIUM || '/usr/bin/chromium';

/**
 * Why the suite cannot drive a browser here, or undefined when it can. Checked first by the global
 * setup (so `npm test` stops in its first second, before Neo4j is provisioned) and again by
 * launchChromium (for a file run on its own).
 */
export function missingChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = chromiumPath(env);
  try {
    accessSync(path, constants.X_OK);
    return undefined;
  } catch {
    return (
      `chromium not found at ${path}: tests/integration/graphiql.test.ts drives GraphiQL in a headless browser. ` +
      `Install it with \`${CHROMIUM_INSTALL}\` (Debian/Ubuntu), or set PROVENANT_CHROMIUM to a Chromium binary.`
    );
  }
}
