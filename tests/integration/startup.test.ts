import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, inject, it } from 'vitest';

/** Runs the real server entry point (through tsx) until it exits; the last stderr line is what a person reads. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; lastLine: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += String(c)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      const lines = stderr.trim().split('\n');
      resolve({ code, lastLine: lines[lines.length - 1] ?? '', stderr });
    });
  });
}

describe('start-up failures end in one line that names the fix', () => {
  it('a taken port', { timeout: 90_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as AddressInfo;
    try {
      const r = await startServer({ PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: inject('neo4jUri') });
      expect(r.code).toBe(1);
      expect(r.lastLine).toBe(
        `provenant: cannot start (http): port ${port} is in use: stop the other process or set PORT to a free port (e.g. PORT=${port + 1} npm start)`,
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  });

  it('a taken metrics port names PROVENANT_METRICS_PORT', { timeout: 90_000 }, async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const { port } = holder.address() as AddressInfo;
    try {
      const r = await startServer({ PORT: '0', HOST: '127.0.0.1', PROVENANT_METRICS_PORT: String(port), NEO4J_URI: inject('neo4jUri') });
      expect(r.code).toBe(1);
      expect(r.lastLine).toBe(
        `provenant: cannot start (http): port ${port} is in use: stop the other process or set PROVENANT_METRICS_PORT to a free port (e.g. PROVENANT_METRICS_PORT=${port + 1} npm start)`,
      );
    } finally {
      holder.close();
    }
  });

  it('a bad setting', { timeout: 90_000 }, async () => {
    const r = await startServer({ PORT: 'abc' });
    expect(r.code).toBe(1);
    expect(r.lastLine).toMatch(
      /^provenant: cannot start \(configuration\): invalid configuration: PORT="abc": .*; fix or unset the variable/,
    );
  });

  it('an unreachable NEO4J_URI, in Provenant words', { timeout: 90_000 }, async () => {
    const r = await startServer({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(1);
    expect(r.lastLine).toBe(
      'provenant: cannot start (database): cannot reach Neo4j at bolt://127.0.0.1:1: is it running and listening there? check NEO4J_URI (host, port, scheme) or unset it to use the local instance',
    );
    expect(r.stderr).not.toContain('encryption');
  });
});
