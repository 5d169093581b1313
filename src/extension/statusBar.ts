import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';

/** Corpus size and counts in the status bar; a click opens the Claims view. */
export function registerStatusBar(service: CorpusService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('corpusAnnotator.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Corpus Annotator';
  item.command = 'corpusAnnotator.claims.focus';
  const update = () => {
    const analyses = service.index.analyses;
    const entities = new Set(analyses.flatMap((a) => a.entities.map((e) => e.canonical))).size;
    const claims = analyses.reduce((n, a) => n + a.claims.length, 0);
    const disagreeing = service.index.groups.filter((g) => g.disagreementCount > 0).length;
    item.text = `$(book) ${analyses.length} articles · ${claims} claims`;
    item.tooltip = new vscode.MarkdownString(
      `**Corpus Annotator**\n\n${analyses.length} articles · ${entities} entities · ${claims} claims\n\n${service.index.groups.length} related-claim groups, ${disagreeing} with disagreeing figures`,
    );
    if (analyses.length > 0) item.show();
    else item.hide();
  };
  update();
  return vscode.Disposable.from(item, service.onDidChange(update));
}
