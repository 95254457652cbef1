/**
 * A bar chart as inline SVG (no charting library): one bar per day, with a text alternative (role="img"
 * and aria-label) and the numbers in a table beside it for screen readers and copying.
 */
import { h, svg, table } from './dom.js';

export interface Bar {
  label: string;
  value: number;
}

export function barChart(title: string, bars: Bar[]): HTMLElement {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const W = 600;
  const H = 160;
  const step = W / Math.max(1, bars.length);
  const bw = Math.max(2, step * 0.7);
  const total = bars.reduce((n, b) => n + b.value, 0);
  const chart = svg(
    'svg',
    {
      viewBox: `0 -12 ${W} ${H + 32}`,
      role: 'img',
      'aria-label': `${title}: ${total} requests over ${bars.length} days, at most ${max} a day`,
      class: 'chart',
    },
    ...bars.map((b, i) => {
      const bh = (b.value / max) * H;
      return svg(
        'g',
        {},
        svg(
          'rect',
          { x: i * step + (step - bw) / 2, y: H - bh, width: bw, height: Math.max(bh, 0.5), class: 'bar' },
          svg('title', {}, `${b.label}: ${b.value}`),
        ),
        bars.length <= 14 ? svg('text', { x: i * step + step / 2, y: H + 14, 'text-anchor': 'middle', class: 'axis' }, b.label.slice(5)) : null,
        b.value ? svg('text', { x: i * step + step / 2, y: Math.max(10, H - bh - 3), 'text-anchor': 'middle', class: 'value' }, b.value) : null,
      );
    }),
  );
  return h(
    'figure',
    { class: 'usage' },
    h('figcaption', {}, title),
    chart,
    h(
      'details',
      {},
      h('summary', {}, 'Numbers'),
      table(
        title,
        ['Day', 'Requests'],
        bars.map((b) => [b.label, b.value]),
      ),
    ),
  );
}
