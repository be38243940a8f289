import { DomainError, conflict } from '../errors.js';
import { definedProps, requireNodes, type Reference } from '../graph-writes.js';
import { keyOf, nodeId, requireReleaseOfSystem } from '../ids.js';
import { mergeNamedNode } from '../named-nodes.js';
import type { NodeOf, Registered } from '../nodes/types.js';
import type { DomainContext } from '../context.js';
import { parse } from '../validate.js';
import { command } from '../write-path.js';
import { defineMonitorInput, type DefineMonitorInput } from './definition.js';

/** Longest key a monitor id may have (ids.ts ID_PATTERN): `<system key>/<environment>/<name>`. */
const MAX_MONITOR_KEY = 160;

/** A monitor's id: one per system, environment and name. */
export const monitorId = (system: string, environment: string, name: string) =>
  nodeId('Monitor', `${keyOf(system)}/${environment}/${name}`);

/** The Monitor node's properties: one per setting, null where the setting does not apply, so a redefinition compares exactly. */
function monitorProps(d: DefineMonitorInput): Record<string, unknown> {
  return {
    parent: d.system,
    system: d.system,
    environment: d.environment,
    name: d.name,
    signal: d.signal,
    monitorKind: d.kind,
    method: d.method,
    direction: d.direction ?? null,
    minimumDetectableEffect: d.minimumDetectableEffect ?? null,
    measure: d.measure ?? null,
    baselineKind: d.baseline.kind,
    baselineDataset: d.baseline.dataset ?? null,
    baselineMetric: d.baseline.metric ?? null,
    baselineRelease: d.baseline.release ?? null,
    baselineFrom: d.baseline.from?.toISOString() ?? null,
    baselineTo: d.baseline.to?.toISOString() ?? null,
    baselineWindowMs: d.baseline.windowMs ?? null,
    currentWindowMs: d.currentWindowMs ?? null,
    warningThreshold: d.warningThreshold ?? null,
    alertThreshold: d.alertThreshold ?? null,
    minimumSampleSize: d.minimumSampleSize,
    noData: d.noData,
    failureLimit: d.failureLimit,
    autoResolveAfter: d.autoResolveAfter,
  };
}

/**
 * Defines a monitor of a system's environment: it follows the environment's alias, so every release
 * served there is checked against its baseline. Defining the same monitor again is a no-op that returns
 * it; a different definition under the same name is refused (CONFLICT), so checks always cite what they ran.
 */
export async function defineMonitor(ctx: DomainContext, input: unknown): Promise<Registered<NodeOf<'Monitor'>>> {
  const cmd = command(ctx, 'monitor.define');
  const data = parse(defineMonitorInput, input);
  const id = monitorId(data.system, data.environment, data.name);
  if (id.length - 'monitor:'.length > MAX_MONITOR_KEY)
    throw new DomainError(
      'VALIDATION',
      `name: the system key, environment and name together are longer than ${MAX_MONITOR_KEY} characters.`,
      {
        field: 'name',
      },
    );
  if (data.baseline.release) requireReleaseOfSystem('baseline.release', data.baseline.release, data.system);
  return cmd.write(data, async (tx, now) => {
    const refs: Reference[] = [{ field: 'system', id: data.system, types: ['System'] }];
    if (data.baseline.release) refs.push({ field: 'baseline.release', id: data.baseline.release, types: ['Release'] });
    if (data.baseline.dataset) refs.push({ field: 'baseline.dataset', id: data.baseline.dataset, types: ['DatasetVersion'] });
    await requireNodes(tx, refs);
    const props = monitorProps(data);
    const registered = await mergeNamedNode(tx, ctx, { type: 'Monitor', id, props: definedProps(props) }, now);
    if (registered.created) return { result: registered, targets: [id, data.system] };
    const stored = registered.node as Record<string, unknown>;
    const differs = Object.entries(props).filter(([k, v]) => (stored[k] ?? null) !== v);
    if (differs.length > 0)
      throw conflict(`${id} is already defined differently (${differs.map(([k]) => k).join(', ')}); define a monitor under a new name.`, {
        id,
        fields: differs.map(([k]) => k),
      });
    return { result: registered, targets: [] };
  });
}
