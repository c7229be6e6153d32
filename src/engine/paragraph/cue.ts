// Which word is a cue: verbs that take a clause though no list names them, and cue forms that are nouns too often.
import type { CueForm, CueLexicon } from '../cues';
import { lexiconTags } from '../cues';
import { isCapitalized } from '../mentions';
import type { Token } from '../segment';

export const NOT_CLAUSE_VERBS = /^(is|was|were|are|be|been|being|has|have|had|do|does|did|will|would|could|should|must|may|might|can|shall|got|get|gets|go|goes|went|gone|come|comes|came|used|began|begin|begins|started|start|starts|tried|try|tries|continue|continues|continued|seemed|appeared|managed|failed|moved|traveled|travelled|returned|went|headed|led|helped|allowed|forced|made|let|ought|need|needs|needed|happened|turned|stopped|ceased|ended|so|such|order|set|able)$/;

/**
 * Any verb that takes a clause ("Trump hinted that…", "the group pledged to…") attributes in
 * the wide sense PolNeAR annotates: a stance, intention or belief of its subject.
 */
export function clauseTakingVerb(tokens: readonly Token[], i: number, end: number, cues: CueLexicon): CueForm | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || i + 2 >= end) return null;
  if (token.text !== token.lower || NOT_CLAUSE_VERBS.test(token.lower) || cues.has(token.lower)) return null;
  const tense = finiteTense(token.lower);
  if (!tense) return null;
  const form = { lemma: token.lower, form: tense, weak: false, listener: false, loaded: false, naming: false } as const;
  if (next.lower === 'that' || next.lower === 'whether') return { ...form, belief: true };
  const verbAfter = tokens[i + 2];
  if (next.lower === 'to' && verbAfter?.kind === 'word' && !isCapitalized(verbAfter) && (lexiconTags(verbAfter.lower).includes('Infinitive') || lexiconTags(verbAfter.lower).includes('PhrasalVerb'))) {
    return { ...form, belief: false };
  }
  return null;
}

/** "hinted" -> past, "wants" -> present, by compromise's lexicon or regular English endings. */
export function finiteTense(lower: string): 'past' | 'present' | null {
  const tags = lexiconTags(lower);
  if (tags.includes('PastTense')) return 'past';
  if (tags.includes('PresentTense')) return 'present';
  if (tags.length && !tags.includes('Infinitive')) return null;
  const isBase = (base: string) => lexiconTags(base).includes('Infinitive');
  if (/ed$/.test(lower) && (isBase(lower.slice(0, -2)) || isBase(lower.slice(0, -1)) || isBase(lower.slice(0, -3)) || (/ied$/.test(lower) && isBase(lower.slice(0, -3) + 'y')))) return 'past';
  if (/s$/.test(lower) && !/ss$/.test(lower) && (isBase(lower.slice(0, -1)) || (/es$/.test(lower) && isBase(lower.slice(0, -2))))) return 'present';
  return null;
}

