import fs, { readdirSync, realpathSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/**
 * Refuses, while the tests run, to read or write a path beside the repository: anything under the
 * folder that holds the clone (a sibling checkout, a shared folder of fixtures) that is not the clone itself.
 * A fresh clone has nothing beside it, so such a read passes here and fails there; this makes it fail
 * here too, naming the path. Elsewhere on the machine is allowed: system files, the temporary folder,
 * tools' caches in the home folder (`~/.m2`, `~/.cache`), and wherever the repository's own symlinks
 * lead (a worktree's node_modules may be another checkout's). Probes (exists, stat) are not refused:
 * libraries look for files upwards. tests/setup/stay-inside.ts installs it for every test file;
 * tests/unit/self-contained.test.ts is the static half.
 */
export function outsideRepository(target: string, root = projectRoot, allowed = allowedElsewhere(root), home = homedir()): boolean {
  const resolved = path.resolve(target);
  const within = (dir: string) => resolved === dir || resolved.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  if (within(root) || allowed.some(within)) return false;
  if (within(home) && path.relative(home, resolved).startsWith('.')) return false;
  return within(path.dirname(root));
}

/** Where the repository's symlinks (top level and one folder down, e.g. .neo4j/lib) lead, and the temporary folder. */
function allowedElsewhere(root: string): string[] {
  const out = [tmpdir(), realpathSync(tmpdir())];
  const visit = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) out.push(realpathSafe(full));
      else if (entry.isDirectory() && depth > 0 && entry.name !== 'node_modules' && entry.name !== '.git') visit(full, depth - 1);
    }
  };
  visit(root, 1);
  return out.filter(Boolean);
}

function realpathSafe(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return '';
  }
}

/** The fs functions that read or write a file's contents or list a folder; each takes the path first. */
const GUARDED = [
  'readFile',
  'readFileSync',
  'readdir',
  'readdirSync',
  'opendir',
  'opendirSync',
  'open',
  'openSync',
  'createReadStream',
  'writeFile',
  'writeFileSync',
  'createWriteStream',
  'mkdir',
  'mkdirSync',
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
] as const;
const GUARDED_PROMISES = ['readFile', 'readdir', 'opendir', 'open', 'writeFile', 'mkdir', 'copyFile', 'cp'] as const;

function pathOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg instanceof URL && arg.protocol === 'file:') return decodeURIComponent(arg.pathname);
  if (Buffer.isBuffer(arg)) return arg.toString();
  return undefined;
}

export function refusal(target: string): Error {
  return new Error(
    `${target} is outside the repository (${projectRoot}): a fresh clone has nothing beside it. ` +
      'Vendor what the test needs under the repository (tests/fixtures/ for third-party data, with its licence).',
  );
}

let installed = false;

/** Wraps the guarded functions of node:fs and node:fs/promises (and their ESM named exports). */
export function installGuard(): void {
  if (installed) return;
  installed = true;
  const allowed = allowedElsewhere(projectRoot);
  const wrap = (target: Record<string, any>, name: string, promised: boolean) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function guarded(this: unknown, ...args: unknown[]) {
      const p = pathOf(args[0]);
      if (p !== undefined && outsideRepository(p, projectRoot, allowed)) {
        if (promised) return Promise.reject(refusal(path.resolve(p)));
        throw refusal(path.resolve(p));
      }
      return original.apply(this, args);
    };
  };
  for (const name of GUARDED) wrap(fs as unknown as Record<string, any>, name, false);
  for (const name of GUARDED_PROMISES) wrap(fs.promises as unknown as Record<string, any>, name, true);
  syncBuiltinESMExports();
}
