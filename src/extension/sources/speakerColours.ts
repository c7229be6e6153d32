// Which colour each speaker gets, and what the colours and type styles in the editor mean. The
// decorations and the Sources view both ask this one book, so a speaker's row carries the colour of
// their words; the legend is data, shown in the view's tooltips and its "What the Colours Mean".
import type * as vscode from 'vscode';
import type { Actor, Analysis } from '../../engine';
import { sourceCategory } from '../../engine';
import { Colors, SPEAKER_COLOR_COUNT } from '../core/ids';

/** How a source is identified, as the editor draws it (the sources report's categories, groups apart). */
export type SourceStyle = 'named' | 'group' | 'anonymous' | 'vague';

export function sourceStyleOf(actor: Actor, analysis: Analysis): SourceStyle {
  // The colours, the decorations and the Sources tree each ask for every actor of one analysis.
  let styles = stylesByAnalysis.get(analysis);
  if (!styles) stylesByAnalysis.set(analysis, (styles = new Map()));
  let style = styles.get(actor.id);
  if (!style) styles.set(actor.id, (style = styleOf(actor, analysis)));
  return style;
}

const stylesByAnalysis = new WeakMap<Analysis, Map<string, SourceStyle>>();

function styleOf(actor: Actor, analysis: Analysis): SourceStyle {
  const category = sourceCategory(actor, analysis.diagnostics);
  if (category === 'vague') return 'vague';
  // A pronoun nobody can be tied to is as unknown as an anonymous source.
  if (category === 'anonymous' || category === 'unresolved') return 'anonymous';
  return actor.kind === 'group' ? 'group' : 'named';
}

/** Named sources and groups get a colour of their own; "critics say" gets none, it would dignify it. */
export const hasOwnColour = (style: SourceStyle) => style === 'named' || style === 'group';

/** One line of the legend: how a thing looks in the text, and what it means. */
export interface LegendEntry {
  readonly looks: string;
  readonly means: string;
}

/** What the editor's marks mean, in the order a reader meets them. Shown in the Sources view. */
export const LEGEND: readonly LegendEntry[] = [
  { looks: 'Coloured words', means: `a direct or partial quote, in its speaker's colour (${SPEAKER_COLOR_COUNT} colours, one per named source or group in order of appearance; the Sources view shows each speaker's colour on their icon)` },
  { looks: 'Bold name', means: 'a named source (a person, an organisation or a document) where the text names them' },
  { looks: 'Bold italic name, italic quote', means: 'a group speaking ("residents", "the council")' },
  { looks: 'Grey italic name with a dashed underline', means: 'an anonymous source ("a city official"), or a pronoun tied to nobody; the quote is grey' },
  { looks: 'Grey italic name with a dotted underline', means: 'a vague source ("critics say"); the quote is grey' },
  { looks: 'Dotted underline under a passage', means: 'reported speech (no quotation marks), in its speaker\'s colour' },
  { looks: 'Amber dashed box', means: 'a quote with no speaker' },
  { looks: 'Grey italic verb', means: 'the attribution cue ("said", "told", "according to")' },
  { looks: 'Note after a quote ("verbatim · 12:31")', means: 'the quote checked against its linked transcript' },
];

/** How the text shows each kind of source (a speaker's tooltip in the Sources view). */
const LEGEND_BY_STYLE: Readonly<Record<SourceStyle, string>> = {
  named: 'In the text: their quotes in this colour, their name in bold.',
  group: 'In the text: their quotes in this colour and in italics, their name in bold italics.',
  anonymous: 'In the text: their quotes in grey, their description in grey italics with a dashed underline.',
  vague: 'In the text: their words in grey, the vague phrase in grey italics with a dotted underline.',
};

/** The legend line that describes one kind of source. */
export function legendFor(style: SourceStyle): string {
  return LEGEND_BY_STYLE[style];
}

/** The whole legend as Markdown (a hover or the view's explanation). */
export function legendMarkdown(): string {
  return LEGEND.map((entry) => `- **${entry.looks}**: ${entry.means}`).join('\n');
}

const MAX_REMEMBERED_ACTORS = 200;

/**
 * Colour slots per actor, in order of first appearance, remembered for as long as the document is
 * open: an actor keeps its colour while the writer edits, even when an earlier speaker disappears.
 */
class SlotBook {
  private readonly byActor = new Map<string, number>();
  private last: { analysis: Analysis; slots: Map<string, number> } | undefined;

  /** The slots of the coloured actors in one analysis; the same map for the same analysis. */
  slotsFor(analysis: Analysis): Map<string, number> {
    if (this.last?.analysis === analysis) return this.last.slots;
    const actors = analysis.actors.filter((actor) => hasOwnColour(sourceStyleOf(actor, analysis)));
    // Typing a name creates an actor per keystroke ("Mar", "Marc"…): forget absent ones past a bound.
    if (this.byActor.size > MAX_REMEMBERED_ACTORS) {
      const present = new Set(actors.map((actor) => actor.id));
      for (const id of this.byActor.keys()) if (!present.has(id)) this.byActor.delete(id);
    }
    const present = new Map<string, number>();
    const newcomers: Actor[] = [];
    for (const actor of actors) {
      const slot = this.byActor.get(actor.id);
      if (slot === undefined) newcomers.push(actor);
      else present.set(actor.id, slot);
    }
    newcomers.sort((a, b) => firstMention(a) - firstMention(b));
    for (const actor of newcomers) {
      const slot = this.freestSlot(present);
      this.byActor.set(actor.id, slot);
      present.set(actor.id, slot);
    }
    this.last = { analysis, slots: present };
    return present;
  }

  /** The slot fewest present speakers use, preferring slots no absent speaker is remembered by. */
  private freestSlot(present: Map<string, number>): number {
    const load = new Array<number>(SPEAKER_COLOR_COUNT).fill(0);
    for (const slot of this.byActor.values()) load[slot] += 1;
    for (const slot of present.values()) load[slot] += 1000;
    let best = 0;
    for (let slot = 1; slot < SPEAKER_COLOR_COUNT; slot++) if (load[slot] < load[best]) best = slot;
    return best;
  }
}

function firstMention(actor: Actor): number {
  return actor.mentions.reduce((first, mention) => Math.min(first, mention.start), Number.MAX_SAFE_INTEGER);
}

/** The colour book of every open article. */
export class SpeakerColours {
  private readonly books = new Map<string, SlotBook>();

  /** Colour slots (0-based) of the actors with a colour of their own in this analysis of `uri`. */
  slotsFor(uri: vscode.Uri, analysis: Analysis): Map<string, number> {
    const key = uri.toString();
    let book = this.books.get(key);
    if (!book) this.books.set(key, (book = new SlotBook()));
    return book.slotsFor(analysis);
  }

  /** The theme colour id of an actor's words, or the neutral one for sources without a colour. */
  colourIdOf(uri: vscode.Uri, analysis: Analysis, actorId: string): string {
    const slot = this.slotsFor(uri, analysis).get(actorId);
    return slot === undefined ? Colors.cue : Colors.speaker(slot);
  }

  forget(uri: vscode.Uri): void {
    this.books.delete(uri.toString());
  }
}
