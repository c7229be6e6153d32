// Vague-sourcing phrases ("critics say") and reasons for anonymity, matched as words, never as patterns.
import { ANONYMITY_REASONS, ANONYMITY_REASON_LINKS } from '../lexicon';
import type { TextRange, Token } from '../segment';

/** Phrases matched word by word within a sentence, outside quotations (never as patterns). */
export function findPhrases(tokens: readonly Token[], tokenSentence: readonly number[], phrases: readonly string[][]): TextRange[] {
  const hits: TextRange[] = [];
  const firstWords = new Set(phrases.map((p) => p[0]));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !firstWords.has(tokens[i].lower)) continue;
    for (const phrase of phrases) {
      if (phrase[0] !== tokens[i].lower || i + phrase.length > tokens.length) continue;
      let matches = true;
      for (let k = 1; k < phrase.length && matches; k++) {
        const token = tokens[i + k];
        matches = token.kind === 'word' && token.lower === phrase[k] && tokenSentence[i + k] === tokenSentence[i];
      }
      // Hits come in reading order, so one that starts here can only be the last (no search through them all).
      if (matches && hits.at(-1)?.start !== tokens[i].start) hits.push({ start: tokens[i].start, end: tokens[i + phrase.length - 1].end });
    }
  }
  return hits;
}

export const ANONYMITY_REASON_PATTERN = new RegExp(ANONYMITY_REASONS.map((reason) => reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

/** Reasons for anonymity as words, for matching at a cue. */
const REASON_WORDS = ANONYMITY_REASONS.map((reason) => reason.split(' '));
/** How many such words are stepped over. */
const MAX_WORDS_BEFORE_REASON = 4;

/**
 * Whether the verb at token `i` states why a source goes unnamed ("who asked not to be named because…",
 * "who spoke on condition of anonymity", "declined to be identified"): the reason for anonymity, not
 * something the source said. The reason opens at the verb or after a few linking words.
 */
export function opensAnonymityReason(tokens: readonly Token[], i: number, end: number): boolean {
  for (let at = i; at < end && at - i <= MAX_WORDS_BEFORE_REASON; at++) {
    if (tokens[at].kind !== 'word') return false;
    if (REASON_WORDS.some((words) => words.every((word, k) => at + k < end && tokens[at + k].kind === 'word' && tokens[at + k].lower === word))) return true;
    if (at > i && !ANONYMITY_REASON_LINKS.has(tokens[at].lower)) return false;
  }
  return false;
}
