// What each check means, in a writer's words: for SARIF rules, the editor's pickers and `--help`. The README documents each
// check under a heading named by its code, so `README.md#<code>` is where to read more.
import { LOADED_VERBS, inflect } from './lexicon/verbs';
import type { DiagnosticCode } from './types';

export interface RuleDescription {
  /** A few words, like a heading. */
  title: string;
  /** Why the check exists and what to do about a finding. */
  description: string;
}

/** The loaded verbs of the reporting-verb table in the past tense, as prose: '"claimed", "insisted", … and "confessed"'. */
export function loadedVerbsInWords(): string {
  const quoted = [...LOADED_VERBS].map((verb) => `"${inflect(verb)[2][0]}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted.join('');
}

function capitalize(text: string): string {
  return text.replace(/^"(\p{Ll})/u, (_match, first: string) => `"${first.toUpperCase()}`);
}

export const RULES: Readonly<Record<DiagnosticCode, RuleDescription>> = {
  'unattributed-quote': {
    title: 'Quotation without a speaker',
    description:
      'A direct quotation needs its speaker in the same paragraph. A quote may run on from the same speaker, but a quote after someone else\'s words needs a new attribution.',
  },
  'vague-attribution': {
    title: 'Vague attribution',
    description: 'Phrases such as "some say", "critics argue" or "it is believed" hide who is speaking. Name the source, or cut the claim.',
  },
  'anonymous-source': {
    title: 'Anonymous source',
    description:
      'Anonymous sources are for information, not opinion, and the story should say why anonymity was granted ("who spoke on condition of anonymity because ..."). "A source" alone is never enough.',
  },
  'loaded-verb': {
    title: 'Loaded attribution verb',
    description: `${capitalize(loadedVerbsInWords())} carry a judgement. "Said" is neutral.`,
  },
  'unbalanced-quote': {
    title: 'Unbalanced quotation marks',
    description: 'A quotation mark without its partner leaves the reader unsure where the quotation ends.',
  },
  'ambiguous-speaker': {
    title: 'Ambiguous speaker',
    description: 'More than one person could be the speaker, for example "he" after two men are named. Name the speaker.',
  },
  'unsourced-claim': {
    title: 'Unsourced claim',
    description: 'A disputable fact that the reporter did not witness needs an attribution in the same sentence, just before or after it.',
  },
  misquote: {
    title: 'Quote differs from the transcript',
    description:
      'The words inside the quotation marks differ from the transcript the article links: a word changed, added or dropped without an ellipsis or brackets to mark the cut. Use the transcript\'s wording, or mark the edit.',
  },
  'quote-variant': {
    title: 'Quote written differently from the transcript',
    description:
      'The quote has the transcript\'s words but writes them differently: a contraction ("we\'re" for "we are") or a number in figures ("5" for "five"). Keep the speaker\'s form, unless your style guide says otherwise.',
  },
  'quote-not-found': {
    title: 'Quote not in the transcript',
    description: 'Nothing close to the quote is in the speaker\'s linked transcripts. Check where it came from, or link the transcript that has it.',
  },
};

export function ruleHelpAnchor(code: DiagnosticCode): string {
  return `README.md#${code}`;
}
