// The vocabulary of attribution as the parser sees it: surface forms of cue verbs, and word
// classes looked up in compromise's lexicon. compromise is loaded on first use, never at import,
// so that hosts (the editor) pay for it only when the first article is analysed.
import {
  BELIEF_VERBS, IRREGULAR_FORMS, MEASURED_STANCE_VERBS, STANCE_VERBS, LISTENER_VERBS, LOADED_VERBS, NAMING_VERBS, SPEECH_VERBS, WEAK_CUE_VERBS,
} from './lexicon';

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

/** Tags that compromise's lexicon gives a word ("said" -> PastTense), or an empty list. */
export function lexiconTags(lower: string): readonly string[] {
  if (!lexicon) lexicon = (nlp().world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tags = lexicon[lower];
  if (tags === undefined) return EMPTY;
  return typeof tags === 'string' ? tags.split(',') : tags;
}
const EMPTY: readonly string[] = [];

/** Regular English inflection; irregular verbs are listed in the lexicon. */
function inflect(base: string): Array<[string, CueForm['form']]> {
  if (IRREGULAR_FORMS[base]) {
    const [b, present, past, gerund, participle] = IRREGULAR_FORMS[base];
    const forms: Array<[string, CueForm['form']]> = [[b, 'base'], [present, 'present'], [past, 'past'], [gerund, 'gerund']];
    if (participle) forms.push([participle, 'past']);
    return forms;
  }
  const present = /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const stem = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'i' : base;
  const past = base.endsWith('e') ? base + 'd' : stem + 'ed';
  const gerund = base.endsWith('ee') ? base + 'ing' : base.endsWith('e') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [[base, 'base'], [present, 'present'], [past, 'past'], [gerund, 'gerund']];
}

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



export class CueLexicon {
  private readonly forms = new Map<string, CueForm>();

  constructor(extraVerbs: readonly string[] = []) {
    const add = (lemma: string, belief: boolean, generated: Array<[string, CueForm['form']]>, speech = false) => {
      const [head, particle] = lemma.split(' ');
      for (const [surface, form] of generated) {
        const word = surface.split(' ')[0];
        if (this.forms.has(word)) continue;
        this.forms.set(word, {
          lemma: head, form, particle,
          weak: WEAK_CUE_VERBS.has(head), listener: LISTENER_VERBS.has(head), loaded: LOADED_VERBS.has(head),
          naming: NAMING_VERBS.has(head), belief, speech,
        });
      }
    };
    for (const verb of SPEECH_VERBS) add(verb, false, inflect(verb.split(' ')[0]).map(([w, f]) => [w, f]), true);
    for (const verb of BELIEF_VERBS) add(verb, true, inflect(verb));
    for (const verb of [...STANCE_VERBS, ...MEASURED_STANCE_VERBS]) add(verb, false, inflect(verb));
    for (const verb of extraVerbs) if (typeof verb === 'string' && verb.trim()) add(verb.trim().toLowerCase(), false, inflectWithCompromise(verb), true);
    // "confess" is loaded but not a usual cue; keep it recognisable for the loaded-verb check.
    add('confess', false, inflect('confess'));
  }

  get(lower: string): CueForm | undefined {
    return this.forms.get(lower);
  }

  has(lower: string): boolean {
    return this.forms.has(lower);
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
