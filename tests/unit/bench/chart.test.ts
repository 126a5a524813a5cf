import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { expect, test } from 'vitest';
import { scaleChart, type Series } from '../../../bench/lib/chart';

const points = [1, 10, 100, 1000].map((n) => ({ n, value: 2000 + 3 * n }));
const series = (label: string): Series => ({ label, format: (value) => `${value} ms`, points });

test('draws one panel per series, a line through every point, each labelled with N', () => {
  const svg = scaleChart('Cost against N', [series('build time'), series('index size')]);
  const tree = fromHtml(svg, { space: 'svg', fragment: true });
  expect(selectAll('polyline', tree)).toHaveLength(2);
  expect(selectAll('circle', tree)).toHaveLength(8);
  expect(svg).toContain('build time');
  expect(svg).toContain('N = 1000: 5000 ms');
});

test('escapes labels, so any text makes valid SVG', () => {
  expect(scaleChart('a < b & c', [series('"quoted" <label>')])).not.toMatch(/<label>|a < b/);
});

test('leaves out a series with too few points, and refuses to draw nothing', () => {
  const lonely: Series = { ...series('one point'), points: [{ n: 10, value: 1 }] };
  expect(scaleChart('t', [series('ok'), lonely])).not.toContain('one point');
  expect(() => scaleChart('t', [lonely])).toThrow(/nothing to chart/);
});
