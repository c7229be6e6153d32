// The Node extension host: package.json `main` (dist/extension.js). Tasks are `setImmediate`;
// real paths come from Node's file system.
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { activateNewsdesk } from '../extension';
import type { NewsdeskApi } from '../core/features';
import type { ExtensionHost } from './host';

export const nodeHost: ExtensionHost = {
  kind: 'node',
  later: (callback) => setImmediate(callback),
  realPath: async (uri) => vscode.Uri.file(await realpath(uri.fsPath)).path,
  debug: !!process.env.NEWSDESK_DEBUG,
};

export function activate(context: vscode.ExtensionContext): NewsdeskApi {
  return activateNewsdesk(context, nodeHost);
}

export function deactivate(): void {}
