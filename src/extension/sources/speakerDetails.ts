// Speaker details kept in `.newsdesk.json` (aliases, affiliation, gender), set from a Sources row
// or the palette. The model re-analyses when the file changes, so every view shows them at once.
import * as vscode from 'vscode';
import type { Actor, KnownPerson } from '../../engine';
import { knownPersonFor } from '../../engine/people';
import { pronounGender } from '../../engine/report';
import type { FeatureDeps } from '../core/features';
import { CONFIG_FILE, Commands } from '../core/ids';
import { hasName, resolveSpeaker } from '../core/lookup';
import type { WorkspaceConfigStore } from '../core/workspaceConfig';

type Gender = NonNullable<KnownPerson['gender']>;
const GENDERS: readonly Gender[] = ['female', 'male', 'nonbinary', 'unknown'];
const STATUS_MESSAGE_MS = 3000;

/** The person's entry in the document's `.newsdesk.json`, if there is one. */
async function knownPerson(configs: WorkspaceConfigStore, uri: vscode.Uri, actor: Actor): Promise<KnownPerson | undefined> {
  return knownPersonFor((await configs.configFor(uri)).people, actor);
}

/** Names the text uses for the actor, without descriptions such as "the mayor" (those are not aliases). */
function namesFromText(actor: Actor): string[] {
  return actor.aliases.filter((alias) => alias !== actor.name && !/^(the|a|an)\s/i.test(alias));
}

export function parseAliases(value: string, name: string): string[] {
  const aliases = value.split(',').map((alias) => alias.trim().replace(/\s+/g, ' ')).filter((alias) => alias && alias !== name);
  return [...new Set(aliases)];
}

/** Writes one change to the speaker's entry, creating it (with the actor's kind) when new. */
async function save(configs: WorkspaceConfigStore, uri: vscode.Uri, actor: Actor, what: string, change: (person: KnownPerson) => KnownPerson): Promise<boolean> {
  try {
    await configs.updatePerson(uri, actor.name, (person) => {
      const changed = change({ ...person, kind: person.kind ?? actor.kind });
      // Drop emptied fields rather than writing `"affiliation": ""`.
      return Object.fromEntries(Object.entries(changed).filter(([, value]) => value !== undefined && value !== '')) as unknown as KnownPerson;
    });
  } catch (error) {
    void vscode.window.showErrorMessage(`Newsdesk: could not save ${actor.name}'s ${what}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  vscode.window.setStatusBarMessage(`Newsdesk: saved ${actor.name}'s ${what} in ${CONFIG_FILE}`, STATUS_MESSAGE_MS);
  return true;
}

/** The named speaker a command is for (asked with `question` when not given) and their saved entry. */
async function namedSpeaker(deps: FeatureDeps, target: unknown, question: string) {
  const chosen = await resolveSpeaker(deps.model, target, question, hasName);
  if (!chosen || !named(chosen.actor)) return undefined;
  return { ...chosen, known: await knownPerson(deps.configs, chosen.document.uri, chosen.actor) };
}

async function setAliases(deps: FeatureDeps, target: unknown, given: unknown): Promise<boolean> {
  const chosen = await namedSpeaker(deps, target, 'Set aliases for which speaker?');
  if (!chosen) return false;
  const { document, actor, known } = chosen;
  const value = typeof given === 'string' ? given : await vscode.window.showInputBox({
    title: `Aliases of ${actor.name}`,
    value: (known?.aliases ?? namesFromText(actor)).join(', '),
    prompt: `Other names for ${actor.name}, separated by commas (for example a surname or a title with the name). Saved in ${CONFIG_FILE}.`,
    validateInput: (input) => (/["“”]/.test(input) ? 'Aliases have no quotation marks.' : undefined),
  });
  if (value === undefined) return false;
  const aliases = parseAliases(value, actor.name);
  return save(deps.configs, document.uri, actor, 'aliases', (person) => ({ ...person, aliases: aliases.length ? aliases : undefined }));
}

async function setAffiliation(deps: FeatureDeps, target: unknown, given: unknown): Promise<boolean> {
  const chosen = await namedSpeaker(deps, target, 'Set the affiliation of which speaker?');
  if (!chosen) return false;
  const { document, actor, known } = chosen;
  const value = typeof given === 'string' ? given : await vscode.window.showInputBox({
    title: `Affiliation of ${actor.name}`,
    value: known?.affiliation ?? actor.affiliation ?? '',
    prompt: `The organisation ${actor.name} speaks for (empty to clear). Saved in ${CONFIG_FILE}.`,
    validateInput: (input) => (/[\r\n]/.test(input) ? 'An affiliation fits on one line.' : undefined),
  });
  if (value === undefined) return false;
  const affiliation = value.trim().replace(/\s+/g, ' ');
  return save(deps.configs, document.uri, actor, 'affiliation', (person) => ({ ...person, affiliation: affiliation || undefined }));
}

interface GenderPickItem extends vscode.QuickPickItem {
  readonly gender: Gender | undefined;
}

async function setGender(deps: FeatureDeps, target: unknown, given: unknown): Promise<boolean> {
  const chosen = await resolveSpeaker(deps.model, target, 'Set the gender of which person?', (actor) => actor.kind === 'person');
  if (!chosen) return false;
  const { document, actor } = chosen;
  if (actor.kind !== 'person') {
    void vscode.window.showInformationMessage(`Newsdesk: ${actor.name} is not a person.`);
    return false;
  }
  let gender: Gender | undefined;
  if (given !== undefined) {
    if (given !== null && given !== '' && !GENDERS.includes(given as Gender)) {
      void vscode.window.showWarningMessage(`Newsdesk: the gender is one of ${GENDERS.join(', ')}.`);
      return false;
    }
    gender = (given || undefined) as Gender | undefined;
  } else {
    const known = await knownPerson(deps.configs, document.uri, actor);
    const current = known?.gender;
    // The engine notes what the text's pronouns say when the configuration says nothing: offered, not chosen.
    const suggested = !current ? pronounGender(actor, deps.model.get(document.uri)?.analysis.diagnostics ?? []) : undefined;
    const describe = (value: Gender) => (value === current ? 'current' : value === suggested ? 'suggested by the pronouns in the text' : undefined);
    const items: GenderPickItem[] = [
      ...GENDERS.map((value) => ({ gender: value, label: value, description: describe(value) })),
      { gender: undefined, label: 'Not set', description: current ? 'remove from the configuration' : 'current' },
    ];
    // Never guessed from a name: what is saved is the writer's explicit choice.
    const picked = await vscode.window.showQuickPick(items, {
      title: `Gender of ${actor.name}`,
      placeHolder: `As the person identifies; used only for counting sources. Saved in ${CONFIG_FILE}.`,
    });
    if (!picked) return false;
    gender = picked.gender;
  }
  return save(deps.configs, document.uri, actor, 'gender', (person) => ({ ...person, gender }));
}

function named(actor: Actor): boolean {
  if (hasName(actor)) return true;
  void vscode.window.showInformationMessage(`Newsdesk: '${actor.name}' is ${actor.kind === 'vague' ? 'vague sourcing' : 'an anonymous source'}; details are kept only for named sources.`);
  return false;
}

export function registerSpeakerDetails(deps: FeatureDeps): vscode.Disposable {
  // Each takes the Sources row (or nothing, from the palette) and optionally the value, for scripts and tests.
  const disposables: vscode.Disposable[] = [
    vscode.commands.registerCommand(Commands.setSpeakerAliases, (target?: unknown, value?: unknown) => setAliases(deps, target, value)),
    vscode.commands.registerCommand(Commands.setSpeakerAffiliation, (target?: unknown, value?: unknown) => setAffiliation(deps, target, value)),
    vscode.commands.registerCommand(Commands.setSpeakerGender, (target?: unknown, value?: unknown) => setGender(deps, target, value)),
  ];
  return new vscode.Disposable(() => {
    for (const disposable of disposables) disposable.dispose();
  });
}
