import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort, portFree } from '../../src/local-neo4j/ports.js';

const held: Server[] = [];

/** A listener of "another process" on a port the system picks. */
async function hold(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  held.push(server);
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on (bound once, then released). */
async function free(): Promise<number> {
  const port = await hold();
  await new Promise((r) => held.pop()!.close(r));
  return port;
}

afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('choosePort (local Neo4j instances and the embedding server)', () => {
  it('keeps to the port a helper ran on last time, before its default, while it is free', async () => {
    const [remembered, preferred] = [await free(), await free()];
    expect(await choosePort({ remembered, preferred })).toBe(remembered);
  });

  it('takes the default when nothing is remembered or the remembered port is taken', async () => {
    const preferred = await free();
    expect(await choosePort({ preferred })).toBe(preferred);
    expect(await choosePort({ remembered: await hold(), preferred })).toBe(preferred);
  });

  it('takes a free port when both are taken by other processes', async () => {
    const [remembered, preferred] = [await hold(), await hold()];
    const port = await choosePort({ remembered, preferred });
    expect([remembered, preferred]).not.toContain(port);
    expect(await portFree(port)).toBe(true);
  });

  it('uses an explicit port as it is, taken or not (the caller reports it)', async () => {
    const taken = await hold();
    expect(await choosePort({ explicit: taken, remembered: await free(), preferred: await free() })).toBe(taken);
    expect(await portFree(taken)).toBe(false);
  });
});
