#!/usr/bin/env node
// Builds the console (console/dist) when it is missing or older than any of its sources: `npm start`
// and the test suite's global setup call this, so neither needs an extra command. Installs the
// console's own dependencies (npm ci in console/) first when they are missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const consoleDir = path.resolve(here, '..');
const root = path.resolve(consoleDir, '..');
const built = path.join(consoleDir, 'dist', 'index.html');
// What the build reads: its sources, its config and lock, and the API table of actions it embeds.
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'actions-plugin.ts', 'package-lock.json', 'tsconfig.json'].map((p) =>
  path.join(consoleDir, p),
);
SOURCES.push(path.join(root, 'src', 'domain', 'permissions', 'permissions.ts'));

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((n) => newest(path.join(p, n))));
}

const why = !existsSync(built) ? 'not built yet' : Math.max(...SOURCES.map(newest)) > statSync(built).mtimeMs ? 'sources changed' : null;
if (why) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = (args, env = process.env) => execFileSync(npm, args, { cwd: consoleDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  process.stderr.write(`provenant: building the web console (${why}) ...\n`);
  if (!existsSync(path.join(consoleDir, 'node_modules', '.package-lock.json'))) run(['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  // A production build whoever calls (npm ci above keeps the caller's NODE_ENV, so dev dependencies install): under the
  // test runner NODE_ENV is "test", and Vite would then bundle React's development build, over the budget.
  try {
    run(['run', '--silent', 'build'], { ...process.env, NODE_ENV: 'production' });
  } catch (error) {
    // Vite has written dist/ before the budget check refused it: without this, the next call would take it as up to date.
    rmSync(built, { force: true });
    throw error;
  }
}
