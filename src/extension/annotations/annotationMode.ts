import * as vscode from 'vscode';

export const ANNOTATION_MODE = 'corpusAnnotator.annotationMode';
export const TOGGLE_ANNOTATION_MODE = 'corpusAnnotator.toggleAnnotationMode';

/**
 * Annotation mode, toggled from the status bar: articles open read-only for this
 * session (typing cannot damage the source) and the number keys 1–9 label the
 * selection, or relabel what is at the caret (keybindings on the context key).
 */
export interface AnnotationMode extends vscode.Disposable {
  readonly on: boolean;
  set(on: boolean): Promise<void>;
}

export function registerAnnotationMode(): AnnotationMode {
  const item = vscode.window.createStatusBarItem('corpusAnnotator.annotationMode', vscode.StatusBarAlignment.Left, 9);
  item.name = 'Corpus Annotator: Annotation Mode';
  item.command = TOGGLE_ANNOTATION_MODE;
  let on = false;
  /** Articles this mode made read-only: only these are made writable again. */
  const locked = new Set<string>();

  const isArticleEditor = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => e?.document.languageId === 'news-article';
  // The read-only switch VS Code offers works on the active editor only.
  const lockActive = async () => {
    const e = vscode.window.activeTextEditor;
    if (!isArticleEditor(e) || locked.has(e.document.uri.toString())) return;
    locked.add(e.document.uri.toString());
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
  };
  const unlockActive = async () => {
    const e = vscode.window.activeTextEditor;
    if (!e || !locked.delete(e.document.uri.toString())) return;
    await vscode.commands.executeCommand('workbench.action.files.resetActiveEditorReadonlyInSession');
  };
  const show = () => {
    item.text = on ? '$(tag) Annotating: keys 1–9 label' : '$(tag) Annotate';
    item.tooltip = on
      ? 'Annotation mode is on: articles are read-only and the keys 1–9 label the selection (or relabel what is at the caret). Click to turn it off.'
      : 'Turn on annotation mode: articles read-only, keys 1–9 label the selection.';
    item.backgroundColor = on ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const set = async (value: boolean) => {
    on = value;
    await vscode.commands.executeCommand('setContext', ANNOTATION_MODE, on);
    show();
    if (on) await lockActive();
    else await unlockActive();
  };
  show();
  const disposables = vscode.Disposable.from(
    item,
    vscode.commands.registerCommand(TOGGLE_ANNOTATION_MODE, () => set(!on)),
    // An article brought forward while the mode is on is locked too; one left locked
    // when the mode went off is unlocked when it comes back.
    vscode.window.onDidChangeActiveTextEditor(() => void (on ? lockActive() : unlockActive())),
  );
  return {
    get on() {
      return on;
    },
    set,
    dispose: () => disposables.dispose(),
  };
}
