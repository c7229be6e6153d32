// Placeholder: replaced by the feature's implementation.
import * as vscode from 'vscode';
import type { FeatureDeps } from './features';

export interface ActorsTreeFeature extends vscode.Disposable {
  readonly provider: vscode.TreeDataProvider<unknown>;
}

export function registerActorsTree(_deps: FeatureDeps): ActorsTreeFeature {
  const provider: vscode.TreeDataProvider<unknown> = { getTreeItem: () => new vscode.TreeItem(''), getChildren: () => [] };
  return { provider, dispose: () => undefined };
}
