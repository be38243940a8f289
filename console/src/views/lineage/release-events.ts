import { useEffect, useState } from 'react';
import { request } from '../../api/client';
import type { ConsoleReleaseMovesQuery } from '../../gql/graphql';
import type { AnswerNode, SliderEvent } from './model';
import { ReleaseMovesDocument, ReleaseSystemsDocument } from './queries';

/** Most releases of one answer whose systems are asked for, and most systems whose moves and alerts are read. */
export const MAX_EVENT_RELEASES = 100;
export const MAX_EVENT_SYSTEMS = 5;

const nodesOf = <T>(c: { edges?: ({ node?: T | null } | null)[] | null } | null | undefined): T[] =>
  (c?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

/**
 * The alias moves and drift alerts that touch the releases of a lineage answer: moves to or from one of
 * them, alerts on one of them (opened and resolved). They are not lineage nodes, so the answer does not
 * carry them; the slider snaps to them too.
 */
export function releaseEvents(data: ConsoleReleaseMovesQuery, releases: ReadonlySet<string>): SliderEvent[] {
  const events: SliderEvent[] = [];
  for (const alias of nodesOf(data.aliases)) {
    for (const m of nodesOf(alias.history)) {
      const touches = (m.to && releases.has(m.to.id)) || (m.from && releases.has(m.from.id));
      if (!m.createdAt || !touches) continue;
      const what = m.redacted
        ? `${alias.environment} alias moved (redacted)`
        : `${alias.environment} alias ${m.moveKind === 'ROLLBACK' ? 'rolled back' : 'moved'} to v${m.to?.version ?? '?'}${m.from ? ` from v${m.from.version}` : ''}`;
      events.push({ at: m.createdAt, what });
    }
  }
  for (const a of nodesOf(data.driftAlerts)) {
    if (!a.release || !releases.has(a.release.id)) continue;
    const on = a.redacted ? 'drift alert (redacted)' : `drift alert on v${a.release.version ?? '?'}`;
    if (a.createdAt) events.push({ at: a.createdAt, what: `${on} opened` });
    if (a.resolvedAt) events.push({ at: a.resolvedAt, what: `${on} resolved` });
  }
  return events;
}

/** The alias-move and drift-alert instants of the releases in `nodes`; none until they arrive (or when refused). */
export function useReleaseEvents(nodes: AnswerNode[] | null): SliderEvent[] {
  const [events, setEvents] = useState<SliderEvent[]>([]);
  const releases = (nodes ?? []).filter((n) => n.type === 'Release' && !n.redacted).map((n) => n.id);
  const key = releases.slice(0, MAX_EVENT_RELEASES).join(',');
  useEffect(() => {
    setEvents([]);
    if (!key) return;
    let current = true;
    const ids = key.split(',');
    const wanted = new Set(ids);
    (async () => {
      const systems = await request(ReleaseSystemsDocument, { ids });
      const systemIds = [...new Set(systems.data.nodes.flatMap((n) => (n && 'system' in n && n.system ? [n.system.id] : [])))].slice(
        0,
        MAX_EVENT_SYSTEMS,
      );
      const answers = await Promise.all(systemIds.map((system) => request(ReleaseMovesDocument, { system })));
      return answers.flatMap((a) => releaseEvents(a.data, wanted));
    })().then(
      (found) => current && setEvents(found),
      // The slider still has the answer's own instants; a refused read only leaves these out.
      () => current && setEvents([]),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return events;
}
