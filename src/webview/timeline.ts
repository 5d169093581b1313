// The claim timeline, drawn inside a webview with Chart.js (bundled, no network):
// date against value, one mark per claim (per bucket of claims when they crowd), coloured by source; approximate figures
// are hollow triangles, disagreeing figures get a red ring and a red link.
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import { bucketSummary, MARK_ROOM, timelineMarks, type TimelineMark } from './timelineLayout';
import type { TimelineMessage, TimelinePayload } from './timelineTypes';

Chart.register(ScatterController, LineController, PointElement, LineElement, LinearScale, Tooltip, Legend);

declare function acquireVsCodeApi(): { postMessage(m: TimelineMessage): void };
const vscode = acquireVsCodeApi();

const DAY = 86400000;

function css(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** Distinct colours from the theme's chart palette, so marks read in light and dark themes. */
function palette(): string[] {
  return ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-yellow', '--vscode-charts-foreground'].map((v, i) =>
    css(v, ['#1a85ff', '#d18616', '#388a34', '#652d90', '#b89500', '#616161'][i]),
  );
}

function mostFrequent(items: string[]): string {
  const counts = new Map<string, number>();
  for (const s of items) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

let chart: Chart<'scatter', { x: number; y: number }[]> | undefined;

function render(payload: TimelinePayload) {
  document.getElementById('title')!.textContent = payload.label;
  document.getElementById('summary')!.textContent = payload.summary;
  const undated = payload.points.filter((p) => p.day === null);
  // The first twenty: a group of thousands would fill the page.
  const listedUndated = undated.slice(0, 20).map((p) => `${p.figure} (${p.article})`).join('; ');
  const moreUndated = undated.length > 20 ? ` and ${(undated.length - 20).toLocaleString('en-US')} more` : '';
  document.getElementById('undated')!.textContent = undated.length ? `Not on the timeline (no date): ${listedUndated}${moreUndated}` : '';
  const colours = palette();
  const sources = [...new Set(payload.points.map((p) => p.source ?? 'no source'))];
  const fg = css('--vscode-foreground', '#333');
  const grid = css('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)');
  const red = css('--vscode-errorForeground', '#e51400');
  const dated = payload.points.filter((p) => p.day !== null && p.value !== null);
  const disagreeing = new Set(payload.disagreeing);
  // One mark per claim (the same figure stated many times on one day side by side), or,
  // when the claims crowd, one mark per bucket of a time slot and a value band.
  const { marks, axis, unit } = timelineMarks(dated.map((p) => ({ day: p.day!, value: p.value!, disagrees: disagreeing.has(p.id) })));
  document.getElementById('crowded')!.textContent = unit
    ? `${dated.length.toLocaleString('en-US')} figures in ${marks.length} marks, by ${unit} and value: the larger a mark, the more claims it holds; click one to list them.`
    : '';
  const claimsOf = (m: TimelineMark) => m.members.map((i) => dated[i]);
  // A bucket takes the colour of its most common source.
  const sourceOf = new Map(marks.map((m) => [m, mostFrequent(claimsOf(m).map((p) => p.source ?? 'no source'))]));
  const bySource = sources.map((source) => marks.filter((m) => sourceOf.get(m) === source));
  const datasets: ChartDataset<'scatter', { x: number; y: number }[]>[] = bySource.map((group, i) => {
    const colour = colours[i % colours.length];
    const approx = group.map((m) => claimsOf(m).every((p) => p.approx));
    return {
      label: sources[i],
      data: group.map((m) => ({ x: m.x * DAY, y: m.y })),
      // Per-point styles as arrays: filled circles for exact figures, hollow triangles for approximate ones.
      pointBackgroundColor: approx.map((a) => (a ? 'transparent' : colour)),
      pointBorderColor: group.map((m) => (m.disagrees ? red : colour)),
      pointBorderWidth: group.map((m) => (m.disagrees ? 3 : 2)),
      pointStyle: approx.map((a) => (a ? 'triangle' : 'circle')),
      backgroundColor: colour,
      borderColor: colour,
      pointRadius: group.map((m) => m.radius),
      pointHoverRadius: group.map((m) => m.radius + 2),
      // A mark at the top of the value axis (the largest figure) is centred on the chart's
      // edge: unclipped, it draws whole into the padding below, not cut in half.
      clip: false,
    };
  });
  const markOf = new Map(marks.flatMap((m) => m.members.map((i) => [dated[i].id, m] as const)));
  // One red link per pair of marks that disagree, however many claims they hold.
  const linked = new Set<string>();
  const links = payload.disagreements
    .map(([a, b]) => [markOf.get(a), markOf.get(b)])
    .filter((pair): pair is [TimelineMark, TimelineMark] => {
      const [a, b] = pair;
      if (!a || !b || a === b) return false;
      const key = [marks.indexOf(a), marks.indexOf(b)].sort((x, y) => x - y).join('|');
      return !linked.has(key) && !!linked.add(key);
    })
    .map(
      ([a, b]): ChartDataset<'scatter', { x: number; y: number }[]> => ({
        showLine: true,
        label: 'disagree',
        data: [
          { x: a.x * DAY, y: a.y },
          { x: b.x * DAY, y: b.y },
        ],
        borderColor: red,
        borderDash: [4, 4],
        borderWidth: 1,
        pointRadius: 0,
        pointHoverRadius: 0,
      }),
    );
  chart?.destroy();
  chart = new Chart<'scatter', { x: number; y: number }[]>(document.getElementById('chart') as HTMLCanvasElement, {
    type: 'scatter',
    data: { datasets: [...datasets, ...links] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { top: MARK_ROOM, right: MARK_ROOM } },
      color: fg,
      scales: {
        x: {
          type: 'linear',
          ...(axis ? { min: axis.min * DAY, max: axis.max * DAY } : {}),
          // A short axis ticks once a day (not at fractions of one, which repeated a date).
          ticks: { color: fg, callback: (v) => new Date(Number(v)).toISOString().slice(0, 10), maxTicksLimit: 5, ...(axis && axis.max - axis.min <= 8 ? { stepSize: DAY } : {}) },
          grid: { color: grid },
          title: { display: true, text: 'date stated', color: fg },
        },
        y: {
          beginAtZero: true,
          ticks: { color: fg, callback: (v) => Number(v).toLocaleString('en-US') },
          grid: { color: grid },
          title: { display: true, text: payload.unit ?? 'value', color: fg },
        },
      },
      plugins: {
        legend: { labels: { color: fg, filter: (item) => item.text !== 'disagree' } },
        tooltip: {
          callbacks: {
            // Chart.js draws these lines on the canvas: text, never HTML.
            label: (item) => {
              const m = bySource[item.datasetIndex]?.[item.dataIndex];
              if (!m) return '';
              const claims = claimsOf(m);
              if (claims.length > 1) return bucketSummary(claims.map((p) => ({ ...p, disagrees: disagreeing.has(p.id) })));
              const p = claims[0];
              return `${p.approx ? '~' : ''}${p.figure} — ${p.source ?? 'no source'}, ${p.date}, ${p.article}${disagreeing.has(p.id) ? ' (disagrees)' : ''}`;
            },
          },
        },
      },
      onClick: (_e, elements) => {
        const el = elements[0];
        if (!el) return;
        const m = bySource[el.datasetIndex]?.[el.index];
        if (!m) return;
        const ids = claimsOf(m).map((p) => p.id);
        vscode.postMessage(ids.length === 1 ? { type: 'open', id: ids[0] } : { type: 'list', ids });
      },
    },
  });
}

window.addEventListener('message', (e: MessageEvent<TimelineMessage>) => {
  if (e.data.type === 'show') render(e.data.payload);
});
vscode.postMessage({ type: 'ready' });
