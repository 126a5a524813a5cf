/**
 * The scale chart: one small panel per cost, each on log–log axes (articles across, cost up),
 * with a dashed line of linear growth through the first point for comparison. Plain SVG text,
 * so it renders on GitHub and in any browser.
 */
import type { ScalePoint } from './growth.ts';

export interface Series {
  label: string;
  /** Formats a value for the panel's labels. */
  format: (value: number) => string;
  points: readonly ScalePoint[];
}

const PANEL = { width: 300, height: 220, left: 56, right: 14, top: 30, bottom: 36 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function panel(series: Series, column: number): string {
  const points = series.points.filter((point) => point.n > 0 && point.value > 0);
  const logs = (values: number[]) => [Math.log10(Math.min(...values)), Math.log10(Math.max(...values))];
  const [nLow, nHigh] = logs(points.map((point) => point.n)) as [number, number];
  const first = points[0]!;
  // The linear reference reaches first.value × (N / first.n); keep it inside the panel's range.
  const linearEnd = first.value * (points.at(-1)!.n / first.n);
  const [vLow, vHigh] = logs([...points.map((point) => point.value), linearEnd]) as [number, number];
  const plotWidth = PANEL.width - PANEL.left - PANEL.right;
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom;
  const x = (n: number) => PANEL.left + ((Math.log10(n) - nLow) / (nHigh - nLow || 1)) * plotWidth;
  const y = (v: number) => PANEL.top + plotHeight - ((Math.log10(v) - vLow) / (vHigh - vLow || 1)) * plotHeight;
  const line = points.map((point) => `${x(point.n).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (point) =>
        `<circle cx="${x(point.n).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="3"><title>N = ${point.n}: ${escapeXml(series.format(point.value))}</title></circle>`,
    )
    .join('');
  const nLabels = points
    .map((point) => `<text x="${x(point.n).toFixed(1)}" y="${PANEL.height - 18}" text-anchor="middle">${point.n}</text>`)
    .join('');
  const last = points.at(-1)!;
  return [
    `<g transform="translate(${column * PANEL.width},0)">`,
    `<text x="${PANEL.left}" y="18" font-weight="bold">${escapeXml(series.label)}</text>`,
    `<line x1="${PANEL.left}" y1="${PANEL.top + plotHeight}" x2="${PANEL.left + plotWidth}" y2="${PANEL.top + plotHeight}" stroke="#888"/>`,
    `<line x1="${PANEL.left}" y1="${PANEL.top}" x2="${PANEL.left}" y2="${PANEL.top + plotHeight}" stroke="#888"/>`,
    `<line x1="${x(first.n).toFixed(1)}" y1="${y(first.value).toFixed(1)}" x2="${x(last.n).toFixed(1)}" y2="${y(linearEnd).toFixed(1)}" stroke="#aaa" stroke-dasharray="4 3"/>`,
    `<polyline points="${line}" fill="none" stroke="#1d4ed8" stroke-width="2"/>`,
    `<g fill="#1d4ed8">${dots}</g>`,
    `<text x="${PANEL.left - 4}" y="${(y(first.value) + 4).toFixed(1)}" text-anchor="end">${escapeXml(series.format(first.value))}</text>`,
    `<text x="${PANEL.left - 4}" y="${(y(last.value) + 4).toFixed(1)}" text-anchor="end">${escapeXml(series.format(last.value))}</text>`,
    nLabels,
    `<text x="${PANEL.left + plotWidth / 2}" y="${PANEL.height - 2}" text-anchor="middle">articles (N)</text>`,
    '</g>',
  ].join('\n');
}

export function scaleChart(title: string, series: readonly Series[]): string {
  const drawable = series.filter((item) => item.points.filter((point) => point.n > 0 && point.value > 0).length >= 2);
  if (drawable.length === 0) throw new Error('nothing to chart: every series needs two points or more');
  const width = drawable.length * PANEL.width;
  const height = PANEL.height + 24;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    '<rect width="100%" height="100%" fill="#fff"/>',
    ...drawable.map((item, column) => panel(item, column)),
    `<text x="8" y="${height - 6}" fill="#555">${escapeXml(title)}. Log–log scales; dashed: linear growth from the smallest site.</text>`,
    '</svg>',
    '',
  ].join('\n');
}
