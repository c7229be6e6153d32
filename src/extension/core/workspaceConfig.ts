// `.newsdesk.json`: the newsroom's configuration, shared with the CLI. Read through the engine's
// validator, watched for changes, and written back (formatting kept) when the user edits a speaker.
import * as vscode from 'vscode';
import { applyEdits, modify } from 'jsonc-parser';
import type { KnownPerson, NewsdeskConfig } from '../../engine';
import { completeConfig } from '../../engine';
import { MAX_CONFIG_BYTES, parseConfigText } from '../../engine/config';
import { readBounded, writeAtomically } from '../files';
import { CONFIG_FILE } from './ids';

/** The defaults, one object: the model makes a new analyzer only when the configuration object changes. */
const NO_CONFIG: NewsdeskConfig = completeConfig();

/** The configuration for the editor: its own severities win over the shared file (a writer may silence a rule locally). */
export function withEditorSeverity(shared: NewsdeskConfig, severity: NewsdeskConfig['severity']): NewsdeskConfig {
  return { ...shared, severity: { ...shared.severity, ...severity } };
}

interface LoadedConfig {
  uri: vscode.Uri;
  config: NewsdeskConfig;
}

export class WorkspaceConfigStore implements vscode.Disposable {
  private readonly byFolder = new Map<string, LoadedConfig | null>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after any `.newsdesk.json` is created, changed or deleted, once it has been re-read. */
  readonly onDidChange = this.emitter.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('newsdesk-config');
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.problems];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = () => {
      this.byFolder.clear();
      this.emitter.fire();
    };
    watcher.onDidCreate(reload, undefined, this.disposables);
    watcher.onDidChange(reload, undefined, this.disposables);
    watcher.onDidDelete(reload, undefined, this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(reload, undefined, this.disposables);
    this.disposables.push(watcher);
  }

  /** The configuration that applies to a document: its workspace folder's `.newsdesk.json`. */
  async configFor(uri: vscode.Uri): Promise<NewsdeskConfig> {
    const loaded = await this.load(uri);
    return loaded?.config ?? NO_CONFIG;
  }

  /** Where the document's `.newsdesk.json` is (or would be created). */
  configUri(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE) : undefined;
  }

  private async load(uri: vscode.Uri): Promise<LoadedConfig | null> {
    const configUri = this.configUri(uri);
    if (!configUri) return null;
    const key = configUri.toString();
    if (this.byFolder.has(key)) return this.byFolder.get(key)!;
    let loaded: LoadedConfig | null = null;
    try {
      // A regular file of at most 1 MB: a device or a huge file named .newsdesk.json is refused, not read.
      let bytes: Uint8Array;
      try {
        bytes = await readBounded(configUri, MAX_CONFIG_BYTES, 'configuration');
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== 'NOT_REGULAR' && code !== 'TOO_LARGE') throw error;
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `${CONFIG_FILE}: ${(error as Error).message}; the defaults apply`, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'newsdesk';
        this.problems.set(configUri, [diagnostic]);
        void vscode.window.showWarningMessage(`Newsdesk: ${CONFIG_FILE} is ${(error as Error).message}; it is ignored.`);
        this.byFolder.set(key, null);
        return null;
      }
      const text = new TextDecoder().decode(bytes);
      const result = parseConfigText(text, CONFIG_FILE);
      this.problems.set(configUri, result.errors.map((error) => {
        const line = Math.max(0, (error.line ?? 1) - 1);
        const column = Math.max(0, (error.column ?? 1) - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(line, column, line, column + 1), error.message, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'newsdesk';
        return diagnostic;
      }));
      if (result.errors.length) {
        void vscode.window.showWarningMessage(`Newsdesk: ${CONFIG_FILE} has ${result.errors.length} problem(s) and is ignored until fixed: ${result.errors[0].message}`);
      }
      loaded = { uri: configUri, config: result.config };
    } catch {
      this.problems.delete(configUri); // no file: the defaults apply
    }
    this.byFolder.set(key, loaded);
    return loaded;
  }

  /**
   * Changes one known person in `.newsdesk.json` (creating the file or the entry), keeping the
   * file's formatting. `change` receives the current entry or a new one named `name`.
   */
  async updatePerson(documentUri: vscode.Uri, name: string, change: (person: KnownPerson) => KnownPerson): Promise<void> {
    const configUri = this.configUri(documentUri);
    if (!configUri) throw new Error('Open a folder to keep speaker details in .newsdesk.json.');
    let text = '{\n}\n';
    try {
      text = new TextDecoder().decode(await readBounded(configUri, MAX_CONFIG_BYTES, 'configuration'));
    } catch {
      // A new file.
    }
    const parsed = parseConfigText(text, CONFIG_FILE);
    if (parsed.errors.length) throw new Error(`${CONFIG_FILE} has problems; fix them first: ${parsed.errors[0].message}`);
    const people = parsed.config.people;
    const index = people.findIndex((person) => person.name === name || person.aliases?.includes(name));
    const updated = change(index === -1 ? { name } : { ...people[index] });
    const edits = modify(text, ['people', index === -1 ? people.length : index], updated, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
    await writeAtomically(configUri, new TextEncoder().encode(applyEdits(text, edits)));
    this.byFolder.delete(configUri.toString());
    this.emitter.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
