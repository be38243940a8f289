import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { projectPath } from '../project-root.js';

/**
 * The web console (console/, built to console/dist by `npm --prefix console run build`) at /ui: a
 * static single-page app, the same for everyone, so it is an open path (open-paths.ts). Every data
 * call it makes goes to /graphql (or /prov) with the tab's credential and passes the request guard.
 * Any /ui/… URL that is not a built asset answers the app's page, so deep links such as
 * /ui/lineage/<id>?asOf=… open their view.
 */
export const CONSOLE_PATH = '/ui';
const ASSETS_PREFIX = `${CONSOLE_PATH}/`;

/** Only this origin: scripts, styles, workers, images and API calls alike; no inline code, no frames. */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export const consoleDist = (): string => projectPath('console', 'dist');

/** GET or HEAD on /ui or below: the console's to answer (any other method there passes the guard, and is refused). */
export function isConsoleRequest(method: string | undefined, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && (pathname === CONSOLE_PATH || pathname.startsWith(ASSETS_PREFIX));
}

interface Built {
  page: Buffer;
  /** URL path below /ui/ → file, for every file of the build (nothing else is ever read). */
  files: Map<string, string>;
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

let cached: { dist: string; mtimeMs: number; built: Built } | undefined;

/** The build, read once per build (a rebuild while the server runs is picked up by index.html's time). */
function built(dist: string): Built | undefined {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path.join(dist, 'index.html')).mtimeMs;
  } catch {
    return undefined;
  }
  if (cached?.dist !== dist || cached.mtimeMs !== mtimeMs) {
    const files = new Map(listFiles(dist).map((f) => [f, path.join(dist, f)]));
    cached = { dist, mtimeMs, built: { page: readFileSync(path.join(dist, 'index.html')), files } };
  }
  return cached.built;
}

function send(res: ServerResponse, head: boolean, status: number, headers: Record<string, string>, body: Buffer | string): void {
  res.writeHead(status, {
    'content-security-policy': CONSOLE_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(head ? undefined : body);
}

export function serveConsole(req: IncomingMessage, res: ServerResponse, pathname: string, dist = consoleDist()): void {
  const head = req.method === 'HEAD';
  const app = built(dist);
  if (!app) {
    send(
      res,
      head,
      503,
      { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
      'The console is not built: run `npm --prefix console ci && npm --prefix console run build` (npm start does this itself).',
    );
    return;
  }
  const file = app.files.get(pathname.slice(ASSETS_PREFIX.length));
  if (file && file !== path.join(dist, 'index.html')) {
    const immutable = pathname.startsWith(`${ASSETS_PREFIX}assets/`);
    send(
      res,
      head,
      200,
      {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
      readFileSync(file),
    );
    return;
  }
  if (pathname.startsWith(`${ASSETS_PREFIX}assets/`)) {
    send(res, head, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'No such console asset.');
    return;
  }
  send(res, head, 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }, app.page);
}
