// The documents the bench measures: the PolNeAR dev split (when the corpus is beside the repo) and
// synthetic documents of a given size built from the fictional fixture article, which always exists.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, prng } from './stats.mjs';

/** PolNeAR dev texts joined with blank lines, or { missing: reason }. */
export function polnearDev(root) {
  const corpus = join(root, '..', 'shared', 'corpus');
  if (!existsSync(corpus)) return { missing: '../shared/corpus not found' };
  const file = join(corpus, 'polnear', 'dev.jsonl');
  if (!existsSync(file)) return { missing: '../shared/corpus/polnear/dev.jsonl not found' };
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  return { text: lines.map((l) => JSON.parse(l).text).join('\n\n'), documents: lines.length };
}

const FIRST = ['Amara', 'Bruno', 'Celia', 'Dmitri', 'Esther', 'Felipe', 'Greta', 'Hiro', 'Imogen', 'Jonas', 'Kalani', 'Lorenzo', 'Maren', 'Nikhil', 'Oona', 'Pavel'];
const LAST = ['Abernathy', 'Bellweather', 'Castellano', 'Drummond', 'Eriksen', 'Fairbanks', 'Galloway', 'Hollis', 'Ingersoll', 'Jablonski', 'Kerrigan', 'Lockhart', 'Mendoza', 'Northcott', 'Okonkwo', 'Prescott', 'Quintero', 'Rasmussen'];
const TOWNS = ['Cedar Falls', 'Port Alder', 'Greywater', 'Millbrook', 'Stonehaven', 'Lake Orrin', 'Bramford', 'Kestrel Bay'];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS = ['summer', 'winter', 'autumn', 'spring'];
/** Each listed word or phrase is replaced, occurrence by occurrence, by a random one of its options. */
const SYNONYMS = {
  city: ['city', 'town', 'county', 'port'],
  bridge: ['bridge', 'crossing', 'span', 'viaduct'],
  Harbour: ['Harbour', 'Ferry', 'Mill', 'Union', 'Cannery', 'Narrows'],
  Monday: WEEKDAYS, Tuesday: WEEKDAYS, Thursday: WEEKDAYS, Friday: WEEKDAYS,
  summer: SEASONS,
  years: ['years', 'decades', 'months', 'seasons'],
  week: ['week', 'month', 'day', 'quarter'],
  offered: ['offered', 'agreed', 'promised', 'pledged'],
  cost: ['cost', 'bill', 'expense', 'price'],
  part: ['part', 'half', 'some', 'most'],
  negotiations: ['negotiations', 'talks', 'discussions', 'contract'],
  'Labor Day': ['Labor Day', 'Memorial Day', 'Thanksgiving', 'Halloween', 'Christmas', 'New Year'],
  tired: ['tired', 'worn', 'old', 'fragile'],
  'time bomb': ['time bomb', 'fault line', 'landmine', 'trapdoor'],
  shortcut: ['shortcut', 'commute', 'lifeline', 'habit'],
  trading: ['trading', 'swapping', 'sharing', 'posting'],
  'message boards': ['message boards', 'forums', 'group chats', 'radio call-ins'],
  'special session': ['special session', 'emergency meeting', 'closed session', 'evening session'],
  'emergency money': ['emergency money', 'repair funds', 'a stopgap budget', 'a bond measure'],
  patient: ['patient', 'kind', 'generous', 'careful'],
  long: ['long', 'hard', 'strange', 'slow'],
  street: ['street', 'block', 'corner', 'avenue'],
  Warnings: ['Warnings', 'Alarms', 'Neglect', 'Delay', 'Reports'],
  'Ferries and Detours': ['Ferries and Detours', 'Getting Around', 'Long Lines', 'Business Slows', 'A Slow Commute'],
  Wash: ['Wash', 'Ore', 'Calif', 'Maine', 'Mich'],
  honestly: ['honestly', 'really', 'truly', 'just'],
  September: ['September', 'October', 'August', 'the fall', 'Christmas'],
  awarded: ['awarded', 'signed', 'approved', 'put out to bid'],
  month: ['month', 'year', 'spring', 'quarter'],
  temporary: ['temporary', 'makeshift', 'second', 'bolted'],
  visible: ['visible', 'popular', 'glamorous', 'expensive'],
  'convention center': ['convention center', 'stadium', 'library', 'marina'],
  waterfront: ['waterfront', 'docks', 'pier', 'quay'],
};
const SYNONYM_RE = new RegExp(`\\b(${Object.keys(SYNONYMS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/** The fixture article's people, places and details changed at random, so a long document is not one story repeated. */
function variant(article, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const town = pick(TOWNS);
  const renames = [
    ['Delia', pick(FIRST)], ['Marchetti', pick(LAST)], ['Owen', pick(FIRST)], ['Achterberg', pick(LAST)],
    ['Harold', pick(FIRST)], ['Penwick', pick(LAST)], ['Lucia', pick(FIRST)], ['Ferrante', pick(LAST)],
    ['Nadia', pick(FIRST)], ['Pruitt', pick(LAST)], ['Warren Tully', `${pick(FIRST)} ${pick(LAST)}`],
    ['Nora Lindqvist', `${pick(FIRST)} ${pick(LAST)}`], ['HANNA VOSS', `${pick(FIRST)} ${pick(LAST)}`.toUpperCase()],
    ['PORT ELLIS', town.toUpperCase()], ['Port Ellis', town], ['Ellis', pick(LAST)],
  ];
  const renamed = renames.reduce((text, [from, to]) => text.replace(new RegExp(`\\b${from}\\b`, 'g'), to), article);
  // The engine caches paragraphs by their text: a document of repeated paragraphs would measure
  // the cache rather than the analysis, so details and numbers change occurrence by occurrence.
  return renamed
    .replace(SYNONYM_RE, (word) => pick(SYNONYMS[word]))
    .replace(/\d+/g, (digits) => Array.from(digits, (_, i) => Math.floor(next() * (i === 0 ? 9 : 10)) + (i === 0 ? 1 : 0)).join(''));
}

/** At least `words` words: whole paragraphs of renamed copies of the fixture article, blank-line separated. */
export function syntheticDocument(root, words, seed = 7) {
  const article = readFileSync(join(root, 'fixtures', 'articles', 'harbour-bridge-closure.news'), 'utf8').trim();
  const next = prng(seed);
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    for (const p of variant(article, next).split('\n\n')) {
      paragraphs.push(p);
      count += countWords(p);
      if (count >= words) break;
    }
  }
  return paragraphs.join('\n\n');
}

/** How many of the document's paragraphs are distinct, as the engine's paragraph cache sees them. */
export function distinctParagraphs(text) {
  const paragraphs = text.split(/\n\s*\n/);
  return { distinct: new Set(paragraphs).size, total: paragraphs.length };
}

/**
 * Writes every PolNeAR document (dev and train, 924) as a `.news` file into `dir`, for the folder
 * report's bench; returns how many, or { missing: reason }. The files are temporary test data.
 */
export function writePolnearFiles(root, dir) {
  const corpus = join(root, '..', 'shared', 'corpus', 'polnear');
  if (!existsSync(corpus)) return { missing: '../shared/corpus/polnear not found' };
  let count = 0;
  for (const split of ['dev', 'train']) {
    const file = join(corpus, `${split}.jsonl`);
    if (!existsSync(file)) return { missing: `../shared/corpus/polnear/${split}.jsonl not found` };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line);
      const name = String(id).replace(/^polnear:/, '').replace(/[^\w.-]+/g, '_').slice(0, 120);
      writeFileSync(join(dir, `${split}-${String(count).padStart(4, '0')}-${name}.news`), text);
      count++;
    }
  }
  return { documents: count };
}
