import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { EventKind, TimelineEvent } from './events';

const KINDS: { kind: EventKind; colour: string; emergency?: boolean }[] = [
  { kind: 'release', colour: '#1d4ed8' },
  { kind: 'promotion', colour: '#047857' },
  { kind: 'rollback', colour: '#b45309' },
  { kind: 'rollback', colour: '#b91c1c', emergency: true },
  { kind: 'evaluation', colour: '#6d28d9' },
  { kind: 'drift alert', colour: '#be123c' },
  { kind: 'decision', colour: '#0e7490' },
  { kind: 'strategy decision', colour: '#9d174d' },
  { kind: 'monitor check', colour: '#4b5563' },
];

/**
 * Every event on one time axis, one row per lane (each environment with its alias moves, approval
 * decisions and monitor checks; releases; evaluations; alerts; strategy decisions), drawn
 * with uPlot (points only). Clicking a release point opens its diff. The table beside it is the
 * keyboard and screen-reader route to the same events.
 */
export function TimelineChart({ events, lanes, onPick }: { events: TimelineEvent[]; lanes: string[]; onPick: (e: TimelineEvent) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current || !events.length) return;
    const xs = [...new Set(events.map((e) => Date.parse(e.at) / 1000))].sort((a, b) => a - b);
    const series = KINDS.map(({ kind, emergency }) =>
      xs.map((x) => {
        const hit = events.find((e) => Date.parse(e.at) / 1000 === x && e.kind === kind && !!e.emergency === !!emergency);
        return hit ? lanes.indexOf(hit.lane) : null;
      }),
    );
    const plot = new uPlot(
      {
        width: box.current.clientWidth || 800,
        height: 60 + lanes.length * 40,
        scales: { y: { range: [-0.5, lanes.length - 0.5] } },
        axes: [
          { stroke: '#222' },
          { stroke: '#222', size: 110, splits: () => lanes.map((_, i) => i), values: (_u, vals) => vals.map((v) => lanes[v] ?? '') },
        ],
        legend: { show: true },
        series: [
          { label: 'time' },
          ...KINDS.map(({ kind, colour, emergency }) => ({
            label: emergency ? 'emergency rollback' : kind,
            stroke: colour,
            fill: colour,
            width: 0,
            points: { show: true, size: emergency ? 14 : 10, fill: colour },
          })),
        ],
        cursor: { points: { show: false } },
      },
      [xs, ...series],
      box.current,
    );
    const click = () => {
      const i = plot.cursor.idx;
      if (i == null) return;
      const hit = events.find((e) => Date.parse(e.at) / 1000 === xs[i] && e.kind === 'release');
      if (hit) onPick(hit);
    };
    plot.over.addEventListener('click', click);
    return () => plot.destroy();
  }, [events, lanes, onPick]);
  return <div ref={box} className="chart" aria-hidden="true" />;
}
