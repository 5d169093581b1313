import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The extension's one output channel, made when first written to (reports of imports and exports). */
export function output(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Corpus Annotator', { log: true });
  return channel;
}

export function disposeOutput(): void {
  channel?.dispose();
  channel = undefined;
}
