/** Longest answer searched for a JSON object, in characters, and most "{" tried as a start: bound the scan of a runaway answer. */
const MAX_SCANNED_CHARS = 50_000;
const MAX_STARTS = 64;

/** The end (exclusive) of the balanced {...} starting at `start`, skipping braces inside strings; -1 when it never closes. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first JSON object in a model's answer: the whole answer when it is one, else the first that
 * parses inside a fenced block (```json ... ```), else the first balanced {...} in the prose that
 * parses. Undefined when there is none. What it returns is still unchecked data.
 */
export function firstJsonObject(answer: string): Record<string, unknown> | undefined {
  const text = answer.slice(0, MAX_SCANNED_CHARS);
  const whole = parseObject(text.trim());
  if (whole) return whole;
  for (const fence of text.matchAll(/```[a-zA-Z]*[ \t]*\n?([\s\S]*?)```/g)) {
    const inFence = firstJsonObject(fence[1]);
    if (inFence) return inFence;
  }
  let tried = 0;
  for (let start = text.indexOf('{'); start >= 0 && tried++ < MAX_STARTS; start = text.indexOf('{', start + 1)) {
    const end = objectEnd(text, start);
    if (end < 0) continue;
    const found = parseObject(text.slice(start, end));
    if (found) return found;
  }
  return undefined;
}
