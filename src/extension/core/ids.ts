// Every identifier the extension shares with package.json, defined once.

export const EXTENSION_ID = 'newsdesk.newsdesk';
export const LANGUAGE_ID = 'news';
export const DIAGNOSTIC_SOURCE = 'newsdesk';
export const CONFIG_FILE = '.newsdesk.json';

export const Commands = {
  nextQuoteBySpeaker: 'newsdesk.nextQuoteBySpeaker',
  previousQuoteBySpeaker: 'newsdesk.previousQuoteBySpeaker',
  goToSpeakerQuotes: 'newsdesk.goToSpeakerQuotes',
  revealQuote: 'newsdesk.revealQuote',
  renameSpeaker: 'newsdesk.renameSpeaker',
  setSpeakerAliases: 'newsdesk.setSpeakerAliases',
  setSpeakerAffiliation: 'newsdesk.setSpeakerAffiliation',
  setSpeakerGender: 'newsdesk.setSpeakerGender',
  sortActorsByAppearance: 'newsdesk.sortActorsByAppearance',
  sortActorsByQuotes: 'newsdesk.sortActorsByQuotes',
  sortActorsByKind: 'newsdesk.sortActorsByKind',
  showActors: 'newsdesk.showActors',
  checkWorkspace: 'newsdesk.checkWorkspace',
  analyzeLargeFile: 'newsdesk.analyzeLargeFile',
  suppressInFile: 'newsdesk.suppressInFile',
  showSourcesReport: 'newsdesk.showSourcesReport',
  showWorkspaceSourcesReport: 'newsdesk.showWorkspaceSourcesReport',
  exportSourcesReport: 'newsdesk.exportSourcesReport',
  /** Internal: opens a check's section of the README (the Problems panel links here). */
  showCheckHelp: 'newsdesk.showCheckHelp',
  openTranscript: 'newsdesk.openTranscript',
  changeLanguageToNews: 'newsdesk.changeLanguageToNews',
  explainColours: 'newsdesk.explainColours',
} as const;

export const Views = {
  container: 'newsdesk',
  actors: 'newsdesk.actors',
} as const;

/** Context keys for `when` clauses. */
export const ContextKeys = {
  actorsSort: 'newsdesk.actorsSort',
  isArticle: 'newsdesk.isArticle',
  /** The active editor is not an article but could be one: the Sources view offers the News mode. */
  offerNewsMode: 'newsdesk.offerNewsMode',
} as const;

/** Colour ids declared under `contributes.colors`: one per speaker slot, plus the special marks. */
export const SPEAKER_COLOR_COUNT = 12;
export const Colors = {
  speaker: (slot: number) => `newsdesk.speaker${(slot % SPEAKER_COLOR_COUNT) + 1}`,
  unattributed: 'newsdesk.unattributedQuote',
  cue: 'newsdesk.cue',
} as const;
