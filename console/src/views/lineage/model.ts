/**
 * From a lineage answer to what is drawn: the nodes still visible after collapsing (a collapsed node
 * hides what lies beyond it from the root), and large fan-outs folded into one counted group node.
 * Pure functions: the view, the layout worker and the bench all use them.
 */

export interface AnswerNode {
  id: string;
  type: string;
  label: string;
  redacted: boolean;
  createdAt?: string | null;
  retractedAt?: string | null;
}
export interface AnswerEdge {
  from: string;
  to: string;
  type: string;
  role?: string | null;
}

/** More neighbours of one kind than this, behind one node, are drawn as one counted group. */
export const FAN_OUT_LIMIT = 8;

export interface DrawnNode {
  id: string;
  kind: 'node' | 'group';
  label: string;
  type: string;
  redacted: boolean;
  retracted: boolean;
  /** For a group: how many nodes it holds, and the node they fan out from. */
  count?: number;
  parent?: string;
  collapsed?: boolean;
  isRoot?: boolean;
}
export interface DrawnEdge {
  id: string;
  from: string;
  to: string;
  label: string;
}
export interface Drawn {
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}

export const groupId = (parent: string, type: string) => `group:${parent}|${type}`;

export function draw(
  answer: { root: string; nodes: AnswerNode[]; edges: AnswerEdge[] },
  collapsed: ReadonlySet<string>,
  expandedGroups: ReadonlySet<string>,
): Drawn {
  const byId = new Map(answer.nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, AnswerEdge[]>();
  for (const e of answer.edges) {
    for (const end of [e.from, e.to]) {
      if (!neighbours.has(end)) neighbours.set(end, []);
      neighbours.get(end)!.push(e);
    }
  }
  // Breadth-first from the root, not past a collapsed node; a fan-out beyond the limit is one group.
  const visible = new Set<string>([answer.root]);
  const groups = new Map<string, { parent: string; type: string; members: string[] }>();
  const memberOf = new Map<string, string>();
  let frontier = [answer.root];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      if (collapsed.has(id)) continue;
      const fresh = (neighbours.get(id) ?? [])
        .map((e) => (e.from === id ? e.to : e.from))
        .filter((n) => !visible.has(n) && !memberOf.has(n) && byId.has(n));
      const unique = [...new Set(fresh)];
      const byType = new Map<string, string[]>();
      for (const n of unique) {
        const t = byId.get(n)!.type;
        if (!byType.has(t)) byType.set(t, []);
        byType.get(t)!.push(n);
      }
      for (const [type, members] of byType) {
        const gid = groupId(id, type);
        if (members.length > FAN_OUT_LIMIT && !expandedGroups.has(gid)) {
          groups.set(gid, { parent: id, type, members });
          for (const m of members) memberOf.set(m, gid);
        } else {
          for (const m of members) {
            visible.add(m);
            next.push(m);
          }
        }
      }
    }
    frontier = next;
  }
  const nodes: DrawnNode[] = [...visible].map((id) => {
    const n = byId.get(id)!;
    return {
      id,
      kind: 'node',
      label: n.redacted ? 'REDACTED' : n.label,
      type: n.type,
      redacted: n.redacted,
      retracted: !!n.retractedAt,
      collapsed: collapsed.has(id),
      isRoot: id === answer.root,
    };
  });
  for (const [gid, g] of groups) {
    nodes.push({
      id: gid,
      kind: 'group',
      label: `${g.members.length} × ${g.type}`,
      type: g.type,
      redacted: false,
      retracted: false,
      count: g.members.length,
    });
  }
  const endOf = (id: string) => (visible.has(id) ? id : memberOf.get(id));
  const edges = new Map<string, DrawnEdge>();
  for (const e of answer.edges) {
    const from = endOf(e.from);
    const to = endOf(e.to);
    if (!from || !to || from === to) continue;
    const id = `${from}->${to}`;
    if (!edges.has(id)) edges.set(id, { id, from, to, label: e.role ? `${e.type} (${e.role})` : e.type });
  }
  return { nodes, edges: [...edges.values()] };
}

/** An instant the time slider snaps to, and what happened then. */
export interface SliderEvent {
  at: string;
  what: string;
}

/**
 * The instants the time slider snaps to, oldest first, from the root's own creation on (before it there
 * is no lineage of it to draw): each node's recording and retraction in the answer (versions, runs,
 * releases, evaluations, invocations, outputs) and the `more` events around them (alias moves, drift
 * alerts). Events at one instant (to the millisecond) are one stop.
 */
export function eventsOf(nodes: AnswerNode[], root: string, more: readonly SliderEvent[] = []): SliderEvent[] {
  const born = Date.parse(nodes.find((n) => n.id === root)?.createdAt ?? '') || -Infinity;
  const events = new Map<number, { at: string; what: string[] }>();
  const add = (at: string | null | undefined, what: string) => {
    const t = at ? Date.parse(at) : NaN;
    if (!(t >= born)) return;
    if (!events.has(t)) events.set(t, { at: at!, what: [] });
    events.get(t)!.what.push(what);
  };
  for (const n of nodes) {
    const name = n.redacted ? `${n.type} (redacted)` : n.label;
    add(n.createdAt, `${name} recorded`);
    add(n.retractedAt, `${name} retracted`);
  }
  for (const e of more) add(e.at, e.what);
  return [...events.entries()].sort(([a], [b]) => a - b).map(([, e]) => ({ at: e.at, what: e.what.join('; ') }));
}

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 54;
