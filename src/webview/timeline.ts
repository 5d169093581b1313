// The claim timeline, drawn inside a webview with Chart.js (bundled, no network):
// date against value, one mark per claim, coloured by source; approximate figures
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
import { dayAxis, spreadDays } from './timelineLayout';
import type { TimelineMessage, TimelinePayload, TimelinePointView } from './timelineTypes';

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

let chart: Chart<'scatter', { x: number; y: number }[]> | undefined;

function render(payload: TimelinePayload) {
  document.getElementById('title')!.textContent = payload.label;
  document.getElementById('summary')!.textContent = payload.summary;
  const undated = payload.points.filter((p) => p.day === null);
  document.getElementById('undated')!.textContent = undated.length ? `Not on the timeline (no date): ${undated.map((p) => `${p.figure} (${p.article})`).join('; ')}` : '';
  const colours = palette();
  const sources = [...new Set(payload.points.map((p) => p.source ?? 'no source'))];
  const fg = css('--vscode-foreground', '#333');
  const grid = css('--vscode-editorWidget-border', 'rgba(128,128,128,0.3)');
  const red = css('--vscode-errorForeground', '#e51400');
  const dated = payload.points.filter((p) => p.day !== null && p.value !== null);
  const disagreeing = new Set(payload.disagreeing);
  const bySource = sources.map((source) => dated.filter((p) => (p.source ?? 'no source') === source));
  const axis = dayAxis(dated.map((p) => p.day!));
  // One figure stated many times on one day: marks side by side, each its own claim.
  const spread = axis ? spreadDays(dated.map((p) => ({ day: p.day!, value: p.value! })), axis) : [];
  const xOf = new Map(dated.map((p, i) => [p.id, spread[i] * DAY]));
  const datasets: ChartDataset<'scatter', { x: number; y: number }[]>[] = bySource.map((points, i) => {
    const colour = colours[i % colours.length];
    return {
      label: sources[i],
      data: points.map((p) => ({ x: xOf.get(p.id) ?? p.day! * DAY, y: p.value! })),
      // Per-point styles as arrays: filled circles for exact figures, hollow triangles for approximate ones.
      pointBackgroundColor: points.map((p) => (p.approx ? 'transparent' : colour)),
      pointBorderColor: points.map((p) => (disagreeing.has(p.id) ? red : colour)),
      pointBorderWidth: points.map((p) => (disagreeing.has(p.id) ? 3 : 2)),
      pointStyle: points.map((p) => (p.approx ? 'triangle' : 'circle')),
      backgroundColor: colour,
      borderColor: colour,
      pointRadius: 7,
      pointHoverRadius: 9,
    };
  });
  const links = payload.disagreements
    .map(([a, b]) => [dated.find((p) => p.id === a), dated.find((p) => p.id === b)])
    .filter((pair): pair is [TimelinePointView, TimelinePointView] => !!pair[0] && !!pair[1])
    .map(
      ([a, b]): ChartDataset<'scatter', { x: number; y: number }[]> => ({
        showLine: true,
        label: 'disagree',
        data: [
          { x: xOf.get(a.id) ?? a.day! * DAY, y: a.value! },
          { x: xOf.get(b.id) ?? b.day! * DAY, y: b.value! },
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
            label: (item) => {
              const p = bySource[item.datasetIndex]?.[item.dataIndex];
              return p ? `${p.approx ? '~' : ''}${p.figure} — ${p.source ?? 'no source'}, ${p.date}, ${p.article}${disagreeing.has(p.id) ? ' (disagrees)' : ''}` : '';
            },
          },
        },
      },
      onClick: (_e, elements) => {
        const el = elements[0];
        if (!el) return;
        const p = bySource[el.datasetIndex]?.[el.index];
        if (p) vscode.postMessage({ type: 'open', id: p.id });
      },
    },
  });
}

window.addEventListener('message', (e: MessageEvent<TimelineMessage>) => {
  if (e.data.type === 'show') render(e.data.payload);
});
vscode.postMessage({ type: 'ready' });
