import * as vscode from 'vscode';
import { countEntities, type EntityCount } from '../core/corpus/entityCounts';
import { articleLabel } from './claimsView';
import type { CorpusService } from './corpusService';
import { OPEN_LOCATION } from './hover';
import { countOf } from '../core/util/countOf';
import { plain, plainText } from './untrustedText';

type Node = ({ type: 'entity' } & EntityCount) | { type: 'article'; canonical: string; file: string; offsets: number[] };

export const ENTITIES_VIEW = 'corpusAnnotator.entities';

/** Canonical entities of the corpus with their mention counts; expand for the articles, click to open. */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  constructor(private readonly service: CorpusService) {}

  /** The counts of the corpus as it stands, until the next refresh. */
  private counted: Extract<Node, { type: 'entity' }>[] | undefined;

  refresh() {
    this.counted = undefined;
    this.changed.fire();
  }

  /** Counted once per change of the corpus: the tree and the view's description both read it. */
  entities(): Extract<Node, { type: 'entity' }>[] {
    this.counted ??= countEntities(this.service.index.analyses).map((c) => ({ type: 'entity', ...c }));
    return this.counted;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(plainText(node.canonical), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${node.canonical}`;
      const counts: string[] = [];
      // An author named only in bylines shows no `0 mentions`.
      if (node.mentions > 0 || node.bylines === 0) counts.push(countOf(node.mentions, 'mention'));
      if (node.bylines > 0) counts.push(countOf(node.bylines, 'byline'));
      counts.push(countOf(node.files.size, 'article'));
      item.description = counts.join(' · ');
      item.iconPath = new vscode.ThemeIcon(node.kind === 'person' ? 'person' : node.kind === 'place' ? 'location' : 'organization');
      item.tooltip = plain`${node.canonical} (${node.kind})`;
      return item;
    }
    const item = new vscode.TreeItem(plainText(articleLabel(node.file)));
    item.id = `entity:${node.canonical}:${node.file}`;
    item.description = countOf(node.offsets.length, 'mention');
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = { command: OPEN_LOCATION, title: 'Open Mention', arguments: [node.file, node.offsets[0]] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.entities();
    if (node.type === 'entity') return [...node.files].map(([file, offsets]) => ({ type: 'article', canonical: node.canonical, file, offsets }));
    return [];
  }
}

export function registerEntitiesView(service: CorpusService): vscode.Disposable {
  const provider = new EntitiesTreeProvider(service);
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  // Counted while the view is shown (or once it is): counting reads every mention of the corpus.
  let counted = false;
  const describe = () => {
    counted = view.visible;
    if (counted) view.description = `${provider.entities().length} entities`;
  };
  describe();
  return vscode.Disposable.from(
    view,
    view.onDidChangeVisibility((e) => {
      if (e.visible && !counted) describe();
    }),
    service.onDidChange(() => {
      provider.refresh();
      describe();
    }),
  );
}
