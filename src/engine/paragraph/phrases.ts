// Vague-sourcing phrases ("critics say") and reasons for anonymity, matched as words, never as patterns.
import { ANONYMITY_REASONS } from '../lexicon';
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
