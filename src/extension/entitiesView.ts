import * as vscode from 'vscode';
import type { EntityKind } from '../core/types';
import { articleLabel } from './claimsView';
import type { CorpusService } from './corpusService';
import { OPEN_LOCATION } from './hover';

type Node =
  | { type: 'entity'; canonical: string; kind: EntityKind; count: number; files: Map<string, number[]> }
  | { type: 'article'; canonical: string; file: string; offsets: number[] };

export const ENTITIES_VIEW = 'corpusAnnotator.entities';

/** Canonical entities of the corpus with their mention counts; expand for the articles, click to open. */
export class EntitiesTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  constructor(private readonly service: CorpusService) {}

  refresh() {
    this.changed.fire();
  }

  entities(): Extract<Node, { type: 'entity' }>[] {
    const byName = new Map<string, Extract<Node, { type: 'entity' }>>();
    for (const a of this.service.index.analyses) {
      for (const e of a.entities) {
        let n = byName.get(e.canonical);
        if (!n) byName.set(e.canonical, (n = { type: 'entity', canonical: e.canonical, kind: e.kind, count: 0, files: new Map() }));
        n.count++;
        n.files.set(a.file, [...(n.files.get(a.file) ?? []), e.start]);
      }
    }
    return [...byName.values()].sort((x, y) => y.count - x.count || x.canonical.localeCompare(y.canonical));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.canonical, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${node.canonical}`;
      item.description = `${node.count} mention${node.count === 1 ? '' : 's'} · ${node.files.size} article${node.files.size === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.kind === 'person' ? 'person' : node.kind === 'place' ? 'location' : 'organization');
      item.tooltip = `${node.canonical} (${node.kind === 'organization' ? 'organisation' : node.kind})`;
      return item;
    }
    const item = new vscode.TreeItem(articleLabel(node.file));
    item.id = `entity:${node.canonical}:${node.file}`;
    item.description = `${node.offsets.length} mention${node.offsets.length === 1 ? '' : 's'}`;
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
  const describe = () => {
    view.description = `${provider.entities().length} entities`;
  };
  describe();
  return vscode.Disposable.from(
    view,
    service.onDidChange(() => {
      provider.refresh();
      describe();
    }),
  );
}
