import net from 'node:net';

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Listens on `port` (0: any) on loopback for a moment; resolves the port bound, or undefined when it cannot be bound. */
function bindOnce(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const bound = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}

/** True when nothing listens on the port and it can be bound on loopback. */
export async function portFree(port: number): Promise<boolean> {
  return !(await portOpen(port)) && (await bindOnce(port)) === port;
}

/**
 * The port a local helper process (a Neo4j instance, the embedding server) starts on. An explicit
 * setting is used as it is (the caller reports it when taken). Otherwise the port it ran on last
 * time, then its default, whichever is free, then one the system says is free: a second checkout on
 * the same machine starts beside the first and keeps its own ports.
 */
export async function choosePort(opts: { explicit?: number; remembered?: number; preferred?: number }): Promise<number> {
  if (opts.explicit !== undefined) return opts.explicit;
  for (const port of [opts.remembered, opts.preferred]) {
    if (port !== undefined && (await portFree(port))) return port;
  }
  const port = await bindOnce(0);
  if (port === undefined) throw new Error('no free loopback port to start on');
  return port;
}
