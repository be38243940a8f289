import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MavenError } from './errors.js';
import { withLock } from './lock.js';
import { APOC_VERSION, MARKER, NEO4J_VERSION, libDir, neo4jRoot, pluginsDir, pomFile } from './paths.js';
import { lastLines } from './tail.js';

type Log = (line: string) => void;

async function markerVersion(dir: string): Promise<string | undefined> {
  try {
    return (await readFile(path.join(dir, MARKER), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/** Marker content: the version plus a hash of db/pom.xml, so editing the pom re-resolves. */
async function stamp(version: string): Promise<string> {
  const pom = await readFile(pomFile).catch(() => Buffer.alloc(0));
  return `${version} ${createHash('sha256').update(pom).digest('hex').slice(0, 12)}`;
}

/** Runs mvn (-B -q) with an argument array; shows elapsed time while it works; throws MavenError. */
function runMaven(args: string[], what: string, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const out: string[] = [];
    const child = spawn('mvn', ['-B', '-q', '-Dstyle.color=never', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => out.push(b.toString()));
    child.stderr.on('data', (b: Buffer) => out.push(b.toString()));
    const ticker = setInterval(() => log(`  ... still resolving ${what} (${Math.round((Date.now() - started) / 1000)} s)`), 5000);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearInterval(ticker);
      reject(
        err.code === 'ENOENT'
          ? new MavenError('mvn not found on PATH: install Apache Maven 3.6+ (needed once to fetch the Neo4j jars)')
          : new MavenError(`mvn could not be started: ${err.message}`),
      );
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) return resolve();
      // eslint-disable-next-line no-control-regex
      const tail = lastLines(out.join('').replace(/\x1b\[[0-9;]*m/g, ''), 15);
      const firstError = tail
        .split('\n')
        .find((l) => l.includes('[ERROR]'))
        ?.replace(/^.*?\[ERROR\]\s*/, '')
        .slice(0, 300);
      reject(new MavenError(`mvn failed resolving ${what} (exit ${code})${firstError ? `: ${firstError}` : ''}`, tail));
    });
  });
}

/** Copies a profile's runtime jars into `dir` via a temporary folder, then writes the marker. */
async function resolveInto(dir: string, profile: string, version: string, what: string, log: Log): Promise<void> {
  const wanted = await stamp(version);
  if ((await markerVersion(dir)) === wanted) return;
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  log(`resolving ${what} from Maven Central (once; reused afterwards) ...`);
  const started = Date.now();
  await runMaven(
    [
      '-f',
      pomFile,
      '-P',
      profile,
      `-Dneo4j.version=${NEO4J_VERSION}`,
      `-Dapoc.version=${APOC_VERSION}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${tmp}`,
      '-DincludeScope=runtime',
    ],
    what,
    log,
  ).catch(async (err: unknown) => {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  });
  const jars = (await readdir(tmp)).filter((f) => f.endsWith('.jar'));
  if (jars.length === 0) throw new MavenError(`mvn resolved no jars for ${what}`);
  await writeFile(path.join(tmp, MARKER), `${wanted}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  log(`${what}: ${jars.length} jars in ${path.relative(process.cwd(), dir) || dir} (${Math.round((Date.now() - started) / 1000)} s)`);
}

/**
 * Makes sure .neo4j/lib holds the Neo4j Community server jars and .neo4j/plugins holds APOC core,
 * resolving them with Maven when missing or of another version. Safe to call concurrently.
 */
export async function provision(log: Log = () => {}): Promise<void> {
  if ((await markerVersion(libDir)) === (await stamp(NEO4J_VERSION)) && (await markerVersion(pluginsDir)) === (await stamp(APOC_VERSION))) {
    return;
  }
  await mkdir(neo4jRoot, { recursive: true });
  await withLock(path.join(neo4jRoot, 'provision.lock'), 15 * 60_000, async () => {
    await resolveInto(libDir, 'server', NEO4J_VERSION, `Neo4j Community ${NEO4J_VERSION} server jars`, log);
    await resolveInto(pluginsDir, 'plugins', APOC_VERSION, `APOC core ${APOC_VERSION}`, log);
  });
}
