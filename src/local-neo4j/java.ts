import { execFile } from 'node:child_process';
import path from 'node:path';
import { JavaNotFoundError } from './errors.js';

export const MIN_JAVA = 17;

/** JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java') : 'java';
}

/** Parses the major version from `java -version` output ("17.0.15", "21", "1.8.0_392" -> 8). */
export function parseJavaMajor(output: string): number | undefined {
  const m = /version "([^"]+)"/.exec(output);
  if (!m) return undefined;
  const parts = m[1].split(/[.+_-]/);
  const first = Number(parts[0]);
  if (first === 1) return Number(parts[1]);
  return Number.isFinite(first) ? first : undefined;
}

/** Returns the java executable to use, or throws JavaNotFoundError. */
export async function checkJava(env: NodeJS.ProcessEnv = process.env): Promise<{ java: string; major: number }> {
  const java = javaExecutable(env);
  const where = env.JAVA_HOME ? `JAVA_HOME (${java})` : 'PATH';
  const output = await new Promise<string>((resolve, reject) => {
    execFile(java, ['-version'], { timeout: 20_000 }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new JavaNotFoundError(`java not found on ${where}: install a JDK ${MIN_JAVA} or 21 or set JAVA_HOME`));
      } else if (err) {
        reject(new JavaNotFoundError(`java from ${where} failed to run: ${err.message.split('\n')[0]}`));
      } else {
        resolve(`${stderr}\n${stdout}`);
      }
    });
  });
  const major = parseJavaMajor(output);
  if (major === undefined) throw new JavaNotFoundError(`could not read the version of java from ${where}`);
  if (major < MIN_JAVA) {
    throw new JavaNotFoundError(`java from ${where} is version ${major}; Neo4j 5 needs Java ${MIN_JAVA} or 21`);
  }
  return { java, major };
}
