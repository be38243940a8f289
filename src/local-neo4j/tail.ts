import { readFile } from 'node:fs/promises';

/** Last `n` non-empty lines of a text, or of a file (empty string if the file is missing). */
export function lastLines(text: string, n: number): string {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .join('\n');
}

export async function tailFile(file: string, n: number): Promise<string> {
  try {
    return lastLines(await readFile(file, 'utf8'), n);
  } catch {
    return '';
  }
}
