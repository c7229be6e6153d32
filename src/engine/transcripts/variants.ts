// The same words written two ways: a contraction and its long form ("we're", "we are"), a number
// in figures and in words ("5", "five"; "48,000", "forty-eight thousand"). A quote that differs from
// its transcript only so is not a misquote but a smaller difference (`quote-variant`).
import { normalizeWord, WORD_PATTERN } from './words';

/** Words that take a contracted verb ("we're", "it's", "there's"). */
const CONTRACTING_WORDS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how']);

/** The verb after such a word and its contracted ending: "we are" is "we're". */
const CONTRACTED_VERBS: Record<string, string> = {
  am: "'m",
  are: "'re",
  is: "'s",
  has: "'s",
  have: "'ve",
  will: "'ll",
  would: "'d",
  had: "'d",
};

/** Negations whose verb is not the word before "n't": "won't" is "will not". */
const IRREGULAR_NEGATIONS: Record<string, string> = { "won't": 'will', "can't": 'can', cannot: 'can', "shan't": 'shall' };

/** Number words, by value; scales multiply what comes before them. */
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

function isNumberWord(word: string): boolean {
  return word in NUMBER_WORDS || word in SCALES || /^\d+$/.test(word);
}

/** The words in one spelling: contractions contracted, numbers in figures. */
export function canonicalWords(text: string): string[] {
  // "48,000" is one number, not "48" and "000".
  // Negations spelled out first, so "we aren't" and "we are not" both become "we're not".
  const words = (text.replace(/(\d),(?=\d{3}\b)/g, '$1').match(WORD_PATTERN) ?? []).map(normalizeWord).flatMap((word) => {
    if (word in IRREGULAR_NEGATIONS) return [IRREGULAR_NEGATIONS[word], 'not'];
    return word.length > 3 && word.endsWith("n't") ? [word.slice(0, -3), 'not'] : [word];
  });
  const out: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const next = words[index + 1];
    if (CONTRACTING_WORDS.has(word) && next !== undefined && next in CONTRACTED_VERBS) {
      out.push(word + CONTRACTED_VERBS[next]);
      index++;
    } else if (word === 'let' && next === 'us') {
      out.push("let's");
      index++;
    } else if (isNumberWord(word)) {
      // A run of number words ("forty eight thousand", "5 million", "one hundred and six") as one figure.
      let total = 0;
      let current = 0;
      let end = index;
      while (end < words.length && (isNumberWord(words[end]) || (words[end] === 'and' && end > index && end + 1 < words.length && words[end + 1] in NUMBER_WORDS))) {
        const part = words[end];
        if (part in SCALES) {
          if (SCALES[part] === 100) current = (current || 1) * 100;
          else {
            total += (current || 1) * SCALES[part];
            current = 0;
          }
        } else if (part !== 'and') current += part in NUMBER_WORDS ? NUMBER_WORDS[part] : Number(part);
        end++;
      }
      out.push(String(total + current));
      index = end - 1;
    } else out.push(word);
  }
  return out;
}

/** Whether two pieces of text say the same words, spelled apart from contractions and numbers. */
export function sameWords(a: string, b: string): boolean {
  const left = canonicalWords(a);
  const right = canonicalWords(b);
  return left.length > 0 && left.length === right.length && left.every((word, index) => word === right[index]);
}
