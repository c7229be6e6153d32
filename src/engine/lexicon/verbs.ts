// The reporting verbs: one record per verb, written once. The cue lexicon (cues.ts), the headline
// patterns, the loaded-verb check and its documentation are all derived from this table, and
// test/engine/lexicon.test.ts rejects a verb listed twice.
//
// A verb's class decides how it attributes; its flags refine that. Evidence is what was measured
// on PolNeAR's training split when the verb or flag was chosen ("right/wrong" counts the
// attributions the verb added that were annotated / not annotated).

/**
 * - speech: a verb of speech proper ("said", "warned"); only these attribute what comes before
 *   them ("…, she said").
 * - thought: belief and perception ("thinks", "fears"); content only as a clause.
 * - stance: stance and intention ("opposed", "wants"): attribution in the wide sense PolNeAR
 *   annotates, and that an editor reads as a claim about the speaker's position.
 * - judgement: not a usual cue, known so the loaded-verb check sees it; a newsroom's own verbs
 *   come before it.
 * - headline: a cue only in a title-case headline ("Trump Rips Clinton").
 * - if-added: no cue by itself; its flags apply when a newsroom adds it to `cueVerbs`.
 */
export type VerbClass = 'speech' | 'thought' | 'stance' | 'judgement' | 'headline' | 'if-added';

export interface ReportingVerb {
  /** Base form; a phrasal cue ("point out") needs its particle right after the verb. */
  verb: string;
  class: VerbClass;
  /** Attributes only when a clause or "that" follows ("spoke at a rally" is not reported speech). */
  weak?: true;
  /** Its object right after it is the listener, never the speaker ("told reporters"). */
  listener?: true;
  /** Introduces a quoted label rather than speech: `calling reports "disinformation"`. */
  naming?: true;
  /** Carries a judgement (AP style): the loaded-verb check flags it. */
  loaded?: true;
  /** "It" can speak with it: a document, a report, an organisation ("It says…", "The study found…"). */
  documentSource?: true;
  /** Its participle with "by" still names the speaker ("was said by"); for others "proposed by Nixon" is no one speaking. */
  agentBy?: true;
  /** "to" after it names the one addressed, a listener, and what was said comes after ("wrote to the board that…"). */
  addressedWithTo?: true;
  /** With a reflexive object it says where the subject ended up, not anything said ("found herself in a similar job"). */
  endsUpWithReflexive?: true;
  /** Words right after the verb that belong to the cue ("called for", "called on"). */
  cueContinues?: readonly string[];
  /** Seeing something *as* something is a view: "officials see Beijing's refusal as a form of backing" is content without a clause. */
  viewAs?: true;
  /** A cue in a title-case headline, in the present ("Sanders Vows …") or also the past ("…, Graham Said"). */
  headline?: 'present' | 'present and past';
  /** Irregular or tricky inflections, by position: base, present, past, gerund, then any participle (read as past). */
  forms?: readonly string[];
  /** Surface forms that are nouns, or wrong, more often than right: never a cue ("the debate"). */
  notCueForms?: readonly string[];
  /** What was measured when the verb or its flags were chosen. */
  evidence?: string;
}

const MEASURED = 'over a third of the attributions it produced on train were annotated';
const WEAK = 'with a noun object under 40% of its attributions were right on train, too few to show';

// Note on `forms`: "signal", "label" and "learn" list a second spelling of the past in the gerund's
// slot, so "signalled" and "learnt" count as gerunds and "signalling", "labelling" are not cues.
// The figures were measured that way; fixing it is a change to measure, not a clean-up.
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { verb: 'say', class: 'speech', addressedWithTo: true, documentSource: true, agentBy: true, headline: 'present and past', forms: ['say', 'says', 'said', 'saying'] },
  { verb: 'tell', class: 'speech', listener: true, agentBy: true, headline: 'present', forms: ['tell', 'tells', 'told', 'telling'] },
  { verb: 'add', class: 'speech', documentSource: true, agentBy: true },
  { verb: 'note', class: 'speech', documentSource: true },
  { verb: 'warn', class: 'speech', listener: true, documentSource: true, headline: 'present' },
  { verb: 'argue', class: 'speech', documentSource: true, headline: 'present' },
  { verb: 'claim', class: 'speech', loaded: true, documentSource: true, headline: 'present' },
  { verb: 'insist', class: 'speech', addressedWithTo: true, loaded: true, headline: 'present' },
  { verb: 'admit', class: 'speech', loaded: true, headline: 'present', forms: ['admit', 'admits', 'admitted', 'admitting'] },
  { verb: 'acknowledge', class: 'speech', addressedWithTo: true },
  { verb: 'deny', class: 'speech', loaded: true, headline: 'present', forms: ['deny', 'denies', 'denied', 'denying'] },
  { verb: 'explain', class: 'speech', addressedWithTo: true, headline: 'present' },
  { verb: 'state', class: 'speech', weak: true, documentSource: true, evidence: WEAK },
  { verb: 'announce', class: 'speech', addressedWithTo: true, headline: 'present' },
  { verb: 'report', class: 'speech', addressedWithTo: true, documentSource: true, notCueForms: ['report'], evidence: 'the noun "the report": 8 right, 18 wrong on train, hence notCueForms' },
  { verb: 'write', class: 'speech', addressedWithTo: true, agentBy: true, documentSource: true, forms: ['write', 'writes', 'wrote', 'writing', 'written'] },
  { verb: 'suggest', class: 'speech', addressedWithTo: true, documentSource: true, headline: 'present' },
  { verb: 'contend', class: 'speech' },
  { verb: 'assert', class: 'speech' },
  { verb: 'predict', class: 'speech', documentSource: true, headline: 'present' },
  { verb: 'urge', class: 'speech', listener: true, headline: 'present' },
  { verb: 'estimate', class: 'speech', documentSource: true },
  { verb: 'confirm', class: 'speech', addressedWithTo: true, headline: 'present' },
  { verb: 'maintain', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'stress', class: 'speech', addressedWithTo: true },
  { verb: 'emphasize', class: 'speech' },
  { verb: 'emphasise', class: 'speech' },
  { verb: 'recall', class: 'speech' },
  { verb: 'complain', class: 'speech', addressedWithTo: true },
  { verb: 'concede', class: 'speech', addressedWithTo: true, loaded: true },
  { verb: 'agree', class: 'speech' },
  { verb: 'vow', class: 'speech', headline: 'present' },
  { verb: 'pledge', class: 'speech', headline: 'present' },
  { verb: 'promise', class: 'speech', headline: 'present' },
  { verb: 'threaten', class: 'speech' },
  { verb: 'reply', class: 'speech', forms: ['reply', 'replies', 'replied', 'replying'] },
  { verb: 'respond', class: 'speech' },
  { verb: 'answer', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'ask', class: 'speech', listener: true, headline: 'present' },
  { verb: 'testify', class: 'speech', agentBy: true, forms: ['testify', 'testifies', 'testified', 'testifying'] },
  { verb: 'declare', class: 'speech', addressedWithTo: true },
  { verb: 'observe', class: 'speech' },
  { verb: 'remark', class: 'speech', addressedWithTo: true },
  { verb: 'comment', class: 'speech', addressedWithTo: true },
  { verb: 'caution', class: 'speech' },
  { verb: 'allege', class: 'speech', loaded: true },
  { verb: 'indicate', class: 'speech' },
  { verb: 'reveal', class: 'speech', addressedWithTo: true, loaded: true, headline: 'present' },
  { verb: 'counter', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'retort', class: 'speech' },
  { verb: 'quip', class: 'speech', forms: ['quip', 'quips', 'quipped', 'quipping'] },
  { verb: 'joke', class: 'speech', addressedWithTo: true },
  { verb: 'boast', class: 'speech', addressedWithTo: true, loaded: true },
  { verb: 'lament', class: 'speech', addressedWithTo: true },
  { verb: 'tweet', class: 'speech' },
  { verb: 'post', class: 'speech' },
  { verb: 'charge', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'accuse', class: 'speech', headline: 'present' },
  { verb: 'point out', class: 'speech' },
  // "As Tom Ridge put it, ''The barbarians are no longer at the gate.''"; weak: "put it in a drawer" says nothing.
  { verb: 'put it', class: 'speech', weak: true, forms: ['put it', 'puts it', 'put it', 'putting it'], evidence: WEAK },
  { verb: 'signal', class: 'speech', forms: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'] },
  { verb: 'reiterate', class: 'speech', addressedWithTo: true },
  { verb: 'repeat', class: 'speech', addressedWithTo: true },
  { verb: 'conclude', class: 'speech', documentSource: true },
  { verb: 'continue', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'affirm', class: 'speech' },
  { verb: 'assure', class: 'speech', listener: true },
  { verb: 'inform', class: 'speech', listener: true },
  { verb: 'advise', class: 'speech', weak: true, listener: true, evidence: WEAK },
  { verb: 'demand', class: 'speech', headline: 'present' },
  { verb: 'propose', class: 'speech' },
  { verb: 'recommend', class: 'speech' },
  { verb: 'mention', class: 'speech', addressedWithTo: true },
  { verb: 'concur', class: 'speech', forms: ['concur', 'concurs', 'concurred', 'concurring'] },
  { verb: 'describe', class: 'speech', naming: true },
  { verb: 'call', class: 'speech', naming: true, cueContinues: ['for', 'on'], headline: 'present' },
  { verb: 'dub', class: 'speech', weak: true, naming: true, evidence: WEAK },
  { verb: 'term', class: 'speech', weak: true, naming: true, evidence: WEAK },
  { verb: 'label', class: 'speech', weak: true, naming: true, forms: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'], evidence: WEAK },
  { verb: 'brand', class: 'speech', weak: true, naming: true, evidence: WEAK },
  { verb: 'tout', class: 'speech', naming: true, headline: 'present', evidence: '"touted" with a noun object: 7 right, 6 wrong on train, so not weak' },
  { verb: 'hail', class: 'speech', naming: true },
  { verb: 'praise', class: 'speech', headline: 'present' },
  { verb: 'criticize', class: 'speech' },
  { verb: 'criticise', class: 'speech' },
  { verb: 'blast', class: 'speech', headline: 'present' },
  { verb: 'slam', class: 'speech', headline: 'present', forms: ['slam', 'slams', 'slammed', 'slamming'] },
  { verb: 'question', class: 'speech', headline: 'present' },
  { verb: 'wonder', class: 'speech' },
  { verb: 'speculate', class: 'speech', forms: ['speculate', 'speculates', 'speculated', 'speculating'] },
  { verb: 'surmise', class: 'speech' },
  { verb: 'proclaim', class: 'speech' },
  { verb: 'insinuate', class: 'speech' },
  { verb: 'hint', class: 'speech' },
  { verb: 'disclose', class: 'speech' },
  { verb: 'find', class: 'speech', documentSource: true, endsUpWithReflexive: true, notCueForms: ['find', 'finding'], forms: ['find', 'finds', 'found', 'finding'], evidence: '"can\'t find jobs": "find" 7 right, 18 wrong, "finding" 3/8 on train, hence notCueForms' },
  { verb: 'show', class: 'speech', documentSource: true, headline: 'present', forms: ['show', 'shows', 'showed', 'showing', 'shown'] },
  { verb: 'learn', class: 'speech', forms: ['learn', 'learns', 'learned', 'learnt', 'learning'] },
  { verb: 'read', class: 'speech', weak: true, documentSource: true, forms: ['read', 'reads', 'read', 'reading'], evidence: WEAK },
  { verb: 'cite', class: 'speech' },
  { verb: 'recount', class: 'speech' },
  { verb: 'shout', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'chant', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'yell', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'scream', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'whisper', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'muse', class: 'speech' },
  { verb: 'scold', class: 'speech', listener: true, weak: true, evidence: WEAK },
  { verb: 'sing', class: 'speech', weak: true, forms: ['sing', 'sings', 'sang', 'singing', 'sung'], evidence: WEAK },
  { verb: 'cry', class: 'speech', weak: true, forms: ['cry', 'cries', 'cried', 'crying'], evidence: WEAK },
  { verb: 'plead', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'pray', class: 'speech', weak: true, evidence: WEAK },
  { verb: 'believe', class: 'thought', weak: true, evidence: WEAK },
  { verb: 'think', class: 'thought', weak: true, forms: ['think', 'thinks', 'thought', 'thinking'], evidence: WEAK },
  { verb: 'fear', class: 'thought', weak: true, evidence: WEAK },
  { verb: 'hope', class: 'thought', weak: true, evidence: WEAK },
  { verb: 'expect', class: 'thought', weak: true, evidence: WEAK },
  { verb: 'feel', class: 'thought', weak: true, forms: ['feel', 'feels', 'felt', 'feeling'], evidence: WEAK },
  { verb: 'worry', class: 'thought', weak: true, forms: ['worry', 'worries', 'worried', 'worrying'], evidence: WEAK },
  { verb: 'doubt', class: 'thought', weak: true, evidence: WEAK },
  { verb: 'see', class: 'thought', weak: true, viewAs: true, forms: ['see', 'sees', 'saw', 'seeing', 'seen'], evidence: WEAK },
  { verb: 'regard', class: 'thought', viewAs: true },
  { verb: 'want', class: 'stance', headline: 'present' },
  { verb: 'plan', class: 'stance', forms: ['plan', 'plans', 'planned', 'planning'] },
  { verb: 'support', class: 'stance' },
  { verb: 'oppose', class: 'stance' },
  { verb: 'reject', class: 'stance', headline: 'present' },
  { verb: 'endorse', class: 'stance', headline: 'present' },
  { verb: 'condemn', class: 'stance' },
  { verb: 'denounce', class: 'stance' },
  { verb: 'attack', class: 'stance', weak: true, headline: 'present', evidence: WEAK + ' ("attacked" 39%)' },
  { verb: 'consider', class: 'stance' },
  { verb: 'decline', class: 'stance' },
  { verb: 'refuse', class: 'stance' },
  { verb: 'seek', class: 'stance', forms: ['seek', 'seeks', 'sought', 'seeking'], evidence: '"sought" with a noun object: 22 right, 24 wrong on train, so not weak' },
  { verb: 'blame', class: 'stance' },
  { verb: 'defend', class: 'stance', headline: 'present' },
  { verb: 'welcome', class: 'stance' },
  { verb: 'dismiss', class: 'stance', headline: 'present' },
  { verb: 'express', class: 'stance' },
  { verb: 'echo', class: 'stance', forms: ['echo', 'echoes', 'echoed', 'echoing'] },
  { verb: 'offer', class: 'stance' },
  { verb: 'refer', class: 'stance', forms: ['refer', 'refers', 'referred', 'referring'] },
  { verb: 'speak', class: 'stance', weak: true, agentBy: true, headline: 'present', forms: ['speak', 'speaks', 'spoke', 'speaking', 'spoken'], evidence: WEAK + ' ("spoke about" 39%)' },
  { verb: 'talk', class: 'stance', agentBy: true },
  { verb: 'mock', class: 'stance', headline: 'present', evidence: '"mocked" with a noun object: 13 right, 2 wrong on train, so not weak' },
  { verb: 'back', class: 'stance', weak: true, headline: 'present', forms: ['back', 'backs', 'backed', 'backing'], evidence: WEAK },
  { verb: 'favor', class: 'stance', forms: ['favor', 'favors', 'favored', 'favoring'], evidence: '"favored" with a noun object: 9 right, 11 wrong on train, so not weak' },
  { verb: 'favour', class: 'stance' },
  { verb: 'push', class: 'stance', evidence: '"pushed for" with a noun object: 28 right, 25 wrong on train, so not weak' },
  { verb: 'rail', class: 'stance', forms: ['rail', 'rails', 'railed', 'railing'], evidence: '"railed against": 7 right, 2 wrong on train, so not weak' },
  { verb: 'intend', class: 'stance', evidence: 'with a noun object: 6 right, 3 wrong on train, so not weak' },
  { verb: 'aim', class: 'stance', evidence: '"aimed at": 10 right, 6 wrong on train, so not weak' },
  { verb: 'decide', class: 'stance', evidence: 'with a noun object: 20 right, 17 wrong on train, so not weak' },
  { verb: 'debate', class: 'stance', notCueForms: ['debate', 'debates'], evidence: MEASURED + '; the nouns "debate(s)" 29 right, 73 wrong, hence notCueForms' },
  { verb: 'know', class: 'stance', weak: true, notCueForms: ['knew'], forms: ['know', 'knows', 'knew', 'knowing', 'known'], evidence: MEASURED + '; weak: with a noun object 38% ("knew" 3/8, hence notCueForms)' },
  { verb: 'name', class: 'stance', weak: true, evidence: MEASURED },
  { verb: 'challenge', class: 'stance', weak: true, evidence: MEASURED },
  { verb: 'order', class: 'stance', evidence: MEASURED + '; with a noun object 9 right, 7 wrong, so not weak' },
  { verb: 'email', class: 'stance', notCueForms: ['email', 'emails'], evidence: MEASURED + '; the nouns "email(s)" 9 right, 21 wrong, hence notCueForms' },
  { verb: 'view', class: 'stance', viewAs: true, evidence: MEASURED },
  { verb: 'underscore', class: 'stance', evidence: MEASURED },
  { verb: 'apologize', class: 'stance', forms: ['apologize', 'apologizes', 'apologized', 'apologizing'], evidence: MEASURED },
  { verb: 'request', class: 'stance', evidence: MEASURED },
  { verb: 'highlight', class: 'stance', evidence: MEASURED },
  { verb: 'voice', class: 'stance', evidence: MEASURED },
  { verb: 'lobby', class: 'stance', evidence: MEASURED },
  { verb: 'promote', class: 'stance', notCueForms: ['promoted'], evidence: MEASURED + '; "promoted" 3 right, 7 wrong, hence notCueForms' },
  { verb: 'remind', class: 'stance', listener: true, evidence: MEASURED },
  { verb: 'cheer', class: 'stance', evidence: MEASURED },
  { verb: 'approve', class: 'stance', evidence: MEASURED },
  { verb: 'realize', class: 'stance', evidence: MEASURED },
  { verb: 'advocate', class: 'stance', evidence: MEASURED },
  { verb: 'outline', class: 'stance', evidence: MEASURED },
  { verb: 'remember', class: 'stance', evidence: MEASURED },
  { verb: 'invoke', class: 'stance', evidence: MEASURED },
  { verb: 'recognize', class: 'stance', evidence: MEASURED },
  { verb: 'compare', class: 'stance', evidence: MEASURED },
  { verb: 'prefer', class: 'stance', evidence: MEASURED },
  { verb: 'applaud', class: 'stance', evidence: MEASURED },
  { verb: 'imagine', class: 'stance', evidence: MEASURED },
  { verb: 'rebuke', class: 'stance', evidence: MEASURED },
  { verb: 'discuss', class: 'stance', evidence: MEASURED },
  { verb: 'ignore', class: 'stance', evidence: MEASURED },
  { verb: 'notice', class: 'stance', evidence: MEASURED },
  { verb: 'encourage', class: 'stance', evidence: MEASURED },
  { verb: 'credit', class: 'stance', evidence: MEASURED },
  { verb: 'portray', class: 'stance', evidence: MEASURED },
  { verb: 'understand', class: 'stance', forms: ['understand', 'understands', 'understood', 'understanding'], evidence: MEASURED },
  { verb: 'attribute', class: 'stance', evidence: MEASURED },
  { verb: 'allude', class: 'stance', evidence: MEASURED },
  { verb: 'congratulate', class: 'stance', evidence: MEASURED },
  { verb: 'liken', class: 'stance', evidence: MEASURED },
  { verb: 'forecast', class: 'stance', evidence: MEASURED },
  { verb: 'envision', class: 'stance', evidence: MEASURED },
  { verb: 'assail', class: 'stance', evidence: MEASURED },
  { verb: 'characterize', class: 'stance', evidence: MEASURED },
  { verb: 'assume', class: 'stance', evidence: MEASURED },
  { verb: 'lambaste', class: 'stance', evidence: MEASURED },
  { verb: 'thank', class: 'stance', evidence: MEASURED },
  { verb: 'balk', class: 'stance', evidence: MEASURED },
  { verb: 'imply', class: 'stance', evidence: MEASURED },
  { verb: 'decry', class: 'stance', evidence: MEASURED },
  { verb: 'bemoan', class: 'stance', evidence: MEASURED },
  { verb: 'publish', class: 'stance', evidence: MEASURED + '; ' + 'measured on train: 13 right, 10 wrong' },
  { verb: 'reference', class: 'stance', evidence: MEASURED + '; ' + 'measured on train: 11 right, 8 wrong' },
  { verb: 'retweet', class: 'stance', evidence: MEASURED + '; ' + 'measured on train: 6 right, 2 wrong' },
  { verb: 'look', class: 'stance', notCueForms: ['look', 'looked'], evidence: MEASURED + '; ' + 'measured on train: 42 right, 47 wrong ("is looking to…" 23/11); "look(ed) at" 10/28, hence notCueForms' },
  { verb: 'rip', class: 'headline', headline: 'present', forms: ['rip', 'rips', 'ripped', 'ripping'] },
  { verb: 'hammer', class: 'headline', headline: 'present' },
  { verb: 'knock', class: 'headline', headline: 'present' },
  { verb: 'hit', class: 'headline', headline: 'present' },
  { verb: 'attempt', class: 'if-added', weak: true },
  { verb: 'deem', class: 'if-added', naming: true },
  { verb: 'confess', class: 'judgement', loaded: true, forms: ['confess', 'confesses', 'confessed', 'confessing'] },
];

/** The order in which classes claim a surface form; a newsroom's verbs (`cueVerbs`) come between stance and judgement. */
export const CLASS_ORDER: readonly VerbClass[] = ['speech', 'thought', 'stance', 'judgement'];

/** Verbs of a class, in table order. */
export function verbsOfClass(verbClass: VerbClass): ReportingVerb[] {
  return REPORTING_VERBS.filter((record) => record.class === verbClass);
}

/** The record of a verb's base form (the head of a phrasal verb), if the table has one. */
export function reportingVerb(base: string): ReportingVerb | undefined {
  return BY_HEAD.get(base);
}

const BY_HEAD = new Map(REPORTING_VERBS.map((record) => [record.verb.split(' ')[0], record]));

/** Lemmas with a flag, for the rules that ask about one verb at a time. */
function lemmasWith(flag: keyof ReportingVerb): ReadonlySet<string> {
  return new Set(REPORTING_VERBS.filter((record) => record[flag]).map((record) => record.verb.split(' ')[0]));
}

export const DOCUMENT_SOURCE_VERBS = lemmasWith('documentSource');
export const AGENT_BY_VERBS = lemmasWith('agentBy');
export const LOADED_VERBS = lemmasWith('loaded');

/** Forms that are never cues, whatever verb they belong to. */
export const NOT_CUE_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((record) => record.notCueForms ?? []));

export type VerbForm = 'base' | 'present' | 'past' | 'gerund';

/** A verb's inflections: its listed `forms`, or regular English ones (a participle in `forms` is read as past). */
export function inflect(base: string): Array<[string, VerbForm]> {
  const listed = reportingVerb(base)?.forms;
  if (listed) {
    const [b, present, past, gerund, participle] = listed;
    const forms: Array<[string, VerbForm]> = [[b, 'base'], [present, 'present'], [past, 'past'], [gerund, 'gerund']];
    if (participle) forms.push([participle, 'past']);
    return forms;
  }
  const present = /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const stem = /[^aeiou]y$/.test(base) ? base.slice(0, -1) + 'i' : base;
  const past = base.endsWith('e') ? base + 'd' : stem + 'ed';
  const gerund = base.endsWith('ee') ? base + 'ing' : base.endsWith('e') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [[base, 'base'], [present, 'present'], [past, 'past'], [gerund, 'gerund']];
}
