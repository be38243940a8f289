import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { parseId } from '../ids.js';
import type { ToolResult, ToolScope } from './tool.js';
import { toolNamed } from './tools.js';

/** One tool call an ask made, as the answer reports it. */
export interface Operation {
  name: string;
  /** The arguments as given (the model's or the matcher's), before defaults. */
  arguments: unknown;
  ok: boolean;
  /** Why it failed: UNKNOWN_TOOL, INVALID_ARGUMENTS, BOUND, or the domain's code (NOT_FOUND, FORBIDDEN, …). */
  errorCode: string | null;
  error: string | null;
}

export type CallOutcome = { ok: true; result: ToolResult } | { ok: false; code: string; message: string };

/** Which bound an ask hit, if any. */
export type BoundHit = 'MAX_TOOL_CALLS' | 'TIMEOUT';

/**
 * The tool calls of one ask: each validated, counted against the bounds (an unknown tool or bad
 * arguments count too), run as the asking principal, and its ids kept as the evidence an answer
 * may cite. Nothing the principal could not read directly ever enters a result: the tools call the
 * same services, with the same context, as the GraphQL fields.
 */
export class ToolSession {
  readonly operations: Operation[] = [];
  private readonly nodes = new Set<string>();
  private readonly passages = new Set<string>();
  boundHit: BoundHit | null = null;

  /** `deadline` (epoch ms): when the ask's time is up for this session's calls. */
  constructor(
    private readonly ctx: DomainContext,
    readonly scope: ToolScope,
    private readonly deadline: number,
  ) {}

  /** Milliseconds left before the ask's time bound. */
  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  get callsLeft(): number {
    return this.ctx.limits.askMaxToolCalls - this.operations.length;
  }

  async call(name: string, args: unknown): Promise<CallOutcome> {
    if (this.callsLeft <= 0) {
      this.boundHit ??= 'MAX_TOOL_CALLS';
      return { ok: false, code: 'BOUND', message: `The ask may make at most ${this.ctx.limits.askMaxToolCalls} tool calls.` };
    }
    if (this.remainingMs() <= 0) {
      this.boundHit ??= 'TIMEOUT';
      return { ok: false, code: 'BOUND', message: `The ask may take at most ${this.ctx.limits.askTimeoutMs} ms.` };
    }
    const outcome = await this.run(name, args);
    this.operations.push({
      name,
      arguments: args,
      ok: outcome.ok,
      errorCode: outcome.ok ? null : outcome.code,
      error: outcome.ok ? null : outcome.message,
    });
    if (outcome.ok) this.collect(outcome.result);
    return outcome;
  }

  private async run(name: string, args: unknown): Promise<CallOutcome> {
    const tool = toolNamed(name);
    if (!tool) return { ok: false, code: 'UNKNOWN_TOOL', message: `There is no tool named "${String(name).slice(0, 60)}".` };
    const checked = tool.validate(args);
    if (!checked.ok) return { ok: false, code: 'INVALID_ARGUMENTS', message: checked.problem };
    try {
      const ran = await beforeDeadline(tool.run(this.ctx, checked.args, this.scope), this.remainingMs());
      if (ran.done) return { ok: true, result: ran.value };
      this.boundHit ??= 'TIMEOUT';
      return { ok: false, code: 'BOUND', message: `The ask may take at most ${this.ctx.limits.askTimeoutMs} ms.` };
    } catch (err) {
      if (err instanceof DomainError) return { ok: false, code: err.code, message: err.message };
      throw err;
    }
  }

  /** Every Provenant id a result shows: chunks are passages, everything else nodes. */
  private collect(value: unknown): void {
    if (typeof value === 'string') {
      const parsed = parseId(value);
      if (parsed) (parsed.type === 'Chunk' ? this.passages : this.nodes).add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) this.collect(v);
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) this.collect(v);
    }
  }

  /** The ids tool results showed: the only ids an answer may cite. */
  evidence(): { nodes: ReadonlySet<string>; passages: ReadonlySet<string> } {
    return { nodes: this.nodes, passages: this.passages };
  }
}

/** `work`'s value if it settles within `ms`; otherwise `{ done: false }` (the work is left to finish on its own). */
export async function beforeDeadline<T>(work: Promise<T>, ms: number): Promise<{ done: true; value: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  // Work abandoned at the deadline still ends (database reads have their own timeout); its failure is nobody's now.
  work.catch(() => {});
  const expired = new Promise<{ done: false }>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ done: true as const, value })), expired]);
  } finally {
    clearTimeout(timer);
  }
}
