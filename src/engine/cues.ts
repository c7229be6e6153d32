// The vocabulary of attribution as the parser sees it: surface forms of cue verbs, and word
// classes looked up in compromise's lexicon. compromise is loaded on first use, never at import,
// so that hosts (the editor) pay for it only when the first article is analysed.
import type { ReportingVerb } from './lexicon/verbs';
import { REPORTING_VERBS, inflect, reportingVerb, verbsOfClass } from './lexicon/verbs';

export interface CueForm {
  lemma: string;
  /** Past participle or gerund: "has said", "saying"; a bare participle after "is" is passive. */
  form: 'base' | 'present' | 'past' | 'gerund';
  weak: boolean;
  listener: boolean;
  loaded: boolean;
  naming: boolean;
  belief: boolean;
  /** A verb of speech proper ("said", "warned"): only these attribute what comes before them ("…, she said"). */
  speech?: boolean;
  /** For phrasal cues ("point out"): the particle that must follow. */
  particle?: string;
}

import type nlpModule from 'compromise';

type Nlp = typeof nlpModule;
let nlpInstance: Nlp | null = null;

/** compromise, loaded on first use. */
export function nlp(): Nlp {
  if (!nlpInstance) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('compromise') as Nlp | { default: Nlp };
    nlpInstance = typeof loaded === 'function' ? loaded : loaded.default;
  }
  return nlpInstance;
}

let lexicon: Record<string, string | string[]> | null = null;

/**
 * Tags by word, each word looked up once: the rules ask about most words many times (a 2 MB
 * paragraph asks two million times), and a lookup in compromise's lexicon takes three. The
 * lexicon never changes; the cache is emptied when it grows past a bound.
 */
const tagsByWord = new Map<string, readonly string[]>();
const MAX_WORDS_WITH_TAGS = 50_000;

/** Tags that compromise's lexicon gives a word ("said" -> PastTense), or an empty list. */
export function lexiconTags(lower: string): readonly string[] {
  let tags = tagsByWord.get(lower);
  if (tags === undefined) {
    tags = lookUpTags(lower);
    if (tagsByWord.size >= MAX_WORDS_WITH_TAGS) tagsByWord.clear();
    tagsByWord.set(lower, tags);
  }
  return tags;
}

function lookUpTags(lower: string): readonly string[] {
  if (!lexicon) lexicon = (nlp().world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  // Own entries only: "constructor" or "toString" in an article would otherwise find Object's methods.
  if (!Object.prototype.hasOwnProperty.call(lexicon, lower)) return EMPTY;
  const tags = lexicon[lower];
  if (typeof tags !== 'string') return Array.isArray(tags) ? tags : EMPTY;
  // One array per distinct tag list (a few hundred), not one per word looked up: this runs for most words.
  let split = splitTagLists.get(tags);
  if (!split) splitTagLists.set(tags, (split = Object.freeze(tags.split(','))));
  return split;
}
const EMPTY: readonly string[] = Object.freeze([]);
const splitTagLists = new Map<string, readonly string[]>();

/** Inflections of a verb the newsroom added, by compromise's conjugator, falling back to rules. */
function inflectWithCompromise(verb: string): Array<[string, CueForm['form']]> {
  const lower = verb.trim().toLowerCase();
  try {
    const doc = nlp()(lower);
    doc.tag('Verb');
    const [conjugated] = doc.verbs().conjugate() as Array<Record<string, string>>;
    if (conjugated?.Infinitive) {
      const base = conjugated.Infinitive;
      return [[base, 'base'], [conjugated.PresentTense, 'present'], [conjugated.PastTense, 'past'], [conjugated.Gerund, 'gerund'], [lower, 'past']]
        .filter((entry): entry is [string, CueForm['form']] => typeof entry[0] === 'string' && entry[0].length > 0);
    }
  } catch {
    // A verb compromise cannot conjugate is still matched in the forms the user wrote.
  }
  return [...inflect(lower), [lower, 'past']];
}



/**
 * Every surface form of every cue: the reporting-verb table's speech, thought and stance verbs,
 * then the newsroom's own (`cueVerbs`), then the judgement verbs. A form belongs to the first
 * verb that claims it; the table's test makes sure no two built-in verbs claim the same one.
 */
export class CueLexicon {
  private readonly forms = new Map<string, CueForm>();
  /** Present-tense forms (and "said") that attribute in a title-case headline, the newsroom's verbs included. */
  private readonly headlineForms = new Set<string>();

  constructor(extraVerbs: readonly string[] = []) {
    const add = (lemma: string, belief: boolean, generated: Array<[string, CueForm['form']]>, speech = false) => {
      const [head, particle] = lemma.split(' ');
      const record: ReportingVerb | undefined = reportingVerb(head);
      for (const [surface, form] of generated) {
        const word = surface.split(' ')[0];
        if (this.forms.has(word)) continue;
        this.forms.set(word, {
          lemma: head, form, particle,
          weak: record?.weak === true, listener: record?.listener === true, loaded: record?.loaded === true,
          naming: record?.naming === true, belief, speech,
        });
      }
    };
    const addClass = (verbClass: 'speech' | 'thought' | 'stance' | 'judgement') => {
      for (const record of verbsOfClass(verbClass)) add(record.verb, verbClass === 'thought', inflect(record.verb.split(' ')[0]), verbClass === 'speech');
    };
    addClass('speech');
    addClass('thought');
    addClass('stance');
    for (const verb of extraVerbs) {
      if (typeof verb !== 'string' || !verb.trim()) continue;
      const generated = inflectWithCompromise(verb);
      add(verb.trim().toLowerCase(), false, generated, true);
      for (const [surface, form] of generated) if (form === 'present') this.headlineForms.add(surface.split(' ')[0]);
    }
    addClass('judgement');
    for (const record of REPORTING_VERBS) {
      if (!record.headline) continue;
      const [, present, past] = inflect(record.verb.split(' ')[0]);
      this.headlineForms.add(present[0]);
      if (record.headline === 'present and past') this.headlineForms.add(past[0]);
    }
  }

  get(lower: string): CueForm | undefined {
    return this.forms.get(lower);
  }

  has(lower: string): boolean {
    return this.forms.has(lower);
  }

  /** Whether a lower-case word is a cue in a headline ("Sanders Vows …", "…, Graham Says"). */
  isHeadlineCue(lower: string): boolean {
    return this.headlineForms.has(lower);
  }
}

/** Whether compromise's lexicon (or English morphology) says a lower-case word is a verb. */
export function isVerbLike(lower: string): boolean {
  const tags = lexiconTags(lower);
  if (tags.length) {
    for (const tag of tags) {
      if (tag === 'PastTense' || tag === 'PresentTense' || tag === 'Infinitive' || tag === 'Gerund' || tag === 'Verb'
        || tag === 'Modal' || tag === 'Copula' || tag === 'Participle' || tag === 'Auxiliary' || tag === 'PhrasalVerb') return true;
    }
    return false;
  }
  return /(ed|ing)$/.test(lower) && lower.length > 4;
}

export function hasTag(lower: string, wanted: string): boolean {
  return lexiconTags(lower).includes(wanted);
}
