// Placeholder: replaced by the feature's implementation.
import * as vscode from 'vscode';
import type { FeatureDeps } from './features';

export interface DecorationsFeature extends vscode.Disposable {
  rangesFor(editor: vscode.TextEditor): Map<string, vscode.Range[]>;
}

export function registerDecorations(_deps: FeatureDeps): DecorationsFeature {
  return { rangesFor: () => new Map(), dispose: () => undefined };
}
