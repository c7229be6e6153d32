// Who is who across the article: names, surnames, titles and pronouns resolved to actors, in
// reading order, the way a reader keeps track of the people in a story.
import type { ActorKind, KnownPerson } from './types';
import type { ShouldPause } from './document/steps';
import type { Mention } from './mentions';
import { surnameOf } from './mentions';
import { hasTag } from './cues';
import { ANONYMOUS_HEADS, ORGANIZATION_WORDS, STAFF_ROLES } from './lexicon';
import { NAME_HONORIFIC_PREFIX } from './lexicon/honorifics';
import type { EntityType } from './entities';
import { COMPANY_NAME_ENDINGS, isFunctionWord, isPersonNoun, mayBePerson, organizationFits, ORGANIZATION_DESCRIPTIONS, roleFromTitle, TITLE_ABBREVIATIONS } from './entities';
import { Journal } from './journal';

/** How many history entries `settleInSteps` handles before it asks whether to pause. */
const ENTRIES_BETWEEN_PAUSES = 512;

/**
 * One mention handed to the registry, in the order the document is read. What the registry does
 * with it depends only on the mention's words and kind, the paragraph index and the flags, never
 * on its offset: so a paragraph whose calls are the same gets the same answers, wherever it moved.
 */
export interface RegistryCall {
  paragraph: number;
  /** The mention; its position is `paragraph start + mention.start`, computed when the analysis is built. */
  mention: Mention;
  /** `mention.start`, kept here so the analysis reads one kind of object. */
  at: number;
  /** The span last reported for this mention, reused while the mention stays where it was. */
  span: { start: number; end: number; text: string } | null;
  salient: boolean;
  listener: boolean;
  /** A speaker or listener to resolve now, rather than a name noted for later pronouns. */
  resolve: boolean;
  /** What `resolve` answered (for calls that resolve). */
  result: Resolution | null;
}

export interface ActorDraft {
  index: number;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** The calls whose mention refers to this actor, in the order they were resolved. */
  mentions: RegistryCall[];
  role?: string;
  /** Gender the text establishes (pronouns, honorifics) or the newsroom configured. */
  gender?: 'female' | 'male' | 'nonbinary' | 'unknown';
  /** A first-name guess, used only to choose between pronoun candidates, never reported. */
  genderHint?: 'female' | 'male';
  affiliation?: string;
  /** Lower-case head of an anonymous or descriptive source ("official"), for "the official" to find it. */
  head?: string;
  plural: boolean;
  known: boolean;
  /** What the text's evidence says this name stands for (entities.ts); the strongest evidence seen wins. */
  entity?: EntityType;
}

interface HistoryEntry {
  /** Resolved on first use: most names are never needed by a pronoun, so they stay cheap. */
  actor: ActorDraft | null;
  pending?: RegistryCall;
  salient: boolean;
  listener: boolean;
  paragraph: number;
}

export interface Resolution {
  actor: ActorDraft | null;
  /** Other people the pronoun could as well refer to (for `ambiguous-speaker`). */
  rivals: ActorDraft[];
  /** The pronoun had nobody to refer to. */
  unresolved: boolean;
}

const personNames = new WeakMap<Mention, string>();
/** The name without an honorific ("Mr. Bown" -> "Bown"); remembered per mention, which paragraphs keep between edits. */
function personName(mention: Mention): string {
  let name = personNames.get(mention);
  if (name === undefined) {
    name = (mention.name ?? mention.text).replace(NAME_HONORIFIC_PREFIX, '');
    personNames.set(mention, name);
  }
  return name;
}

/** Capitals that stand for their country's government in news copy (a Map: a name is any word of the text, "Constructor" too). */
const CAPITALS = new Map<string, string>(Object.entries({
  beijing: 'China', moscow: 'Russia', kyiv: 'Ukraine', kiev: 'Ukraine', tehran: 'Iran', pyongyang: 'North Korea',
  tokyo: 'Japan', seoul: 'South Korea', berlin: 'Germany', paris: 'France', london: 'Britain', brussels: 'European Union',
  ankara: 'Turkey', 'new delhi': 'India', islamabad: 'Pakistan', riyadh: 'Saudi Arabia', jerusalem: 'Israel', damascus: 'Syria',
  caracas: 'Venezuela', havana: 'Cuba', ottawa: 'Canada', canberra: 'Australia', taipei: 'Taiwan', minsk: 'Belarus',
}));

/** How far back, in paragraphs, "the mayor" looks for the person given that role. */
const ROLE_LOOKBACK_PARAGRAPHS = 12;
/** The paragraph a headline is, when the article has one: the first. */
const HEADLINE_PARAGRAPH = 0;
/** How far back, in paragraphs, "the company" looks for the organisation it means. */
const ORGANIZATION_LOOKBACK_PARAGRAPHS = 6;

/**
 * Other words for a role, besides its abbreviations: "the judge" may be a justice, "the congressman"
 * a representative. The abbreviations ("Sen.", "Gov.") are TITLE_ABBREVIATIONS', a title's and its
 * synonyms'; ROLE_ONLY_ABBREVIATIONS are those a title before a name keeps as written ("Dr.").
 */
const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  senator: [], representative: ['congressman', 'congresswoman'], congressman: ['representative'], congresswoman: ['representative'],
  governor: [], general: [], professor: [], doctor: [], president: [],
  // "Manhattan Supreme Court Justice Frank Nervo … The judge agreed": a justice is a judge.
  judge: ['justice'], justice: ['judge'],
  chairman: ['chair'], chairwoman: ['chair'],
  lieutenant: [], sergeant: [], captain: [], colonel: [], admiral: [], detective: [], superintendent: [], commissioner: [],
};
const ROLE_ONLY_ABBREVIATIONS: Readonly<Record<string, string>> = { 'dr.': 'doctor', 'det.': 'detective', 'comm.': 'commissioner' };

/**
 * The ways a role is written in a title or apposition: "the senator" is "Sen." before a name. A Map,
 * not an object: a head is any word of the text, and "the constructor" is no key of Object's.
 */
const ROLE_FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const abbreviations = new Map<string, string[]>();
  for (const [abbreviation, role] of [...Object.entries(TITLE_ABBREVIATIONS), ...Object.entries(ROLE_ONLY_ABBREVIATIONS)]) {
    abbreviations.set(role, [...(abbreviations.get(role) ?? []), abbreviation]);
  }
  return new Map(Object.entries(ROLE_SYNONYMS).map(([role, synonyms]) => [
    role,
    [...new Set([role, ...synonyms, ...[role, ...synonyms].flatMap((word) => abbreviations.get(word) ?? [])])],
  ]));
})();

const ROLE_PATTERNS = new Map<string, RegExp[]>();
/** The patterns that find a role's head in a role or alias, made once per head. */
function roleForms(head: string): RegExp[] {
  let forms = ROLE_PATTERNS.get(head);
  if (!forms) {
    // "one of the president's closest aides" holds no presidency: a possessive title is someone else's.
    forms = (ROLE_FORMS.get(head) ?? [head]).map((form) => new RegExp(`(?:^|[\\s-])${form.replace(/[.]/g, '\\.')}(?:$|[\\s,]|['’](?!s\\b))`));
    if (ROLE_PATTERNS.size > 5_000) ROLE_PATTERNS.clear();
    ROLE_PATTERNS.set(head, forms);
  }
  return forms;
}

/** How far back pronouns and titles look, in mentions: a reader's memory, and a bound on the work. */
const HISTORY_WINDOW = 200;

const normalized = new Map<string, string>();
/** A name as a lookup key: lower case, straight apostrophes, no article or possessive. Memoised: it runs for every mention. */
function norm(name: string): string {
  let key = normalized.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').replace(/'s$/, '').trim();
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(name, key);
  }
  return key;
}

export class ActorRegistry {
  readonly actors: ActorDraft[] = [];
  private readonly byKey = new Map<string, ActorDraft>();
  /**
   * For each key word of an organisation's name ("board"), the fewest and the most words such a
   * name has had: a name no shorter than the longest needs no scan for a longer one it stands for,
   * and one no longer than the shortest none for a short form it completes (a story of thousands of
   * "… Harbor Board"s would otherwise compare each with all the others).
   */
  private readonly organizationNameLengths = new Map<string, { fewest: number; most: number }>();
  /** The latest person with each surname, for "Cleverly" after "James Cleverly". */
  private readonly bySurname = new Map<string, ActorDraft>();
  private readonly history: HistoryEntry[] = [];
  /** The article's one author, from its byline (`Mention.author`). */
  private readonly byline: { author?: RegistryCall } = {};
  /** The person most recently named (see `mostRecentPerson`), in a box so that the journal can restore it. */
  private readonly latest: { person: ActorDraft | null } = { person: null };
  /**
   * Every change since the configured people were added, so that the registry can be taken back
   * to how it was before a paragraph (`mark`, `undoTo`) and the article read again from there.
   */
  private readonly journal = new Journal();

  /** A point to come back to with `undoTo`. */
  mark(): number {
    return this.journal.mark();
  }

  /** Undoes every change made since `mark`, latest first. */
  undoTo(mark: number): void {
    this.journal.undoTo(mark);
    this.roleAnswers.clear();
  }

  /**
   * Whether an actor's role or aliases hold a role with this head, remembered per actor: an actor
   * named in hundreds of ways was joined and searched again at every "the mayor". Aliases are only
   * ever added (until `undoTo`, which empties this): new ones are appended to the text, and only a
   * "no" is asked again, since an appended alias never undoes a match.
   */
  private readonly roleAnswers = new Map<ActorDraft, { role: string | undefined; aliases: number; described: string; byHead: Map<string, boolean> }>();

  private describedAs(actor: ActorDraft, head: string): boolean {
    let known = this.roleAnswers.get(actor);
    if (!known || known.role !== actor.role) {
      known = { role: actor.role, aliases: actor.aliases.size, described: [actor.role ?? '', ...actor.aliases].join(' ').toLowerCase(), byHead: new Map() };
      this.roleAnswers.set(actor, known);
    } else if (known.aliases !== actor.aliases.size) {
      const added = [...actor.aliases].slice(known.aliases);
      known.described += ` ${added.join(' ').toLowerCase()}`;
      known.aliases = actor.aliases.size;
      for (const [asked, answer] of known.byHead) if (!answer) known.byHead.delete(asked);
    }
    let answer = known.byHead.get(head);
    if (answer === undefined) {
      const described = known.described;
      answer = roleForms(head).some((form) => form.test(described));
      known.byHead.set(head, answer);
    }
    return answer;
  }

  private addAlias(actor: ActorDraft, alias: string): void {
    this.journal.addToSet(actor.aliases, alias);
  }

  private setLatest(actor: ActorDraft): void {
    this.journal.assign(this.latest, 'person', actor);
  }

  constructor(people: readonly KnownPerson[]) {
    for (const person of people) {
      const actor = this.create(person.name, person.kind ?? 'person');
      actor.known = true;
      if (person.gender) actor.gender = person.gender;
      if (person.affiliation) actor.affiliation = person.affiliation;
      for (const alias of person.aliases ?? []) {
        actor.aliases.add(alias);
        this.byKey.set(norm(alias), actor);
      }
      for (const description of person.descriptions ?? []) {
        actor.aliases.add(description);
        this.byKey.set(norm(description), actor);
      }
    }
  }

  private create(name: string, kind: ActorKind): ActorDraft {
    const actor: ActorDraft = { index: this.actors.length, name, kind, aliases: new Set(), mentions: [], plural: false, known: false };
    this.journal.push(this.actors, actor);
    this.journal.mapSet(this.byKey, norm(name), actor);
    if (kind === 'organization') this.noteOrganizationName(actor);
    if (kind === 'person') {
      const surname = surnameOf(name);
      this.journal.mapSet(this.bySurname, norm(surname), actor);
      if (surname !== name && !this.byKey.has(norm(surname))) this.journal.mapSet(this.byKey, norm(surname), actor);
      const hint = firstNameGender(name);
      if (hint) actor.genderHint = hint;
    }
    return actor;
  }

  /**
   * The person most recently named in the article (a configured person the article never names is
   * no candidate): the highest-indexed person with a mention, other than an unidentified pronoun.
   */
  mostRecentPerson(): ActorDraft | null {
    const latest = this.latest.person;
    if (!latest || !latest.name.startsWith('unidentified')) return latest;
    // Renamed since (never in practice): look again.
    for (let i = this.actors.length - 1; i >= 0; i--) {
      const actor = this.actors[i];
      if (actor.kind === 'person' && actor.mentions.length > 0 && !actor.name.startsWith('unidentified')) return actor;
    }
    return null;
  }

  /** Records that `call` refers to `actor`. Kind and name never turn an actor into a candidate later, so the latest one is kept as it comes. */
  private mentioned(actor: ActorDraft, call: RegistryCall): void {
    this.journal.push(actor.mentions, call);
    if (actor.kind === 'person' && (!this.latest.person || actor.index > this.latest.person.index) && !actor.name.startsWith('unidentified')) this.setLatest(actor);
  }

  /**
   * Resolves a speaker or listener. `salient` marks subjects and speakers, which later pronouns
   * and titles prefer; listeners are never chosen for a pronoun.
   */
  resolve(call: RegistryCall): Resolution {
    const { mention: spoken, paragraph, salient, listener } = call;
    const mention = spoken.refersTo ?? spoken;
    const none: Resolution = { actor: null, rivals: [], unresolved: false };
    let actor: ActorDraft | null = null;
    let rivals: ActorDraft[] = [];
    switch (mention.kind) {
      case 'name': {
        actor = this.resolveName(mention);
        this.typeActor(actor, mention);
        // Whatever the words suggest, a name that speaks is someone ("Ban recalled"), unless it is
        // a function word or a nationality misread as a subject ("On", "But", "Japanese"); a place
        // that speaks stands for its government, and is still nobody "he" or "she" means.
        if (!listener && actor.entity === 'thing' && !isFunctionWord(mention.name ?? mention.text)) this.journal.assign(actor, 'entity', 'unknown');
        this.learnFromName(actor, mention);
        break;
      }
      case 'organization':
        actor = this.organizationDescribed(mention, paragraph) ?? this.resolveOrganization(mention.name ?? mention.text);
        break;
      case 'description': {
        // "the RT host", "the Ohio senator": a name typed as a body or a place is where the person works, not who they are.
        if (mention.name && mayBePerson(mention.entity)) {
          actor = this.resolveName(mention);
          break;
        }
        const known = this.byKey.get(norm(mention.text));
        if (known) {
          actor = known;
          break;
        }
        const personNoun = isPersonNoun(mention.head);
        if (mention.generic) {
          // "the actress", "the retired neurosurgeon": someone already in the story, when someone fits.
          // Several people described ("the report's authors") are not one person named before.
          actor = personNoun && mention.definite && !mention.plural
            ? this.holderOfRole(mention.head, paragraph) ?? this.lookBack((entry) => this.actorOf(entry).kind === 'person' && !entry.listener && entry.salient && mayBePerson(this.actorOf(entry).entity) && genderFits(this.actorOf(entry), mention.gender), paragraph, 1)
            : null;
          if (!actor) {
            // Several people described speak as a group (plural, as every description's actor below), whom a later "they" can mean.
            actor = this.create(mention.text.replace(/^(The|A|An)\s/, (m) => m.toLowerCase()), personNoun && mention.plural ? 'group' : 'person');
            this.journal.assign(actor, 'head', mention.head);
            this.journal.assign(actor, 'plural', mention.plural);
            // "the course", "the move": described, but nobody a pronoun can mean.
            if (!personNoun) this.journal.assign(actor, 'entity', 'thing');
          }
          break;
        }
        // "a New York judge": someone new, unnamed, whom nothing before refers to.
        const indefinite = !mention.definite;
        actor = indefinite ? null : this.holderOfRole(mention.head, paragraph)
          ?? this.lookBack((entry) => this.actorOf(entry).kind === 'anonymous' && this.actorOf(entry).head === mention.head, paragraph, 3)
          ?? this.lookBack((entry) => this.actorOf(entry).kind === 'person' && !entry.listener && entry.salient && describes(mention, this.actorOf(entry)), paragraph, 6)
          ?? this.lookBack((entry) => this.actorOf(entry).kind === 'person' && !entry.listener && describes(mention, this.actorOf(entry)), paragraph, 3);
        if (!actor) {
          // "The mayor" with nobody named before: a particular person, unnamed. "The official" stays anonymous.
          actor = this.create(mention.text.replace(/^(The|A|An)\s/, (m) => m.toLowerCase()), indefinite || ANONYMOUS_HEADS.has(mention.head) ? 'anonymous' : 'person');
          this.journal.assign(actor, 'head', mention.head);
          this.journal.assign(actor, 'plural', mention.plural);
          if (mention.gender) this.journal.assign(actor, 'gender', mention.gender);
        } else if (!actor.role && actor.kind === 'person') {
          this.journal.assign(actor, 'role', mention.text.replace(/^(the|The)\s+/, ''));
        }
        break;
      }
      case 'anonymous': {
        const key = norm(mention.text);
        actor = mention.definite
          ? this.lookBack((entry) => this.actorOf(entry).kind === 'anonymous' && this.actorOf(entry).head === mention.head, paragraph, 8) ?? this.byKey.get(key) ?? null
          : /^another\b/i.test(mention.text) ? null : this.byKey.get(key) ?? null;
        if (!actor) {
          actor = this.create(mention.text.replace(/^(The|A|An)\s/, (m) => m.toLowerCase()), 'anonymous');
          this.journal.assign(actor, 'head', mention.head);
          this.journal.assign(actor, 'plural', mention.plural);
          if (mention.gender) this.journal.assign(actor, 'gender', mention.gender);
        }
        break;
      }
      case 'vague':
      case 'document':
      case 'group': {
        if (mention.members) {
          actor = this.resolvePair(mention);
          break;
        }
        const key = norm(mention.text);
        actor = this.byKey.get(key) ?? (mention.kind === 'document' ? this.documentDescribed(mention, paragraph) : null);
        if (!actor) {
          actor = this.create(mention.text.replace(/^(The|A|An|Some|Many)\s/, (m) => m.toLowerCase()), mention.kind);
          if (mention.kind === 'document') this.journal.assign(actor, 'head', mention.head);
        }
        this.journal.assign(actor, 'plural', mention.plural);
        break;
      }
      case 'pronoun': {
        const gender = mention.pronoun;
        if (gender === 'male' || gender === 'female') {
          // Several people described ("the authors") are no "he" or "she".
          const candidates = this.candidates(paragraph, (a) => a.kind === 'person' && !a.plural && mayBePerson(a.entity) && genderFits(a, gender));
          // "A spokesman for the department said …. He declined to comment": the unnamed source who
          // spoke last in this paragraph, with no person named as a subject since. It keeps the
          // pronoun's gender as a named person does, so a "she" after its "he" is someone else.
          const unnamed = this.unnamedInFocus(paragraph, gender);
          if (!unnamed && !candidates.length) {
            // Nobody to refer to: the quote still has a speaker, named for what the text says.
            actor = this.unidentified(spoken.text);
            this.mentioned(actor, call);
            return { actor, rivals: [], unresolved: true };
          }
          actor = unnamed ?? candidates[0];
          // A tie-breaker only: between two recent subjects the text has not told apart, a first
          // name that fits ("Eleanor") beats one that says nothing ("Jordan").
          if (!unnamed && !genderEvidence(actor) && this.isRival(actor, paragraph, gender)) {
            // Only a rival as recent as the first choice: "Kerr Putney said …, but he said" is Putney,
            // whatever the first name of a man named a paragraph before.
            const since = this.lastSalientParagraph(actor);
            const fitting = candidates.slice(1, 3).find((c) => genderEvidence(c) === gender && this.isRival(c, paragraph, gender) && this.lastSalientParagraph(c) >= since);
            if (fitting) actor = fitting;
          }
          // A rival worth a finding is someone the text shows to be a person, not a name with no evidence
          // either way ("Commuters were…", "between Marlow and Dunmore").
          // A subject of the pronoun's own paragraph outranks someone who spoke only a paragraph before
          // ("Dean, a former captain, said …. '…,' he said" is Dean, whoever ended the last paragraph).
          const inFocus = this.lastSalientParagraph(actor) === paragraph;
          rivals = candidates.filter((c) => c !== actor && c.entity === 'person' && this.isRival(c, paragraph, gender) && !(inFocus && this.lastSalientParagraph(c) < paragraph));
          if (!actor.gender || actor.gender === 'unknown') this.journal.assign(actor, 'gender', gender);
          if (!this.isRival(actor, paragraph, gender)) rivals = [];
        } else if (gender === 'plural') {
          // "they": a group or several sources first, an organisation only from the same paragraph.
          actor = this.lookBack((entry) => this.actorOf(entry).plural && this.actorOf(entry).kind !== 'person' && !entry.listener, paragraph, 1)
            ?? this.lookBack((entry) => this.actorOf(entry).kind === 'organization' && !entry.listener, paragraph, 0)
            // A body the previous paragraph was about ("The Security Council met… They said").
            ?? this.lookBack((entry) => this.actorOf(entry).kind === 'organization' && entry.salient && !entry.listener, paragraph, 1);
          if (!actor) {
            actor = this.unidentified(spoken.text);
            this.mentioned(actor, call);
            return { actor, rivals: [], unresolved: true };
          }
        } else if (mention.head === 'it') {
          // "It says…": the last document or organisation talked about.
          // A report, review or study in the last sentences says more things than the body it names.
          actor = this.lookBack((entry) => this.actorOf(entry).kind === 'document' && !entry.listener && paragraph === entry.paragraph, paragraph, 0)
            ?? this.lookBack((entry) => (this.actorOf(entry).kind === 'document' || this.actorOf(entry).kind === 'organization') && !entry.listener, paragraph, 1);
          if (!actor) {
            actor = this.unidentified('it');
            this.journal.assign(actor, 'kind', 'document');
            this.mentioned(actor, call);
            return { actor, rivals: [], unresolved: false };
          }
        } else if (gender === 'first' && this.byline.author) {
          // "I" outside any quotation, in a column or a first-person piece: the byline's author.
          actor = this.resolveName(this.byline.author.mention);
          this.typeActor(actor, this.byline.author.mention);
        } else {
          return none;
        }
        break;
      }
    }
    if (!actor) return none;
    this.mentioned(actor, call);
    if (mention.kind !== 'pronoun' && !spoken.refersTo && mention.text !== actor.name) this.addAlias(actor, mention.text);
    this.journal.push(this.history, { actor, salient, listener, paragraph });
    return { actor, rivals, unresolved: false };
  }

  /** What a name mention tells of its actor besides its type: a gender and a role the text gives, if none yet. */
  private learnFromName(actor: ActorDraft, mention: Mention): void {
    if (mention.gender && !actor.gender) this.journal.assign(actor, 'gender', mention.gender);
    this.giveRole(actor, mention);
  }

  /** A name's title or apposition as the actor's role, unless the text gave one already ("Sen." reads "senator"). */
  private giveRole(actor: ActorDraft, mention: Mention): void {
    const role = mention.role ? roleFromTitle(mention.role) : null;
    if (role && !actor.role) this.journal.assign(actor, 'role', role);
  }

  /** Keeps the strongest evidence of what a named actor is: a person's title in one sentence outweighs an unclear capital in another. */
  private typeActor(actor: ActorDraft, mention: Mention): void {
    const type = mention.entity;
    if (!type || actor.entity === 'person' || actor.entity === type) return;
    if (actor.entity === undefined || type === 'person' || (actor.entity === 'unknown' && type !== 'thing')) this.journal.assign(actor, 'entity', type);
  }

  /**
   * The person the article gave a role with this head ("the mayor" after "Delia Marchetti, the mayor
   * of Port Ellis", "the senator" after "Sen. Ortiz"), most recent first.
   */
  private holderOfRole(head: string, paragraph: number): ActorDraft | null {
    // The history names the same few people again and again: each is read once per question, and that
    // first answer stands (reading an entry can add an alias to an actor during the search).
    const answers = new Map<ActorDraft, boolean>();
    const holds = (actor: ActorDraft): boolean => {
      if (actor.kind !== 'person' || !mayBePerson(actor.entity)) return false;
      let answer = answers.get(actor);
      if (answer === undefined) {
        answer = this.describedAs(actor, head);
        answers.set(actor, answer);
      }
      return answer;
    };
    // A speaker or subject holding the role first ("Sen. Marsh told Sen. Ortiz…. The senator said" is
    // Marsh); the one asked or told only when no one else holds it ("Gen. Dunn asked Adm. Harris….
    // The admiral said").
    return this.lookBack((entry) => !entry.listener && holds(this.actorOf(entry)), paragraph, ROLE_LOOKBACK_PARAGRAPHS)
      ?? this.lookBack((entry) => entry.listener && holds(this.actorOf(entry)), paragraph, ROLE_LOOKBACK_PARAGRAPHS);
  }

  /**
   * "the company", "The network", "the newspaper": the organisation of that sort the story named
   * last; null when the mention is a name or no organisation fits.
   */
  private organizationDescribed(mention: Mention, paragraph: number): ActorDraft | null {
    if (!mention.definite || /\p{Lu}/u.test(mention.name ?? mention.text.replace(/^The\s/, '')) || !ORGANIZATION_DESCRIPTIONS[mention.head]) return null;
    if (mention.text.split(/\s+/).length > 3) return null;
    const fits = (entry: HistoryEntry): boolean => {
      const actor = this.actorOf(entry);
      if (!/\p{Lu}/u.test(actor.name) || !organizationFits(actor.name, mention.head)) return false;
      // A name with no evidence of a person ("Northwind Radio") may be the organisation a description means.
      return actor.kind === 'organization' || (actor.kind === 'person' && actor.entity !== 'person' && !ORGANIZATION_DESCRIPTIONS[mention.head].generic);
    };
    // "Tessera Systems Inc., which runs Ridgeline's accounts, will… The company said": the body the
    // last sentences were about, a subject or speaker, before one named in passing.
    return this.lookBack((entry) => entry.salient && !entry.listener && fits(entry), paragraph, 1)
      ?? this.lookBack(fits, paragraph, ORGANIZATION_LOOKBACK_PARAGRAPHS);
  }

  /**
   * "The study found" after "a study published Wednesday": a definite document of few words means
   * the last document of the same head the story brought in; null when none did.
   */
  private documentDescribed(mention: Mention, paragraph: number): ActorDraft | null {
    if (!mention.definite || /^\p{Lu}/u.test(mention.text.replace(/^The\s/, '')) || mention.text.split(/\s+/).length > 3) return null;
    return this.lookBack((entry) => {
      const actor = this.actorOf(entry);
      return actor.kind === 'document' && actor.head === mention.head;
    }, paragraph, ORGANIZATION_LOOKBACK_PARAGRAPHS);
  }

  /** One actor per unresolved pronoun form ("he", "they"), so its quotes stay together. */
  private unidentified(pronoun: string): ActorDraft {
    const name = `unidentified (${pronoun.toLowerCase()})`;
    const existing = this.byKey.get(name);
    if (existing) return existing;
    const actor = this.create(name, pronoun.toLowerCase() === 'they' ? 'group' : 'person');
    this.journal.assign(actor, 'plural', pronoun.toLowerCase() === 'they');
    return actor;
  }

  private resolveName(mention: Mention): ActorDraft {
    const name = personName(mention);
    const key = norm(name);
    const words = name.split(/\s+/);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    if (words.length === 1 || mention.honorific) {
      // A surname after a full first reference ("Cleverly" -> James Cleverly).
      const bySurname = this.bySurname.get(norm(surnameOf(name))) ?? (words.length === 1 ? this.notedWithSurname(norm(name)) : null);
      if (bySurname) return bySurname;
      // "Meridian said" after "Meridian Health Partners": a body's short name, by its first word.
      const body = mention.kind === 'name' && words.length === 1 && !mention.honorific && !mention.gender && mention.entity !== 'person' ? this.organizationOpenedBy(key) : null;
      if (body) {
        this.journal.mapSet(this.byKey, key, body);
        return body;
      }
    } else {
      // A full name after a surname-only first reference upgrades that actor.
      const surnameOnly = this.byKey.get(norm(surnameOf(name)));
      if (surnameOnly && surnameOnly.kind === 'person' && surnameOnly.name.split(/\s+/).length === 1 && !surnameOnly.known) {
        this.addAlias(surnameOnly, surnameOnly.name);
        this.journal.assign(surnameOnly, 'name', name);
        // "Trump" in a headline, then "Donald Trump": the first name now tells what the surname alone could not.
        const hint = firstNameGender(name);
        if (hint && !surnameOnly.genderHint) this.journal.assign(surnameOnly, 'genderHint', hint);
        // A renamed actor may only now stop looking like an unidentified pronoun.
        if (surnameOnly.mentions.length && (!this.latest.person || surnameOnly.index > this.latest.person.index) && !name.startsWith('unidentified')) this.setLatest(surnameOnly);
        this.journal.mapSet(this.byKey, key, surnameOnly);
        this.journal.mapSet(this.bySurname, norm(surnameOf(name)), surnameOnly);
        return surnameOnly;
      }
    }
    return this.create(name, 'person');
  }

  /** "Mr. Grassley and Mr. Leahy": each person as always, and the two together as one plural source. */
  private resolvePair(mention: Mention): ActorDraft {
    const members = mention.members!.map((member) => {
      const person = this.resolveName(member);
      this.typeActor(person, member);
      this.giveRole(person, member);
      return person;
    });
    const name = members.map((member) => member.name).join(' and ');
    const actor = this.byKey.get(norm(name)) ?? this.create(name, 'group');
    this.journal.assign(actor, 'plural', true);
    return actor;
  }

  /** A person named in full earlier but not resolved yet ("Jim Justice, a businessman, …" before "Mr. Justice said"). */
  private notedWithSurname(surname: string): ActorDraft | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const mention = this.history[i].pending?.mention;
      if (mention?.kind !== 'name' || !mayBePerson(mention.entity)) continue;
      const full = personName(mention);
      // A full name resolves without this lookup, so the call cannot come back here.
      if (full.includes(' ') && !mention.honorific && norm(surnameOf(full)) === surname) return this.actorOf(this.history[i]);
    }
    return null;
  }

  /**
   * The one organisation named so far whose name of several words opens with `first` ("Meridian
   * Health Partners" for "Meridian"), resolved or only noted; null when none or several do.
   */
  private organizationOpenedBy(first: string): ActorDraft | null {
    let found: ActorDraft | null = null;
    const opens = (name: string) => nameFormsOf(norm(name)).opening === first;
    for (const actor of this.actors) {
      if (actor.kind !== 'organization' || formsOfActor(actor).opening !== first) continue;
      if (found && found !== actor) return null;
      found = actor;
    }
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const entry = this.history[i];
      const mention = entry.pending?.mention;
      if (mention?.kind !== 'organization' || !opens(mention.name ?? mention.text)) continue;
      const actor = this.actorOf(entry);
      if (found && found !== actor) return null;
      found = actor;
    }
    return found;
  }

  /** Keeps `organizationNameLengths` bounds as an organisation is named or renamed. */
  private noteOrganizationName(actor: ActorDraft): void {
    const { word, length } = formsOfActor(actor);
    const known = this.organizationNameLengths.get(word);
    if (!known || length < known.fewest || length > known.most) {
      this.journal.mapSet(this.organizationNameLengths, word, { fewest: Math.min(length, known?.fewest ?? length), most: Math.max(length, known?.most ?? length) });
    }
  }

  private resolveOrganization(name: string): ActorDraft {
    // "Beijing denied…", "Moscow warned…": a capital speaks for its government.
    const country = CAPITALS.get(norm(name));
    if (country) {
      const government = this.byKey.get(norm(country));
      if (government) {
        this.addAlias(government, name);
        return government;
      }
    }
    const key = norm(name);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    // "The Post" after "The New York Post", "the institute" after "the Public Policy Institute of
    // California": the same organisation by the word it is called by for short.
    // Every word of the short form is in the name: "the Supreme Court" is not the "U.S. Court of Appeals".
    const short = nameFormsOf(key);
    const lengths = this.organizationNameLengths.get(short.word);
    const similar = lengths !== undefined && lengths.most > short.length && this.actors.find((a) => {
      if (a.kind !== 'organization') return false;
      const named = formsOfActor(a);
      return named.word === short.word && short.length < named.length && short.words.every((word) => named.words.includes(word));
    });
    if (similar) {
      this.journal.mapSet(this.byKey, key, similar);
      return similar;
    }
    // "…, Water District Says" in the headline, then "the Kestrel Valley Water District said": the
    // short form came first; the body now has its full name, as a person named by surname first does.
    // Only a headline's short form, and only the words that end the full name: "The State Department"
    // of a story's body is no "Texas State Department of Health".
    const shortened = lengths !== undefined && lengths.fewest < short.length && this.actors.find((a) => {
      if (a.kind !== 'organization' || a.known || !a.mentions.length || !a.mentions.every((call) => call.paragraph === HEADLINE_PARAGRAPH)) return false;
      const named = formsOfActor(a);
      return named.word === short.word && named.length > 1 && named.length < short.length && endsWith(short.words, named.words);
    });
    if (shortened) {
      this.addAlias(shortened, shortened.name);
      this.journal.assign(shortened, 'name', name);
      this.noteOrganizationName(shortened);
      this.journal.mapSet(this.byKey, key, shortened);
      return shortened;
    }
    return this.create(name, 'organization');
  }

  /**
   * Notes a name that is not a speaker ("Sullivan's remarks", "met Yang Jiechi"): it becomes a
   * candidate for later pronouns and titles, resolved to an actor only if one of them asks.
   */
  note(call: RegistryCall): void {
    const mention = call.mention;
    if (mention.kind !== 'name' && mention.kind !== 'organization' && !mention.members) {
      this.resolve(call);
      return;
    }
    // A place or a thing ("Capitol Hill", "Presidential Debates") is nobody a pronoun or a title can mean.
    if (mention.entity === 'place' || mention.entity === 'thing') return;
    // The byline's author is whom "I" means, not a candidate for "he" or "she".
    if (mention.author) {
      if (!this.byline.author) this.journal.assign(this.byline, 'author', call);
      return;
    }
    this.journal.push(this.history, { actor: null, pending: call, salient: call.salient, listener: call.listener, paragraph: call.paragraph });
  }

  private actorOf(entry: HistoryEntry): ActorDraft {
    if (!entry.actor) {
      const call = entry.pending!;
      const mention = call.mention;
      const actor = mention.members ? this.resolvePair(mention) : mention.kind === 'organization' ? this.resolveOrganization(mention.name ?? mention.text) : this.resolveName(mention);
      if (mention.kind === 'name') {
        this.typeActor(actor, mention);
        this.learnFromName(actor, mention);
      }
      this.journal.assign(entry, 'actor', actor);
      this.mentioned(actor, call);
      this.journal.assign(entry, 'pending', undefined);
      return actor;
    }
    return entry.actor;
  }

  /**
   * Gives known actors the name mentions that no pronoun needed, so their mention lists are complete;
   * in steps, because a long article's history has tens of thousands of entries.
   */
  *settleInSteps(shouldPause: ShouldPause): Generator<void, void, void> {
    for (const [index, entry] of this.history.entries()) {
      if (index % ENTRIES_BETWEEN_PAUSES === ENTRIES_BETWEEN_PAUSES - 1 && shouldPause()) yield;
      if (entry.actor || !entry.pending) continue;
      const call = entry.pending;
      const name = personName(call.mention);
      const actor = this.byKey.get(norm(name)) ?? (name.includes(' ') ? undefined : this.bySurname.get(norm(name)));
      if (actor) this.journal.push(actor.mentions, call);
    }
  }

  private lookBack(test: (entry: HistoryEntry) => boolean, paragraph: number, paragraphs: number): ActorDraft | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const entry = this.history[i];
      if (paragraph - entry.paragraph > paragraphs) break;
      if (test(entry)) return this.actorOf(entry);
    }
    return null;
  }

  /**
   * People a pronoun could refer to, best first: subjects and speakers of this or the previous
   * paragraph, then anyone named in this paragraph ("Critics seized on Mr. Ortega's remarks, in which
   * he said"), then older subjects and speakers, then the rest.
   */
  private candidates(paragraph: number, fits: (actor: ActorDraft) => boolean): ActorDraft[] {
    const near: ActorDraft[] = [];
    const here: ActorDraft[] = [];
    const salient: ActorDraft[] = [];
    const others: ActorDraft[] = [];
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const entry = this.history[i];
      const distance = paragraph - entry.paragraph;
      if (distance > 4) break;
      if (entry.listener) continue;
      const actor = this.actorOf(entry);
      if (!fits(actor)) continue;
      const list = entry.salient ? (distance <= 1 ? near : salient) : distance === 0 ? here : others;
      if (!list.includes(actor)) list.push(actor);
    }
    const ordered: ActorDraft[] = [];
    for (const list of [near, here, salient, others]) for (const actor of list) if (!ordered.includes(actor)) ordered.push(actor);
    return ordered;
  }

  /**
   * The unnamed source a "he" or "she" means: the latest subject or speaker of this paragraph that
   * could be a single person is an anonymous one ("a spokesman", "an official") whose words do not
   * rule out the pronoun's gender. Null when a person was named as a subject since, or when the
   * source spoke in an earlier paragraph (there a named person is the likelier antecedent).
   */
  private unnamedInFocus(paragraph: number, gender: 'male' | 'female'): ActorDraft | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const entry = this.history[i];
      if (entry.paragraph !== paragraph) return null;
      if (!entry.salient || entry.listener) continue;
      const actor = this.actorOf(entry);
      if (actor.plural) continue;
      if (actor.kind === 'anonymous') return actor.head !== undefined && isPersonNoun(actor.head) && genderFits(actor, gender) ? actor : null;
      if (actor.kind === 'person' && mayBePerson(actor.entity)) return null;
    }
    return null;
  }

  /** The paragraph where the actor was last a subject or speaker, within the history window; -1 if never. */
  private lastSalientParagraph(actor: ActorDraft): number {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const entry = this.history[i];
      if (entry.salient && !entry.listener && entry.actor === actor) return entry.paragraph;
    }
    return -1;
  }

  // A rival is another compatible person who was a subject or speaker in this or the previous paragraph,
  // whose gender the text has not told apart.
  private isRival(actor: ActorDraft, paragraph: number, gender: 'male' | 'female'): boolean {
    if (actor.gender && actor.gender !== 'unknown' && actor.gender !== gender) return false;
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - HISTORY_WINDOW); i--) {
      const entry = this.history[i];
      if (paragraph - entry.paragraph > 1) break;
      if (entry.salient && !entry.listener && this.actorOf(entry) === actor) return true;
    }
    return false;
  }
}

/** The courtesy titles of NAME_HONORIFIC_PREFIX in the lower case of a registry key ("mr. sanders's campaign"). */
const HONORIFIC_PREFIX_ANY_CASE = new RegExp(NAME_HONORIFIC_PREFIX.source, 'i');

/** How an organisation's name can be shortened, worked out once per name: every organisation mention compares itself with every organisation. */
interface OrganizationNameForms {
  /** The word the name is shortened to: the body's word before "of" or "for", else the last ("the institute", "The Post"). */
  word: string;
  /** Its words for comparing a short form with it: no courtesy title, no possessive ("Mr. Sanders's campaign": sanders, campaign). */
  words: string[];
  /** How many words the name has. */
  length: number;
  /**
   * The first word of a body's name proper, or null ("meridian" of "Meridian Health Partners"): three
   * words or more, or a company's or body's word at its end ("Peabody Energy", "Census Bureau"); not
   * a name borrowed from a person ("the Trump Train").
   */
  opening: string | null;
}

const NAME_FORMS = new Map<string, OrganizationNameForms>();
const MAX_NAME_FORMS = 4096;

/**
 * The forms of an organisation's current name, kept with the actor: the scans over every
 * organisation (a short form, the opening word) then cost a few comparisons each, and a story of
 * thousands of bodies does not churn the bounded cache below.
 */
const ACTOR_NAME_FORMS = new WeakMap<ActorDraft, { name: string; forms: OrganizationNameForms }>();

function formsOfActor(actor: ActorDraft): OrganizationNameForms {
  const kept = ACTOR_NAME_FORMS.get(actor);
  if (kept && kept.name === actor.name) return kept.forms;
  const forms = nameFormsOf(norm(actor.name));
  ACTOR_NAME_FORMS.set(actor, { name: actor.name, forms });
  return forms;
}

/** The forms of a registry key (a name through `norm`). */
function nameFormsOf(key: string): OrganizationNameForms {
  let forms = NAME_FORMS.get(key);
  if (!forms) {
    const all = key.split(' ');
    const link = all.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for'));
    const unstopped = key.replace(/\.$/, '').split(' ');
    const last = unstopped[unstopped.length - 1];
    forms = {
      word: link > 0 ? all[link - 1] : all[all.length - 1],
      words: key.replace(HONORIFIC_PREFIX_ANY_CASE, '').split(' ').map((word) => word.replace(/['’]s?$/, '')),
      length: all.length,
      opening: unstopped.length > 1 && (unstopped.length > 2 || COMPANY_NAME_ENDINGS.has(last) || ORGANIZATION_WORDS.has(last)) ? unstopped[0] : null,
    };
    if (NAME_FORMS.size >= MAX_NAME_FORMS) NAME_FORMS.clear();
    NAME_FORMS.set(key, forms);
  }
  return forms;
}

/** Whether `words` end with `tail`, in order ("kestrel valley water district" ends with "water district"). */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  const offset = words.length - tail.length;
  return offset >= 0 && tail.every((word, index) => words[offset + index] === word);
}

/** Whether a description may mean a person the story named: gender that fits, and no role that rules it out. */
function describes(mention: Mention, actor: ActorDraft): boolean {
  if (!genderFits(actor, mention.gender) || !mayBePerson(actor.entity)) return false;
  // "the woman", "the congressman": someone the text shows to be of that gender, not any name ("a Marlow supporter … the woman").
  if (mention.gender && genderEvidence(actor) !== mention.gender) return false;
  if (STAFF_ROLES.has(mention.head) && actor.role && !actor.role.toLowerCase().includes(mention.head)) return false;
  // "the admiral" is not a general, "the governor" not a senator: a rank or office the story gave
  // someone rules out a description headed by another.
  return !(ROLE_FORMS.has(mention.head) && actor.role && holdsOtherRank(actor.role.toLowerCase(), mention.head));
}

/** Whether a role is written with a rank or office of ROLE_FORMS other than `head` and none of `head`'s forms. */
function holdsOtherRank(role: string, head: string): boolean {
  const words = role.split(/[\s,]+/);
  if (ROLE_FORMS.get(head)?.some((form) => words.includes(form))) return false;
  return words.some((word) => word !== head && ROLE_FORMS.has(word));
}

/** The gender a name's first word suggests ("Eleanor Voss"), if the lexicon knows it as a first name. */
function firstNameGender(name: string): 'male' | 'female' | undefined {
  const first = name.split(/\s+/)[0].toLowerCase();
  if (hasTag(first, 'MaleName')) return 'male';
  if (hasTag(first, 'FemaleName')) return 'female';
  return undefined;
}

/** The gender the text states for an actor, else the one its first name suggests. */
function genderEvidence(actor: ActorDraft): 'male' | 'female' | 'nonbinary' | undefined {
  return actor.gender && actor.gender !== 'unknown' ? actor.gender : actor.genderHint;
}

function genderFits(actor: ActorDraft, gender: 'male' | 'female' | undefined): boolean {
  if (!gender) return true;
  const known = genderEvidence(actor);
  return !known || known === gender || known === 'nonbinary';
}
