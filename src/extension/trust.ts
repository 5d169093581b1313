import type * as vscode from 'vscode';

/**
 * Restricted Mode writes nothing. An untrusted folder (a repository just cloned) may
 * hold settings, sets and files made to do harm; there the extension shows what it
 * finds, and every command that would write (export, import, annotate, save a set)
 * stops here with a message instead. The settings that choose what is read or
 * written are `restrictedConfigurations` in package.json, so the folder's own values
 * do not apply until it is trusted.
 *
 * It takes the two pieces of the `vscode` API it uses, so a plain test can pass fakes.
 */
export function allowWrite(
  action: string,
  workspace: Pick<typeof vscode.workspace, 'isTrusted'>,
  window: Pick<typeof vscode.window, 'showWarningMessage'>,
): boolean {
  if (workspace.isTrusted) return true;
  void window.showWarningMessage(restrictedModeMessage(action));
  return false;
}

export function restrictedModeMessage(action: string): string {
  return `Corpus Annotator: this workspace is in Restricted Mode, so ${action} is not allowed: nothing was written. Trust the workspace (Manage Workspace Trust) to allow it.`;
}
