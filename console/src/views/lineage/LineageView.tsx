import { Background, Controls, Position, ReactFlow, type Edge, type Node, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { download } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, When } from '../../components/status';
import { hrefOf, navigate } from '../../router';
import { ColumnView } from './ColumnView';
import { fileSafe, save, toPng, toSvg } from './export';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import LayoutWorker from './layout.worker?worker';
import { draw, eventsOf, type AnswerNode, type Drawn, type DrawnNode, type SliderEvent } from './model';
import { LineageDocument } from './queries';
import { useReleaseEvents } from './release-events';

const DIRECTIONS = ['BOTH', 'UPSTREAM', 'DOWNSTREAM'] as const;
type Direction = (typeof DIRECTIONS)[number];
const DEPTHS = [1, 2, 3, 4, 5, 6, 8, 10];
/** The most nodes asked for; the answer says `truncated` when more lie within the depth. */
export const MAX_NODES = 2000;

function readParams(search: URLSearchParams) {
  const direction = (DIRECTIONS as readonly string[]).includes(search.get('direction') ?? '')
    ? (search.get('direction') as Direction)
    : 'BOTH';
  const depth = Number(search.get('depth')) || 3;
  return { direction, depth, asOf: search.get('asOf') };
}

export default function LineageView({ id, search }: { id: string; search: URLSearchParams }) {
  const { direction, depth, asOf } = readParams(search);
  const setParams = (next: Partial<{ direction: string; depth: number; asOf: string | null }>, replace = false) => {
    const merged = { direction, depth: String(depth), asOf, ...next, ...(next.depth ? { depth: String(next.depth) } : {}) };
    navigate(hrefOf('lineage', id, { direction: merged.direction, depth: String(merged.depth), asOf: merged.asOf }), replace);
  };
  // The answer now gives the instants the slider snaps to; the answer at asOf is what is drawn.
  const present = useQuery(LineageDocument, { id, direction, depth, maxNodes: MAX_NODES, asOf: null });
  const then = useQuery(LineageDocument, { id, direction, depth, maxNodes: MAX_NODES, asOf }, !asOf);
  const shown = asOf ? then : present;
  const moves = useReleaseEvents(present.status === 'done' ? present.answer.data.lineage.nodes : null);

  return (
    <div className="lineage">
      <h1>
        Lineage of <code>{id}</code>
      </h1>
      <div className="toolbar card" role="group" aria-label="Lineage controls">
        <label>
          Direction{' '}
          <select value={direction} onChange={(e) => setParams({ direction: e.target.value })}>
            {DIRECTIONS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          Depth{' '}
          <select value={depth} onChange={(e) => setParams({ depth: Number(e.target.value) })}>
            {DEPTHS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
        {id.startsWith('output:') && <Link href={hrefOf('provenance', id, { asOf })}>Auditor's page for this output</Link>}
      </div>
      {present.status === 'done' && (
        <TimeSlider
          nodes={present.answer.data.lineage.nodes}
          root={present.answer.data.lineage.root}
          more={moves}
          asOf={asOf}
          onChange={(at) => setParams({ asOf: at }, true)}
        />
      )}
      {present.status === 'error' && <FailureMessage error={present.error} what="Lineage" />}
      {shown.status === 'loading' && <Loading what="lineage" />}
      {shown.status === 'error' && shown !== present && <FailureMessage error={shown.error} what="Lineage at this instant" />}
      {shown.status === 'done' && (
        <Answer
          lineage={shown.answer.data.lineage}
          partial={shown.answer.partial}
          id={id}
          direction={direction}
          depth={depth}
          asOf={asOf}
        />
      )}
    </div>
  );
}

function TimeSlider({
  nodes,
  root,
  more,
  asOf,
  onChange,
}: {
  nodes: AnswerNode[];
  root: string;
  more: SliderEvent[];
  asOf: string | null;
  onChange: (at: string | null) => void;
}) {
  const events = useMemo(() => eventsOf(nodes, root, more), [nodes, root, more]);
  // The last position is "now"; the others are the instants the answer changes at.
  const index = asOf
    ? Math.max(
        0,
        events.findIndex((e) => e.at === asOf),
      )
    : events.length;
  const label = index >= events.length ? 'now' : `${events[index].at}: ${events[index].what}`;
  return (
    <div className="card slider">
      <label htmlFor="asof-slider">As of</label>
      <input
        id="asof-slider"
        type="range"
        min={0}
        max={events.length}
        step={1}
        value={index}
        aria-valuetext={label}
        onChange={(e) => {
          const i = Number(e.target.value);
          onChange(i >= events.length ? null : events[i].at);
        }}
      />
      <output htmlFor="asof-slider" data-testid="asof-label">
        {index >= events.length ? 'now' : <When at={events[index].at} />}{' '}
        {index < events.length && <span className="what">{events[index].what}</span>}
      </output>
      <p className="hint">
        {events.length} instants: each node's recording or retraction (versions, runs, releases, outputs) and the alias moves and drift
        alerts of its releases; ← → move between them.
      </p>
    </div>
  );
}

type Lineage = {
  root: string;
  asOf?: string | null;
  truncated: boolean;
  nodes: AnswerNode[];
  edges: { from: string; to: string; type: string; role?: string | null }[];
};

function Answer({
  lineage,
  partial,
  id,
  direction,
  depth,
  asOf,
}: {
  lineage: Lineage;
  partial: { code: string; message: string; path?: string }[];
  id: string;
  direction: string;
  depth: number;
  asOf: string | null;
}) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const wanted = useMemo(() => draw(lineage, collapsed, expanded), [lineage, collapsed, expanded]);
  // The picture stays on screen while a new layout is computed, so a focused node keeps its focus.
  const { laidOut, current } = useLayout(wanted);
  const drawn = laidOut?.drawn ?? wanted;
  const positions = current ? laidOut!.positions : null;
  const toggle = (set: Set<string>, key: string) => {
    const next = new Set(set);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  };
  const activate = (id: string) => {
    if (id.startsWith('group:')) setExpanded((s) => toggle(s, id));
    else if (id !== lineage.root) setCollapsed((s) => toggle(s, id));
    setSelected(id);
  };
  const onNodeClick: NodeMouseHandler = (_e, node) => activate(node.id);
  // From the keyboard: Tab to a node, then Enter or Space does what a click does.
  const onGraphKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const id = (e.target as HTMLElement).closest('.react-flow__node')?.getAttribute('data-id');
    if (!id) return;
    e.preventDefault();
    activate(id);
  };
  const flowNodes: Node[] = useMemo(
    () =>
      laidOut
        ? laidOut.drawn.nodes.map((n) => ({
            id: n.id,
            position: laidOut.positions[n.id] ?? { x: 0, y: 0 },
            data: {
              label: (
                <span className="node-label" data-node-id={n.id}>
                  <strong>{n.label}</strong>
                  <small>
                    {n.kind === 'group' ? 'click to expand' : n.type}
                    {n.collapsed ? ' · collapsed' : ''}
                    {n.retracted ? ' · retracted' : ''}
                  </small>
                </span>
              ),
            },
            className: `lnode ${n.kind} ${n.redacted ? 'is-redacted' : ''} ${n.isRoot ? 'is-root' : ''} ${n.retracted ? 'is-retracted' : ''} ${n.collapsed ? 'is-collapsed' : ''}`,
            connectable: false,
            draggable: false,
            ariaLabel: ariaLabelOf(n),
            sourcePosition: Position.Right,
            targetPosition: Position.Left,
          }))
        : [],
    [laidOut],
  );
  const flowEdges: Edge[] = useMemo(
    () => (laidOut?.drawn.edges ?? []).map((e) => ({ id: e.id, source: e.from, target: e.to, ariaLabel: e.label })),
    [laidOut],
  );
  const title = `Lineage of ${id}${asOf ? ` as of ${asOf}` : ''}`;
  const prov = (format: 'json' | 'provn') => {
    const q = new URLSearchParams({ id, direction, depth: String(depth), maxNodes: String(MAX_NODES), format });
    if (asOf) q.set('asOf', asOf);
    return `/prov/lineage?${q}`;
  };
  const [exportError, setExportError] = useState<unknown>(null);
  const run = (f: () => Promise<void>) => () => void f().then(() => setExportError(null), setExportError);

  return (
    <>
      <div className="card answer-meta" data-testid="lineage-meta">
        <p>
          {lineage.nodes.length} nodes, {lineage.edges.length} edges{' '}
          {asOf ? (
            <>
              as the graph stood at <When at={asOf} />
            </>
          ) : (
            'now'
          )}
          {lineage.truncated && (
            <strong className="warn" role="status">
              {' '}
              Truncated: more nodes lie within depth {depth} than the {MAX_NODES} returned.
            </strong>
          )}
          {drawn.nodes.some((n) => n.kind === 'group') && <> Large fan-outs are shown as counted groups: click one to expand it.</>}
        </p>
        {partial.length > 0 && <FailureMessage error={{ message: partial.map((p) => p.message).join(' ') }} what="Part of the answer" />}
        <div className="row" role="group" aria-label="Export">
          <button
            type="button"
            disabled={!positions}
            onClick={run(async () => save(new Blob([toSvg(drawn, positions!, title)], { type: 'image/svg+xml' }), `${fileSafe(id)}.svg`))}
          >
            Export SVG
          </button>
          <button
            type="button"
            disabled={!positions}
            onClick={run(async () => save(await toPng(drawn, positions!), `${fileSafe(id)}.png`))}
          >
            Export PNG
          </button>
          <button type="button" onClick={run(async () => save(await download(prov('json')), `${fileSafe(id)}.prov.json`))}>
            PROV-JSON
          </button>
          <button type="button" onClick={run(async () => save(await download(prov('provn')), `${fileSafe(id)}.provn`))}>
            PROV-N
          </button>
        </div>
        {exportError ? <FailureMessage error={exportError} what="Export" /> : null}
        {drawn.nodes.some((n) => n.kind === 'group') && (
          <details>
            <summary>Counted groups ({drawn.nodes.filter((n) => n.kind === 'group').length}): expand from the keyboard</summary>
            <ul className="row">
              {drawn.nodes
                .filter((n) => n.kind === 'group')
                .map((n) => (
                  <li key={n.id}>
                    <button type="button" onClick={() => setExpanded((s) => toggle(s, n.id))}>
                      Expand {n.label} behind {labelOf(lineage.nodes.find((x) => x.id === n.parent))}
                    </button>
                  </li>
                ))}
            </ul>
          </details>
        )}
      </div>
      <p className="hint" id="graph-keys">
        Tab to a node and press Enter to collapse or expand what lies beyond it (or to expand a counted group).
      </p>
      <div
        className="graph card"
        aria-label={title}
        aria-describedby="graph-keys"
        role="region"
        data-testid="lineage-graph"
        data-ready={positions ? 'true' : 'false'}
        onKeyDown={onGraphKeyDown}
      >
        {laidOut ? (
          <ReactFlow
            nodes={flowNodes}
            edges={flowEdges}
            onNodeClick={onNodeClick}
            fitView
            minZoom={0.05}
            nodesConnectable={false}
            nodesDraggable={false}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        ) : (
          <Loading what="the layout" />
        )}
      </div>
      {selected && <Selected id={selected} lineage={lineage} asOf={asOf} />}
      <NodeTable lineage={lineage} asOf={asOf} />
    </>
  );
}

const labelOf = (n: AnswerNode | undefined) => (!n ? 'its node' : n.redacted ? `a redacted ${n.type}` : n.label);

function ariaLabelOf(n: DrawnNode): string {
  if (n.kind === 'group') return `Group of ${n.count} ${n.type} nodes, press Enter to expand`;
  const name = `${n.redacted ? 'Redacted ' : ''}${n.type} ${n.redacted ? n.id : n.label}`;
  if (n.isRoot) return name;
  return n.collapsed ? `${name}, collapsed: press Enter to expand` : `${name}: press Enter to collapse what lies beyond it`;
}

type Positions = Record<string, { x: number; y: number }>;

/**
 * The layered layout from the worker; a newer request wins. `laidOut` is the newest picture laid out
 * (kept while the next one is computed), `current` whether it is the one asked for last.
 */
function useLayout(drawn: Drawn): { laidOut: { drawn: Drawn; positions: Positions } | null; current: boolean } {
  const [laidOut, setLaidOut] = useState<{ seq: number; drawn: Drawn; positions: Positions } | null>(null);
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const asked = useRef<Drawn>(drawn);
  useEffect(() => {
    const w = new LayoutWorker();
    worker.current = w;
    w.onmessage = (e: MessageEvent<LayoutReply>) => {
      if (e.data.seq === seq.current) setLaidOut({ seq: e.data.seq, drawn: asked.current, positions: e.data.positions });
    };
    return () => w.terminate();
  }, []);
  useEffect(() => {
    seq.current += 1;
    asked.current = drawn;
    const message: LayoutRequest = {
      seq: seq.current,
      nodes: drawn.nodes.map((n) => n.id),
      edges: drawn.edges.map((e) => ({ from: e.from, to: e.to })),
    };
    worker.current?.postMessage(message);
  }, [drawn]);
  return { laidOut, current: !!laidOut && laidOut.drawn === drawn };
}

function Selected({ id, lineage, asOf }: { id: string; lineage: Lineage; asOf: string | null }) {
  const node = lineage.nodes.find((n) => n.id === id);
  if (!node) return null;
  return (
    <section className="card" aria-label="Selected node">
      <h2>{node.redacted ? <Redacted id={node.id} type={node.type} /> : node.label}</h2>
      <p>
        <code>{node.id}</code> · {node.type} · recorded <When at={node.createdAt} />
        {node.retractedAt && (
          <>
            {' '}
            · retracted <When at={node.retractedAt} />
          </>
        )}
      </p>
      <p className="row">
        <Link href={hrefOf('lineage', node.id, { asOf })}>Open its lineage</Link>
        {node.type === 'Output' && <Link href={hrefOf('provenance', node.id, { asOf })}>Auditor's page</Link>}
      </p>
      {node.type === 'LineageDatasetVersion' && !node.redacted && <ColumnView datasetVersion={node.id} asOf={asOf} />}
    </section>
  );
}

/**
 * Every node of the answer as a table: the graph's text equivalent (and what the browser tests read).
 * Memoised: expanding or collapsing the picture does not re-render thousands of rows.
 */
const NodeTable = memo(function NodeTable({ lineage, asOf }: { lineage: Lineage; asOf: string | null }) {
  return (
    <details className="card" open={lineage.nodes.length <= 60}>
      <summary>Nodes in this answer ({lineage.nodes.length})</summary>
      <table data-testid="lineage-nodes">
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">Type</th>
            <th scope="col">Recorded</th>
            <th scope="col">Retracted</th>
          </tr>
        </thead>
        <tbody>
          {lineage.nodes.map((n) => (
            <tr key={n.id} data-node-id={n.id} className={n.redacted ? 'is-redacted' : undefined}>
              <td>{n.redacted ? <Redacted id={n.id} /> : <Link href={hrefOf('lineage', n.id, { asOf })}>{n.label}</Link>}</td>
              <td>{n.type}</td>
              <td>
                <When at={n.createdAt} />
              </td>
              <td>{n.retractedAt ? <When at={n.retractedAt} /> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
});
