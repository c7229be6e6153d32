// Person-like mentions outside quotations, for later pronouns and titles to refer to.
import { GOVERNING_PREPOSITIONS, ROLE_NOUNS } from '../lexicon';
import { classify, isCapitalized, pairOfPeople, phraseEndingAt, phraseStartingAt } from '../mentions';
import { apposedRole, appositionEnd, statesRole, appositionRole, employerIn, modifiedNoun, opensClause, startsPredicate } from '../salience';
import type { Mention } from '../mentions';
import type { TextRange, Token } from '../segment';
import type { NameMention } from './model';
import { apposedName } from './speaker';
import { hasWordWithin, tokenIndexAt } from './tokens';

/** Person-like mentions in a sentence, outside quotes: candidates for pronouns and titles. */
export function collectNames(
  tokens: readonly Token[], start: number, end: number, paragraph: string, out: NameMention[],
  speakers: ReadonlySet<number>, listeners: ReadonlySet<number>, contents: readonly TextRange[] = [],
): void {
  // "An aide said the county administrator had pushed…": a description inside someone's statement
  // is a third party, never merged into a person named before.
  const inStatement = (mention: Mention): boolean => contents.some((content) => mention.start >= content.start && mention.end <= content.end);
  // The last person named and the token after it (after its apposition, if any): "A, a senator, and B" pairs them.
  let previous: { mention: Mention; next: number; salient: boolean } | null = null;
  let i = start;
  while (i < end) {
    const token = tokens[i];
    const atStart = i === start;
    if (token.kind === 'word' && isCapitalized(token) && !(atStart && /^(the|a|an|but|and|in|on|at|for|as|if|when|while|after|before|since|although|though|yes|no|so|this|that|it|he|she|they|we|i|last|next|by|with|from|to|of|or|meanwhile|however|still|also|then)$/.test(token.lower))) {
      let j = i;
      while (j + 1 < end && tokens[j + 1].kind === 'word' && (isCapitalized(tokens[j + 1]) || (tokens[j + 1].lower === 'of' && tokens[j + 2] && isCapitalized(tokens[j + 2])))) j++;
      // Include a title before the name ("The official", "the minister") by asking the phrase parser,
      // but not another name coordinated before it ("Eleanor Voigt and Jordan Ames" are two people).
      const phrase = phraseEndingAt(tokens, j, start, paragraph);
      const coordinated = phrase !== null && phrase.start < token.start && hasWordWithin(tokens, tokenIndexAt(tokens, phrase.start, start), i - 1, 'and');
      // "a female Trump supporter": the words before the name describe the supporter, not Trump.
      const modifier = modifiedNoun(tokens, j + 1);
      const mention = coordinated || modifier ? classify(tokens, i, j + 1, paragraph) : phrase;
      // "Inspectors from the Ministry of Water Resources": the capitalised run names someone the phrase around it does not.
      const inner = mention && mention.kind !== 'name' && mention.kind !== 'description' && mention.kind !== 'organization' && i < j
        ? classify(tokens, i > start && tokens[i - 1].lower === 'the' ? i - 1 : i, j + 1, paragraph) : null;
      if (inner && inner.kind === 'organization') out.push({ mention: inner, salient: false, listener: listeners.has(inner.start) });
      else if (inner && mention && (mention.kind === 'group' || mention.kind === 'anonymous')) {
        // "Officials at Homeland Security Investigations": where the sources work is in the story, for "the agency" later.
        const employer = employerIn(tokens, tokenIndexAt(tokens, mention.start, start), j + 1, paragraph);
        if (employer) out.push({ mention: employer, salient: false, listener: false });
      }
      if (mention && (mention.kind === 'name' || mention.kind === 'description' || mention.kind === 'organization')) {
        // "Lars Brenner, an official at the state labor department, reviewed…": the apposition is
        // his role, not a source of its own.
        const closer = mention.kind === 'name' ? appositionEnd(tokens, j + 1, end) : -1;
        const role = closer !== -1 ? appositionRole(tokens, j, closer, paragraph) : null;
        const named = role && !statesRole(mention) ? { ...mention, role } : mention;
        // "praise from Russian President Vladimir Putin would not…": the object of a preposition is no subject, whatever follows it.
        const first = tokenIndexAt(tokens, mention.start, start);
        // "…a perception that Trump is racist": the subject of a clause after "that" is not what the sentence is about.
        const governed = first > start && tokens[first - 1].kind === 'word' && (GOVERNING_PREPOSITIONS.has(tokens[first - 1].lower) || tokens[first - 1].lower === 'that');
        // "…that concerns Henry Crespo, president of the Florida Democratic Black Caucus.": a source
        // introduced by full name and role at a sentence's end is whom the next quote is from.
        const introduced = role !== null && mention.kind === 'name' && /\s/.test(mention.name ?? '') && (closer === end || tokens[closer]?.text === '.');
        // "…, which runs Ridgeline’s accounts,": a possessive owns the noun after it; the noun, not the name, may be a
        // subject. A person's possessive keeps them in focus ("Clinton’s plan would…" is about her).
        const possessive = /['’]s?$/.test(tokens[j].text) && tokens[j + 1]?.kind === 'word' && mention.entity !== 'person';
        const salient = speakers.has(mention.start) || atStart || introduced || (!governed && !possessive && (opensClause(tokens, first, start) || startsPredicate(tokens, role ? closer + 1 : j + 1)));
        out.push({ mention: named, salient, listener: listeners.has(mention.start) });
        // "Mr. Obama and Hillary Clinton never tire…", "Grassley, Republican of Iowa, and Leahy, Democrat of Vermont, see…":
        // the two together are whom a later "they" means. The "and" comes before the second phrase's
        // lower-case title words too ("…, a Republican, and state Sen. Rosa Almeida").
        const pair = coordinated && phrase?.members ? phrase
          : previous && joinedByAnd(tokens, previous.next, first) ? pairOfPeople(previous.mention, named, paragraph) : null;
        if (pair) out.push({ mention: pair, salient: (previous?.salient ?? false) || salient, listener: listeners.has(pair.start) });
        previous = mention.kind === 'name' ? { mention: named, next: closer !== -1 ? closer + 1 : j + 1, salient } : null;
        if (closer !== -1) {
          // "Nadia Pruitt, a spokeswoman for Ellis County Transit,": her employer is in the story too;
          // ", D-Mich.," is a party and a state, no one of its own.
          const employer = role ? employerIn(tokens, j + 1, closer, paragraph) : null;
          if (employer) out.push({ mention: employer, salient: false, listener: false });
          i = closer + 1;
          continue;
        }
      }
      i = j + 1;
      continue;
    }
    if (token.lower === 'the' && i === start && tokens[i + 1]?.kind === 'word' && /^\p{Ll}+['’]s$/u.test(tokens[i + 1].text) && ROLE_NOUNS.has(tokens[i + 1].lower.slice(0, -2))) {
      // "The president's Pacific roots also came into play": the sentence is about the president.
      const mention = classify(tokens, i, i + 2, paragraph);
      if (mention?.kind === 'description') out.push({ mention, salient: true, listener: false });
    }
    if (token.kind === 'word' && (token.lower === 'the' || token.lower === 'a' || token.lower === 'an') && tokens[i + 1]?.kind === 'word') {
      // "The official", "the minister": descriptions that refer back to a named person.
      const mention = phraseStartingAt(tokens, i, end, paragraph);
      if (mention && !mention.generic && (mention.kind === 'description' || mention.kind === 'anonymous' || mention.kind === 'document') && !(mention.kind !== 'anonymous' && inStatement(mention))) {
        const after = tokenIndexAt(tokens, mention.end, i);
        // "The union's president, Walt Dean, disputed…": the description is the name's role, no one of its own.
        const apposed = mention.kind === 'description' ? apposedName(tokens, after - 1, end, paragraph) : null;
        // In focus when it speaks, opens the sentence, or is the subject of the predicate after it.
        const inFocus = (predicate: number): boolean => speakers.has(mention.start) || i === start || ((opensClause(tokens, i, start) || tokens[i - 1]?.text === ',') && startsPredicate(tokens, predicate));
        if (apposed) {
          const salient = speakers.has(apposed.name.start) || inFocus(apposed.closer + 1);
          const named = { ...apposed.name, role: apposedRole(apposed.name, mention) };
          out.push({ mention: named, salient, listener: listeners.has(mention.start) || listeners.has(apposed.name.start) });
          previous = { mention: named, next: apposed.closer + 1, salient };
          i = apposed.closer;
          continue;
        }
        // "In defeat, the president appeared cowed": a description that is the subject is in focus, as a name is.
        const salient = inFocus(after);
        out.push({ mention, salient, listener: listeners.has(mention.start) });
        // "a spokeswoman for Ellis County Transit": the organisation is in the story too, for "the agency" later.
        const employer = employerIn(tokens, i, after, paragraph);
        if (employer) out.push({ mention: employer, salient: false, listener: false });
        i = after;
        continue;
      }
    }
    if (token.kind === 'word' && /^(officials|sources|aides|diplomats|investigators|analysts|experts|critics|lawmakers|residents|protesters)$/.test(token.lower) && (i === start || tokens[i - 1].kind !== 'word' || /^(and|but|that)$/.test(tokens[i - 1].lower))) {
      // "officials in the West … and they fear": bare plural sources that "they" may refer to.
      const mention = phraseStartingAt(tokens, i, end, paragraph);
      if (mention && mention.kind !== 'pronoun') {
        out.push({ mention, salient: true, listener: false });
        i = tokenIndexAt(tokens, mention.end, i);
        continue;
      }
    }
    if (token.kind === 'word' && /^(he|she)$/.test(token.lower)) {
      const mention = classify(tokens, i, i + 1, paragraph);
      if (mention) out.push({ mention, salient: true, listener: listeners.has(mention.start) });
    }
    i++;
  }
}

/** Whether the tokens from `from` up to `to` are just "and" or ", and". */
function joinedByAnd(tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from + 1) return tokens[from].lower === 'and';
  return to === from + 2 && tokens[from].text === ',' && tokens[from + 1].lower === 'and';
}
