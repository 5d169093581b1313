import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, until } from './helpers';

function timelineTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Timeline:'));
}

suite('Claim timeline', () => {
  test('Show Claim Timeline opens one webview panel for a related-claim group', async () => {
    const { service } = await api();
    const group = service.index.groups.find((g) => ['000-', '001-', '002-'].every((a) => g.points.some((p) => p.file.includes(a) && /troop|soldier/.test(p.text))));
    assert.ok(group, 'the corpus has a group of troop figures across 000, 001 and 002');
    await vscode.commands.executeCommand('corpusAnnotator.showClaimTimeline', group.topic);
    const [tab] = await until('the timeline tab', () => (timelineTabs().length ? timelineTabs() : undefined));
    assert.equal(tab.label, `Timeline: ${group.label}`);
    await vscode.commands.executeCommand('corpusAnnotator.showClaimTimeline', group.points[0].id);
    assert.equal(timelineTabs().length, 1, 'the panel is reused, not opened twice');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('run from the palette, it charts the topic selected in the Claims view, not the claim at the cursor', async () => {
    const { claims, claimsView } = await api();
    const [first, second] = claims.shownGroups;
    assert.ok(first && second, 'two topics in the Claims view');
    const node = claims.getChildren().find((n) => n.type === 'group' && n.key === second.key)!;
    await claimsView.reveal(node, { select: true, focus: true });
    await until('the topic to be selected', () => claimsView.selection.length > 0);
    await vscode.commands.executeCommand('corpusAnnotator.showClaimTimeline');
    const [tab] = await until('the timeline tab', () => (timelineTabs().length ? timelineTabs() : undefined));
    assert.equal(tab.label, `Timeline: ${second.label}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
