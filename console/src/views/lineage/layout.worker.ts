import dagre from '@dagrejs/dagre';
import { NODE_HEIGHT, NODE_WIDTH } from './model';

export interface LayoutRequest {
  seq: number;
  nodes: string[];
  edges: { from: string; to: string }[];
}
export interface LayoutReply {
  seq: number;
  positions: Record<string, { x: number; y: number }>;
}

/** Layered (Sugiyama) layout off the main thread, so a large answer never freezes the page. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { seq, nodes, edges } = event.data;
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 18, ranksep: 70, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of nodes) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const positions: LayoutReply['positions'] = {};
  for (const id of nodes) {
    const n = g.node(id);
    positions[id] = { x: n.x - NODE_WIDTH / 2, y: n.y - NODE_HEIGHT / 2 };
  }
  (self as unknown as Worker).postMessage({ seq, positions } satisfies LayoutReply);
};
