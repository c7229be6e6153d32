// Evidence that decides whom a pronoun means, one behaviour per test, each on a few fictional
// sentences: who is a candidate at all, which gender and role the text gives a name, and which
// candidate a reader keeps in mind.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';

/** The name of the actor who speaks the quote containing `words`. */
function speakerOf(analysis: Analysis, text: string, words: string): string | undefined {
  const at = text.indexOf(words);
  assert.ok(at >= 0, `${JSON.stringify(words)} is not in the text`);
  const quote = analysis.quotes.find((q) => q.start <= at && q.end >= at + words.length);
  assert.ok(quote, `no quote holds ${JSON.stringify(words)}`);
  return analysis.actors.find((actor) => actor.id === quote.speaker?.actorId)?.name;
}

describe('pronoun evidence', () => {
  it('reads "Secretary of Transportation Gordon Whitlock" as a title and a person, whom "he" then means', () => {
    const text = [
      'Road stays closed',
      'Mayor Ted Brandt condemned the closure. “It is reckless,” he told reporters.',
      'Secretary of Transportation Gordon Whitlock said the agency would review the decision. “We will not wait for the courts,” he said.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'We will not wait'), 'Gordon Whitlock');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Gordon Whitlock')?.role, 'Secretary of Transportation');
  });

  it('reads a capitalised job before a first name and a surname ("Machinist Anton Becker") as his role, not part of his name', () => {
    const text = [
      'Shipyard to close',
      'Machinist Anton Becker, a member of the boilermakers\u2019 union, said he feared for the yard. “Nobody wants to lose this place,” Becker said.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'Nobody wants to lose'), 'Anton Becker');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Anton Becker')?.role, 'machinist');
    // A name that ends in a body is no person's: "Mother" stays in the church's name.
    const church = 'Vigil held\n\nThe Mother Emanuel Church said it would hold a vigil.';
    assert.deepEqual(analyze(church).actors.map((actor) => actor.name), ['Mother Emanuel Church']);
  });

  it('keeps "he" with the subject of its own paragraph, over a man who spoke only the paragraph before, and flags no ambiguity', () => {
    const text = [
      'Port dredging stalls',
      'Owen Marsh, a harbour pilot, said the channel was too shallow. “We scrape bottom every week,” Marsh said.',
      'Carl Ostrow, a former tug captain, said the port had ignored the pilots. “We need dredging, not studies,” he said.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'We need dredging'), 'Carl Ostrow');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'ambiguous-speaker').map((d) => d.message), []);
    // With both men in the paragraph before, "he" stays ambiguous.
    const both = 'Port dredging stalls\n\nOwen Marsh, a harbour pilot, said the channel was too shallow. Carl Ostrow, a former tug captain, said the port had ignored the pilots.\n\n“We need dredging, not studies,” he said.';
    assert.ok(analyze(both).diagnostics.some((d) => d.code === 'ambiguous-speaker'));
  });

  it('gives a name that only modifies a noun ("a female Whitlock supporter") neither the gender nor the role of the phrase', () => {
    const text = 'Town meeting\n\nGordon Whitlock spoke for an hour. A female Whitlock supporter waved a sign outside the hall.\n\n“He never misses a town meeting,” Whitlock’s aide said.';
    const whitlock = analyze(text).actors.find((actor) => actor.name === 'Gordon Whitlock');
    assert.ok(whitlock, 'Whitlock is an actor');
    assert.notEqual(whitlock.gender, 'female');
    assert.ok(!/female/.test(whitlock.role ?? ''), `role ${JSON.stringify(whitlock.role)}`);
  });

  it('keeps "he" with the subject of its own sentence over a man named a paragraph before, whatever their first names say', () => {
    const text = [
      'Footage released',
      'Attorney General Roy Whitmer called on Friday for the footage to be released.',
      'Kerr Okafor, the county police chief, said the video was unclear. “The evidence supports what we have heard,” he said.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'The evidence supports'), 'Kerr Okafor');
  });

  it('gives "they" to two people named together, with their party appositions between them', () => {
    const text = [
      'Visa program faces review',
      'Sen. Ada Brill, Republican of Iowa, and Sen. Tomas Ferrer, Democrat of Vermont, sent a letter on Thursday to the committee.',
      '“The program has become plagued by fraud,” they wrote.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'plagued by fraud'), 'Ada Brill and Tomas Ferrer');
  });

  it('makes "Ms. Brill and Mr. Ferrer say" one source of two, whom the next "they" means too', () => {
    const text = 'Visa program faces review\n\nMs. Ada Brill and Mr. Tomas Ferrer say other changes are needed.\n\nThe program has grown well beyond its purpose, they say.';
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'other changes are needed'), 'Ada Brill and Tomas Ferrer');
    assert.equal(speakerOf(analysis, text, 'grown well beyond'), 'Ada Brill and Tomas Ferrer');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Ada Brill and Tomas Ferrer')?.kind, 'group');
  });

  it('keeps a company named with "and" one organisation, not two people', () => {
    const text = 'Sales rise\n\nProcter and Gamble said sales rose. “We are pleased,” it said.';
    assert.ok(!analyze(text).actors.some((actor) => / and /.test(actor.name) && actor.kind === 'group'));
  });

  it('does not take "one of the mayor\u2019s aides" for the mayor, and keeps the mayor in focus through "The mayor\u2019s roots…"', () => {
    const text = [
      'Harbor plan advances',
      'Mayor Delia Marchetti, 58, has pushed the harbor plan for a decade.',
      'Owen Brandt, one of the mayor\u2019s closest aides, recalled her talking about the flood of 1998. Brandt, a former engineer, wrote the first draft.',
      'The mayor\u2019s coastal roots also came into play. In Port Ellis last week, she told residents that few people understood the stakes better.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'few people understood'), 'Delia Marchetti');
    const brandt = analysis.actors.find((actor) => actor.name === 'Owen Brandt');
    assert.ok(brandt, 'Brandt is an actor');
    assert.ok(!brandt.aliases.some((alias) => /^the mayor$/i.test(alias)), `Brandt's aliases: ${brandt.aliases.join(', ')}`);
  });

  it('keeps a description that is the subject after an opening phrase ("In defeat, the senator appeared…") in focus for "he"', () => {
    const text = [
      'Climate bill fails',
      'Sen. Carl Ostrow wrote the bill. Rep. Lyle Dunn opposed it. “It goes too far,” Dunn said in an interview.',
      'In defeat, the senator appeared cowed. “I was wrong about the votes,” he said.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'I was wrong about the votes'), 'Carl Ostrow');
  });

  it('reads a subject\u2019s gender from its own "his" or "her" ("Ridley told his listeners")', () => {
    const text = [
      'Radio host mocks rival',
      'Bram Ridley told his listeners on Monday that the debate was rigged.',
      '“She can\u2019t win without the referee,” Ridley said of Nora Castellane.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(analysis.actors.find((actor) => actor.name === 'Bram Ridley')?.gender, 'male');
    assert.equal(speakerOf(analysis, text, 'win without the referee'), 'Bram Ridley');
  });

  it('does not read an object "her" as the subject\u2019s own ("Ridley told her that…")', () => {
    const text = 'Radio host mocks rival\n\nBram Ridley told her that the debate was rigged.';
    assert.notEqual(analyze(text).actors.find((actor) => actor.name === 'Bram Ridley')?.gender, 'female');
  });

  it('takes the gender a title states over a first name\u2019s ("said 9/11 widow Terry Strada", then "she")', () => {
    const text = [
      'Families press Congress',
      '“The rationales for the veto do not hold,” said 9/11 widow Terry Halvorsen.',
      '“We are asking for our day in court,” she said.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'our day in court'), 'Terry Halvorsen');
  });

  it('reads a title word that ends a name ("Howard Dean") or stands alone before its verb ("Dean, a doctor, appeared") as a surname', () => {
    const text = [
      'Strategist asks for apology',
      'Mara Voss on Wednesday called on Howard Dean to apologize to the mayor.',
      '“That was outrageous,” Voss said.',
      'Dean, a medical doctor, then appeared on a morning show. He defended the remark: “Something funny was going on.”',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.ok(analysis.actors.some((actor) => actor.name === 'Howard Dean'), analysis.actors.map((actor) => actor.name).join(', '));
    assert.equal(speakerOf(analysis, text, 'Something funny'), 'Howard Dean');
  });

  it('keeps a party word alone no one\u2019s name ("Democratic leaders said")', () => {
    const text = 'Budget vote\n\nDemocratic leaders said the vote would wait.';
    assert.ok(!analyze(text).actors.some((actor) => actor.name === 'Democratic'));
  });

  it('reads a title word after an honorific as a surname ("Mr. Justice said")', () => {
    const text = 'Coal deal\n\nJim Justice, a wealthy businessman, hired the firm in 2014. “We had a lot to fix,” Mr. Justice said.';
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'a lot to fix'), 'Jim Justice');
  });

  it('does not put the object of a preposition in focus ("praise from President Ilya Voronin would not…")', () => {
    const text = [
      'Candidate courts veterans',
      'Gus Marlowe said praise from Russian President Ilya Voronin would not affect his policy. He said the veterans deserved better.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'the veterans deserved better'), 'Gus Marlowe');
  });

  it('notes where unnamed sources work ("Officials at Kessler Safety Investigations said"), so that "the agency" later is that body', () => {
    const text = [
      'Visa program under review',
      'Officials at Kessler Safety Investigations said they were concerned about the documents.',
      'In a 2013 memo, the agency suggested that the program end.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'the program end'), 'Kessler Safety Investigations');
  });

  it('reads ", president of the …," as a role, and takes a source introduced by name and role at a sentence\u2019s end as the next quote\u2019s "he"', () => {
    const text = [
      'Caucus worries about turnout',
      'While Governor Dale Pruett drew crowds in 2012, the campaign has struggled, which concerns Henry Okafor, president of the Riverside Black Caucus.',
      '“No one is writing songs for this ticket,” he said.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'No one is writing songs'), 'Henry Okafor');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Henry Okafor')?.role, 'president of the Riverside Black Caucus');
  });

  it('reads "X said he…" as X\u2019s own gender, over a first name the lexicon files the other way', () => {
    const text = [
      'Mosque leaders speak out',
      'Dennis Garrow, a retiree who lives nearby, said he had never seen trouble there.',
      'Inside the mosque, Adel Nouri said he and others were collecting money for the victims.',
      '“We are in shock,” he said.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'We are in shock'), 'Adel Nouri');
  });

  it('reads a description with a name in apposition ("The association\u2019s president, Carl Ostrow,") as that person, with the description as his role', () => {
    const text = [
      'Port dredging stalls',
      'Owen Marsh, a harbour pilot, said the channel was too shallow. “We scrape bottom every week,” Marsh said.',
      'The association\u2019s president, Carl Ostrow, walked out of the meeting. Ostrow, a former tug captain, said the port had ignored the pilots.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(analysis.actors.find((actor) => actor.name === 'Carl Ostrow')?.role, 'association\u2019s president');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Owen Marsh')?.role, 'harbour pilot');
  });

  it('gives a description with a name in apposition the same role, without its article, whether the person speaks there or is only named', () => {
    const role = (text: string) => analyze(text).actors.find((actor) => actor.name === 'Maren Holt')?.role;
    // The speaker of "said", found back from the cue through the apposition.
    assert.equal(role('Strike fund runs dry\n\nThe union\u2019s treasurer, Maren Holt, said the fund was empty.'), 'union\u2019s treasurer');
    // Named in one sentence, the subject "she" of a later quote means.
    assert.equal(role('Strike fund runs dry\n\nThe union\u2019s treasurer, Maren Holt, closed the books on Friday. \u201cThe fund is empty,\u201d she said.'), 'union\u2019s treasurer');
  });

  it('reads a state after a place ("the mayor of Dunmore, Virginia,") as the place, not as a person named in apposition', () => {
    const text = 'Bridge shut\n\nThe mayor of Dunmore, Virginia, closed the bridge on Monday. \u201cWe had no choice,\u201d she said.';
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'We had no choice'), 'the mayor of Dunmore');
    assert.ok(!analysis.actors.some((actor) => actor.name === 'Virginia'));
    // A given name that is also a state's stays a person's in a full name.
    const person = 'Bridge shut\n\nThe mayor of Dunmore, Virginia Hale, closed the bridge on Monday. \u201cWe had no choice,\u201d she said.';
    assert.equal(speakerOf(analyze(person), person, 'We had no choice'), 'Virginia Hale');
  });

  it('steps over a party-and-state apposition (", D-Bellhaven,") to pair the two lawmakers for "they"', () => {
    const text = [
      'Ferry fares rise',
      'Rep. Calvin Reyes, D-Bellhaven, and Sen. Martha Quill, R-Mich., sent a joint letter opposing the increase.',
      '“Islanders cannot drive around the lake,” they wrote.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'Islanders cannot drive'), 'Calvin Reyes and Martha Quill');
  });

  it('pairs "X, a Republican, and state Rep. Y, a Democrat," for "they", with the lower-case title as part of the second person\u2019s phrase', () => {
    const text = [
      'Library branch to close',
      'City Commissioner Ines Garvey, a Republican, and state Rep. Victor Lund, a Democrat, signed a letter to the library board on Monday. They said the branch served 900 readers a week.',
      'Lund said the board had not answered.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'the branch served'), 'Ines Garvey and Victor Lund');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'ambiguous-speaker').map((d) => d.message), []);
    assert.equal(analysis.actors.find((actor) => actor.name === 'Victor Lund')?.role, 'state representative');
  });

  it('steps over a party and a state abbreviation with its own period (", R-Wis.,") to pair the two lawmakers for "they"', () => {
    const text = 'Visa program faces review\n\nRep. Ada Brill, R-Wis., and Sen. Tomas Ferrer, D-Vt., sent a letter on Thursday to the committee.\n\n\u201cThe program has become plagued by fraud,\u201d they wrote.';
    assert.equal(speakerOf(analyze(text), text, 'plagued by fraud'), 'Ada Brill and Tomas Ferrer');
  });

  it('steps over an age apposition (", 64,") to pair the two people for "they"', () => {
    const text = [
      'Bus fares rise',
      'Harold Pike, 64, and Marta Gill, 58, signed a petition against the increase.',
      '“We cannot pay more,” they wrote.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'We cannot pay more'), 'Harold Pike and Marta Gill');
  });

  it('gives "the woman" only to someone the text shows to be a woman, not to a name with no gender ("a Marlow supporter")', () => {
    const text = [
      'Flood relief',
      'The Courier profiled a Marlow supporter who lost her shop in the flood.',
      'The woman says the city ignored the warnings. “Nobody came to help us,” she said.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'Nobody came to help us'), 'the woman');
    assert.equal(analysis.actors.some((actor) => actor.name === 'Marlow'), false);
  });

  it('reads "he" as the man named in its own sentence ("Mr. Ortega\u2019s remarks, in which he said") over a subject two paragraphs back', () => {
    const text = [
      'Port vote',
      'Desmond Hale chairs the port authority.',
      'Few expected the vote to pass.',
      'Critics seized upon Mr. Ortega\u2019s remarks, in which he said the port would close by spring.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'the port would close'), 'Ortega');
  });

  it('reads a place or a body before a description\u2019s noun as where the person serves, not as the person ("the Vermont senator", "the RT host")', () => {
    const text = [
      'Dairy subsidies',
      'Sen. Harold Price, a Republican, opposed the cuts on Tuesday.',
      '\u201cOur farms cannot absorb this,\u201d the Vermont senator said.',
    ].join('\n\n');
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'Our farms cannot absorb'), 'Harold Price');
    assert.deepEqual(analysis.actors.map((actor) => actor.name), ['Harold Price']);
  });

  it('reads "a New York judge" as someone new, not as anyone named before, and several people described ("the authors") as no "he"', () => {
    const judge = 'Divorce files\n\nHarold Price opposed the request for his divorce files.\n\nA New York judge said on Friday that the files would stay sealed.';
    assert.equal(speakerOf(analyze(judge), judge, 'the files would stay sealed'), 'a New York judge');
    const delegate = [
      'Convention week',
      '\u201cWe have to engage them,\u201d wrote the authors of the report.',
      'One California delegate said he tried to give away guest passes. \u201cNot even one,\u201d he said.',
    ].join('\n\n');
    const analysis = analyze(delegate);
    assert.ok(!['the authors', 'California'].includes(speakerOf(analysis, delegate, 'Not even one') ?? ''));
  });

  it('reads "who" after a name and its indefinite apposition as the named person ("Dara Quill, a clerk at the county records office who told")', () => {
    const text = 'Records dispute\n\nInvestigators questioned several employees, including Dara Quill, a clerk at the county records office who told colleagues never to discuss the files.';
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'never to discuss the files'), 'Dara Quill');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Dara Quill')?.role, 'clerk at the county records office');
  });

  it('reads "who" after a name and its definite apposition as the named person, not the place in the title ("Hollis Crane, the former Vermont governor, who said")', () => {
    const text = 'Pipeline vote\n\nThe loudest critic was Hollis Crane, the former Vermont governor, who said the pipeline would never be built.';
    const analysis = analyze(text);
    assert.equal(speakerOf(analysis, text, 'the pipeline would never be built'), 'Hollis Crane');
    assert.equal(analysis.actors.find((actor) => actor.name === 'Hollis Crane')?.role, 'former Vermont governor');
  });

  it('reads "the judge" as the person titled Justice, over a man who spoke since ("County Court Justice Ada Rhee … the judge wrote")', () => {
    const text = [
      'Zoning ruling',
      'County Court Justice Ada Rhee rejected the developer\u2019s appeal on Monday.',
      'Marcus Dole, the developer, said he would take the case to a higher court.',
      '\u201cThe ordinance is clear,\u201d the judge wrote.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'The ordinance is clear'), 'Ada Rhee');
  });

  it('gives a surname met first ("Okafor said") the gender of the first name it later gets ("Harold Okafor"), so the tie-breaker keeps him for "he"', () => {
    const text = [
      'Okafor wins',
      '\u201cWe won,\u201d Okafor said on election night.',
      'Tom Ruiz dozed in the front row as Harold Okafor took the stage.',
      '\u201cWe did it together,\u201d he said.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'We did it together'), 'Harold Okafor');
  });

  it('reads an abstract noun that opens a sentence ("Immigration dominated the meeting") as no one "she" can mean', () => {
    const text = [
      'Shelter strain',
      'Tenants packed the hall where Ruth Adler spoke on Monday.',
      'Immigration dominated the meeting. \u201cWe are full every night,\u201d she said.',
    ].join('\n\n');
    assert.equal(speakerOf(analyze(text), text, 'We are full every night'), 'Ruth Adler');
  });
});
