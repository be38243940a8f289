import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../../src/project-root.js';

/** The project-local virtual environment holding the real Python clients (git-ignored). */
export const VENV_DIR = projectPath('.venv');
const REQUIREMENTS = projectPath('tests', 'python', 'requirements.txt');
const MARKER = `${VENV_DIR}/.provenant-requirements`;

/**
 * Creates `.venv/` with the pinned packages of tests/python/requirements.txt (python3 -m venv, pip
 * install), or reuses it when it already holds exactly those. Returns the venv's python.
 */
export function ensurePythonVenv(): string {
  const python = `${VENV_DIR}/bin/python`;
  const wanted = readFileSync(REQUIREMENTS, 'utf8');
  if (existsSync(python) && existsSync(MARKER) && readFileSync(MARKER, 'utf8') === wanted) return python;
  execFileSync('python3', ['-m', 'venv', VENV_DIR], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
  writeFileSync(MARKER, wanted);
  return python;
}

/** Runs a script of tests/python with the venv's python (without blocking a server in this process); resolves to its stdout. */
export async function runPython(script: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(ensurePythonVenv(), [projectPath('tests', 'python', script), ...args], { encoding: 'utf8' });
  return stdout;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.stdout.write(`python venv ready: ${ensurePythonVenv()}\n`);
}
