// The documents the editor holds open, found by URI: one place for a lookup that the model, the
// commands and the views each need (a URI from a command argument or a setting is a new object,
// so documents are compared by the URI's string form).
import * as vscode from 'vscode';

/** The open document at `uri`, if the editor holds one (possibly unsaved). */
export function openDocumentAt(uri: vscode.Uri | undefined): vscode.TextDocument | undefined {
  if (!uri) return undefined;
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}
