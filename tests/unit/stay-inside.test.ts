import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath, projectRoot } from '../../src/project-root.js';
import { outsideRepository } from '../helpers/outside-repository.js';

const beside = path.join(path.dirname(projectRoot), 'shared', 'fixtures', 'openlineage', 'README.md');
/**
 * A clone made inside the temporary folder (CI may clone to /tmp/…) has that folder beside it, and the
 * guard lets every test use the temporary folder: there, nothing beside the clone can be refused.
 */
const cloneInTemp = !outsideRepository(beside);

describe('reading beside the repository while the tests run', () => {
  it.skipIf(cloneInTemp)(
    'is refused, naming the path, by every reading function (the guard is installed for every test file)',
    async () => {
      expect(() => readFileSync(beside, 'utf8')).toThrow(/outside the repository.*fresh clone has nothing beside it/);
      expect(() => readdirSync(path.dirname(beside))).toThrow(/outside the repository/);
      await expect(readFile(beside, 'utf8')).rejects.toThrow(/outside the repository/);
    },
  );

  it('reads inside the repository, through its symlinks and in the temporary folder as before', () => {
    expect(readFileSync(projectPath('package.json'), 'utf8')).toContain('"name": "provenant"');
    expect(readdirSync(projectPath('node_modules', 'vitest')).length).toBeGreaterThan(0);
    expect(readdirSync(tmpdir())).toBeInstanceOf(Array);
  });

  it('tells a path beside the clone from the clone, system files and tool caches', () => {
    const root = '/home/dev/src/provenant';
    const allowed = ['/srv/main/node_modules'];
    const home = '/home/dev';
    expect(outsideRepository('/home/dev/src/shared/fixtures/a.json', root, allowed)).toBe(true);
    expect(outsideRepository('/home/dev/src/provenant-2/package.json', root, allowed)).toBe(true);
    expect(outsideRepository('/home/dev/src/provenant/tests/fixtures/a.json', root, allowed)).toBe(false);
    expect(outsideRepository('/home/dev/src/provenant/../provenant/README.md', root, allowed)).toBe(false);
    expect(outsideRepository('/srv/main/node_modules/vitest/package.json', root, allowed)).toBe(false);
    expect(outsideRepository('/usr/bin/chromium', root, allowed)).toBe(false);
    expect(outsideRepository('/proc/self/status', root, allowed)).toBe(false);
    expect(outsideRepository('/home/dev/.m2/repository/a.jar', '/home/dev/provenant', allowed, home)).toBe(false);
    expect(outsideRepository('/home/dev/shared/a.json', '/home/dev/provenant', allowed, home)).toBe(true);
  });
});
