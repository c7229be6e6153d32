// Who is who (issue 13) as data: every example sentence of the issue, and variants of them, each in
// a few fictional sentences that make the answer determinate for a reader. No runner here: a test
// wires these to the engine's API (analyze, the quote that overlaps `quote`, its speaker and actor).
//
// Fields:
// - text: what is analysed, as it stands (the column case carries its own headline and byline).
// - quote: words inside the reported content of the quote under test (a substring of text).
// - speakerMention: the words in the attribution that name the speaker, as they occur nearest to
//   `quote` (see locate); null when the text has no speaker for those words at all.
// - mentionKind: how the speaker is mentioned (name, pronoun, description).
// - resolvedName: the entity the mention refers to, by the fullest name the text uses (the
//   corpus's dev-speakers.jsonl convention: "Strait administration" for "the administration",
//   several people joined by " and "); null for unnamed groups, anonymous sources, unnamed
//   documents, and where no one speaks.
// - entityKind: what the speaker is (the engine's ActorKind); null where no one speaks.
// - cue: the attribution verb or phrase, where it matters; role: the speaker's whole title or
//   description, where the case is about it; notSpeakers: words that must not become a speaker
//   (nor, for a role case, the speaker's role); diagnostic: a finding the case requires there.
import type { ActorKind, DiagnosticCode } from '../../src/engine/types';

export type MentionKind = 'name' | 'pronoun' | 'description';

export interface WhoIsWhoCase {
  id: string;
  /** 'issue': an example sentence of issue 13, restated; 'variant': one of ours on the same pattern. */
  source: 'issue' | 'variant';
  text: string;
  quote: string;
  speakerMention: string | null;
  mentionKind: MentionKind | null;
  resolvedName: string | null;
  entityKind: ActorKind | null;
  cue?: string;
  role?: string;
  notSpeakers?: string[];
  diagnostic?: DiagnosticCode;
  notes: string;
}

export const WHO_IS_WHO_CASES: WhoIsWhoCase[] = [
  // --- Pronouns land on things that cannot speak ---------------------------------------------
  {
    id: 'issue-she-after-capitol-hill',
    source: 'issue',
    text: 'Marguerite Ellison spent 20 years as a lobbyist before she ran for Congress. Nothing about the job surprised her after so many years on Capitol Hill, she said.',
    quote: 'Nothing about the job surprised her after so many years on Capitol Hill',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Marguerite Ellison', entityKind: 'person', cue: 'said',
    notSpeakers: ['Capitol Hill', 'Congress'],
    notes: '"she said" right after a place name: a place never speaks; the woman named before does.',
  },
  {
    id: 'issue-she-after-wall-street',
    source: 'issue',
    text: 'Dana Whitfield, a former bond trader, now teaches economics at Lowell High School. “My students think money is made on Wall Street,” she said. “Most of it is made in places like this one.”',
    quote: '“My students think money is made on Wall Street,”',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Dana Whitfield', entityKind: 'person', cue: 'said',
    notSpeakers: ['Wall Street', 'Lowell High School'],
    notes: 'The place is inside the quote, the pronoun right after it; the school is a building.',
  },
  {
    id: 'issue-she-after-the-sec',
    source: 'issue',
    text: 'Lorraine Pak, a lawyer for the fund, said the filing was routine. The fund had answered every question from the SEC within a week, she said.',
    quote: 'The fund had answered every question from the SEC within a week',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Lorraine Pak', entityKind: 'person', cue: 'said',
    notSpeakers: ['SEC'],
    notes: 'An organisation is never "she".',
  },
  {
    id: 'issue-she-after-sentence-initial-politics',
    source: 'issue',
    text: 'Teresa Bolaño taught chemistry for 25 years before she was elected to the town council. Politics was never part of the plan, she said.',
    quote: 'Politics was never part of the plan',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Teresa Bolaño', entityKind: 'person', cue: 'said',
    notSpeakers: ['Politics'],
    notes: 'A capitalised word at the start of a sentence is not a name by itself.',
  },
  {
    id: 'issue-he-after-sentence-initial-when',
    source: 'issue',
    text: 'Gareth Moody has coached the Eastfield girls’ soccer team since 2009. When asked about the budget cut, he said the team would sell its bus and start carpooling.',
    quote: 'the team would sell its bus and start carpooling',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Gareth Moody', entityKind: 'person', cue: 'said',
    notSpeakers: ['When'],
    notes: '"When" opens the sentence and is no one.',
  },
  {
    id: 'issue-he-after-sentence-initial-looking',
    source: 'issue',
    text: 'Harlan Best ran the Cutler Bay shipyard for 30 years. Looking back, he said, the worst decision was selling the dry dock.',
    quote: 'the worst decision was selling the dry dock',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Harlan Best', entityKind: 'person', cue: 'said',
    notSpeakers: ['Looking', 'Cutler Bay'],
    notes: 'A participle opening the sentence is not a name; the attribution sits inside the content.',
  },
  {
    id: 'issue-he-after-cyber-command',
    source: 'issue',
    text: 'Col. Anders Kvist spent four years at Cyber Command before he retired in March. The unit was short of trained staff for most of that time, he said.',
    quote: 'The unit was short of trained staff for most of that time',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Anders Kvist', entityKind: 'person', cue: 'said',
    notSpeakers: ['Cyber Command'],
    notes: 'An organisation named between the man and "he".',
  },
  {
    id: 'issue-he-after-democrats',
    source: 'issue',
    text: 'State Rep. Milo Farrant broke with Democrats on the spending bill. “I was elected to read the bill, not to count heads,” he said.',
    quote: '“I was elected to read the bill, not to count heads,”',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Milo Farrant', entityKind: 'person', cue: 'said',
    role: 'state representative',
    notSpeakers: ['Democrats'],
    notes: 'A party (a group) is never "he".',
  },
  {
    id: 'issue-it-noted-after-europe',
    source: 'issue',
    text: 'The Harwell Institute released its annual energy review on Tuesday. Electricity prices in Europe had fallen for the first time in four years, it noted.',
    quote: 'Electricity prices in Europe had fallen for the first time in four years',
    speakerMention: 'it', mentionKind: 'pronoun', resolvedName: 'Harwell Institute', entityKind: 'organization', cue: 'noted',
    notSpeakers: ['Europe'],
    notes: '"it" is the organisation of the sentence before, not the continent that stands beside it.',
  },

  // --- Descriptions followed back -------------------------------------------------------------
  {
    id: 'issue-the-newspaper-wrote',
    source: 'issue',
    text: 'The Marlow Gazette obtained a copy of the draft budget on Sunday. The newspaper wrote that the plan would cut library hours by a third.',
    quote: 'the plan would cut library hours by a third',
    speakerMention: 'The newspaper', mentionKind: 'description', resolvedName: 'Marlow Gazette', entityKind: 'organization', cue: 'wrote',
    notes: '"the newspaper" is the paper named before.',
  },
  {
    id: 'issue-the-company',
    source: 'issue',
    text: 'Brightwater Foods Inc. recalled 40,000 jars of peanut butter on Friday after a supplier reported possible contamination. The company said no illnesses had been reported.',
    quote: 'no illnesses had been reported',
    speakerMention: 'The company', mentionKind: 'description', resolvedName: 'Brightwater Foods Inc.', entityKind: 'organization', cue: 'said',
    notes: '"Inc." marks the organisation; "a supplier" is not the company.',
  },
  {
    id: 'issue-the-network',
    source: 'issue',
    text: 'Meridian News Network aired the video on Monday night. The network said it had confirmed the footage with two people who were at the scene.',
    quote: 'it had confirmed the footage with two people who were at the scene',
    speakerMention: 'The network', mentionKind: 'description', resolvedName: 'Meridian News Network', entityKind: 'organization', cue: 'said',
    notes: 'A broadcaster described by what it is.',
  },
  {
    id: 'issue-the-group',
    source: 'issue',
    text: 'Friends of Lowry Park, a volunteer group, has cleared trash from the creek every spring since 1998. The group said it would go to court to stop the parking garage.',
    quote: 'it would go to court to stop the parking garage',
    speakerMention: 'The group', mentionKind: 'description', resolvedName: 'Friends of Lowry Park', entityKind: 'organization', cue: 'said',
    notSpeakers: ['Lowry Park'],
    notes: 'A named group is an organisation; the park in its name is not the speaker.',
  },
  {
    id: 'issue-the-bank',
    source: 'issue',
    text: 'Eastmarch Bank raised the rate on its savings accounts for the third time this year. The bank said further increases were unlikely before spring.',
    quote: 'further increases were unlikely before spring',
    speakerMention: 'The bank', mentionKind: 'description', resolvedName: 'Eastmarch Bank', entityKind: 'organization', cue: 'said',
    notes: '"Bank" in the name marks the organisation.',
  },
  {
    id: 'issue-the-administration',
    source: 'issue',
    text: 'The Strait administration proposed on Monday to close two state prisons. The administration said the closures would save $70 million a year.',
    quote: 'the closures would save $70 million a year',
    speakerMention: 'The administration', mentionKind: 'description', resolvedName: 'Strait administration', entityKind: 'organization', cue: 'said',
    notes: 'An administration is an organisation; the figure is sourced in its own sentence.',
  },
  {
    id: 'issue-the-senator',
    source: 'issue',
    text: 'Sen. Rosalind Kettering voted against the hospital bill on Thursday. The senator said the measure would leave rural hospitals without enough nurses.',
    quote: 'the measure would leave rural hospitals without enough nurses',
    speakerMention: 'The senator', mentionKind: 'description', resolvedName: 'Rosalind Kettering', entityKind: 'person', cue: 'said',
    role: 'senator',
    notes: 'A title used as a description refers to the person who holds it.',
  },
  {
    id: 'issue-the-63-year-old-senator',
    source: 'issue',
    text: 'Sen. Walter Greaves, who has served in the Senate since 1999, announced on Monday that he would not seek a sixth term. The 63-year-old senator said he wanted to spend more time with his grandchildren.',
    quote: 'he wanted to spend more time with his grandchildren',
    speakerMention: 'The 63-year-old senator', mentionKind: 'description', resolvedName: 'Walter Greaves', entityKind: 'person', cue: 'said',
    notSpeakers: ['Senate'],
    notes: 'An age before the title.',
  },
  {
    id: 'issue-her-campaign',
    source: 'issue',
    text: 'Mayor Celeste Amundsen is running for a third term. Her campaign said it had raised $1.1 million in the first three months of the year.',
    quote: 'it had raised $1.1 million in the first three months of the year',
    speakerMention: 'Her campaign', mentionKind: 'description', resolvedName: 'Amundsen campaign', entityKind: 'organization', cue: 'said',
    notes: 'A possessive: the campaign of the person "her" is.',
  },

  // --- Phantom sources --------------------------------------------------------------------------
  {
    id: 'issue-phantom-new-fee',
    source: 'issue',
    text: 'The Riverton council approved a stormwater fee on Tuesday. The new fee will add about $9 a month to a typical household’s bill.',
    quote: 'The new fee will add about $9 a month to a typical household’s bill',
    speakerMention: null, mentionKind: null, resolvedName: null, entityKind: null,
    notSpeakers: ['new fee', 'fee'],
    diagnostic: 'unsourced-claim',
    notes: 'No one is quoted: the fee is not a speaker, and the figure has no source.',
  },
  {
    id: 'issue-relative-clause-parents-who-oppose',
    source: 'issue',
    text: 'The school board voted 5-2 on Monday to close Wendell Elementary. Parents who oppose the closure said they would ask the state to step in.',
    quote: 'they would ask the state to step in',
    speakerMention: 'Parents', mentionKind: 'description', resolvedName: null, entityKind: 'group', cue: 'said',
    notSpeakers: ['who'],
    notes: 'The speaker is the head of the subject ("Parents"), the cue the main verb ("said"), not "who" / "oppose".',
  },

  // --- Roles --------------------------------------------------------------------------------------
  {
    id: 'issue-role-apposition-nurse',
    source: 'issue',
    text: 'Ruth Okoye, a nurse who has lived here for 30 years, said the clinic closure would force her neighbors to drive an hour for care. An aide said the county administrator had pushed for the closure over the objections of two board members.',
    quote: 'the clinic closure would force her neighbors to drive an hour for care',
    speakerMention: 'Ruth Okoye', mentionKind: 'name', resolvedName: 'Ruth Okoye', entityKind: 'person', cue: 'said',
    role: 'nurse',
    notSpeakers: ['county administrator'],
    notes: 'Her role is her own apposition, never "county administrator" from the aide\'s sentence.',
  },
  {
    id: 'issue-role-description-inside-statement',
    source: 'issue',
    text: 'Ruth Okoye, a nurse who has lived here for 30 years, said the clinic closure would force her neighbors to drive an hour for care. An aide said the county administrator had pushed for the closure over the objections of two board members.',
    quote: 'the county administrator had pushed for the closure over the objections of two board members',
    speakerMention: 'An aide', mentionKind: 'description', resolvedName: null, entityKind: 'anonymous', cue: 'said',
    notSpeakers: ['Ruth Okoye', 'county administrator'],
    notes: 'A description inside another source\'s statement is not merged into the person named nearby.',
  },
  {
    id: 'issue-role-budget-director',
    source: 'issue',
    text: 'Budget Director Alan Wu said the city would end the fiscal year with a $4 million surplus.',
    quote: 'the city would end the fiscal year with a $4 million surplus',
    speakerMention: 'Budget Director Alan Wu', mentionKind: 'name', resolvedName: 'Alan Wu', entityKind: 'person', cue: 'said',
    role: 'Budget Director',
    notes: 'The whole title, not "Director".',
  },
  {
    id: 'issue-role-chief-bridge-engineer',
    source: 'issue',
    text: 'Mateo Lindahl, the city’s chief bridge engineer, said the deck would have to be replaced by 2030.',
    quote: 'the deck would have to be replaced by 2030',
    speakerMention: 'Mateo Lindahl', mentionKind: 'name', resolvedName: 'Mateo Lindahl', entityKind: 'person', cue: 'said',
    role: 'city’s chief bridge engineer',
    notes: 'The whole apposition, not "city’s chief".',
  },
  {
    id: 'issue-role-apposition-union-president',
    source: 'issue',
    text: 'Lena Ortiz, president of the teachers’ union, said the contract offer did not keep pace with inflation.',
    quote: 'the contract offer did not keep pace with inflation',
    speakerMention: 'Lena Ortiz', mentionKind: 'name', resolvedName: 'Lena Ortiz', entityKind: 'person', cue: 'said',
    role: 'president of the teachers’ union',
    notSpeakers: ['president of the teachers’ union', 'teachers’ union'],
    notes: 'The apposition belongs to the name beside it and is never a source of its own.',
  },
  {
    id: 'issue-the-union-president-later',
    source: 'issue',
    text: 'Lena Ortiz, president of the teachers’ union, said the contract offer did not keep pace with inflation. Teachers will vote on the offer next week, the union president said.',
    quote: 'Teachers will vote on the offer next week',
    speakerMention: 'the union president', mentionKind: 'description', resolvedName: 'Lena Ortiz', entityKind: 'person', cue: 'said',
    notes: 'A later description matches the role given in the apposition.',
  },

  // --- Attribution patterns ---------------------------------------------------------------------
  {
    id: 'issue-said-dairy-farmer-and-board-member',
    source: 'issue',
    text: '“We can’t plan a harvest around a road that might close any week,” said dairy farmer and school board member Joan Pelletier.',
    quote: '“We can’t plan a harvest around a road that might close any week,”',
    speakerMention: 'Joan Pelletier', mentionKind: 'name', resolvedName: 'Joan Pelletier', entityKind: 'person', cue: 'said',
    role: 'dairy farmer and school board member',
    notes: 'The speaker after the verb, behind a long title of two roles.',
  },
  {
    id: 'issue-was-quoted-as-saying',
    source: 'issue',
    text: 'Transit chief Omar Reyes-Hall defended the fare increase last year. In March he was quoted as saying that fares would not rise again before 2027.',
    quote: 'fares would not rise again before 2027',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Omar Reyes-Hall', entityKind: 'person', cue: 'was quoted as saying',
    notes: 'A passive cue with the speaker as its subject.',
  },
  {
    id: 'issue-some-parents-believe',
    source: 'issue',
    text: 'The district plans to move the start of high school classes to 7:20 a.m. Some parents believe the change will hurt students who work after school.',
    quote: 'the change will hurt students who work after school',
    speakerMention: 'Some parents', mentionKind: 'description', resolvedName: null, entityKind: 'group', cue: 'believe',
    diagnostic: 'vague-attribution',
    notes: 'A vague plural subject with an opinion verb is vague sourcing.',
  },
  {
    id: 'issue-in-a-statement',
    source: 'issue',
    text: 'Harlow Mining Co. did not make anyone available for an interview. In a statement, the company said the spill had been contained within six hours.',
    quote: 'the spill had been contained within six hours',
    speakerMention: 'the company', mentionKind: 'description', resolvedName: 'Harlow Mining Co.', entityKind: 'organization', cue: 'said',
    notes: '"In a statement" before the speaker; "Co." marks the organisation.',
  },
  {
    id: 'issue-capital-stands-for-government',
    source: 'issue',
    text: 'Relations between the two countries have cooled since the border incident in June. Beijing said on Friday that it would send a delegation to the talks.',
    quote: 'it would send a delegation to the talks',
    speakerMention: 'Beijing', mentionKind: 'name', resolvedName: 'Beijing', entityKind: 'organization', cue: 'said',
    notes: 'A capital that speaks stands for its government: an organisation, not a place.',
  },
  {
    id: 'issue-apposition-retired-teacher',
    source: 'issue',
    text: 'Gus Harlan, a retired teacher, said the crosswalk on Elm Street had been repainted twice in a year and was already fading.',
    quote: 'the crosswalk on Elm Street had been repainted twice in a year and was already fading',
    speakerMention: 'Gus Harlan', mentionKind: 'name', resolvedName: 'Gus Harlan', entityKind: 'person', cue: 'said',
    role: 'retired teacher',
    notSpeakers: ['Elm Street'],
    notes: 'An apposition is evidence of a person.',
  },

  // --- Pronouns with agreement and salience ---------------------------------------------------------
  {
    id: 'issue-it-for-a-document',
    source: 'issue',
    text: 'The state auditor released a review of the Parks Department on Monday. It found that the department had overpaid two contractors by a total of $2.3 million.',
    quote: 'the department had overpaid two contractors by a total of $2.3 million',
    speakerMention: 'It', mentionKind: 'pronoun', resolvedName: null, entityKind: 'document', cue: 'found',
    notSpeakers: ['Parks Department'],
    notes: '"It" is the review (an unnamed document), not the department it reviewed.',
  },
  {
    id: 'issue-they-for-several-people',
    source: 'issue',
    text: 'Ana Ruiz and Peter Holloway have run the Northside food pantry together since 2015. They said donations had fallen by half since the summer.',
    quote: 'donations had fallen by half since the summer',
    speakerMention: 'They', mentionKind: 'pronoun', resolvedName: 'Ana Ruiz and Peter Holloway', entityKind: 'group', cue: 'said',
    notes: '"they" for several people named together.',
  },
  {
    id: 'issue-they-for-a-group-of-people',
    source: 'issue',
    text: 'Tenants of the Carlisle Towers met with the building’s owner on Tuesday. They said the heat had been off for nine days.',
    quote: 'the heat had been off for nine days',
    speakerMention: 'They', mentionKind: 'pronoun', resolvedName: null, entityKind: 'group', cue: 'said',
    notSpeakers: ['Carlisle Towers'],
    notes: '"they" for an unnamed group of people, not the building nor its owner.',
  },
  {
    id: 'issue-she-previous-speaker',
    source: 'issue',
    text: 'Judge Amelia Forde sentenced the two brothers on Thursday after a hearing attended by their mother, Rosa Delgado. Forde said the sentences reflected the brothers’ lack of prior convictions. “This court is not blind to their circumstances,” she said.',
    quote: '“This court is not blind to their circumstances,”',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Amelia Forde', entityKind: 'person', cue: 'said',
    notSpeakers: ['Rosa Delgado'],
    notes: 'Two women: the subject and speaker of the sentence before wins.',
  },
  {
    id: 'issue-exchange-she',
    source: 'issue',
    text: '“Where is the money?” Council member Beth Arno asked. “In the reserve fund,” Treasurer Neil Cobb said. “Then why is the reserve fund empty?” she asked. “It isn’t,” he said.',
    quote: '“Then why is the reserve fund empty?”',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Beth Arno', entityKind: 'person', cue: 'asked',
    notes: 'A two-person exchange: the speakers alternate.',
  },
  {
    id: 'issue-exchange-he',
    source: 'issue',
    text: '“Where is the money?” Council member Beth Arno asked. “In the reserve fund,” Treasurer Neil Cobb said. “Then why is the reserve fund empty?” she asked. “It isn’t,” he said.',
    quote: '“It isn’t,”',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Neil Cobb', entityKind: 'person', cue: 'said',
    role: 'Treasurer',
    notes: 'A two-person exchange: the speakers alternate.',
  },
  {
    id: 'issue-column-i-is-the-byline',
    source: 'issue',
    text: 'Opinion: The Council Forgot the Night Shift\n\nBy Marta Lindgren\n\nI have ridden the No. 9 bus for 11 years. I told the council in April that the new schedule would strand night-shift workers.\n',
    quote: 'the new schedule would strand night-shift workers',
    speakerMention: 'I', mentionKind: 'pronoun', resolvedName: 'Marta Lindgren', entityKind: 'person', cue: 'told',
    notSpeakers: ['council'],
    notes: '"I" in an opinion column is the byline; the council is the listener.',
  },
  {
    id: 'issue-ambiguous-stays-ambiguous',
    source: 'issue',
    text: 'Elena Marsh and Greta Lund met at the harbor office on Monday to discuss the dredging contract. The deal was close, she said.',
    quote: 'The deal was close',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: null, entityKind: 'person', cue: 'said',
    diagnostic: 'ambiguous-speaker',
    notes: 'Two women, one coordinated subject, no other evidence: keep ambiguous-speaker (a person, but the text does not say which).',
  },
  {
    id: 'issue-first-name-tie-breaker',
    source: 'issue',
    text: 'Eleanor Voigt and Jordan Ames both applied for the harbor master job. The interviews were fair, she said.',
    quote: 'The interviews were fair',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Eleanor Voigt', entityKind: 'person', cue: 'said',
    notes: 'No pronoun or honorific says who is a woman: the first-name lexicon breaks the tie (Eleanor, not Jordan).',
  },
  {
    id: 'issue-own-pronouns-first',
    source: 'issue',
    text: 'Robin Hale, who runs the Westbrook shelter, said her budget had been cut twice. Casey Dunn, a volunteer, said his hours had doubled. The shelter will close on Sundays starting in May, she said.',
    quote: 'The shelter will close on Sundays starting in May',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Robin Hale', entityKind: 'person', cue: 'said',
    notSpeakers: ['Westbrook'],
    notes: 'Gender from the text\'s own pronouns ("her budget", "his hours"), where first names say nothing.',
  },
  {
    id: 'issue-description-fits-no-one',
    source: 'issue',
    text: 'Mayor Dora Blix cut the ribbon on the new skate park on Monday. The spokeswoman said the park had cost $3 million, twice the first estimate.',
    quote: 'the park had cost $3 million, twice the first estimate',
    speakerMention: 'The spokeswoman', mentionKind: 'description', resolvedName: null, entityKind: 'anonymous', cue: 'said',
    notSpeakers: ['Dora Blix'],
    notes: 'A description that fits no one already named stays a source of its own, not the mayor.',
  },
  {
    id: 'issue-the-official',
    source: 'issue',
    text: 'Lars Brenner, an official at the state labor department, reviewed the claims. The official said about 1,800 of them had been paid twice.',
    quote: 'about 1,800 of them had been paid twice',
    speakerMention: 'The official', mentionKind: 'description', resolvedName: 'Lars Brenner', entityKind: 'person', cue: 'said',
    role: 'official at the state labor department',
    notes: '"the official" refers to the man described as one.',
  },
  {
    id: 'issue-the-63-year-old-engineer',
    source: 'issue',
    text: 'Farah Nadim, who designed the dam’s spillway in 1989, testified before the committee on Tuesday. The 63-year-old engineer said the gates had never been tested at full flow.',
    quote: 'the gates had never been tested at full flow',
    speakerMention: 'The 63-year-old engineer', mentionKind: 'description', resolvedName: 'Farah Nadim', entityKind: 'person', cue: 'said',
    notes: 'An age and a trade refer back to the person whose work the text described.',
  },

  // --- Variants of our own -----------------------------------------------------------------------
  {
    id: 'variant-she-after-a-building',
    source: 'variant',
    text: 'Nadine Okafor has managed the Greaves Building since it opened in 1994. The elevators were replaced only once in that time, after a flood in the basement of the Greaves Building, she said.',
    quote: 'The elevators were replaced only once in that time, after a flood in the basement of the Greaves Building',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Nadine Okafor', entityKind: 'person', cue: 'said',
    notSpeakers: ['Greaves Building'],
    notes: 'A building named just before the pronoun.',
  },
  {
    id: 'variant-he-after-a-cafe-and-road',
    source: 'variant',
    text: 'Tomasz Wren opened his first restaurant at 23. The best coffee in the county is still the one at the Dockside Café on Pier Road, he said.',
    quote: 'The best coffee in the county is still the one at the Dockside Café on Pier Road',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Tomasz Wren', entityKind: 'person', cue: 'said',
    notSpeakers: ['Dockside Café', 'Pier Road'],
    notes: 'A business and a street between the man and "he".',
  },
  {
    id: 'variant-she-after-a-hospital',
    source: 'variant',
    text: 'Dr. Imani Castell has delivered babies for two decades. Most of the mothers she sees drive more than an hour to reach Calloway Memorial Hospital, she said.',
    quote: 'Most of the mothers she sees drive more than an hour to reach Calloway Memorial Hospital',
    speakerMention: 'she', mentionKind: 'pronoun', resolvedName: 'Imani Castell', entityKind: 'person', cue: 'said',
    notSpeakers: ['Calloway Memorial Hospital'],
    notes: 'An honorific marks the person; the hospital is a place and an organisation, never "she".',
  },
  {
    id: 'variant-capital-it-said',
    source: 'variant',
    text: 'The two governments have argued over the fishing quota since spring. Ottawa said it would match any cut the other side made.',
    quote: 'it would match any cut the other side made',
    speakerMention: 'Ottawa', mentionKind: 'name', resolvedName: 'Ottawa', entityKind: 'organization', cue: 'said',
    notes: 'A capital for its government, with "it" inside the content.',
  },
  {
    id: 'variant-they-for-a-company',
    source: 'variant',
    text: 'Harwick & Sons have built boats on the river for four generations. They said the new dock fees would cost them about $40,000 a year.',
    quote: 'the new dock fees would cost them about $40,000 a year',
    speakerMention: 'They', mentionKind: 'pronoun', resolvedName: 'Harwick & Sons', entityKind: 'organization', cue: 'said',
    notes: '"they" for a company named as a family firm.',
  },
  {
    id: 'variant-the-department',
    source: 'variant',
    text: 'The Pell County Health Department closed the beach at Gull Point on Saturday after tests found high bacteria levels. The department said the beach could reopen by Wednesday.',
    quote: 'the beach could reopen by Wednesday',
    speakerMention: 'The department', mentionKind: 'description', resolvedName: 'Pell County Health Department', entityKind: 'organization', cue: 'said',
    notSpeakers: ['Gull Point'],
    notes: '"Department" marks the organisation; the beach is a place.',
  },
  {
    id: 'variant-the-broadcaster',
    source: 'variant',
    text: 'Northwind Radio dropped its morning call-in show after 31 years. The broadcaster said the show had lost two-thirds of its listeners since 2019.',
    quote: 'the show had lost two-thirds of its listeners since 2019',
    speakerMention: 'The broadcaster', mentionKind: 'description', resolvedName: 'Northwind Radio', entityKind: 'organization', cue: 'said',
    notes: 'A broadcaster described by what it is.',
  },
  {
    id: 'variant-the-team',
    source: 'variant',
    text: 'The Ashford Mariners have played at Kessler Field since 1962. The team said it would decide on a new stadium by the end of the season.',
    quote: 'it would decide on a new stadium by the end of the season',
    speakerMention: 'The team', mentionKind: 'description', resolvedName: 'Ashford Mariners', entityKind: 'organization', cue: 'said',
    notSpeakers: ['Kessler Field'],
    notes: 'A sports team is an organisation; the field is a place.',
  },
  {
    id: 'variant-the-ministry',
    source: 'variant',
    text: 'Inspectors from the Ministry of Water Resources visited the reservoir on Monday. The ministry said the dam was safe but the spillway needed repairs.',
    quote: 'the dam was safe but the spillway needed repairs',
    speakerMention: 'The ministry', mentionKind: 'description', resolvedName: 'Ministry of Water Resources', entityKind: 'organization', cue: 'said',
    notSpeakers: ['Inspectors'],
    notes: '"Ministry" marks the organisation; the inspectors are not the ministry\'s voice here.',
  },
  {
    id: 'variant-the-organization-after-another-org',
    source: 'variant',
    text: 'The Open Shelves Literacy Project gave away 12,000 books last year, most of them donated by Pemberton Press. The organization said it would open a second warehouse in the fall.',
    quote: 'it would open a second warehouse in the fall',
    speakerMention: 'The organization', mentionKind: 'description', resolvedName: 'Open Shelves Literacy Project', entityKind: 'organization', cue: 'said',
    notSpeakers: ['Pemberton Press'],
    notes: 'Harder than "most recent organisation": the publisher is named last, but the subject of the sentence before (the project) is what a reader takes.',
  },
  {
    id: 'variant-the-41-year-old-pastor',
    source: 'variant',
    text: 'The Rev. Samuel Achter took over the congregation at Grace Chapel in January. The 41-year-old pastor said attendance had doubled since Easter.',
    quote: 'attendance had doubled since Easter',
    speakerMention: 'The 41-year-old pastor', mentionKind: 'description', resolvedName: 'Samuel Achter', entityKind: 'person', cue: 'said',
    notSpeakers: ['Grace Chapel', 'Easter'],
    notes: 'An honorific ("The Rev.") and a description by age and calling.',
  },
  {
    id: 'variant-his-campaign',
    source: 'variant',
    text: 'Councilman Victor Lamm entered the race for county executive on Tuesday. His campaign said he would not accept money from developers.',
    quote: 'he would not accept money from developers',
    speakerMention: 'His campaign', mentionKind: 'description', resolvedName: 'Lamm campaign', entityKind: 'organization', cue: 'said',
    notes: 'A possessive: the campaign of the man "his" is.',
  },
  {
    id: 'variant-the-spokesman-no-one-named',
    source: 'variant',
    text: 'Hannah Breck, who owns the Breck Creamery, said the state had not inspected her plant in three years. The spokesman said inspections were scheduled by risk, not by date.',
    quote: 'inspections were scheduled by risk, not by date',
    speakerMention: 'The spokesman', mentionKind: 'description', resolvedName: null, entityKind: 'anonymous', cue: 'said',
    notSpeakers: ['Hannah Breck', 'Breck Creamery'],
    notes: 'A description that fits no one named (a man, a spokesman) is not the woman quoted before.',
  },
  {
    id: 'variant-said-name-long-lowercase-title',
    source: 'variant',
    text: '“Every siren in the county was tested on Friday, and four of them failed,” said Greta Olsen, the county’s deputy director of emergency management.',
    quote: '“Every siren in the county was tested on Friday, and four of them failed,”',
    speakerMention: 'Greta Olsen', mentionKind: 'name', resolvedName: 'Greta Olsen', entityKind: 'person', cue: 'said',
    role: 'county’s deputy director of emergency management',
    notes: 'The speaker after the verb with her title after her name.',
  },
  {
    id: 'variant-according-to-the-company',
    source: 'variant',
    text: 'Quillon Aerospace laid off 300 workers at its Fenwick plant on Friday. The cuts were the first in the plant’s 40-year history, according to the company.',
    quote: 'The cuts were the first in the plant’s 40-year history',
    speakerMention: 'the company', mentionKind: 'description', resolvedName: 'Quillon Aerospace', entityKind: 'organization', cue: 'according to',
    notSpeakers: ['Fenwick'],
    notes: '"according to" a description.',
  },
  {
    id: 'variant-relative-clause-residents-told',
    source: 'variant',
    text: 'Residents who live near the asphalt plant told reporters that the smell had kept them indoors all summer.',
    quote: 'the smell had kept them indoors all summer',
    speakerMention: 'Residents', mentionKind: 'description', resolvedName: null, entityKind: 'group', cue: 'told',
    notSpeakers: ['who', 'reporters'],
    notes: 'A relative clause with "live" inside the subject; the listener is not the speaker.',
  },
  {
    id: 'variant-critics-argue',
    source: 'variant',
    text: 'The county wants to sell the golf course to a developer. Critics of the plan argue that the county is giving away its last large piece of open land.',
    quote: 'the county is giving away its last large piece of open land',
    speakerMention: 'Critics of the plan', mentionKind: 'description', resolvedName: null, entityKind: 'group', cue: 'argue',
    diagnostic: 'vague-attribution',
    notes: 'A vague plural subject with an argument verb.',
  },
  {
    id: 'variant-many-economists-think',
    source: 'variant',
    text: 'The state’s jobless rate rose for a third month in October. Many economists think the rise will stop once the harvest season ends.',
    quote: 'the rise will stop once the harvest season ends',
    speakerMention: 'Many economists', mentionKind: 'description', resolvedName: null, entityKind: 'group', cue: 'think',
    diagnostic: 'vague-attribution',
    notes: 'A vague plural subject with a thought verb.',
  },
  {
    id: 'variant-phantom-tax-cut',
    source: 'variant',
    text: 'The legislature passed the income tax cut on a party-line vote. The tax cut will save a typical family about $600 a year.',
    quote: 'The tax cut will save a typical family about $600 a year',
    speakerMention: null, mentionKind: null, resolvedName: null, entityKind: null,
    notSpeakers: ['tax cut', 'legislature'],
    diagnostic: 'unsourced-claim',
    notes: 'A figure stated as fact whose subject is a thing, with no source in the sentence or the one before.',
  },
  {
    id: 'variant-role-not-taken-from-statement',
    source: 'variant',
    text: 'Grace Whitley, a former 911 dispatcher, said the fire chief had ignored two warnings about the radio system.',
    quote: 'the fire chief had ignored two warnings about the radio system',
    speakerMention: 'Grace Whitley', mentionKind: 'name', resolvedName: 'Grace Whitley', entityKind: 'person', cue: 'said',
    role: 'former 911 dispatcher',
    notSpeakers: ['fire chief'],
    notes: 'The fire chief inside her statement is neither a speaker nor her role.',
  },
  {
    id: 'variant-exchange-two-men-alternate',
    source: 'variant',
    text: '“Did you sign the lease?” Ray Olin asked. “I did,” Tom Becker said. “When?” he asked. “On Tuesday, before the vote,” he said.',
    quote: '“On Tuesday, before the vote,”',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Tom Becker', entityKind: 'person', cue: 'said',
    notes: 'Two men: gender cannot decide, the alternation of the exchange does.',
  },
  {
    id: 'variant-exchange-two-men-question',
    source: 'variant',
    text: '“Did you sign the lease?” Ray Olin asked. “I did,” Tom Becker said. “When?” he asked. “On Tuesday, before the vote,” he said.',
    quote: '“When?”',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Ray Olin', entityKind: 'person', cue: 'asked',
    notes: 'Two men: the third turn goes back to the first speaker.',
  },
  {
    id: 'variant-quoted-by-newspaper-as-saying',
    source: 'variant',
    text: 'Mayor Ken Adair was quoted by the Lowden Gazette as saying the property tax rate would not rise next year.',
    quote: 'the property tax rate would not rise next year',
    speakerMention: 'Mayor Ken Adair', mentionKind: 'name', resolvedName: 'Ken Adair', entityKind: 'person', cue: 'was quoted by the Lowden Gazette as saying',
    role: 'Mayor',
    notSpeakers: ['Lowden Gazette'],
    notes: 'The newspaper that quoted him is not the speaker.',
  },
  {
    id: 'variant-told-the-newspaper',
    source: 'variant',
    text: 'Ivy Tran, who chairs the zoning board, told the Lowden Gazette that the board would hear the appeal in January.',
    quote: 'the board would hear the appeal in January',
    speakerMention: 'Ivy Tran', mentionKind: 'name', resolvedName: 'Ivy Tran', entityKind: 'person', cue: 'told',
    notSpeakers: ['Lowden Gazette'],
    notes: 'A relative clause between speaker and cue; the newspaper is the listener.',
  },
  {
    id: 'variant-column-told-me',
    source: 'variant',
    text: 'Opinion: Keep the Library Open Late\n\nBy Oscar Brandvold\n\nLast week I spent an evening at the Kettle Falls branch library. “We turn away students every night at eight,” the branch manager, Priya Solberg, told me.\n',
    quote: '“We turn away students every night at eight,”',
    speakerMention: 'Priya Solberg', mentionKind: 'name', resolvedName: 'Priya Solberg', entityKind: 'person', cue: 'told',
    role: 'branch manager',
    notSpeakers: ['Oscar Brandvold', 'me', 'Kettle Falls'],
    notes: 'In a column, "me" is the byline listening, not a speaker.',
  },
  {
    id: 'variant-we-in-an-org-quote',
    source: 'variant',
    text: 'The Coastal Nurses Union lost its case before the labor board on Friday. “We will appeal, and we will win,” the union said in a statement.',
    quote: '“We will appeal, and we will win,”',
    speakerMention: 'the union', mentionKind: 'description', resolvedName: 'Coastal Nurses Union', entityKind: 'organization', cue: 'said',
    notSpeakers: ['labor board'],
    notes: 'A direct quote from an organisation, through a description and "in a statement".',
  },
  {
    id: 'variant-long-capitalised-title',
    source: 'variant',
    text: 'Port Authority Executive Director Samira Nolan said the new cranes would double the terminal’s capacity.',
    quote: 'the new cranes would double the terminal’s capacity',
    speakerMention: 'Port Authority Executive Director Samira Nolan', mentionKind: 'name', resolvedName: 'Samira Nolan', entityKind: 'person', cue: 'said',
    role: 'Port Authority Executive Director',
    notSpeakers: ['Port Authority'],
    notes: 'An organisation inside the title is part of the role, not a speaker.',
  },
  {
    id: 'variant-it-for-a-named-report',
    source: 'variant',
    text: 'The Kessler Commission published its final report on the flood on Wednesday. The report said the levee had been built two feet too low.',
    quote: 'the levee had been built two feet too low',
    speakerMention: 'The report', mentionKind: 'description', resolvedName: null, entityKind: 'document', cue: 'said',
    notes: 'A document speaks; unnamed, so it has no resolved name (the commission that wrote it is another entity).',
  },
  {
    id: 'variant-age-apposition-before-relative-clause',
    source: 'variant',
    text: 'Commuters were divided. Harold Pike, 64, who rides the 6 a.m. bus to his shift at the mill, said he could live with the increase.',
    quote: 'he could live with the increase',
    speakerMention: 'Harold Pike', mentionKind: 'name', resolvedName: 'Harold Pike', entityKind: 'person', cue: 'said',
    notSpeakers: ['64'],
    notes: 'The age between commas is the name\'s, as a role would be; the relative clause after it describes him too.',
  },
  {
    id: 'variant-job-before-full-name',
    source: 'variant',
    text: 'Stagehand Lena Voss said the theatre had not paid its crew since March.',
    quote: 'the theatre had not paid its crew since March',
    speakerMention: 'Stagehand Lena Voss', mentionKind: 'name', resolvedName: 'Lena Voss', entityKind: 'person', cue: 'said',
    role: 'stagehand',
    notes: 'A job opening the sentence is capitalised by its place only: a role before a first name and a surname, written lower-case.',
  },
  {
    id: 'variant-description-with-name-in-apposition',
    source: 'variant',
    text: 'Owen Marsh, a harbour pilot, said the channel was too shallow. The association’s president, Carl Ostrow, walked out of the meeting. “We need dredging, not studies,” he said.',
    quote: '“We need dredging, not studies,”',
    speakerMention: 'he', mentionKind: 'pronoun', resolvedName: 'Carl Ostrow', entityKind: 'person', cue: 'said',
    role: 'association’s president',
    notSpeakers: ['Owen Marsh'],
    notes: 'The description and the name between commas are one person, the subject "he" goes back to; the description is his role.',
  },
  {
    id: 'variant-they-for-two-people-with-party-appositions',
    source: 'variant',
    text: 'City Commissioner Ines Garvey, a Republican, and state Rep. Victor Lund, a Democrat, wrote to the library board on Monday. They said the branch served 900 readers a week.',
    quote: 'the branch served 900 readers a week',
    speakerMention: 'They', mentionKind: 'pronoun', resolvedName: 'Ines Garvey and Victor Lund', entityKind: 'group', cue: 'said',
    notSpeakers: ['Republican', 'Democrat'],
    notes: 'Each name has its party in apposition, and the second its lower-case title ("state Rep."): the "and" still joins the two people "they" means.',
  },
];

/** Offsets of a case's quote, speaker mention and cue in its text: the mention and cue nearest the quote. */
export function locate(c: WhoIsWhoCase): { quote: [number, number]; mention: [number, number] | null; cue: [number, number] | null } {
  const start = c.text.indexOf(c.quote);
  if (start < 0) throw new Error(`${c.id}: quote is not in the text`);
  const end = start + c.quote.length;
  const nearest = (words: string | null | undefined): [number, number] | null => {
    if (!words) return null;
    let best: [number, number] | null = null;
    let bestDistance = Infinity;
    for (let i = c.text.indexOf(words); i >= 0; i = c.text.indexOf(words, i + 1)) {
      const j = i + words.length;
      const isWord = !/\w/.test(c.text[i - 1] ?? '') && !/\w/.test(c.text[j] ?? '');
      const distance = j <= start ? start - j : i >= end ? i - end : Infinity;
      if (isWord && distance < bestDistance) [best, bestDistance] = [[i, j], distance];
    }
    if (!best) throw new Error(`${c.id}: ${JSON.stringify(words)} is not a word outside the quote`);
    return best;
  };
  return { quote: [start, end], mention: nearest(c.speakerMention), cue: nearest(c.cue) };
}
