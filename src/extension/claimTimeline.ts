import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { ClaimGroup } from '../core/types';
import type { TimelineMessage, TimelinePayload } from '../webview/timelineTypes';
import { articleLabel } from './claimsView';
import type { CorpusService } from './corpusService';
import { claimAtCursor, pickClaim, revealClaim } from './relatedNavigation';
import { countOf } from '../core/util/countOf';
import { plain, plainText } from './untrustedText';

export const SHOW_TIMELINE = 'corpusAnnotator.showClaimTimeline';

/**
 * What the Claims view has selected (a topic key or a claim id), and when that changes.
 * Run from the palette, the timeline charts it when the view was used last, rather
 * than the claim at the cursor.
 */
export interface ClaimsSelection {
  current(): string | undefined;
  readonly onDidChange: vscode.Event<unknown>;
}

/**
 * A webview that plots a related-claim group's figures over time. It holds one
 * panel, re-drawn when the corpus changes; clicking a mark opens the claim, or lists
 * the claims of a mark that stands for many.
 */
export function registerClaimTimeline(service: CorpusService, extensionUri: vscode.Uri, claimsSelection?: ClaimsSelection): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  let topic: string | undefined;
  // Which the person used last: the Claims view's selection or the caret in an article.
  let lastUsed: 'view' | 'editor' = 'editor';
  const send = () => {
    const group = service.index.groups.find((g) => g.topic === topic);
    if (panel && group) void panel.webview.postMessage({ type: 'show', payload: payloadOf(group) } satisfies TimelineMessage);
  };
  const show = async (arg?: string) => {
    await service.ready();
    const selected = !arg && lastUsed === 'view' ? claimsSelection?.current() : undefined;
    const group = pickGroupFor(service, arg ?? selected) ?? (await chooseGroup(service));
    if (!group) return;
    topic = group.topic;
    if (!panel) {
      panel = vscode.window.createWebviewPanel('corpusAnnotator.timeline', 'Claim Timeline', vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
        retainContextWhenHidden: false,
      });
      panel.webview.html = html(panel.webview, extensionUri);
      panel.onDidDispose(() => (panel = undefined));
      panel.webview.onDidReceiveMessage((m: TimelineMessage) => {
        if (m.type === 'ready') send();
        if (m.type === 'open') void revealClaim(service, m.id);
        if (m.type === 'list') void listBucket(service, topic, m.ids);
      });
    } else {
      panel.reveal(undefined, true);
      send();
    }
    panel.title = plain`Timeline: ${group.label}`;
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_TIMELINE, show),
    service.onDidChange(send),
    ...(claimsSelection ? [claimsSelection.onDidChange(() => (lastUsed = 'view'))] : []),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.languageId === 'news-article' && e.kind !== undefined) lastUsed = 'editor';
    }),
    { dispose: () => panel?.dispose() },
  );
}

/** The claims of one timeline mark that holds many, in a list to open one from; ids not in the group are ignored. */
async function listBucket(service: CorpusService, topic: string | undefined, ids: string[]): Promise<void> {
  const group = service.index.groups.find((g) => g.topic === topic);
  if (!group) return;
  const wanted = new Set(ids);
  const points = group.points.filter((p) => wanted.has(p.id));
  const dates = points.map((p) => p.date ?? 'undated').sort();
  const span = dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
  await pickClaim(service, `${group.label}: ${points.length.toLocaleString('en-US')} claims, ${span}`, points);
}

/** The group of a claim id or topic key given as argument, else of the claim at the cursor. */
function pickGroupFor(service: CorpusService, arg?: string): ClaimGroup | undefined {
  if (arg) return service.index.groupOf(arg) ?? service.index.groups.find((g) => g.topic === arg);
  const claim = claimAtCursor(service, vscode.window.activeTextEditor);
  return claim ? service.index.groupOf(claim.id) : undefined;
}

async function chooseGroup(service: CorpusService): Promise<ClaimGroup | undefined> {
  const items = service.index.groups.map((g) => ({
    label: plainText(g.label),
    description: `${g.points.length} claims${g.disagreementCount ? ` · ${g.disagreementCount} disagreements` : ''}`,
    group: g,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Corpus Annotator: no related claims in the corpus yet.');
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Which related claims should the timeline show?' }))?.group;
}

/**
 * The timeline of a group: the figures of its most common measure (a group about a death
 * toll may also hold the year of an earlier disaster), and how many other claims it holds.
 */
export function payloadOf(g: ClaimGroup): TimelinePayload {
  const articles = new Set(g.points.map((p) => p.file)).size;
  const counts = new Map<string, number>();
  for (const p of g.points) if (p.measure !== null && p.value !== null) counts.set(p.measure, (counts.get(p.measure) ?? 0) + 1);
  const measure = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const plotted = g.points.filter((p) => measure !== undefined && p.measure === measure);
  const others = g.points.length - plotted.length;
  return {
    label: g.label,
    summary: `${g.points.length} claims in ${countOf(articles, 'article')}: ${countOf(plotted.length, 'figure')} plotted, ${countOf(others, 'other claim')} without a figure of this measure; ${countOf(g.disagreementCount, 'disagreement')}, ${countOf(g.changeCount, 'change')} over time. Hollow triangles are approximate figures; red rings disagree with a figure of about the same date.`,
    unit: plotted.find((p) => p.unit)?.unit ?? null,
    points: plotted.map((p) => ({
      id: p.id,
      day: p.date && /^\d{4}-\d{2}-\d{2}$/.test(p.date) ? Date.parse(p.date + 'T00:00:00Z') / 86400000 : null,
      date: p.date ?? 'undated',
      value: p.value,
      figure: p.figureText,
      approx: p.approx,
      source: p.source,
      article: articleLabel(p.file),
    })),
    disagreements: g.disagreements,
    disagreeing: g.points.filter((p) => p.mark === '≠').map((p) => p.id),
  };
}

function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'timeline.js'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); padding: 0 16px; }
  h2 { font-weight: 600; margin: 12px 0 4px; }
  p { color: var(--vscode-descriptionForeground); margin: 4px 0; }
  #wrap { position: relative; height: calc(100vh - 140px); min-height: 240px; }
</style>
<title>Claim Timeline</title>
</head>
<body>
<h2 id="title">Claim timeline</h2>
<p id="summary"></p>
<p id="crowded"></p>
<div id="wrap"><canvas id="chart" role="img" aria-label="Figures of related claims over time"></canvas></div>
<p id="undated"></p>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
