import { z } from 'zod';
import type { Row } from '../../db/database.js';
import type { DomainContext } from '../context.js';

/** What a tool returns: plain JSON the answer (or the model) reads; every id in it is evidence. */
export type ToolResult = Record<string, unknown>;

/** What every tool call of one ask shares: the instant the ask answers at (null: now). */
export interface ToolScope {
  asOf: Date | null;
}

/** A read-only operation `ask` may run, with its argument schema for validation and for the model. */
export interface AskTool {
  name: string;
  description: string;
  /** JSON Schema of the arguments (what the model is shown). */
  parameters: Record<string, unknown>;
  /** Validates raw arguments (the model's JSON, or the matcher's); a problem is a sentence naming the field. */
  validate(raw: unknown): { ok: true; args: unknown } | { ok: false; problem: string };
  /** Runs with the asking principal's own context: its permissions and redaction apply as on a direct query. */
  run(ctx: DomainContext, args: unknown, scope: ToolScope): Promise<ToolResult>;
}

/**
 * A tool from a zod schema: the schema validates (strictly: an unknown argument is refused, so no
 * argument can smuggle in query text) and is the JSON Schema the model sees.
 */
export function defineTool<S extends z.ZodObject>(spec: {
  name: string;
  description: string;
  args: S;
  run: (ctx: DomainContext, args: z.output<S>, scope: ToolScope) => Promise<ToolResult>;
}): AskTool {
  const schema = spec.args.strict();
  const { $schema: _ignored, ...parameters } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return {
    name: spec.name,
    description: spec.description,
    parameters,
    validate(raw) {
      const parsed = schema.safeParse(raw ?? {});
      if (parsed.success) return { ok: true, args: parsed.data };
      const issue = parsed.error.issues[0];
      return { ok: false, problem: `${issue.path.join('.') || 'arguments'}: ${issue.message}` };
    },
    run: (ctx, args, scope) => spec.run(ctx, args as z.output<S>, scope),
  };
}

/** The earlier of the tool's own instant and the ask's: a tool never looks past the moment the ask answers at. */
export function within(scope: ToolScope, at: string | undefined | null): Date | null {
  const own = at ? new Date(at) : null;
  if (!own) return scope.asOf;
  if (!scope.asOf) return own;
  return own.getTime() < scope.asOf.getTime() ? own : scope.asOf;
}

/** True when a row was recorded by the instant (always, with no instant). */
export function existedAt(row: Row, at: Date | null): boolean {
  const createdAt = row.createdAt;
  return !at || typeof createdAt !== 'string' || Date.parse(createdAt) <= at.getTime();
}
