import * as vscode from 'vscode';
import { matchesAnyGlob } from '../core/util/glob';

/** The section of the extension's settings (`corpusAnnotator.*`). */
export const SECTION = 'corpusAnnotator';

export type HighlightKind = 'entities' | 'numbers' | 'quotes';

/** Setting keys under `corpusAnnotator.` that features react to. */
export type SettingKey = 'corpusGlobs' | 'highlight';

const DEFAULT_GLOBS = ['corpus/**/*.txt'];

/**
 * The extension's settings with typed getters. Each getter reads the current value,
 * so a change applies at once; features decide what to rebuild with `affects`.
 * It takes the one piece of the `vscode` API it reads, so a test can pass a fake.
 */
export class Configuration {
  constructor(private readonly workspace: Pick<typeof vscode.workspace, 'getConfiguration'> = vscode.workspace) {}

  /** Glob patterns, relative to a workspace folder, of the `.txt` articles of the corpus. */
  get corpusGlobs(): string[] {
    const v = this.workspace.getConfiguration(SECTION).get<unknown>('corpusGlobs');
    return Array.isArray(v) && v.every((g) => typeof g === 'string') ? v : DEFAULT_GLOBS;
  }

  /** Which kinds of analysis are highlighted. */
  get highlight(): Record<HighlightKind, boolean> {
    const c = this.workspace.getConfiguration(SECTION);
    return {
      entities: c.get<boolean>('highlight.entities', true),
      numbers: c.get<boolean>('highlight.numbers', true),
      quotes: c.get<boolean>('highlight.quotes', true),
    };
  }

  /** True when the change event touches `corpusAnnotator.<key>` (or a setting under it). */
  static affects(e: vscode.ConfigurationChangeEvent, key: SettingKey): boolean {
    return e.affectsConfiguration(`${SECTION}.${key}`);
  }
}

export const configuration = new Configuration();

/** True for a `.txt` file in a workspace folder matching one of the corpus globs. */
export function isArticle(uri: vscode.Uri, globs: string[] = configuration.corpusGlobs): boolean {
  if (!uri.path.toLowerCase().endsWith('.txt')) return false;
  if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
  return matchesAnyGlob(vscode.workspace.asRelativePath(uri, false), globs);
}
