import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleAnalysis, Claim } from '../core/types';
import type { CorpusService } from './corpusService';
import { REVEAL_CLAIM } from './relatedNavigation';
import { countOf } from '../core/util/countOf';
import { KIND_ICON, KIND_LABEL, relatedCount } from './claimKinds';
import { escapeMarkdown, markdown, plain, plainText, safeMarkdown, trusted } from './untrustedText';

export type Grouping = 'topic' | 'article';
export type ClaimFilter = { by: 'topic' | 'entity' | 'article'; value: string; label: string };

type Node = { type: 'group'; key: string; label: string; claims: Claim[] } | { type: 'claim'; claim: Claim; file: string; parent: string };

export const CLAIMS_VIEW = 'corpusAnnotator.claims';
const UNRELATED = '~unrelated';

/**
 * The Claims sidebar: claims grouped by topic or by article, each with its figure,
 * source and date; selecting one reveals it in its article. The toolbar refreshes,
 * switches grouping and filters by topic, entity or article.
 */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  grouping: Grouping = 'topic';
  filter: ClaimFilter | undefined;
  /** Built when first read after a change: with 100,000 claims a build holds the thread for a while, and a hidden view reads nothing. */
  private built: Extract<Node, { type: 'group' }>[] | undefined;

  constructor(private readonly service: CorpusService) {}

  refresh() {
    this.built = undefined;
    this.changed.fire(undefined);
  }

  private get groups(): Extract<Node, { type: 'group' }>[] {
    return (this.built ??= this.build());
  }

  /** The groups as shown, after grouping and filter: tests read the view's data through this. */
  get shownGroups(): { key: string; label: string; claims: Claim[] }[] {
    return this.groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'group') {
      const item = new vscode.TreeItem(plainText(node.label), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${this.grouping}:${node.key}`;
      const disagreeing = node.claims.filter((c) => this.disagrees(c)).length;
      item.description = `${countOf(node.claims.length, 'claim')}${disagreeing ? ` · ${disagreeing} disagree` : ''}`;
      item.iconPath = new vscode.ThemeIcon(this.grouping === 'topic' ? 'symbol-number' : 'file-text');
      item.contextValue = 'claimGroup';
      return item;
    }
    const c = node.claim;
    const item = new vscode.TreeItem(plainText(claimTitle(c)));
    item.id = `${this.grouping}:${node.parent}:${c.id}`;
    const related = relatedCount(this.service, c);
    item.description = plainText([KIND_LABEL[c.kind], c.source ?? 'no source', c.date ?? 'undated', this.grouping === 'topic' ? articleLabel(node.file) : c.topicLabel].join(' · '));
    // The claim is article text: escaped, so an <img> or a link in it shows as written and loads nothing.
    item.tooltip = safeMarkdown(markdown`${trusted(escapeMarkdown(c.text, 1000))}\n\n*${KIND_LABEL[c.kind]}* · ${c.topicLabel} · ${related} related`);
    item.iconPath = new vscode.ThemeIcon(this.disagrees(c) ? 'warning' : related ? 'link' : KIND_ICON[c.kind]);
    item.contextValue = 'claim';
    item.command = { command: REVEAL_CLAIM, title: 'Reveal Claim', arguments: [c.id] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.groups;
    if (node.type === 'group') return node.claims.map((claim) => ({ type: 'claim', claim, file: this.service.index.claim(claim.id)?.file ?? '', parent: node.key }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'claim' ? this.groups.find((g) => g.key === node.parent) : undefined;
  }

  /** The tree node of a claim, for `TreeView.reveal`. */
  nodeOf(id: string): Node | undefined {
    for (const g of this.groups) {
      const claim = g.claims.find((c) => c.id === id);
      if (claim) return { type: 'claim', claim, file: this.service.index.claim(id)?.file ?? '', parent: g.key };
    }
    return undefined;
  }

  private disagrees(c: Claim): boolean {
    return this.service.index.groupOf(c.id)?.points.find((p) => p.id === c.id)?.mark === '≠';
  }

  private build(): Extract<Node, { type: 'group' }>[] {
    const pairs: { claim: Claim; a: ArticleAnalysis }[] = [];
    for (const a of this.service.index.analyses) for (const claim of a.claims) if (this.passes(claim, a)) pairs.push({ claim, a });
    const byKey = new Map<string, { label: string; claims: Claim[] }>();
    for (const { claim, a } of pairs) {
      // A claim with no related claim is a topic of its own: those stand together at the end.
      const alone = this.grouping === 'topic' && claim.related.length === 0 && !this.service.index.groupOf(claim.id);
      const key = this.grouping === 'topic' ? (alone ? UNRELATED : claim.topic) : a.file;
      const label = this.grouping === 'topic' ? (alone ? 'Claims with no related claim' : claim.topicLabel) : articleLabel(a.file);
      const g = byKey.get(key) ?? { label, claims: [] };
      g.claims.push(claim);
      byKey.set(key, g);
    }
    return [...byKey]
      .map(([key, g]) => ({ type: 'group' as const, key, label: g.label, claims: g.claims }))
      .sort((x, y) => Number(x.key === UNRELATED) - Number(y.key === UNRELATED) || (this.grouping === 'topic' ? y.claims.length - x.claims.length : 0) || x.key.localeCompare(y.key));
  }

  private passes(c: Claim, a: ArticleAnalysis): boolean {
    const f = this.filter;
    if (!f) return true;
    if (f.by === 'topic') return c.topic === f.value;
    if (f.by === 'article') return a.file === f.value;
    return a.entities.some((e) => e.canonical === f.value && e.start >= c.start && e.end <= c.end) || c.source === f.value;
  }
}

export function registerClaimsView(service: CorpusService): { provider: ClaimsTreeProvider; view: vscode.TreeView<Node>; disposable: vscode.Disposable } {
  const provider = new ClaimsTreeProvider(service);
  const view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  // The count is taken while the view is shown (or once it is): taking it builds the tree.
  let counted = false;
  const describe = () => {
    counted = view.visible;
    if (counted) view.description = countOf(provider.shownGroups.reduce((k, g) => k + g.claims.length, 0), 'claim');
    view.message = provider.filter ? plain`Filtered by ${provider.filter.by}: ${provider.filter.label}` : undefined;
    void vscode.commands.executeCommand('setContext', 'corpusAnnotator.claimsGrouping', provider.grouping);
    void vscode.commands.executeCommand('setContext', 'corpusAnnotator.claimsFiltered', !!provider.filter);
  };
  const refresh = () => {
    provider.refresh();
    describe();
  };
  describe();
  const disposable = vscode.Disposable.from(
    view,
    view.onDidChangeVisibility((e) => {
      if (e.visible && !counted) describe();
    }),
    service.onDidChange(refresh),
    vscode.commands.registerCommand('corpusAnnotator.refreshClaims', async () => {
      await service.indexWorkspace(true);
      refresh();
    }),
    vscode.commands.registerCommand('corpusAnnotator.groupClaimsByArticle', () => {
      provider.grouping = 'article';
      refresh();
    }),
    vscode.commands.registerCommand('corpusAnnotator.groupClaimsByTopic', () => {
      provider.grouping = 'topic';
      refresh();
    }),
    vscode.commands.registerCommand('corpusAnnotator.filterClaims', async (preset?: ClaimFilter) => {
      provider.filter = preset ?? (await pickFilter(service));
      refresh();
    }),
    vscode.commands.registerCommand('corpusAnnotator.clearClaimsFilter', () => {
      provider.filter = undefined;
      refresh();
    }),
  );
  return { provider, view, disposable };
}

async function pickFilter(service: CorpusService): Promise<ClaimFilter | undefined> {
  type Item = vscode.QuickPickItem & { filter?: ClaimFilter };
  const items: Item[] = [];
  const topics = new Map<string, { label: string; n: number }>();
  const entities = new Map<string, number>();
  for (const a of service.index.analyses) {
    for (const c of a.claims) topics.set(c.topic, { label: c.topicLabel, n: (topics.get(c.topic)?.n ?? 0) + 1 });
    for (const e of a.entities) entities.set(e.canonical, (entities.get(e.canonical) ?? 0) + 1);
  }
  items.push({ label: 'Topics', kind: vscode.QuickPickItemKind.Separator });
  for (const [key, t] of [...topics].sort((x, y) => y[1].n - x[1].n)) items.push({ label: `$(symbol-number) ${plainText(t.label)}`, description: countOf(t.n, 'claim'), filter: { by: 'topic', value: key, label: t.label } });
  items.push({ label: 'Articles', kind: vscode.QuickPickItemKind.Separator });
  for (const a of service.index.analyses) items.push({ label: `$(file-text) ${plainText(articleLabel(a.file))}`, description: countOf(a.claims.length, 'claim'), filter: { by: 'article', value: a.file, label: articleLabel(a.file) } });
  items.push({ label: 'Entities', kind: vscode.QuickPickItemKind.Separator });
  for (const [name, n] of [...entities].sort((x, y) => y[1] - x[1]).slice(0, 200)) items.push({ label: `$(person) ${plainText(name)}`, description: `${n} mentions`, filter: { by: 'entity', value: name, label: name } });
  const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Show only the claims of a topic, an article or an entity', matchOnDescription: true });
  return pick?.filter;
}

/** A claim's line in the view: its figure when it has one, else the start of its sentence. */
export function claimTitle(c: Claim): string {
  if (!c.figure) return clip(c.text.replace(/\s+/g, ' ').trim(), 60);
  const f = c.figure;
  return `${f.approx ? '~' : ''}${f.text}${f.unit && !f.text.includes(f.unit) ? ' ' + f.unit : ''}`;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

export function articleLabel(file: string): string {
  return path.posix.basename(vscode.Uri.parse(file).path).replace(/\.txt$/, '');
}
