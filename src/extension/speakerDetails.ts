// Placeholder: replaced by the feature's implementation.
import * as vscode from 'vscode';
import type { FeatureDeps } from './features';

export function registerSpeakerDetails(_deps: FeatureDeps): vscode.Disposable {
  return new vscode.Disposable(() => undefined);
}
