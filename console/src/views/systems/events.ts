import type { ConsoleMonitorChecksQuery, ConsoleReleaseRecordsQuery, ConsoleSystemTimelineQuery } from '../../gql/graphql';

export type EventKind =
  'release' | 'promotion' | 'rollback' | 'evaluation' | 'drift alert' | 'decision' | 'strategy decision' | 'monitor check';

/** The lane of the strategy decisions taken on the use cases the system serves. */
export const STRATEGY_LANE = 'strategy decisions';

export interface TimelineEvent {
  at: string;
  lane: string;
  kind: EventKind;
  id: string;
  title: string;
  detail: string;
  emergency?: boolean;
  releaseId?: string;
  previousReleaseId?: string;
  /** For a strategy decision: the use case decided for (its recommendations page). */
  useCaseId?: string;
  redacted?: boolean;
}

const nodesOf = <T>(c: { edges?: ({ node?: T | null } | null)[] | null } | null | undefined): T[] =>
  (c?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

type ReleaseRecords = ConsoleReleaseRecordsQuery;
/** The node type of a connection in an answer. */
type NodeIn<C> = C extends { edges?: ReadonlyArray<{ node?: infer T | null } | null> | null } ? NonNullable<T> : never;
export type EvaluationRow = NodeIn<ReleaseRecords['evaluationRuns']>;
export type ApprovalRow = NodeIn<ReleaseRecords['approvals']>;
export type MonitorRow = ConsoleMonitorChecksQuery['monitors'][number];

/** What the timeline reads beside the system's own answer: per release, and of its monitors. */
export interface Records {
  evaluations: EvaluationRow[];
  approvals: ApprovalRow[];
  monitors: MonitorRow[];
}

export const recordsOf = (answers: ReleaseRecords[]): Pick<Records, 'evaluations' | 'approvals'> => ({
  evaluations: answers.flatMap((a) => nodesOf(a.evaluationRuns)),
  approvals: answers.flatMap((a) => nodesOf(a.approvals)),
});

/**
 * Every event of a system on one list, oldest first, each on its lane: an environment (alias moves,
 * approval decisions and monitor checks there), or releases, evaluations, alerts, and the strategy
 * decisions on the use cases it serves (the server lists them and redacts what the reader may not see).
 */
export function timelineEvents(data: ConsoleSystemTimelineQuery, { evaluations, approvals, monitors }: Records): TimelineEvent[] {
  const releases = nodesOf(data.releases).sort((a, b) => (a.version ?? 0) - (b.version ?? 0));
  const events: TimelineEvent[] = [];
  releases.forEach((r, i) => {
    if (!r.createdAt) return;
    events.push({
      at: r.createdAt,
      lane: 'releases',
      kind: 'release',
      id: r.id,
      title: r.redacted ? 'redacted release' : `release v${r.version}`,
      detail: r.redacted ? '' : `${r.createdBy ?? ''} ${r.notes ?? ''}`.trim(),
      releaseId: r.id,
      previousReleaseId: releases[i - 1]?.id,
      redacted: r.redacted,
    });
  });
  for (const alias of nodesOf(data.aliases)) {
    for (const m of nodesOf(alias.history)) {
      if (!m.createdAt) continue;
      const rollback = m.moveKind === 'ROLLBACK';
      events.push({
        at: m.createdAt,
        lane: alias.environment ?? m.environment ?? 'alias',
        kind: rollback ? 'rollback' : 'promotion',
        id: m.id,
        title: m.redacted
          ? 'redacted move'
          : `${rollback ? 'rollback' : 'promotion'} to v${m.to?.version ?? '?'}${m.from ? ` from v${m.from.version}` : ''}`,
        detail: m.redacted ? '' : `${m.createdBy ?? ''}: ${m.reason ?? ''}`,
        emergency: rollback && !!m.flaggedForReview,
        redacted: m.redacted,
      });
    }
  }
  for (const e of evaluations) {
    if (!e.createdAt) continue;
    const release = releases.find((r) => r.id === e.subjectId);
    events.push({
      at: e.createdAt,
      lane: 'evaluations',
      kind: 'evaluation',
      id: e.id,
      title: e.redacted ? 'redacted evaluation' : `evaluation of v${release?.version ?? '?'}: ${e.passed ? 'passed' : 'failed'}`,
      detail: e.redacted ? '' : `${e.primaryMetric} ${e.score} (threshold ${e.threshold})`,
      redacted: e.redacted,
    });
  }
  for (const a of nodesOf(data.driftAlerts)) {
    if (!a.createdAt) continue;
    events.push({
      at: a.createdAt,
      lane: 'drift alerts',
      kind: 'drift alert',
      id: a.id,
      title: a.redacted ? 'redacted alert' : `drift alert on v${a.release?.version ?? '?'}${a.open ? ' (open)' : ''}`,
      detail: a.redacted ? '' : (a.reason ?? ''),
      redacted: a.redacted,
    });
  }
  for (const a of approvals) {
    if (!a.createdAt) continue;
    const release = releases.find((r) => r.id === a.subjectId);
    events.push({
      at: a.createdAt,
      lane: a.environment ?? 'decisions',
      kind: 'decision',
      id: a.id,
      title: a.redacted
        ? 'redacted decision'
        : `${a.decision === 'REJECTED' ? 'rejected' : 'approved'} v${release?.version ?? '?'} for ${a.environment}`,
      detail: a.redacted ? '' : `${a.approver ?? ''}: ${a.justification ?? ''}`,
      redacted: a.redacted,
    });
  }
  const system = data.node && 'strategyDecisions' in data.node ? data.node : null;
  for (const d of system?.strategyDecisions ?? []) {
    if (!d.createdAt) continue;
    const useCase = d.useCase?.name ?? d.useCase?.id ?? 'a use case';
    events.push({
      at: d.createdAt,
      lane: STRATEGY_LANE,
      kind: 'strategy decision',
      id: d.id,
      title: d.redacted
        ? 'redacted strategy decision'
        : `${d.strategy ?? '?'} for ${useCase}${d.followed ? ' (followed the recommendation)' : ` (overrode ${d.recommended ?? '?'})`}`,
      detail: d.redacted ? '' : `${d.createdBy ?? ''}${d.justification ? `: ${d.justification}` : ''}`,
      useCaseId: d.useCase?.id,
      redacted: d.redacted,
    });
  }
  for (const { monitor, recentChecks } of monitors) {
    for (const c of recentChecks) {
      const at = c.asOf ?? c.createdAt;
      if (!at) continue;
      const name = monitor.redacted ? 'a redacted monitor' : (monitor.name ?? monitor.id);
      events.push({
        at,
        lane: monitor.environment ?? 'monitors',
        kind: 'monitor check',
        id: c.id,
        title: c.redacted
          ? 'redacted check'
          : `check of ${name} on v${c.release?.version ?? '?'}: ${c.outcome}${c.warning ? ' (warning)' : ''}`,
        detail:
          c.redacted || c.statistic == null
            ? ''
            : `${monitor.signal ?? ''} statistic ${c.statistic.toPrecision(3)} (threshold ${c.threshold ?? '—'})`,
        redacted: c.redacted,
      });
    }
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export const releasesOf = (data: ConsoleSystemTimelineQuery) => nodesOf(data.releases);

/**
 * What the server listed but redacted for this key: a redacted node keeps only its id and type, so it
 * has no instant to stand at on the axis; the page lists these instead of leaving them out.
 */
export function undatedRedacted(data: ConsoleSystemTimelineQuery): { kind: EventKind; id: string }[] {
  const system = data.node && 'strategyDecisions' in data.node ? data.node : null;
  const hidden = <T extends { id: string; redacted: boolean; createdAt?: string | null }>(rows: readonly T[], kind: EventKind) =>
    rows.filter((r) => r.redacted && !r.createdAt).map((r) => ({ kind, id: r.id }));
  return [
    ...hidden(nodesOf(data.releases), 'release'),
    ...nodesOf(data.aliases).flatMap((a) => hidden(nodesOf(a.history), 'promotion')),
    ...hidden(nodesOf(data.driftAlerts), 'drift alert'),
    ...hidden(system?.strategyDecisions ?? [], 'strategy decision'),
  ];
}
