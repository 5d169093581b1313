import * as vscode from 'vscode';
import { registerArticleLanguage } from './articleLanguage';
import { registerAnnotationCommands } from './annotations/annotationCommands';
import { AnnotationService } from './annotations/annotationService';
import { registerAnnotationView, type AnnotationPainting } from './annotations/annotationView';
import { registerAnnotationMode, type AnnotationMode } from './annotations/annotationMode';
import { registerClaimTimeline } from './claimTimeline';
import { registerCompareAnnotators, type CompareTreeProvider } from './compareAnnotators';
import { registerExportAnnotations } from './exportAnnotations';
import { registerImportAnnotations } from './importAnnotations';
import { disposeOutput } from './output';
import { registerClaimsView, type ClaimsTreeProvider } from './claimsView';
import { Configuration } from './configuration';
import { CorpusService } from './corpusService';
import { registerEntitiesView } from './entitiesView';
import { registerHighlighting, type Highlighting } from './highlighting';
import { registerHover } from './hover';
import { registerRelatedNavigation } from './relatedNavigation';
import { registerStatusBar } from './statusBar';
import { plain } from './untrustedText';

/** What the extension hands to other extensions and to its own tests. */
export interface CorpusAnnotatorApi {
  service: CorpusService;
  claims: ClaimsTreeProvider;
  /** The Claims view itself (its selection decides what the timeline charts from the palette). */
  claimsView: vscode.TreeView<unknown>;
  highlighting: Highlighting;
  annotations: AnnotationService;
  compare: CompareTreeProvider;
  annotationMode: AnnotationMode;
  annotationPainting: AnnotationPainting;
}

/** Wires the features; each registers and owns its disposables. */
export function activate(context: vscode.ExtensionContext): CorpusAnnotatorApi {
  try {
    const service = new CorpusService(context.extensionUri);
    const annotations = new AnnotationService();
    const highlighting = registerHighlighting(service, annotations);
    const claims = registerClaimsView(service);
    const compare = registerCompareAnnotators(service, annotations);
    const annotationMode = registerAnnotationMode();
    const annotationPainting = registerAnnotationView(annotations);
    context.subscriptions.push(
      service,
      registerArticleLanguage(),
      highlighting,
      registerHover(service, annotations),
      claims.disposable,
      registerEntitiesView(service),
      registerRelatedNavigation(service),
      registerStatusBar(service),
      registerClaimTimeline(service, context.extensionUri, {
        current: () => {
          const n = claims.view.selection[0];
          return n ? (n.type === 'group' ? n.key : n.claim.id) : undefined;
        },
        onDidChange: claims.view.onDidChangeSelection,
      }),
      annotations,
      registerAnnotationCommands(service, annotations),
      annotationPainting,
      registerExportAnnotations(service, claims.provider),
      registerImportAnnotations(service, annotations),
      compare.disposable,
      annotationMode,
      { dispose: disposeOutput },
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (Configuration.affects(e, 'corpusGlobs')) void service.indexWorkspace(true);
      }),
    );
    void vscode.commands.executeCommand('setContext', 'corpusAnnotator.hasCorpus', false);
    void service.indexWorkspace().then(
      () => vscode.commands.executeCommand('setContext', 'corpusAnnotator.hasCorpus', service.index.files.length > 0),
      (e) => vscode.window.showErrorMessage(plain`Corpus Annotator could not index the corpus: ${(e as Error).message}`),
    );
    return { service, claims: claims.provider, claimsView: claims.view as vscode.TreeView<unknown>, highlighting, annotations, compare: compare.provider, annotationMode, annotationPainting };
  } catch (e) {
    void vscode.window.showErrorMessage(plain`Corpus Annotator failed to start: ${(e as Error).message}`);
    throw e;
  }
}

export function deactivate(): void {}
