import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, until } from './helpers';

function timelineTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Timeline:'));
}

suite('Claim timeline', () => {
  test('Show Claim Timeline opens one webview panel for a related-claim group', async () => {
    const { service } = await api();
    const group = service.index.groups.find((g) => g.topic === 'russian-troop-numbers');
    assert.ok(group, 'the corpus has the Russian troop numbers group');
    await vscode.commands.executeCommand('corpusAnnotator.showClaimTimeline', group.topic);
    const [tab] = await until('the timeline tab', () => (timelineTabs().length ? timelineTabs() : undefined));
    assert.equal(tab.label, `Timeline: ${group.label}`);
    await vscode.commands.executeCommand('corpusAnnotator.showClaimTimeline', group.points[0].id);
    assert.equal(timelineTabs().length, 1, 'the panel is reused, not opened twice');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
