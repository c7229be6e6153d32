// Transcripts made at run time from the reference article's own quotes (the corpus text is never
// copied into the project): one speaker's words verbatim in WebVTT captions, one word changed in
// Markdown notes, SRT captions for a quote the article cuts with an ellipsis, and a quote left out.

/** The spoken words of a quote: without its quotation marks and a trailing comma. */
function spoken(quote: string): string {
  return quote.replace(/^["“'‘]+|["”'’]+$/g, '').replace(/,$/, '.');
}

function clock(milliseconds: number, separator: '.' | ','): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const seconds = Math.floor(milliseconds / 1000);
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}${separator}${pad(milliseconds % 1000, 3)}`;
}

/** Captions of about seven words a cue, so sentences run across cues as real captions do. */
export function captions(text: string, format: 'vtt' | 'srt', startMs = 0, prefix = ''): string {
  const words = text.split(/\s+/).filter(Boolean);
  const cues: string[] = [];
  const separator = format === 'vtt' ? '.' : ',';
  for (let index = 0, time = startMs; index < words.length; index += 7, time += 2500) {
    const line = words.slice(index, index + 7).join(' ');
    const number = cues.length + 1;
    cues.push(`${format === 'srt' ? `${number}\n` : ''}${clock(time, separator)} --> ${clock(time + 2400, separator)}\n${index === 0 ? prefix : ''}${line}\n`);
  }
  return `${format === 'vtt' ? 'WEBVTT\n\n' : ''}${cues.join('\n')}`;
}

export interface ReferenceCase {
  /** The article with a transcript header line (and one quote cut with an ellipsis). */
  article: string;
  /** Transcript files by name, relative to the article. */
  files: Record<string, string>;
  /** Start of each quote (as found in `article`) and the status it must get. */
  expected: Array<{ needle: string; status: 'verbatim' | 'misquote' | 'not-found'; cuts?: number; changed?: [string, string] }>;
}

/** Finds `needle` in `text`, or throws saying the corpus article changed. */
function must(text: string, needle: string): string {
  if (!text.includes(needle)) throw new Error(`the reference article no longer contains ${JSON.stringify(needle)}`);
  return needle;
}

/** The whole quotation that starts with `opening`, up to its closing mark. */
function wholeQuote(text: string, opening: string): string {
  const start = text.indexOf(must(text, opening));
  const end = text.indexOf('"', start + 1);
  return text.slice(start, end + 1);
}

export function referenceCase(original: string): ReferenceCase {
  const cleverly = [
    must(original, '"What we\'re saying to all countries is that they should denounce this unprovoked, illegal attack into Ukraine by Russia. They should not in any way be supporting Russia,"'),
    must(original, '"There is no justification at all for this attack, and we urge China and all countries around the world to denounce it and absolutely not to support it."'),
    must(original, '"Well, we haven\'t had that statement from China,"'),
    wholeQuote(original, '"The message that we send to China, and indeed everybody else,'),
  ];
  const truss = must(original, '"For the first time, China have been talking about who should and should not be a member of NATO, which is clearly not a matter for them,"');
  const concern = must(original, '"It is a concern of ours, and we have communicated to Beijing that we will not stand by and allow any country to compensate Russia for its losses from the economic sanctions."');
  const cut = '"It is a concern of ours ... we will not stand by and allow any country to compensate Russia for its losses from the economic sanctions."';
  const truss2 = wholeQuote(original, '"Of course, if we see a weak NATO,');
  const communicating = must(original, '"We are communicating directly, privately to Beijing that there will absolutely be consequences for large-scale sanctions evasion efforts or support to Russia to backfill them,"');
  const missing = must(original, '"We will not allow that to go forward');

  const header = '<!-- Transcripts: Cleverly: cleverly-sky.vtt, truss-committee.md, Sullivan: sullivan-cnn.srt -->\n';
  const article = header + original.replace(concern, cut);
  const cleverlyWords = `Good morning, Kay. Um, ${cleverly.map(spoken).join(' Uh, ')}`;
  const trussNotes = [
    '# Foreign Affairs Select Committee, evidence session (made by the tests)',
    '',
    '**Chair:** What does China make of the NATO response?',
    '',
    `**Truss:** ${spoken(truss).replace('clearly not a matter', 'obviously not a matter')} ${spoken(truss2)} We will keep saying so.`,
    '',
  ].join('\n');
  const sullivanWords = `Jake Sullivan speaking. ${spoken(concern)} ${spoken(communicating)} And I want to be clear about that.`;
  return {
    article,
    files: {
      'cleverly-sky.vtt': captions(cleverlyWords, 'vtt', 7 * 60_000),
      'truss-committee.md': trussNotes,
      'sullivan-cnn.srt': captions(sullivanWords, 'srt', 65 * 60_000),
    },
    expected: [
      { needle: cleverly[0].slice(0, 30), status: 'verbatim' },
      { needle: cleverly[1].slice(0, 30), status: 'verbatim' },
      { needle: cleverly[2].slice(0, 30), status: 'verbatim' },
      { needle: truss.slice(0, 30), status: 'misquote', changed: ['clearly', 'obviously'] },
      { needle: cut.slice(0, 30), status: 'verbatim', cuts: 1 },
      { needle: missing, status: 'not-found' },
    ],
  };
}
