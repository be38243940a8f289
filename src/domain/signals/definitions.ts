import { z } from 'zod';
import type { DomainContext } from '../context.js';
import { conflict } from '../errors.js';
import { nodeId } from '../ids.js';
import { mergeNamedNode } from '../named-nodes.js';
import type { NodeOf, Registered } from '../nodes/types.js';
import { description, parse, text } from '../validate.js';
import { command } from '../write-path.js';
import { KPI_DIRECTIONS, SCORE_DATA_TYPES, signalName } from './names.js';

/** Most categories a CATEGORICAL score config names. */
export const MAX_SCORE_CATEGORIES = 100;

export const scoreConfigInput = z
  .object({
    name: signalName,
    dataType: z.enum(SCORE_DATA_TYPES),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    categories: z.array(text(200).min(1, 'must not be empty')).min(1).max(MAX_SCORE_CATEGORIES).optional(),
    description,
  })
  .superRefine((c, issue) => {
    const problem = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
    if (c.dataType === 'NUMERIC') {
      if (c.min === undefined || c.max === undefined) problem('min', 'a NUMERIC score config names its range: min and max');
      else if (!(c.min < c.max)) problem('max', 'must be greater than min');
      if (c.categories) problem('categories', 'only a CATEGORICAL score config names categories');
    } else {
      if (c.min !== undefined || c.max !== undefined) problem('min', 'only a NUMERIC score config names a range');
      if (c.dataType === 'CATEGORICAL' && !c.categories) problem('categories', 'a CATEGORICAL score config names its categories');
      if (c.dataType === 'BOOLEAN' && c.categories) problem('categories', 'a BOOLEAN score is true or false; it names no categories');
      if (c.categories && new Set(c.categories).size !== c.categories.length) problem('categories', 'must not repeat a category');
    }
  });

export const kpiInput = z.object({
  name: signalName,
  unit: text(50).min(1, 'must not be empty'),
  direction: z.enum(KPI_DIRECTIONS),
  description,
});

/**
 * Defines what a score of this name must be: its data type and allowed range or categories. Scores
 * recorded under the name are checked against it, and its range fixes their histogram bins, so a
 * config is never changed: the same definition again returns it, a different one is a CONFLICT (define
 * a new name instead).
 */
export function defineScoreConfig(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'ScoreConfig'>>> {
  const cmd = command(ctx, 'signal.define');
  const data = parse(scoreConfigInput, input);
  const props = {
    name: data.name,
    dataType: data.dataType,
    min: data.min ?? null,
    max: data.max ?? null,
    categories: data.categories ?? null,
    description: data.description ?? null,
  };
  return defineOnce(ctx, cmd, 'ScoreConfig', data, props, ['dataType', 'min', 'max', 'categories']);
}

/** Defines a business KPI: its unit and which direction is better. Same once-only rule as score configs. */
export function defineKpi(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'Kpi'>>> {
  const cmd = command(ctx, 'signal.define');
  const data = parse(kpiInput, input);
  const props = { name: data.name, unit: data.unit, direction: data.direction, description: data.description ?? null };
  return defineOnce(ctx, cmd, 'Kpi', data, props, ['unit', 'direction']);
}

async function defineOnce<K extends 'ScoreConfig' | 'Kpi'>(
  ctx: DomainContext,
  cmd: ReturnType<typeof command>,
  type: K,
  input: unknown,
  props: Record<string, unknown> & { name: string },
  fixed: string[],
): Promise<Registered<NodeOf<K>>> {
  const id = nodeId(type, props.name);
  return cmd.write(input, async (tx, now) => {
    const result = await mergeNamedNode(tx, ctx, { type, id, props }, now);
    if (result.created) return { result, targets: [id] };
    const stored: Record<string, unknown> = result.node;
    const changed = fixed.filter((f) => JSON.stringify(stored[f] ?? null) !== JSON.stringify(props[f] ?? null));
    if (changed.length > 0)
      throw conflict(
        `${id} is already defined with a different ${changed.join(', ')}; a definition never changes. Define a new name instead.`,
        {
          id,
          fields: changed,
        },
      );
    return { result, targets: [] };
  });
}
