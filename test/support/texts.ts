// Deterministic hostile texts for stress tests: the same bytes on every run, so a slow case can be
// reproduced and timed again.

/** A small seeded generator (mulberry32): Math.random would make a slow case unrepeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the city said council bridge mayor told reporters according to officials engineer ' +
  'she he they warned claimed admitted critics say some have described a source spokeswoman ' +
  'Marchetti Penwick Achterberg Port Ellis Thursday harbour ferry budget repairs beams steel'
).split(' ');

/** `bytes` characters of words and single spaces: no punctuation, no line break, one endless sentence. */
export function wordsWithoutPunctuation(bytes: number, seed = 1): string {
  const next = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const w = WORDS[Math.floor(next() * WORDS.length)];
    parts.push(w);
    length += w.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/** `count` opening quotation marks of every style, none of them ever closed, in short paragraphs. */
export function unmatchedQuotes(count: number, seed = 2): string {
  const next = prng(seed);
  const marks = ['“', '"', '‘', '«', '„', '‹', "''", '「'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${marks[i % marks.length]}${WORDS[Math.floor(next() * WORDS.length)]} said Penwick `);
    if (i % 40 === 39) out.push('\n\n');
  }
  return out.join('');
}

/** The article's paragraphs run together on one line until it is `bytes` long. */
export function singleLine(article: string, bytes: number): string {
  const line = article.replace(/\r\n|\r|\n/g, ' ');
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
}

/** The article with its line breaks cycling through LF, CRLF, CR and the Unicode separators. */
export function mixedLineEnds(article: string): string {
  const ends = ['\n', '\r\n', '\r', '\r\n', '\u2028', '\n'];
  let i = 0;
  return article.replace(/\n/g, () => ends[i++ % ends.length]);
}

/** The article with emoji, flags, ZWJ sequences and astral letters among its words. */
export function withAstral(article: string, seed = 3): string {
  const next = prng(seed);
  const astral = ['😀', '👩‍🚒', '🇺🇸', '𝒜𝓁𝒾𝒸𝑒', '🏳️‍🌈', '𠜎', '👍🏽', '\u{1F600}\u{FE0F}'];
  return article.replace(/ /g, (space) => (next() < 0.15 ? ` ${astral[Math.floor(next() * astral.length)]} ` : space));
}

/** Right-to-left news copy: Arabic and Hebrew paragraphs with their own quotation marks and bidi controls. */
export function rtlText(paragraphs: number): string {
  const arabic = 'قال رئيس البلدية «سنعيد فتح الجسر قريبا» للصحفيين يوم الخميس، وفقا لمسؤول في المدينة.';
  const hebrew = 'ראש העיר אמר: ״הגשר ייפתח מחדש בעוד שבועיים״, כך נמסר לכתבים ביום חמישי.';
  const mixed = '\u202BThe mayor said “\u05D4\u05D2\u05E9\u05E8 \u05E1\u05D2\u05D5\u05E8” to reporters.\u202C \u200F“مغلق”\u200E, she said.';
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) out.push([arabic, hebrew, mixed][i % 3]);
  return out.join('\n\n');
}

/** The article with NUL bytes sprinkled through it and a block of them in the middle. */
export function withNul(article: string): string {
  let i = 0;
  const sprinkled = article.replace(/./g, (c) => (++i % 11 === 0 ? `${c}\0` : c));
  const middle = sprinkled.length >> 1;
  return `${sprinkled.slice(0, middle)}\0\0\0\n\n${'\0'.repeat(10_000)}\n\n“\0”\0said\0${sprinkled.slice(middle)}`;
}
