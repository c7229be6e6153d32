// Attribution patterns, each on a small fictional sentence: what is reported, and by whom.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';

/** The quotes of an article made of a headline and one paragraph, as [kind, text, speaker mention, cue]. */
function quotesOf(paragraph: string): Array<[string, string, string | null, string | null]> {
  return analyze(`Harbour News\n\n${paragraph}\n`).quotes.map((q) => [q.kind, q.text, q.speaker?.mention?.text ?? null, q.cue?.text ?? null]);
}

describe('attribution patterns', () => {
  it('leaves the preposition of "talked about" out of the content', () => {
    assert.deepEqual(quotesOf('Marchetti talked about the bridge on Monday.'), [['indirect', 'the bridge', 'Marchetti', 'talked']]);
    assert.deepEqual(quotesOf('The mayor complained about the ferry contract.'), [['indirect', 'the ferry contract', 'The mayor', 'complained']]);
  });

  it('ends the content before the reporter\'s relative clause', () => {
    const [quote] = quotesOf('Penwick said the council would vote on the levy, which has been debated since 2019.');
    assert.equal(quote[1], 'the council would vote on the levy');
    const [second] = quotesOf('Penwick said he would call Achterberg, who runs the port.');
    assert.equal(second[1], 'he would call Achterberg');
  });

  it('reports an expectation or an impression with no source as its subject and complement', () => {
    assert.deepEqual(quotesOf('The ferry is expected to resume service on Friday.'), [
      ['indirect', 'The ferry', null, 'is expected'],
      ['indirect', 'to resume service on Friday', null, 'is expected'],
    ]);
    assert.deepEqual(quotesOf('By evening, the council appeared uneasy about the levy.'), [
      ['indirect', 'the council', null, 'appeared'],
      ['indirect', 'uneasy about the levy', null, 'appeared'],
    ]);
    // "it" is no content of its own; inside someone's words the expectation is theirs.
    assert.deepEqual(quotesOf('It seems that the bridge will stay shut.'), [['indirect', 'that the bridge will stay shut', null, 'seems']]);
    assert.deepEqual(quotesOf('Penwick said the ferry was expected to resume service.').map((q) => q[1]), ['the ferry was expected to resume service']);
    assert.equal(quotesOf('The levy was expected to raise 1,250,000 dollars.')[1][1], 'to raise 1,250,000 dollars');
  });

  it('gives a participle\'s statement to the name in apposition to its clause\'s subject, a particle included', () => {
    // The same apposed-name reading as names.ts's (paragraph/speaker.ts apposedName).
    for (const name of ['Thomas Aldridge', 'Ana de Souza']) {
      const [quote] = quotesOf(`Meridian's chief executive, ${name}, wrote to the council on Monday, urging it to delay the vote.`);
      assert.deepEqual(quote, ['indirect', 'to delay the vote', `Meridian's chief executive, ${name}`, 'urging']);
    }
  });

  it('reads a number with thousands separators as one word, so its commas close no apposition', () => {
    assert.deepEqual(quotesOf('The study, which followed 2,300 students, found that the gap held.'), [['indirect', 'that the gap held', 'The study', 'found']]);
    assert.deepEqual(quotesOf('Ilse Marek, who teaches 1,250 pupils, said the timetable was too tight.'), [['indirect', 'the timetable was too tight', 'Ilse Marek', 'said']]);
  });

  it('takes a noun object as the stance of verbs measured to attribute with one', () => {
    assert.deepEqual(quotesOf('Marchetti mocked the ferry plan.'), [['indirect', 'the ferry plan', 'Marchetti', 'mocked']]);
    assert.deepEqual(quotesOf('Penwick pushed for a second bridge.'), [['indirect', 'a second bridge', 'Penwick', 'pushed']]);
    // Still weak: "backed the bill" is no statement.
    assert.deepEqual(quotesOf('Penwick backed the levy.'), []);
  });

  it('finds the speaker across a date between subject and verb', () => {
    assert.deepEqual(quotesOf('Mayor Delia Marchetti on Tuesday said that the bridge would reopen.'), [['indirect', 'that the bridge would reopen', 'Mayor Delia Marchetti', 'said']]);
    assert.deepEqual(quotesOf('Penwick on Feb. 4 said the levy was too high.').map((q) => q[2]), ['Penwick']);
  });

  it('ends the content before the reporter\'s next clause or aside', () => {
    assert.equal(quotesOf('Penwick criticized the levy and voted against the budget.')[0][1], 'the levy');
    assert.equal(quotesOf('Penwick said the levy was too high, and the council agreed to cut it.')[0][1], 'the levy was too high');
    assert.equal(quotesOf('Penwick said the levy would rise 4 percent, compared with 2 percent last year.')[0][1], 'the levy would rise 4 percent');
  });

  it('takes any source after "according to", up to its comma', () => {
    assert.deepEqual(quotesOf('According to early returns from the harbour districts counted overnight, the levy passed.'), [
      ['indirect', 'the levy passed', 'early returns from the harbour districts counted overnight', 'According to'],
    ]);
    assert.deepEqual(quotesOf('The levy passed easily, according to early returns counted overnight.').map((q) => [q[1], q[2]]), [
      ['The levy passed easily', 'early returns counted overnight'],
    ]);
  });

  it('takes the clause\'s subject as the speaker of a verb of speech when no known phrase ends there', () => {
    assert.deepEqual(quotesOf('Sixty percent of the residents surveyed said the bridge should reopen.'), [
      ['indirect', 'the bridge should reopen', 'Sixty percent of the residents surveyed', 'said'],
    ]);
    assert.deepEqual(quotesOf('A court filing released Thursday says the contract was void.').map((q) => q[2]), ['A court filing released Thursday']);
    // A noun after a determiner is no verb: "his remarks" attribute nothing.
    assert.deepEqual(quotesOf('Penwick made his remarks at the harbour.'), []);
  });

  it('keeps a short object\'s prepositional phrase, but not a time', () => {
    assert.equal(quotesOf('Penwick praised the mayor\'s plan for the harbour.')[0][1], 'the mayor\'s plan for the harbour');
    assert.equal(quotesOf('Penwick praised the plan on Tuesday.')[0][1], 'the plan');
  });

  it('takes the one addressed after "wrote to", "complained to" as a listener, not as what was said', () => {
    assert.deepEqual(quotesOf('Commissioner Ivo Pell wrote to the ferry board last week asking it to keep the night crossing.'),
      [['indirect', 'to keep the night crossing', 'Commissioner Ivo Pell', 'asking']]);
    assert.deepEqual(quotesOf('The mayor complained to reporters that the levy was late.'), [['indirect', 'that the levy was late', 'The mayor', 'complained']]);
    assert.deepEqual(quotesOf('Penwick said to Harbour News\' night editor that the pier would close.').map((q) => q[1]), ['that the pier would close']);
    // Only a time after the one addressed: nothing was reported.
    assert.deepEqual(quotesOf('Achterberg wrote to her brother every week.'), []);
  });

  it('leaves an opening adjunct out when nothing else comes before the cue ("With …, most residents want to…")', () => {
    assert.deepEqual(quotesOf('With so many commuters hit by the fare rise, most residents want to keep the night ferry.').map((q) => q[1]), ['to keep the night ferry']);
    // A quantity opens a clause, not an adjunct.
    assert.deepEqual(quotesOf('About 270 passengers have been moved to the morning boat, officials said.').map((q) => q[1]), ['About 270 passengers have been moved to the morning boat']);
  });

  it('takes what a possessive owns as the source after "according to" ("the company\'s tax filings")', () => {
    assert.deepEqual(quotesOf('The ferry line paid its captain $90,000 last year, according to the company\'s tax filings.'),
      [['indirect', 'The ferry line paid its captain $90,000 last year', 'the company\'s tax filings', 'according to']]);
  });

  it('ends the content where someone else\'s statement starts (", and most residents said…")', () => {
    const quotes = quotesOf('Half the council said the levy was too high, and most residents said it was fair.');
    assert.deepEqual(quotes.map((q) => q[1]), ['the levy was too high', 'it was fair']);
  });

  it('reads "is looking to" as an intention', () => {
    assert.deepEqual(quotesOf('Marchetti is looking to sell the old ferry.'), [['indirect', 'to sell the old ferry', 'Marchetti', 'looking']]);
  });

  it('reports the relative pronoun before the speaker as part of what was said ("which he said…")', () => {
    assert.deepEqual(quotesOf('Penwick attacked the levy, which he said was unfair to ferry workers.').map((q) => [q[1], q[2]]), [
      ['which', 'he'],
      ['was unfair to ferry workers', 'he'],
    ]);
  });

  it('never reads "debate" as a cue, but "debated" is one', () => {
    assert.deepEqual(quotesOf('The final council debate covered the ferry plan.'), []);
    assert.deepEqual(quotesOf('Marchetti and Penwick debated the ferry plan.').map((q) => q[1]), ['the ferry plan']);
  });

  it('takes the clause\'s subject before an apposition too', () => {
    assert.deepEqual(quotesOf('Twenty-four percent, a record, said the levy was fair.').map((q) => [q[1], q[2]]), [['the levy was fair', 'Twenty-four percent']]);
  });

  it('splits the content before a coordinated cue with its preposition ("and warned against…")', () => {
    assert.deepEqual(quotesOf('Marchetti said she would review the ferry contracts and warned against rival bidders from Dorn.').map((q) => [q[1], q[2], q[3]]), [
      ['she would review the ferry contracts', 'Marchetti', 'said'],
      ['rival bidders from Dorn', 'Marchetti', 'warned'],
    ]);
  });

  it('ends the content before the reporter\'s participle clause, but keeps a named result', () => {
    assert.equal(quotesOf('Penwick said the harbour had flooded twice, contradicting the council\'s earlier account.')[0][1], 'the harbour had flooded twice');
    assert.equal(quotesOf('Penwick said the levy would rise in May, leaving ferry workers with less pay.')[0][1], 'the levy would rise in May, leaving ferry workers with less pay');
  });

  it('takes the clause before a trailing cue and its time as the content, and leaves the writer\'s participle clause after them out', () => {
    assert.deepEqual(quotesOf('Harbour Ferries will end the night crossing in May, the company said Monday, leaving commuters without a late boat.').map((q) => [q[1], q[2]]), [
      ['Harbour Ferries will end the night crossing in May', 'the company'],
    ]);
    // A dateline of several words before the dash is no part of it either.
    assert.equal(quotesOf('ASHTON FALLS, Ore. — Harbour Ferries will end the night crossing in May, the company said on Monday, leaving commuters stranded.')[0][1], 'Harbour Ferries will end the night crossing in May');
  });

  it('ends the content before ", and" and a named subject ("…, and Marchetti wants…")', () => {
    assert.equal(quotesOf('Penwick said the levy should rise, and Marchetti wants a new ferry.')[0][1], 'the levy should rise');
  });

  it('ends the content before the subject\'s next past-tense predicate after a comma, but not before a participle phrase', () => {
    const quotes = quotesOf('Penwick concluded that a new levy would be fruitless, hired two new aides and left.').filter((q) => q[3] === 'concluded');
    assert.equal(quotes[0][1], 'that a new levy would be fruitless');
    assert.equal(quotesOf('Penwick said that the towns, led by Dorn, will pay the levy.')[0][1], 'that the towns, led by Dorn, will pay the levy');
  });

  it('ends the content before ", after…" or ", since…"', () => {
    assert.equal(quotesOf('Penwick said the ferry would stop running, after the storm damaged the pier.')[0][1], 'the ferry would stop running');
  });

  it('ends the content before ", and" and the subject\'s next past-tense predicate', () => {
    const quotes = quotesOf('Penwick concluded that the levy was too high, and hired two new aides.').filter((q) => q[3] === 'concluded');
    assert.equal(quotes[0][1], 'that the levy was too high');
  });

  it('ends the content at a spaced hyphen before a new clause', () => {
    assert.equal(quotesOf('Penwick said the levy was too high - it has also hurt the ferry.')[0][1], 'the levy was too high');
  });

  it('starts a new quotation at each labelled turn of a transcript quoted over several paragraphs', () => {
    const text = 'Radio Interview\n\n"TULLY: Will the bridge open by summer?\n\n"MARCHETTI: Not before the inspectors sign off.\n\n"TULLY: And the ferries?\n';
    const quotes = analyze(text).quotes.filter((q) => q.kind === 'direct');
    assert.deepEqual(quotes.map((q) => q.text.trim()), ['"TULLY: Will the bridge open by summer?', '"MARCHETTI: Not before the inspectors sign off.', '"TULLY: And the ferries?']);
    // Without labels, the same layout is one quotation that runs over the paragraphs.
    const plain = analyze('Radio Interview\n\n"The bridge will not open by summer.\n\n"Not before the inspectors sign off," Marchetti said.\n').quotes;
    assert.equal(plain.filter((q) => q.kind === 'direct').length, 1);
  });

  it('keeps a curly quotation inside a straight one as part of it', () => {
    const text = 'Harbour News\n\n"Marchetti thinks this is an episode of “The Harbour Show,” and it is not," Penwick said.\n';
    const [quote] = analyze(text).quotes.filter((q) => q.kind === 'direct');
    assert.equal(quote.text, '"Marchetti thinks this is an episode of “The Harbour Show,” and it is not,"');
    assert.equal(quote.speaker?.name, 'Penwick');
  });
});

describe('speaker mentions (issue 13)', () => {
  /** The speaker of the first quote, as [mention text, speaker name, kind of the actor]. */
  function speakerOf(paragraph: string): [string | null, string | null, string | null] {
    const analysis = analyze(`Harbour News\n\n${paragraph}\n`);
    const quote = analysis.quotes[0];
    const actor = analysis.actors.find((a) => a.id === quote?.speaker?.actorId);
    return [quote?.speaker?.mention?.text ?? null, quote?.speaker?.name ?? null, actor?.kind ?? null];
  }

  it('takes a document with its "of" phrase as the subject, not the phrase\'s object', () => {
    assert.deepEqual(speakerOf('The survey of 500 voters found that most wanted a later ferry.'), ['The survey of 500 voters', 'the survey of 500 voters', 'document']);
    assert.deepEqual(speakerOf('A poll of 800 parents found that most wanted a later bell.').slice(2), ['document']);
  });

  it('steps over a past participle clause between a subject and its verb ("The report, published Monday, found")', () => {
    assert.deepEqual(speakerOf('The report, published Monday, found that the ferry lost money on every crossing.'), ['The report', 'the report', 'document']);
    assert.deepEqual(speakerOf('The audit, commissioned by the harbor board, found that the levy was spent twice.').slice(0, 1), ['The audit']);
  });

  it('gives a name no role from a participle clause, but keeps a role that opens with a participle', () => {
    const roleOf = (paragraph: string) => {
      const analysis = analyze(`Harbour News\n\n${paragraph}\n`);
      return analysis.actors.find((a) => a.id === analysis.quotes[0]?.speaker?.actorId)?.role ?? null;
    };
    assert.equal(roleOf('Ilse Marek, speaking at the port, said the timetable was too tight.'), null);
    assert.equal(roleOf('Ilse Marek, asked about the timetable, said it was too tight.'), null);
    assert.equal(roleOf('Ilse Marek, acting director of the port, said the timetable was too tight.'), 'acting director of the port');
    assert.equal(roleOf('Ilse Marek, a retired teacher, said the timetable was too tight.'), 'retired teacher');
  });

  it('takes the subject before a relative clause and an "according to" between commas as the speaker', () => {
    const quotes = quotesOf('Tomas Ferrer, who earned $2 million last year, according to the port\'s filings, said the pay was set by the board.');
    assert.deepEqual(quotes.find((q) => q[3] === 'said'), ['indirect', 'the pay was set by the board', 'Tomas Ferrer', 'said']);
  });

  it('reads a title word that ends a name after "at" as a place\'s name, not a role ("at Riverside General")', () => {
    const analysis = analyze('Harbour News\n\nGloria Benitez, who is being treated at Carrow General, said she had asked her doctor.\n');
    const actor = analysis.actors.find((a) => a.name === 'Gloria Benitez');
    assert.equal(actor?.role, undefined);
    assert.ok(!actor?.aliases.includes('Carrow General'));
  });

  it('keeps the object of "familiar with" in an unnamed source after "according to"', () => {
    assert.deepEqual(quotesOf('The port has set aside $2 million for the strike, according to a person familiar with the negotiations.')[0].slice(2), ['a person familiar with the negotiations', 'according to']);
  });

  it('joins a body named short in the headline with its full name in the story', () => {
    const analysis = analyze('Ferries to Run Twice a Day, Harbor Board Says\n\nThe ferries will run twice a day from May, the Carrow Harbor Board said Tuesday.\n');
    const names = analysis.quotes.map((q) => q.speaker?.name);
    assert.deepEqual(names, ['Carrow Harbor Board', 'Carrow Harbor Board']);
    assert.equal(analysis.actors.filter((a) => a.kind === 'organization').length, 1);
  });

  it('keeps a body of the story apart from a longer name that holds its words', () => {
    const analysis = analyze('Harbour News\n\nThe State Department said the ferry treaty would hold.\n\nThe Texas State Department of Health said the water was safe.\n');
    assert.deepEqual(analysis.quotes.map((q) => q.speaker?.name), ['State Department', 'Texas State Department of Health']);
  });

  it('joins a headline\'s short body name only with a full name it ends', () => {
    const analysis = analyze('Ferry Treaty Will Hold, State Department Says\n\nThe Texas State Department of Health said the water was safe.\n');
    assert.deepEqual(analysis.quotes.map((q) => q.speaker?.name), ['State Department', 'Texas State Department of Health']);
  });

  it('reads a role word that names a property of every object ("constructor") as any other word, not a rank', () => {
    const speakers = (role: string) => analyze(`Harbour News\n\nAda Dunn, a ${role}, said the bridge would reopen in May. The general said the steel had arrived late.\n`).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(speakers('constructor'), speakers('builder'));
  });

  it('takes what a source\'s possessive owns after "according to", a noun the lexicon lacks included', () => {
    assert.deepEqual(speakerOf('The dock will be finished by fall, according to the harbor board\'s timeline.'), ['the harbor board\'s timeline', 'the harbor board\'s timeline', 'document']);
  });

  it('links the second piece of a statement split by its attribution to the first', () => {
    const analysis = analyze('Harbour News\n\nUntil then, Marek said, the boats would run twice a day. Penwick said the fares would rise.\n');
    assert.deepEqual(analysis.quotes.map((q) => [q.id, q.text, q.continues ?? null]), [
      ['q1', 'Until then', null],
      ['q2', 'the boats would run twice a day', 'q1'],
      ['q3', 'the fares would rise', null],
    ]);
  });

  it('keeps the subject of a clause after "that" out of focus for a later "he"', () => {
    const analysis = analyze('Harbour News\n\nHarlan Reyes runs a print shop in Dover. Reyes is on a mission to change the unfair view that Mayor Leo Ortiz is careless with money. He said the city paid its bills on time.\n');
    assert.deepEqual(analysis.quotes.map((q) => q.speaker?.name), ['Harlan Reyes']);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'ambiguous-speaker').map((d) => d.message), []);
  });

  it('takes "the study" for the study the story brought in, and "the report" for no study', () => {
    const analysis = analyze('Harbour News\n\nPupils who slept less did worse, according to a study released Monday by the Carrow Institute.\n\nThe study found that the effect held in every school. The report said more work was needed.\n');
    const speakers = analysis.quotes.map((q) => q.speaker?.name ?? null);
    assert.deepEqual(speakers, ['a study', 'a study', 'the report']);
    assert.equal(new Set(analysis.quotes.slice(0, 2).map((q) => q.speaker?.actorId)).size, 1);
  });

  it('reads a title after an honorific as a surname ("Mr. King"), but not a form of address', () => {
    assert.deepEqual(speakerOf('Larry Penwick and Ed Marchetti met. Mr. King said the bridge would reopen.').slice(0, 2), ['Mr. King', 'King']);
    assert.equal(speakerOf('Mr. President, said Penwick, the bridge is shut.')[1], 'Penwick');
  });

  it('names the person after a title with its "of" part ("Secretary of State John F. Kerry")', () => {
    assert.deepEqual(speakerOf('Secretary of State John F. Kerry said the talks would resume.').slice(0, 2), ['Secretary of State John F. Kerry', 'John F. Kerry']);
    assert.deepEqual(speakerOf('Minister for Europe James Cleverly said the talks would resume.').slice(0, 2), ['Minister for Europe James Cleverly', 'James Cleverly']);
  });

  it('reads a body\'s membership or chair before a full name as a person\'s title ("Council Member Ines Garvey")', () => {
    for (const [text, name, role] of [
      ['Council Member Ines Garvey said the bus lanes would open in May.', 'Ines Garvey', 'Council Member'],
      ['Board Member Tobias Lund said the vote had been close.', 'Tobias Lund', 'Board Member'],
      ['Councilmember Rita Haldane said the budget was tight.', 'Rita Haldane', 'Councilmember'],
      ['Committee Chair Nadia Perrin said the report was late.', 'Nadia Perrin', 'Committee Chair'],
    ]) {
      const analysis = analyze(`Harbour News\n\n${text}\n`);
      const actor = analysis.actors.find((a) => a.id === analysis.quotes[0]?.speaker?.actorId);
      assert.deepEqual([actor?.name, actor?.kind, actor?.role], [name, 'person', role], text);
    }
  });

  it('keeps a place\'s whole name when it opens the sentence and speaks, as a government ("New York said")', () => {
    assert.deepEqual(speakerOf('New York said the toll rule was unfair to commuters.'), ['New York', 'New York', 'organization']);
    assert.deepEqual(speakerOf('South Africa said the talks would resume in June.'), ['South Africa', 'South Africa', 'organization']);
    assert.deepEqual(speakerOf('North Carolina argued that the district map was fair.'), ['North Carolina', 'North Carolina', 'organization']);
    assert.deepEqual(speakerOf('Los Angeles County said the canyon roads were closed.'), ['Los Angeles County', 'Los Angeles County', 'organization']);
    // The place before a title is where the title holds ("New Orleans Mayor"), not the person's name.
    assert.deepEqual(speakerOf('New Orleans Mayor Tom Reilly said the levees would hold.').slice(1), ['Tom Reilly', 'person']);
  });

  it('reads a company\'s last word that is also a title word as part of its name ("Northwind Energy", "Larkspur Valley Health")', () => {
    assert.deepEqual(speakerOf('Northwind Energy said the plant would close in June.'), ['Northwind Energy', 'Northwind Energy', 'organization']);
    // So "the hospital group" after it is the organisation the clause named, as "the company" is.
    assert.deepEqual(speakerOf('Larkspur Valley Health will close its birthing center in June, the hospital group said Friday.').slice(1), ['Larkspur Valley Health', 'organization']);
    // The title before a name stays a title.
    assert.deepEqual(speakerOf('Energy Secretary Dana Whitlow said the plant would close.').slice(1), ['Dana Whitlow', 'person']);
    // A title word inside a run that a name opens is part of it; one that opens the run is not, and the ending still joins the name before it.
    assert.deepEqual(speakerOf('Meridian Health Partners said the plant would close.').slice(1), ['Meridian Health Partners', 'organization']);
    assert.deepEqual(speakerOf('National Grid Energy said the plant would close.').slice(1), ['Grid Energy', 'organization']);
  });

  it('makes "X\'s family" a group of its own, not X', () => {
    assert.deepEqual(speakerOf('Delia Marchetti died in March. Marchetti\'s family said the inquiry was too slow.'), ['Marchetti\'s family', 'Marchetti\'s family', 'group']);
  });

  it('flags a vague group: "Some parents", "Many economists", "Critics of the plan" (never "plan" as the cue)', () => {
    for (const [text, mention, cue] of [
      ['Some parents believe the change will hurt students.', 'Some parents', 'believe'],
      ['Many economists think the rise will stop soon.', 'Many economists', 'think'],
      ['Critics of the plan argue that the county is giving away its land.', 'Critics of the plan', 'argue'],
    ]) {
      const analysis = analyze(`Harbour News\n\n${text}\n`);
      assert.deepEqual(analysis.quotes.map((q) => [q.speaker?.mention?.text, q.cue?.text]), [[mention, cue]], text);
      assert.ok(analysis.diagnostics.some((d) => d.code === 'vague-attribution'), text);
    }
  });

  it('gives the words to the name in apposition to a description ("The state\'s campaign chairman, Phil Lovas, said")', () => {
    assert.deepEqual(speakerOf('The state’s campaign chairman, Phil Lovas, said he had not seen the letter.').slice(1), ['Phil Lovas', 'person']);
    assert.equal(speakerOf('One of the family’s lawyers, Justin Bamberg, said the video was clear.')[1], 'Justin Bamberg');
    assert.equal(speakerOf('Penwick’s running mate, state Sen. Ada Marr, plans to release her returns.')[1], 'Ada Marr');
    // An apposition that is no name leaves the description speaking.
    assert.equal(speakerOf('The harbour master, a former pilot, said the pier was safe.')[0], 'The harbour master');
    // Nor is a state after the place the description names ("Dunmore, Virginia") anyone's name.
    assert.deepEqual(speakerOf('The mayor of Dunmore, Virginia, said the pier was safe.').slice(1), ['the mayor of Dunmore', 'person']);
  });

  it('takes the subject before a relative clause or a participle phrase, not the noun inside it', () => {
    assert.deepEqual(speakerOf('Residents who live near the asphalt plant told reporters that the smell was bad.').slice(0, 1), ['Residents']);
    assert.deepEqual(speakerOf('One of the doctors who signed the letter called Oz a quack.').slice(0, 1), ['One of the doctors']);
    assert.deepEqual(speakerOf('Protesters marching through the streets chanted "What curfew?" and kept going.').slice(0, 1), ['Protesters']);
    // The relative clause's own verb is no cue when the main verb after it speaks.
    assert.deepEqual(quotesOf('Parents who oppose the closure said they would ask the state to step in.').map((q) => [q[1], q[2], q[3]]), [['they would ask the state to step in', 'Parents', 'said']]);
    assert.equal(speakerOf('The report covering the bridge said the pier was unsafe.')[0], 'The report');
  });

  it('gives an age apposition to the name before it, through a relative clause ("Harold Pike, 64, who …, said")', () => {
    assert.deepEqual(speakerOf('Harold Pike, 64, who rides the 6 a.m. bus to his shift at the mill, said he could live with the increase.').slice(0, 2), ['Harold Pike', 'Harold Pike']);
    assert.deepEqual(speakerOf('Marta Gill, 58 years old, who drives a school bus, said she would walk instead.').slice(0, 2), ['Marta Gill', 'Marta Gill']);
    assert.equal(speakerOf('Paul Ortiz, 70, said the route was too slow.')[1], 'Paul Ortiz');
  });

  it('gives a verb whose subject is two people, each with an apposition ("X, a Republican, and Y, a Democrat, wrote"), to the pair', () => {
    assert.deepEqual(speakerOf('Commissioner Ines Garvey, a Republican, and state Rep. Victor Lund, a Democrat, said the branch should stay open.'), [
      'Commissioner Ines Garvey, a Republican, and state Rep. Victor Lund', 'Ines Garvey and Victor Lund', 'group',
    ]);
    assert.equal(speakerOf('Harold Pike, 64, and Marta Gill, 58, wrote that the route was too slow.')[1], 'Harold Pike and Marta Gill');
    assert.equal(speakerOf('On Tuesday, Rep. Ada Brill, R-Wis., and Sen. Tomas Ferrer said the visa rules had failed.')[1], 'Ada Brill and Tomas Ferrer');
    // A participle's subject is the clause's subject: the pair again.
    assert.equal(speakerOf('Commissioner Ines Garvey, a Republican, and state Rep. Victor Lund, a Democrat, signed a letter on Monday asking the board to keep the branch open.')[1], 'Ines Garvey and Victor Lund');
    // A person after ", and" is alone when the one before is no subject of the clause but an object in another.
    assert.equal(speakerOf('The bus left without Harold Pike, 64, and Marta Gill said the route was too slow.')[1], 'Marta Gill');
  });

  it('keeps a person described by a prepositional phrase whole ("a narrator in the Clinton ad asks")', () => {
    assert.equal(speakerOf('“Why didn’t he pay?” a narrator in the Penwick ad asks.')[0], 'a narrator in the Penwick ad');
  });

  it('reads a lone capitalised title for a person as a surname ("Dean, a former chairman, …, tweeting")', () => {
    assert.deepEqual(speakerOf('Dean, a former party chairman, mocked the levy on Monday, tweeting, “Notice the sniffing. Coke user?”').slice(0, 2), ['Dean', 'Dean']);
    assert.equal(speakerOf('President, said Penwick, is a big word.')[1], 'Penwick');
  });

  it('lets "it" write, with fillers between ("it further wrote")', () => {
    assert.equal(speakerOf('The Harbour Gazette ran the story. “His fortunes have changed,” it further wrote.')[0], 'it');
  });

  it('gives a participle clause and a coordinated verb to the clause\'s subject, after its opening adjuncts', () => {
    assert.equal(quotesOf('On Thursday, however, Penwick spoke to the pilots, promising to lift the levy.').at(-1)?.[2], 'Penwick');
    assert.equal(quotesOf('Chastened by the analyses, Penwick revised his plan, promising to cut the levy.').at(-1)?.[2], 'Penwick');
    assert.equal(quotesOf('During a speech, Penwick attacked Marchetti for her support of the levy, saying, "She is reckless."').at(-1)?.[2], 'Penwick');
    assert.equal(quotesOf('When her mother mentioned the levy, Marchetti laughed and said, "I do not believe in levies."').at(-1)?.[2], 'Marchetti');
    // A verb coordinated after someone's reported words goes with the one who reports them.
    assert.equal(quotesOf('Marchetti said this week that the council would sell the pier and suggested that the levy would go.').at(-1)?.[2], 'Marchetti');
    // A verb coordinated inside a later clause goes with that clause's speaker.
    assert.equal(quotesOf('Penwick called Marchetti a disgrace after she attacked the pilots and blamed the crash on "bias."').at(-1)?.[2], 'she');
    assert.equal(quotesOf('PORT ELLIS, Maine — Mayor Delia Marchetti said on Saturday that she would run, promising to cut the levy.').at(-1)?.[2], 'Mayor Delia Marchetti');
    assert.equal(quotesOf('Penwick unleashed a series of posts early Friday saying that Marchetti had misled the council.').at(-1)?.[2], 'Penwick');
    assert.equal(quotesOf('Penwick issued a statement Tuesday saying, "I regret nothing."').at(-1)?.[2], 'Penwick');
    // A sentence that opens with what was said keeps its speaker.
    assert.equal(quotesOf('The port "has changed for the better," Penwick said in June, citing the new pier.').at(-1)?.[2], 'Penwick');
  });

  it('gives "X quoted Y as saying" to Y, as the passive "Y was quoted by X as saying"', () => {
    assert.equal(speakerOf('The Gazette quoted Marchetti as saying that the levy was unfair.')[0], 'Marchetti');
    assert.equal(speakerOf('The newspaper quoted the harbour master as saying, "The levy is unfair."')[0], 'the harbour master');
    assert.equal(speakerOf('Marchetti was quoted by the Gazette as saying the levy was unfair.')[0], 'Marchetti');
  });

  it('never takes a phrase opening with a preposition as the subject, unless it is a quantity', () => {
    assert.deepEqual(quotesOf('In a Facebook message posted Friday, Penwick said he backed the "ferry levy."').map((q) => [q[2], q[3]]), [['Penwick', 'said']]);
    assert.equal(quotesOf('About 4 in 10 said they backed the levy.')[0][2], 'About 4 in 10');
  });

  it('reads the word after a possessive as a noun: "an estimate for his plans" names no speaker "his"', () => {
    assert.deepEqual(quotesOf('Penwick did not supply an overall cost estimate for his plans, though he said "budget reforms" would pay for them.').map((q) => q[2]), ['he']);
  });

  it('carries a quotation on from what was said, not from a relative clause about the speaker', () => {
    const quotes = quotesOf('"The levy is fair," said Ada Penwick, a pilot at the Port of Ellis, who noted that the fees had doubled. "It pays for the pier."');
    assert.deepEqual(quotes.filter((q) => q[0] === 'direct').map((q) => q[2]), ['Ada Penwick', 'Ada Penwick']);
    const aside = quotesOf('"The pier will hold," Marchetti said in a speech, as she noted that the fees had doubled. "The levy pays for it."');
    assert.deepEqual(aside.filter((q) => q[0] === 'direct').map((q) => q[2]), ['Marchetti', 'Marchetti']);
  });

  it('reads "as X put it" as a cue of speech, but not "put it in the drawer"', () => {
    assert.deepEqual(quotesOf('Or, as Ada Penwick, a former harbour master, put it: "The pier is no longer safe."').map((q) => [q[2], q[3]]), [['Ada Penwick', 'put it']]);
    assert.deepEqual(quotesOf('Penwick put it in the drawer on Monday.'), []);
  });

  it('takes "the 46-year-old" and "the gambling tycoon" as speakers', () => {
    assert.equal(quotesOf('“Donald is an amazing leader,” said the 46-year-old.')[0][2], 'the 46-year-old');
    assert.equal(quotesOf('“It was very nice,” the gambling tycoon told the Gazette.')[0][2], 'the gambling tycoon');
  });

  it('reads "scolded him:" as a cue that introduces the quotation, the listener apart', () => {
    assert.deepEqual(quotesOf('Sen. Ada Marr (D-Maine) scolded him: “The evidence is against you.”').map((q) => [q[2], q[3]]), [['Sen. Ada Marr (D-Maine)', 'scolded']]);
  });

  it('ends a sentence at "a.m." or "p.m." before a capitalised sentence start, not before a lower-case word', () => {
    assert.deepEqual(quotesOf('The district plans to open at 7:20 a.m. Some parents believe the change will hurt students.').map((q) => q[2]), ['The district', 'Some parents']);
    assert.equal(quotesOf('Penwick said the blast came at 8:30 p.m. in front of the pier.')[0][1], 'the blast came at 8:30 p.m. in front of the pier');
  });
});

describe('unsourced claims after an attribution (issue 13)', () => {
  const claims = (paragraph: string) => analyze(`Harbour News\n\n${paragraph}\n`).diagnostics.filter((d) => d.code === 'unsourced-claim').length;

  it('lets what someone said source the next sentence, but not a stance ("The council approved a fee.")', () => {
    assert.equal(claims('Penwick said the levy was unfair. The new levy will cost $9 a month.'), 0);
    assert.equal(claims('The Riverton council approved a stormwater fee on Tuesday. The new fee will add about $9 a month to a typical bill.'), 1);
  });
});

describe('headline speakers in title case (issue 13)', () => {
  const headlineSpeaker = (headline: string) => {
    const analysis = analyze(`${headline}\n\nThe ferry will run again on Friday.\n`);
    const quote = analysis.quotes.find((q) => q.start < headline.length);
    const actor = analysis.actors.find((a) => a.id === quote?.speaker?.actorId);
    return [actor?.name ?? null, actor?.kind ?? null];
  };

  it('reads a capitalised common noun as the description it is ("…, Study Says"), and keeps real names', () => {
    assert.deepEqual(headlineSpeaker('Levy Hurts Families, Study Says'), ['Study', 'document']);
    assert.deepEqual(headlineSpeaker('Bridge Is Safe, Engineer Says')[1], 'anonymous');
    assert.deepEqual(headlineSpeaker('Bridge Is Safe, Lindsey Graham Says'), ['Lindsey Graham', 'person']);
    assert.deepEqual(headlineSpeaker('Levy Is Unfair, Ban Says'), ['Ban', 'person']);
  });
});

describe('doubly-encoded text (issue 13)', () => {
  it('keeps a name with doubly-encoded UTF-8 whole, precomposed or decomposed ("FranÃÂ§ois Hollande")', () => {
    for (const name of ['Fran\u00c3\u00c2\u00a7ois Hollande', 'FranA\u0303\u0083A\u0302\u00a7ois Hollande']) {
      const analysis = analyze(`Harbour News\n\n"Europe must defend itself," French President ${name} said Friday.\n`);
      assert.equal(analysis.quotes[0].speaker?.mention?.text, `French President ${name}`);
    }
  });
});

describe('titles and bodies at a sentence\'s start (a fresh court story)', () => {
  const speakerOf = (text: string, quoteText: RegExp) => {
    const analysis = analyze(`Harbour News\n\n${text}\n`);
    const quote = analysis.quotes.find((q) => quoteText.test(q.text));
    const actor = analysis.actors.find((a) => a.id === quote?.speaker?.actorId);
    return [actor?.name ?? null, actor?.kind ?? null];
  };

  it('keeps a title that opens the sentence ("Judge …", also a verb) with the name after it, so "she" finds her', () => {
    assert.deepEqual(speakerOf('Judge Maren Oduya of Lisle County Superior Court granted the order after a long hearing. She wrote that the tenants were "likely to win" on appeal.', /likely to win/), ['Maren Oduya', 'person']);
  });

  it('gives a description with a body named in apposition to the body ("The developer, Harlow Properties, said")', () => {
    assert.deepEqual(speakerOf('The developer, Harlow Properties, said it would appeal the ruling.', /appeal/), ['Harlow Properties', 'organization']);
  });
});

describe('a speech act as a light verb\'s object ("made a forceful promise")', () => {
  it('gives the speech act to the light verb\'s own subject, not to the sentence\'s first one', () => {
    assert.deepEqual(quotesOf('Leo Ortiz visited the docks on Monday, and the union made a forceful promise that strikes would end.'), [
      ['indirect', 'that strikes would end', 'the union', 'promise'],
    ]);
  });

  it('reads no speech act in a cue noun that modifies another noun ("a public comment session")', () => {
    assert.deepEqual(quotesOf('The board held a public comment session on the levy.').filter((q) => q[3] === 'comment'), []);
    assert.deepEqual(quotesOf('Leo Ortiz, who has a public comment period planned, said nothing.').filter((q) => q[3] === 'comment'), []);
  });
});

describe('staff roles after a rank or a title', () => {
  it('adds no past office of one\'s own to a senator\'s role, so a later "the secretary" is someone else', () => {
    const analysis = analyze('Harbour News\n\nSen. Ada Marsh, a former Treasury secretary, said the levy would rise.\n\nMayor Leo Ortiz met the board on Monday. The secretary said the fares would rise.\n');
    const speakerOf = (content: string) => analysis.actors.find((a) => a.id === analysis.quotes.find((q) => q.text === content)?.speaker?.actorId);
    assert.equal(speakerOf('the levy would rise')?.name, 'Ada Marsh');
    assert.equal(speakerOf('the levy would rise')?.role, 'senator');
    assert.notEqual(speakerOf('the fares would rise')?.name, 'Ada Marsh');
  });
});
