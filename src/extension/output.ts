import * as vscode from 'vscode';
import { stripControls } from '../core/text/untrusted';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The extension's one output channel, made when first written to (reports of imports
 * and exports). What it logs holds file names, labels and text from others: control
 * characters and bidirectional overrides are removed from every line written.
 */
export function output(): Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error' | 'show'> {
  channel ??= vscode.window.createOutputChannel('Corpus Annotator', { log: true });
  const c = channel;
  return {
    info: (message: string) => c.info(stripControls(message)),
    warn: (message: string) => c.warn(stripControls(message)),
    error: (message: string | Error) => c.error(typeof message === 'string' ? stripControls(message) : message),
    show: (preserveFocus?: boolean) => c.show(preserveFocus),
  } as Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error' | 'show'>;
}

export function disposeOutput(): void {
  channel?.dispose();
  channel = undefined;
}
