import { NODE_HEIGHT, NODE_WIDTH, type Drawn } from './model';

type Positions = Record<string, { x: number; y: number }>;

/**
 * The drawn graph as a standalone SVG and as a PNG, made from the layout itself rather than by
 * rasterising the page: the console's CSP allows no data: images, and the files stay exact.
 */
const PAD = 20;

function bounds(positions: Positions) {
  const xs = Object.values(positions);
  const minX = Math.min(...xs.map((p) => p.x)) - PAD;
  const minY = Math.min(...xs.map((p) => p.y)) - PAD;
  const maxX = Math.max(...xs.map((p) => p.x + NODE_WIDTH)) + PAD;
  const maxY = Math.max(...xs.map((p) => p.y + NODE_HEIGHT)) + PAD;
  return { minX, minY, width: maxX - minX, height: maxY - minY };
}

/** An edge as a cubic curve from the right side of one node to the left side of the next. */
function curve(positions: Positions, from: string, to: string) {
  const a = positions[from];
  const z = positions[to];
  if (!a || !z) return null;
  const x1 = a.x + NODE_WIDTH;
  const x2 = z.x;
  return { x1, y1: a.y + NODE_HEIGHT / 2, x2, y2: z.y + NODE_HEIGHT / 2, mid: (x1 + x2) / 2 };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function toSvg(drawn: Drawn, positions: Positions, title: string): string {
  const b = bounds(positions);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${b.minX} ${b.minY} ${b.width} ${b.height}" width="${b.width}" height="${b.height}" font-family="sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<rect x="${b.minX}" y="${b.minY}" width="${b.width}" height="${b.height}" fill="#ffffff"/>`,
  ];
  for (const e of drawn.edges) {
    const c = curve(positions, e.from, e.to);
    if (!c) continue;
    const { x1, y1, x2, y2, mid } = c;
    parts.push(
      `<path d="M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}" fill="none" stroke="#555" stroke-width="1.2"><title>${esc(e.label)}</title></path>`,
    );
  }
  for (const n of drawn.nodes) {
    const p = positions[n.id];
    if (!p) continue;
    const fill = n.redacted ? '#333333' : n.kind === 'group' ? '#fff4d6' : n.isRoot ? '#dbeafe' : '#f5f5f5';
    const ink = n.redacted ? '#ffffff' : '#111111';
    parts.push(
      `<g><rect x="${p.x}" y="${p.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6" fill="${fill}" stroke="#444"/>`,
      `<text x="${p.x + 8}" y="${p.y + 20}" fill="${ink}" font-weight="bold">${esc(n.label.slice(0, 30))}</text>`,
      `<text x="${p.x + 8}" y="${p.y + 38}" fill="${ink}">${esc(n.kind === 'group' ? 'group: click to expand' : n.type)}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

export async function toPng(drawn: Drawn, positions: Positions): Promise<Blob> {
  const b = bounds(positions);
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(b.width * scale);
  canvas.height = Math.ceil(b.height * scale);
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.translate(-b.minX, -b.minY);
  g.fillStyle = '#ffffff';
  g.fillRect(b.minX, b.minY, b.width, b.height);
  g.strokeStyle = '#555';
  for (const e of drawn.edges) {
    const c = curve(positions, e.from, e.to);
    if (!c) continue;
    const { x1, y1, x2, y2, mid } = c;
    g.beginPath();
    g.moveTo(x1, y1);
    g.bezierCurveTo(mid, y1, mid, y2, x2, y2);
    g.stroke();
  }
  g.font = '12px sans-serif';
  for (const n of drawn.nodes) {
    const p = positions[n.id];
    if (!p) continue;
    g.fillStyle = n.redacted ? '#333333' : n.kind === 'group' ? '#fff4d6' : n.isRoot ? '#dbeafe' : '#f5f5f5';
    g.strokeStyle = '#444';
    g.beginPath();
    g.roundRect(p.x, p.y, NODE_WIDTH, NODE_HEIGHT, 6);
    g.fill();
    g.stroke();
    g.fillStyle = n.redacted ? '#ffffff' : '#111111';
    g.fillText(n.label.slice(0, 30), p.x + 8, p.y + 20);
    g.fillText(n.kind === 'group' ? 'group' : n.type, p.x + 8, p.y + 38);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

export function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
