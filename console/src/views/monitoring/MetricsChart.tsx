import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { MARKER_COLOURS, type Chart, type Marker } from './series';

/** Draws the markers as labelled vertical lines over the plot area (alias moves, drift alerts). */
function markerPlugin(markers: Marker[]): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          const [min, max] = [u.scales.x.min ?? -Infinity, u.scales.x.max ?? Infinity];
          ctx.save();
          ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
          markers.forEach((m, i) => {
            if (m.at < min || m.at > max) return;
            const x = Math.round(u.valToPos(m.at, 'x', true));
            ctx.strokeStyle = ctx.fillStyle = MARKER_COLOURS[m.kind];
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash(m.kind === 'drift alert' || m.kind === 'alert resolved' ? [4 * devicePixelRatio, 3 * devicePixelRatio] : []);
            ctx.beginPath();
            ctx.moveTo(x, bbox.top);
            ctx.lineTo(x, bbox.top + bbox.height);
            ctx.stroke();
            ctx.fillText(m.label, x + 4 * devicePixelRatio, bbox.top + (12 + (i % 4) * 13) * devicePixelRatio);
          });
          ctx.restore();
        },
      ],
    },
  };
}

/**
 * One signal over time, one line per release (only over its buckets in this environment), interval
 * bands where the signal has them, and the markers on top. A line breaks wherever its release has no
 * value (it did not serve, or had no data: a rollback and a later re-promotion leave a gap); the
 * breaks uPlot drew are counted per line on the figure's `data-gaps`. The tables beside it carry the
 * same numbers for the keyboard and screen readers, so the canvas itself is hidden from them.
 */
export function MetricsChart({ chart, markers, range }: { chart: Chart; markers: Marker[]; range: [number, number] }) {
  const box = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!box.current) return;
    // uPlot hands each line's breaks to `gaps` as it builds the line's path; `draw` runs after every line.
    const gaps: Record<string, number> = {};
    const index = (label: string) => chart.lines.findIndex((l) => l.label === label) + 1;
    const bands: uPlot.Band[] = chart.lines.flatMap((l) =>
      l.band === 'high'
        ? [{ series: [index(l.label), index(l.label.replace(/ high$/, ' low'))] as [number, number], fill: `${l.colour}22` }]
        : [],
    );
    const plot = new uPlot(
      {
        width: box.current.clientWidth || 800,
        height: 180,
        scales: { x: { time: true, range: () => range } },
        axes: [{ stroke: '#222' }, { stroke: '#222', size: 70, label: chart.unit || undefined }],
        legend: { show: true },
        series: [
          { label: 'time' },
          ...chart.lines.map((l) => ({
            label: l.label,
            stroke: l.colour,
            width: l.band ? 1 : 2,
            dash: l.dash,
            spanGaps: false,
            gaps: (_u: uPlot, _i: number, _from: number, _to: number, found: uPlot.Series.Gaps) => {
              gaps[l.label] = found.length;
              return found;
            },
            points: l.band ? { show: false } : { show: true, size: 5 },
          })),
        ],
        bands,
        plugins: [markerPlugin(markers)],
        hooks: { draw: [() => figure.current?.setAttribute('data-gaps', JSON.stringify(gaps))] },
      },
      [chart.xs, ...chart.lines.map((l) => l.values)],
      box.current,
    );
    return () => plot.destroy();
  }, [chart, markers, range]);
  return (
    <figure ref={figure} className="metric-chart" data-testid="metric-chart" data-series={chart.lines.filter((l) => !l.band).length}>
      <figcaption>{chart.title}</figcaption>
      <div ref={box} className="chart" aria-hidden="true" />
    </figure>
  );
}
