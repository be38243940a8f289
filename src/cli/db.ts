/**
 * Local Neo4j for development, tests, evaluations and benches.
 *   tsx src/cli/db.ts start|stop|status [--instance dev|test|eval|bench|…]
 * Without --instance: the dev instance (PROVENANT_DEV_INSTANCE names another).
 */
import { parseArgs } from 'node:util';
import {
  type Instance,
  LocalNeo4jError,
  devInstance,
  ensureLocalNeo4j,
  isInstance,
  localNeo4jStatus,
  stopLocalNeo4j,
} from '../local-neo4j/index.js';
import { explicitPort } from '../local-neo4j/paths.js';

const USAGE = 'usage: tsx src/cli/db.ts start|stop|status [--instance dev|test|eval|bench|…]';
const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { instance: { type: 'string', short: 'i' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const command = positionals[0];
  const name = values.instance ?? devInstance();
  if (!isInstance(name)) throw new Error(`bad instance name "${name}" (use lower-case letters, digits and "-", e.g. dev, test, bench)`);
  const instance: Instance = name;

  switch (command) {
    case 'start': {
      const c = await ensureLocalNeo4j({ instance, log });
      console.log(`${c.started ? 'started' : 'already running'}: NEO4J_URI=${c.uri} NEO4J_USER=${c.user} (auth disabled)`);
      return 0;
    }
    case 'stop': {
      const r = await stopLocalNeo4j(instance, { log });
      console.log(r.stopped ? `stopped ${instance} instance (pid ${r.pid})` : `${instance} instance is not running`);
      return 0;
    }
    case 'status': {
      const s = await localNeo4jStatus(instance);
      console.log(
        [
          `instance: ${s.instance}`,
          `running:  ${s.running ? `yes (pid ${s.pid})` : 'no'}`,
          `uri:      ${s.uri ?? '(a free port is chosen on its first start)'}${!s.running && s.listening ? ` (port taken by another process${explicitPort() === undefined ? ': the next start picks a free one' : ''})` : ''}`,
          `data:     ${s.dataDir}`,
          `logs:     ${s.logFile}`,
        ].join('\n'),
      );
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof LocalNeo4jError && err.detail) console.error(err.detail);
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
