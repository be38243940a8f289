import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectPath, projectRoot } from '../../src/project-root.js';
import { CHROMIUM_INSTALL, missingChromium } from '../helpers/chromium.js';

const missing = projectPath('tests', 'no-such-chromium');

describe('chromium, a prerequisite of the suite', () => {
  it('is found where the README installs it, or where PROVENANT_CHROMIUM points', () => {
    expect(missingChromium({ PROVENANT_CHROMIUM: process.execPath })).toBeUndefined();
    expect(missingChromium({ PROVENANT_CHROMIUM: missing })).toContain(CHROMIUM_INSTALL);
  });

  it('when missing, stops `npm test` in its global setup, before any provisioning, naming the install command', () => {
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [projectPath('node_modules', 'vitest', 'vitest.mjs'), 'run', 'tests/unit/cypher-text.test.ts'],
      {
        cwd: projectRoot,
        env: { ...process.env, PROVENANT_CHROMIUM: missing, NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain(`chromium not found at ${missing}`);
    expect(output).toContain(`Install it with \`${CHROMIUM_INSTALL}\``);
    expect(output).toContain('PROVENANT_CHROMIUM');
    expect(output).not.toMatch(/neo4j|embedding/i);
    // The check itself is instant; the rest is Vitest's own start-up (seconds on a busy two-core machine), never provisioning (minutes).
    expect(Date.now() - started).toBeLessThan(45_000);
  });
});
