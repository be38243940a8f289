import neo4j from 'neo4j-driver';
import { cpuMs } from './load/server.js';
import { localNeo4jStatus } from '../src/db/local/index.js';
const driver = neo4j.driver('bolt://127.0.0.1:7722');
const pid = (await localNeo4jStatus('bench-300000-r1')).pid!;
const variants: Record<string, string> = {
  datetime: 'n.createdAt',
  apocDate: `apoc.date.format(n.createdAt.epochMillis, 'ms', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'UTC')`,
  apocTemporal: `apoc.temporal.format(n.createdAt, "yyyy-MM-dd'T'HH:mm:ss.SSSX")`,
  apocTemporalUtc: `apoc.temporal.format(datetime({epochMillis: n.createdAt.epochMillis}), "yyyy-MM-dd'T'HH:mm:ss.SSSX")`,
  epochMillis: 'n.createdAt.epochMillis',
  none: 'n.id',
};
const check = await driver.executeQuery(`RETURN apoc.date.format(null, 'ms', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'UTC') AS a, apoc.date.format(datetime('2026-01-02T03:04:05Z').epochMillis, 'ms', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'UTC') AS c, apoc.temporal.format(datetime('2026-01-02T03:04:05+01:00'), "yyyy-MM-dd'T'HH:mm:ss.SSSX") AS d`);
console.log(check.records[0].toObject());
for (let round = 0; round < 2; round++) for (const [name, expr] of Object.entries(variants)) {
  const q = `MATCH (n:Output) WITH n LIMIT 4000 RETURN [n IN collect(n) | {id: n.id, t: ${expr}}] AS xs`;
  for (let i = 0; i < 3; i++) await driver.executeQuery(q);
  const c0 = process.cpuUsage(); const n0 = cpuMs(pid)!;
  const N = 15;
  for (let i = 0; i < N; i++) await driver.executeQuery(q);
  const c = process.cpuUsage(c0); const n1 = cpuMs(pid)!;
  console.log(name.padEnd(16), 'client', ((c.user + c.system) / 1000 / N).toFixed(1), 'ms  neo4j', ((n1 - n0) / N).toFixed(1), 'ms');
}
await driver.close();
