import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';
import { countOf } from '../core/util/countOf';

/** Corpus size and counts in the status bar; a click opens the Claims view. */
export function registerStatusBar(service: CorpusService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('corpusAnnotator.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Corpus Annotator';
  item.command = 'corpusAnnotator.claims.focus';
  const update = () => {
    const analyses = service.index.analyses;
    const names = new Set<string>();
    for (const a of analyses) for (const e of a.entities) names.add(e.canonical);
    const entities = names.size;
    const claims = analyses.reduce((n, a) => n + a.claims.length, 0);
    const disagreeing = service.index.groups.filter((g) => g.disagreementCount > 0).length;
    item.text = `$(book) ${countOf(analyses.length, 'article')} · ${countOf(claims, 'claim')}`;
    item.tooltip = new vscode.MarkdownString(
      `**Corpus Annotator**\n\n${countOf(analyses.length, 'article')} · ${entities} ${entities === 1 ? 'entity' : 'entities'} · ${countOf(claims, 'claim')}\n\n${countOf(service.index.groups.length, 'related-claim group')}, ${disagreeing} with disagreeing figures`,
    );
    if (analyses.length > 0) item.show();
    else item.hide();
  };
  update();
  return vscode.Disposable.from(item, service.onDidChange(update));
}
