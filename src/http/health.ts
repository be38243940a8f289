import type { ServerResponse } from 'node:http';

/** How long a readiness probe waits for the database before answering 503. */
export const READINESS_TIMEOUT_MS = 2_000;

export function answerLive(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('ok');
}

export async function answerReady(res: ServerResponse, ready: () => Promise<boolean>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), READINESS_TIMEOUT_MS);
  });
  const ok = await Promise.race([ready(), timeout]).catch(() => false);
  clearTimeout(timer);
  res
    .writeHead(ok ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    .end(ok ? 'ready' : 'database unavailable');
}
