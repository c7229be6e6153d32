// Which transcripts an article comes from: its own header line (`Transcripts: a.vtt, Cleverly: b.srt`,
// also inside an HTML comment or as a front-matter list) or `transcripts` in `.newsdesk.json`.

export interface TranscriptLink {
  /** As written: relative to the article (header) or to the configuration file (`.newsdesk.json`). */
  path: string;
  /** The speakers the link names ("Cleverly: sky.vtt"); empty when the file's own labels say who speaks. */
  speakers: string[];
  /** Where the path is written in the article, for messages about it (absent for configuration links). */
  start?: number;
  end?: number;
}

/** A header line: the key, then a list. `<!-- Transcripts: … -->` is invisible to the attribution engine. */
const HEADER_LINE = /^[ \t]*(<!--[ \t]*)?transcripts?[ \t]*:[ \t]*(.*?)[ \t]*(-->)?[ \t]*$/gim;
const TRANSCRIPT_EXTENSION = /\.(vtt|webvtt|srt|txt|text|md|markdown)$/i;

/**
 * The transcripts the article names in its text. A plain `Transcripts:` line counts only when every
 * item in it ends with a transcript extension (.vtt, .srt, .txt, .md), so a sentence that happens to
 * start with the word never does; in an HTML comment any path counts.
 */
export function readTranscriptLinks(text: string): TranscriptLink[] {
  const links: TranscriptLink[] = [];
  if (!/transcripts?[ \t]*:/i.test(text)) return links;
  for (const match of text.matchAll(HEADER_LINE)) {
    const commented = !!match[1];
    if (commented !== !!match[3]) continue;
    const listStart = (match.index ?? 0) + match[0].indexOf(match[2], match[0].indexOf(':') + 1);
    if (match[2] === '') {
      if (!commented) links.push(...yamlList(text, (match.index ?? 0) + match[0].length));
      continue;
    }
    const items = splitItems(match[2], listStart);
    if (!commented && !items.every((item) => TRANSCRIPT_EXTENSION.test(item.path))) continue;
    links.push(...items);
  }
  return dedupe(links);
}

/** `transcripts:` followed by `  - path` lines (YAML front matter). */
function yamlList(text: string, from: number): TranscriptLink[] {
  const links: TranscriptLink[] = [];
  const item = /\r?\n[ \t]+-[ \t]+(.*?)[ \t]*(?=\r?\n|$)/y;
  item.lastIndex = from;
  for (let match = item.exec(text); match; match = item.exec(text)) {
    const value = match[1].replace(/^["']|["']$/g, '');
    const at = (match.index ?? 0) + match[0].indexOf(match[1]);
    links.push(...splitItems(value, at));
  }
  return links.filter((link) => TRANSCRIPT_EXTENSION.test(link.path));
}

/** Parses a comma-separated list of `[Speaker[ & Speaker]:] path` items. */
export function splitItems(list: string, offset = 0): TranscriptLink[] {
  const links: TranscriptLink[] = [];
  const itemPattern = /[^,]+/g;
  for (const match of list.matchAll(itemPattern)) {
    const raw = match[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const link = parseItem(trimmed);
    if (!link) continue;
    const pathAt = offset + (match.index ?? 0) + raw.indexOf(trimmed) + trimmed.lastIndexOf(link.path);
    links.push({ ...link, start: pathAt, end: pathAt + link.path.length });
  }
  return links;
}

/** `Cleverly: interviews/sky.vtt` or `interviews/sky.vtt`; a drive letter (`C:\…`) is no speaker. */
export function parseItem(item: string): { path: string; speakers: string[] } | null {
  const labelled = /^([^:/\\]{2,}?)[ \t]*:[ \t]*(\S.*)$/.exec(item);
  if (labelled) {
    const speakers = labelled[1].split(/\s*(?:&|\band\b|\+)\s*/).map((name) => name.trim()).filter(Boolean);
    return { path: labelled[2].trim(), speakers };
  }
  return item ? { path: item, speakers: [] } : null;
}

function dedupe(links: TranscriptLink[]): TranscriptLink[] {
  const seen = new Map<string, TranscriptLink>();
  for (const link of links) {
    const known = seen.get(link.path);
    if (known) known.speakers = [...new Set([...known.speakers, ...link.speakers])];
    else seen.set(link.path, link);
  }
  return [...seen.values()];
}

/**
 * The transcripts `.newsdesk.json` links to an article: every key that names the article's path,
 * a folder above it, or a glob (`*` within a folder, `**` across folders) that matches it. Paths are
 * relative to the configuration file's folder, with `/` separators.
 */
export function configuredTranscripts(transcripts: Readonly<Record<string, readonly string[]>> | undefined, articlePath: string): TranscriptLink[] {
  if (!transcripts) return [];
  const article = articlePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const links: TranscriptLink[] = [];
  for (const [key, values] of Object.entries(transcripts)) {
    if (!keyMatches(key.replace(/\\/g, '/').replace(/^\.\//, ''), article)) continue;
    for (const value of values) {
      const link = parseItem(value.trim());
      if (link) links.push(link);
    }
  }
  return dedupe(links);
}

function keyMatches(key: string, article: string): boolean {
  if (key === article) return true;
  if (!/[*?]/.test(key)) {
    const folder = key.replace(/\/+$/, '');
    return folder === '' || folder === '.' || article.startsWith(`${folder}/`);
  }
  return globToRegExp(key).test(article);
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      source += glob[index + 2] === '/' ? '(?:.*/)?' : '.*';
      index += glob[index + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
