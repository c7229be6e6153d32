// The word tables are data: each verb and word written once, and everything derived from them
// (cue forms, headline cues, the loaded-verb rule and its README text) agrees with them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine';
import { CueLexicon } from '../../src/engine/cues';
import {
  ADDRESSEE_OPENERS, ADJUNCT_OPENERS, ANONYMITY_REASONS, ANONYMOUS_HEADS, APPOSITIVE_RELATIVES, CLAUSE_SUBJECT_OPENERS, LIGHT_VERB_FORMS, POSSESSIVE_DETERMINERS,
  PREPOSITIONS, PRONOUN_FORMS, PRONOUNS, QUANTITY, REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS, SPEAKER_OPENERS, STAFF_HEADS, STAFF_ROLES, SUBJECT_PRONOUNS, TITLE_WORDS, VAGUE_PHRASES, WORD_CLASS_LISTS,
} from '../../src/engine/lexicon';
import { HONORIFICS, HONORIFIC_TABLE, NAME_HONORIFIC_PREFIX } from '../../src/engine/lexicon/honorifics';
import { REPORTING_VERBS, inflect, reportingVerb } from '../../src/engine/lexicon/verbs';
import { RULES, loadedVerbsInWords } from '../../src/engine/rules';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
const CUE_CLASSES = new Set(['speech', 'thought', 'stance', 'judgement']);

describe('reporting-verb table', () => {
  it('lists each verb once, in one class', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const record of REPORTING_VERBS) {
      const head = record.verb.split(' ')[0];
      if (seen.has(head)) twice.push(`${record.verb} (${record.class}, and ${seen.get(head)})`);
      seen.set(head, record.class);
    }
    assert.deepEqual(twice, []);
  });

  it('gives no two cue verbs the same surface form, so the order of the classes decides nothing', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const record of REPORTING_VERBS) {
      if (!CUE_CLASSES.has(record.class)) continue;
      for (const [form] of inflect(record.verb.split(' ')[0])) {
        const other = owner.get(form);
        if (other !== undefined && other !== record.verb) shared.push(`${form}: ${other}, ${record.verb}`);
        owner.set(form, record.verb);
      }
    }
    assert.deepEqual(shared, []);
  });

  it('writes each verb in its base form, lower case, with its listed forms starting from it', () => {
    for (const record of REPORTING_VERBS) {
      assert.match(record.verb, /^[a-z]+( [a-z]+)?$/, record.verb);
      if (record.forms) assert.equal(record.forms[0], record.verb, record.verb);
    }
  });

  it('inflects regular verbs by rule and irregular ones from the table', () => {
    assert.deepEqual(inflect('note').map(([form]) => form), ['note', 'notes', 'noted', 'noting']);
    assert.deepEqual(inflect('deny').map(([form]) => form), ['deny', 'denies', 'denied', 'denying']);
    assert.deepEqual(inflect('tell'), [['tell', 'base'], ['tells', 'present'], ['told', 'past'], ['telling', 'gerund']]);
  });

  it('builds the cue lexicon from the table: classes and flags reach every form', () => {
    const cues = new CueLexicon();
    assert.equal(cues.get('warned')?.speech, true);
    assert.equal(cues.get('told')?.listener, true);
    assert.equal(cues.get('fears')?.belief, true);
    assert.equal(cues.get('opposed')?.speech, false);
    assert.equal(cues.get('claimed')?.loaded, true);
    assert.equal(cues.get('calling')?.naming, true);
    assert.equal(reportingVerb(cues.get('found')!.lemma)?.endsUpWithReflexive, true, '"found herself" is where she ended up (who-is-who: variant-found-herself-is-no-speech)');
    assert.equal(cues.has('ripped'), false, 'a headline-only verb is no cue in body text');
    assert.equal(cues.has('deem'), false, 'an if-added verb is no cue until the newsroom adds it');
    assert.equal(new CueLexicon(['deem']).get('deemed')?.naming, true);
  });

  it('lets the newsroom\'s own cue verbs attribute in headlines as the built-in ones do', () => {
    const headline = (config: { cueVerbs?: string[] }) =>
      analyze('Marchetti Deadpans Bridge Will Outlast Us All\n\nThe bridge closed on Monday.\n', { config })
        .quotes.map((quote) => [quote.text, quote.speaker?.mention?.text, quote.cue?.text]);
    assert.deepEqual(headline({}), []);
    assert.deepEqual(headline({ cueVerbs: ['deadpan'] }), [['Bridge Will Outlast Us All', 'Marchetti', 'Deadpans']]);
    assert.equal(new CueLexicon().isHeadlineCue('vows'), true);
    assert.equal(new CueLexicon().isHeadlineCue('said'), true);
  });

  it('derives the loaded-verb rule text, and the README says the same', () => {
    const loaded = REPORTING_VERBS.filter((record) => record.loaded).map((record) => inflect(record.verb)[2][0]);
    for (const verb of loaded) assert.ok(RULES['loaded-verb'].description.toLowerCase().includes(`"${verb}"`), verb);
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## loaded-verb'), readme.indexOf('\n## ', readme.indexOf('## loaded-verb') + 1)).replace(/\s+/g, ' ');
    assert.ok(section.includes(`judges the speaker: ${loadedVerbsInWords()}.`), `README's loaded-verb rule should list ${loadedVerbsInWords()}`);
  });
});

describe('word classes', () => {
  it('write each word of a class once, in lower case', () => {
    const lists: Record<string, readonly string[]> = { ...WORD_CLASS_LISTS, VAGUE_PHRASES, ANONYMITY_REASONS };
    assert.ok(Object.keys(WORD_CLASS_LISTS).length >= 10, 'the word classes register their lists');
    for (const [name, words] of Object.entries(lists)) {
      assert.deepEqual(words.filter((word, index) => words.indexOf(word) !== index), [], `${name} lists a word twice`);
      for (const word of words) assert.equal(word, word.toLowerCase(), `${name}: ${word}`);
    }
  });

  it('count every pronoun the speaker rules know among the pronoun forms the editor skips', () => {
    assert.deepEqual(Object.keys(PRONOUNS).filter((pronoun) => !PRONOUN_FORMS.has(pronoun)), []);
    const forms = [...SUBJECT_PRONOUNS, ...POSSESSIVE_DETERMINERS, ...REFLEXIVE_PRONOUNS];
    assert.deepEqual(forms.filter((form) => !PRONOUN_FORMS.has(form)), [], 'a subject, possessive or reflexive form the editor would take for a name');
    assert.deepEqual([...SUBJECT_PRONOUNS].filter((pronoun) => !PRONOUNS[pronoun]), [], 'a subject pronoun the speaker rules cannot resolve');
  });

  it('build the classes of opening words from their parts', () => {
    assert.deepEqual([...SPEAKER_OPENERS].filter((word) => !CLAUSE_SUBJECT_OPENERS.has(word)), [], 'what opens a speaker opens a clause\'s subject');
    assert.deepEqual([...PREPOSITIONS].filter((word) => !ADJUNCT_OPENERS.has(word)), [], 'every preposition opens an adjunct');
    assert.ok(ADDRESSEE_OPENERS.has('her') && ADDRESSEE_OPENERS.has('him') && ADDRESSEE_OPENERS.has('these'));
    assert.equal(ADDRESSEE_OPENERS.has('that'), false, '"to that end" addresses no one');
  });

  it('know every staff role as a role or an anonymous source\'s head', () => {
    assert.deepEqual([...STAFF_ROLES].filter((role) => !ROLE_NOUNS.has(role) && !TITLE_WORDS.has(role) && !ANONYMOUS_HEADS.has(role)), []);
  });

  it('open a clause on the head before it with a relative pronoun that can be its subject, not "whom"', () => {
    assert.deepEqual([...APPOSITIVE_RELATIVES].filter((word) => !RELATIVE_PRONOUNS.has(word)), []);
    assert.ok(RELATIVE_PRONOUNS.has('whom') && !APPOSITIVE_RELATIVES.has('whom') && !RELATIVE_PRONOUNS.has('that'));
  });

  it('know the light verbs of a speech act in every finite form, and not hold or take', () => {
    for (const form of ['sound', 'sounds', 'sounded', 'voiced', 'expresses', 'issued', 'made', 'gave', 'struck', 'has']) assert.ok(LIGHT_VERB_FORMS.has(form), form);
    for (const form of ['sounding', 'held', 'holds', 'took', 'take']) assert.equal(LIGHT_VERB_FORMS.has(form), false, form);
  });

  it('add to a rank only the staff roles held for someone else, not an office of one\'s own', () => {
    assert.deepEqual([...STAFF_HEADS].filter((role) => !STAFF_ROLES.has(role)), [], 'every staff head is a staff role');
    for (const office of ['secretary', 'assistant', 'staffer']) assert.equal(STAFF_HEADS.has(office), false, office);
    assert.ok(STAFF_HEADS.has('spokeswoman') && STAFF_HEADS.has('aide'));
  });

  it('find a quantity by a figure or a whole quantity word, not inside another word', () => {
    for (const text of ['About 9 percent', 'at least half', 'about two-thirds', 'A Majority of voters']) assert.ok(QUANTITY.test(text), text);
    for (const text of ['In a statement', 'almost everyone', 'the mostly empty hall']) assert.equal(QUANTITY.test(text), false, text);
  });

  it('derive the honorifics from one table: forms, gender and the prefix a name drops', () => {
    const forms = HONORIFIC_TABLE.flatMap((honorific) => honorific.forms);
    assert.equal(new Set(forms).size, forms.length, 'an honorific form listed twice');
    assert.equal(HONORIFICS.size, forms.length);
    assert.equal('Mr. Bown'.replace(NAME_HONORIFIC_PREFIX, ''), 'Bown');
    assert.equal('Sen Perdue'.replace(NAME_HONORIFIC_PREFIX, ''), 'Perdue');
    assert.equal('Lady Gaga'.replace(NAME_HONORIFIC_PREFIX, ''), 'Lady Gaga', 'only honorifics marked as dropped are dropped');
  });

  it('match the vague phrases the README gives as examples', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## vague-attribution'), readme.indexOf('**Why editors care.**', readme.indexOf('## vague-attribution')));
    const examples = [...section.replace(/\s+/g, ' ').matchAll(/"([^"]+)"/g)].map((match) => match[1].toLowerCase());
    assert.ok(examples.length >= 4);
    for (const example of examples) assert.ok(VAGUE_PHRASES.includes(example), `README example "${example}" is not a vague phrase`);
  });
});
