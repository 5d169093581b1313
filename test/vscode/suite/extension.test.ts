import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../../src/core/types';
import type { ClaimPick } from '../../../src/extension/relatedNavigation';
import { api, corpusFile, hoverText, open, until } from './helpers';

const A000 = '000-putin-amasses-500000-troops.txt';

suite('Corpus Annotator in VS Code', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await api();
  });

  test('the hover over 500,000 shows its value, unit and claim', async () => {
    const { service } = await api();
    const editor = await open(A000);
    const text = editor.document.getText();
    const at = text.indexOf('almost 500,000 troops') + 'almost '.length + 2;
    await until('the analysis of 000', () => service.analysisFor(editor.document.uri));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
    const md = hoverText(hovers);
    assert.match(md, /500,000/);
    assert.match(md, /Value: \*\*500,000\*\*/);
    assert.match(md, /unit: \*\*troops\*\*/);
    assert.match(md, /approximate/);
    assert.match(md, /Claim/);
  });

  test('the hover over an ordinal shows it as a rank', async () => {
    const { service } = await api();
    const editor = await open(A000);
    const at = editor.document.getText().indexOf('seventh package') + 2;
    await until('the analysis of 000', () => service.analysisFor(editor.document.uri));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
    const md = hoverText(hovers);
    assert.match(md, /seventh\*\* — ordinal/);
    assert.match(md, /Value: \*\*7th\*\*/);
  });

  test('an article opened before it is analysed shows its numbers at once, from a first look', async () => {
    const { service } = await api();
    await service.ready();
    const uri = corpusFile('zz-first-look.txt');
    fs.writeFileSync(uri.fsPath, 'Crossings\n\nOfficials said 12,345 people had crossed the border.\n');
    let seen: ArticleAnalysis | undefined;
    let firstLook = false;
    // Called right after the service's own listener, before its analysis can come back.
    const listening = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() !== uri.toString()) return;
      seen = service.analysisFor(d.uri);
      firstLook = seen !== undefined && service.isFirstLook(seen);
    });
    try {
      await vscode.workspace.openTextDocument(uri);
      assert.ok(seen, 'something to show at once');
      assert.ok(firstLook || service.index.get(uri.toString()) === seen, 'its first look, unless the file watcher had it analysed first');
      assert.ok(seen.numbers.some((n) => n.text === '12,345'), JSON.stringify(seen.numbers));
      const analysed = await until('its analysis', () => service.index.get(uri.toString()));
      assert.equal(service.analysisFor(uri), analysed);
      assert.equal(service.isFirstLook(analysed), false);
    } finally {
      listening.dispose();
      fs.rmSync(uri.fsPath, { force: true });
      service.index.remove(uri.toString());
    }
  });

  test('a hover answers while the corpus is being linked, and says the links are not complete yet', async () => {
    const { service } = await api();
    await service.ready();
    const editor = await open(A000);
    const at = editor.document.getText().indexOf('almost 500,000 troops') + 'almost '.length + 2;
    // The link held at its first pause, as a link of 100,000 claims is for seconds after an edit.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let paused!: () => void;
    const atPause = new Promise<void>((r) => (paused = r));
    const linking = service.index.relinkInSteps(() => {
      paused();
      return gate;
    });
    try {
      await atPause;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
      const md = hoverText(hovers);
      assert.match(md, /Value: \*\*500,000\*\*/);
      assert.match(md, /linking related claims: related claims and counts across the corpus are not complete yet/);
      assert.equal(service.index.stale, true, 'the link was still held while the hover answered');
    } finally {
      release();
      await linking;
    }
    assert.equal(service.index.stale, false);
  });

  test('the hover over a person shows the canonical name and mentions across the corpus', async () => {
    const editor = await open(A000);
    const at = editor.document.getText().indexOf('Vladimir Putin') + 3;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(at));
    const md = hoverText(hovers);
    assert.match(md, /Vladimir Putin\*\* — person/);
    assert.match(md, /across the corpus/);
  });

  test('the Claims view groups claims by topic, and revealing one selects it in its article', async () => {
    const { claims } = await api();
    await vscode.commands.executeCommand('corpusAnnotator.groupClaimsByTopic');
    const { service } = await api();
    // The topic that holds the 500,000 troops of 000: its key is written from its claims' words.
    const key = service.index.analyses.find((a) => a.file.endsWith(A000))!.claims.find((c) => c.text.includes('almost 500,000 troops'))!.topic;
    const troops = claims.shownGroups.find((g) => g.key === key);
    assert.ok(troops, `topics: ${claims.shownGroups.map((g) => g.key).join(', ')}`);
    const files = new Set(troops.claims.map((c) => service.index.claim(c.id)?.file));
    assert.ok(files.size >= 3, 'troop numbers come from at least three articles');
    const target = troops.claims.find((c) => service.index.claim(c.id)?.file.endsWith('002-russia-plans-troop-surge-targets-kharkiv.txt'))!;
    await vscode.commands.executeCommand('corpusAnnotator.revealClaim', target.id);
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('002-russia-plans-troop-surge-targets-kharkiv.txt'));
    // The caret lands at the claim's start with nothing selected (a key cannot replace it).
    assert.ok(editor.selection.isEmpty, 'nothing is selected');
    assert.equal(editor.document.offsetAt(editor.selection.active), target.start);
  });

  test('grouping by article lists one group per article with claims', async () => {
    const { claims } = await api();
    await vscode.commands.executeCommand('corpusAnnotator.groupClaimsByArticle');
    assert.equal(claims.shownGroups.length, 5);
    await vscode.commands.executeCommand('corpusAnnotator.groupClaimsByTopic');
  });

  test('Next Related Claim opens another article at the related claim', async () => {
    const { service } = await api();
    const editor = await open(A000);
    const start = editor.document.getText().indexOf('Vladimir Putin has amassed almost 500,000 troops as tensions in Ukraine rise in');
    editor.selection = new vscode.Selection(editor.document.positionAt(start + 5), editor.document.positionAt(start + 5));
    const claim = service.analysisFor(editor.document.uri)!.claims.find((c) => c.start <= start + 5 && start + 5 <= c.end)!;
    assert.ok(claim.related.length > 0, 'the 500,000 claim has related claims');
    const group = service.index.groupOf(claim.id)!;
    const startOf = (id: string) => service.index.claim(id)!.claim.start;
    // By date, then article, then place: never backwards within one article on one date.
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const order = [...group.points].sort((a, b) => cmp(a.date ?? '\uffff', b.date ?? '\uffff') || cmp(a.file, b.file) || startOf(a.id) - startOf(b.id));
    const i = order.findIndex((p) => p.id === claim.id);
    const expected = order[(i + 1) % order.length];
    const said = await vscode.commands.executeCommand<string>('corpusAnnotator.nextRelatedClaim');
    assert.equal(said, `claim ${((i + 1) % order.length) + 1} of ${order.length} · ${group.label}`);
    const now = vscode.window.activeTextEditor!;
    assert.equal(now.document.uri.toString(), expected.file);
    assert.ok(now.selection.isEmpty, 'the caret is placed, nothing selected');
    assert.equal(now.document.offsetAt(now.selection.active), startOf(expected.id));
    let crossed = now.document.uri.toString() !== editor.document.uri.toString();
    for (let k = 0; k < group.points.length && !crossed; k++) {
      await vscode.commands.executeCommand('corpusAnnotator.nextRelatedClaim');
      crossed = vscode.window.activeTextEditor!.document.uri.toString() !== editor.document.uri.toString();
    }
    assert.ok(crossed, 'stepping through the group reaches another article');
  });

  test('Show Related Claims lists the related claims grouped by article, each with its figure and date', async () => {
    const { service } = await api();
    const editor = await open(A000);
    const claim = service.analysisFor(editor.document.uri)!.claims.find((c) => c.text.includes('almost 500,000 troops'))!;
    const group = service.index.groupOf(claim.id)!;
    const rows = (await vscode.commands.executeCommand<ClaimPick[]>('corpusAnnotator.showRelatedClaims', claim.id))!;
    try {
      const claimRows = rows.filter((r) => r.id);
      const others = group.points.filter((p) => p.id !== claim.id);
      assert.deepEqual(claimRows.map((r) => r.id).sort(), others.map((p) => p.id).sort(), 'every other claim of the group, once');
      assert.ok(!claimRows.some((r) => r.id === claim.id), 'not the claim itself');
      // A heading per article, each followed by that article's claims.
      let article: string | undefined;
      for (const r of rows) {
        if (r.kind === vscode.QuickPickItemKind.Separator) {
          article = r.label;
          continue;
        }
        const p = others.find((o) => o.id === r.id)!;
        assert.equal(article, p.id.slice(0, p.id.indexOf('#')), `${r.id} under its article's heading`);
        assert.equal(r.label, `${p.mark ? p.mark + ' ' : ''}${p.figureText || '(no figure)'}`);
        assert.equal(r.description, p.date ?? 'undated');
      }
      const headings = rows.filter((r) => r.kind === vscode.QuickPickItemKind.Separator).map((r) => r.label);
      assert.equal(new Set(headings).size, headings.length, 'each article once');
      assert.ok(!rows.some((r) => r.all), 'no row for the whole group when every claim is listed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  test('CodeLens say a group once per article, on its first claim, with how many of its claims the article holds', async () => {
    const { service } = await api();
    const editor = await open(A000);
    let lenses: vscode.CodeLens[] = [];
    for (let tries = 0; tries < 50 && lenses.length === 0; tries++) {
      lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)) ?? [];
      if (lenses.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(lenses.length > 0, 'the article has CodeLens');
    const claims = service.analysisFor(editor.document.uri)!.claims.filter((c) => c.related.length > 0);
    const groupOf = (id: string) => service.index.groupOf(id)?.topic;
    const groups = lenses.map((l) => groupOf(l.command!.arguments![0]));
    assert.equal(new Set(groups).size, groups.length, `one lens per group: ${lenses.map((l) => l.command!.title).join(' | ')}`);
    assert.deepEqual(new Set(groups), new Set(claims.map((c) => groupOf(c.id)).filter(Boolean)), 'every group of the article has its lens');
    const troops = claims.find((c) => c.text.includes('almost 500,000 troops'))!;
    const lens = lenses.find((l) => groupOf(l.command!.arguments![0]) === groupOf(troops.id))!;
    const here = claims.filter((c) => groupOf(c.id) === groupOf(troops.id));
    assert.equal(editor.document.offsetAt(lens.range.start), Math.min(...here.map((c) => c.start)), 'on the first claim of the group');
    // One count per group: the lens says the group's size, as the Claims view's topic row does.
    const size = service.index.groupOf(troops.id)!.points.length;
    assert.match(lens.command!.title, new RegExp(`^${size} claims in this group · ${here.length} in this article`));
  });

  test('settings turn each highlight kind off and on', async () => {
    const { highlighting } = await api();
    const editor = await open(A000);
    const key = editor.document.uri.toString();
    await until('numbers to be painted', () => (highlighting.painted.get(key)?.number?.length ?? 0) > 0);
    const config = vscode.workspace.getConfiguration('corpusAnnotator');
    await config.update('highlight.numbers', false, vscode.ConfigurationTarget.Global);
    try {
      await until('numbers to be cleared', () => highlighting.painted.get(key)?.number?.length === 0);
      assert.ok((highlighting.painted.get(key)?.person?.length ?? 0) > 0, 'people stay highlighted');
    } finally {
      await config.update('highlight.numbers', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('numbers to come back', () => (highlighting.painted.get(key)?.number?.length ?? 0) > 0);
  });

  test('highlights follow an edit at once and the article is analysed again', async () => {
    const { service, highlighting } = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    assert.ok(doc); // an untitled document is not an article: nothing is painted for it
    assert.equal(service.analysisFor(doc.uri), undefined);
    const editor = await open(A000);
    const key = editor.document.uri.toString();
    const before = service.analysisFor(editor.document.uri)!.numbers.find((n) => n.text === '500,000')!;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'XX '));
    try {
      const moved = service.analysisFor(editor.document.uri)!.numbers.find((n) => n.text === '500,000')!;
      assert.equal(moved.start, before.start + 3, 'spans moved with the edit before re-analysis');
      await until('highlights to be repainted', () => highlighting.painted.get(key)?.number?.some((r) => editor.document.offsetAt(r.start) === moved.start));
    } finally {
      await vscode.commands.executeCommand('undo');
      await editor.document.save();
    }
  });
});
