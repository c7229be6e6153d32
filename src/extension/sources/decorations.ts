// Paints who said what: each speaker's quotations and mentions in that speaker's colour, cues in a
// quiet italic, and quotations with no speaker boxed apart. Follows the analysis model; never analyses.
import * as vscode from 'vscode';
import type { Actor, ActorKind, Analysis, QuoteKind, Span } from '../../engine';
import type { FeatureDeps } from '../core/features';
import { Colors, SPEAKER_COLOR_COUNT } from '../core/ids';
import type { DocumentAnalysis } from '../core/model';
import type { OffsetSpan } from '../core/ranges';
import { toRange } from '../core/ranges';

/** What one editor shows, by kind: `speaker:<actorId>`, `unattributed`, `mention`, `cue`. */
export class PaintedRanges extends Map<string, vscode.Range[]> {
  /** The colour slot each painted speaker got (0-based; the colour is `Colors.speaker(slot)`). */
  readonly slots = new Map<string, number>();
}

export interface DecorationsFeature extends vscode.Disposable {
  rangesFor(editor: vscode.TextEditor): PaintedRanges;
}

const MAX_REMEMBERED_ACTORS = 200;

/** Speakers nobody can name get one neutral style: a colour of their own would dignify "critics say". */
const UNNAMED_KINDS: ReadonlySet<ActorKind> = new Set(['vague', 'anonymous']);

/** Decoration types for one colour: the quote as spoken, reported speech, and the speaker's name. */
interface SpeakerStyle {
  quoted: vscode.TextEditorDecorationType;
  reported: vscode.TextEditorDecorationType;
  mention: vscode.TextEditorDecorationType;
}

function speakerStyle(color: vscode.ThemeColor): SpeakerStyle {
  return {
    // Quoted words take the speaker's colour: readable in every theme, since the colour defaults are tuned per theme.
    quoted: vscode.window.createTextEditorDecorationType({
      color,
      overviewRulerColor: color,
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    // Reported speech keeps the text colour and gets a dotted underline: it is the writer's words.
    reported: vscode.window.createTextEditorDecorationType({
      borderColor: color,
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    mention: vscode.window.createTextEditorDecorationType({
      color,
      fontWeight: 'bold',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

/**
 * Colour slots per actor, in order of first appearance, remembered for as long as the document is
 * open: an actor keeps its colour while the writer edits, even when an earlier speaker disappears.
 */
class SlotBook {
  private readonly byActor = new Map<string, number>();

  slotsFor(actors: readonly Actor[]): Map<string, number> {
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
    newcomers.sort((a, b) => firstAppearance(a) - firstAppearance(b));
    for (const actor of newcomers) {
      const slot = this.freestSlot(present);
      this.byActor.set(actor.id, slot);
      present.set(actor.id, slot);
    }
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

function firstAppearance(actor: Actor): number {
  return actor.mentions.reduce((first, mention) => Math.min(first, mention.start), Number.MAX_SAFE_INTEGER);
}

const isQuotedSpeech = (kind: QuoteKind) => kind !== 'indirect';

export function registerDecorations(deps: FeatureDeps): DecorationsFeature {
  const { model, settings } = deps;
  const colored = Array.from({ length: SPEAKER_COLOR_COUNT }, (_, slot) => speakerStyle(new vscode.ThemeColor(Colors.speaker(slot))));
  const unnamed = speakerStyle(new vscode.ThemeColor(Colors.cue));
  const unattributed = vscode.window.createTextEditorDecorationType({
    border: '1px dashed',
    borderColor: new vscode.ThemeColor(Colors.unattributed),
    borderRadius: '2px',
    overviewRulerColor: new vscode.ThemeColor(Colors.unattributed),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const cue = vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor(Colors.cue),
    fontStyle: 'italic',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const allTypes = [...colored, unnamed].flatMap((style) => [style.quoted, style.reported, style.mention]).concat(unattributed, cue);

  const slotBooks = new Map<string, SlotBook>();
  // What each editor currently shows; editors that close simply drop out.
  const painted = new WeakMap<vscode.TextEditor, { version: number; ranges: PaintedRanges }>();

  const clear = (editor: vscode.TextEditor) => {
    for (const type of allTypes) editor.setDecorations(type, []);
    painted.set(editor, { version: editor.document.version, ranges: new PaintedRanges() });
  };

  const paint = (editor: vscode.TextEditor, result: DocumentAnalysis) => {
    const { document } = editor;
    // Offsets of an older version would land on the wrong words; the next analysis will repaint.
    if (result.version !== document.version) return;
    const key = document.uri.toString();
    let book = slotBooks.get(key);
    if (!book) slotBooks.set(key, (book = new SlotBook()));
    const plan = planDecorations(result.analysis, book.slotsFor(result.analysis.actors.filter((a) => !UNNAMED_KINDS.has(a.kind))));

    const ranges = new PaintedRanges();
    const toRanges = (spans: readonly OffsetSpan[]) => spans.map((span) => toRange(document, span));
    const styleFor = (slot: number | undefined) => (slot === undefined ? unnamed : colored[slot]);
    for (let index = 0; index <= SPEAKER_COLOR_COUNT; index++) {
      const slot = index < SPEAKER_COLOR_COUNT ? index : undefined;
      const style = styleFor(slot);
      const group = plan.bySlot.get(slot) ?? { quoted: [], reported: [], mentions: [] };
      editor.setDecorations(style.quoted, toRanges(group.quoted));
      editor.setDecorations(style.reported, toRanges(group.reported));
      editor.setDecorations(style.mention, toRanges(group.mentions));
    }
    editor.setDecorations(unattributed, toRanges(plan.unattributed));
    editor.setDecorations(cue, toRanges(plan.cues));

    for (const [actorId, spans] of plan.quotesByActor) ranges.set(`speaker:${actorId}`, toRanges(spans));
    ranges.set('unattributed', toRanges(plan.unattributed));
    ranges.set('mention', toRanges(plan.allMentions));
    ranges.set('cue', toRanges(plan.cues));
    for (const [actorId, slot] of plan.slots) ranges.slots.set(actorId, slot);
    painted.set(editor, { version: document.version, ranges });
  };

  const refresh = (editor: vscode.TextEditor) => {
    if (!settings.value.decorations) {
      clear(editor);
      return;
    }
    const result = model.get(editor.document.uri);
    if (result) paint(editor, result);
  };

  const disposables: vscode.Disposable[] = [...allTypes];
  model.onDidChange((result) => {
    if (!settings.value.decorations) return;
    const key = result.document.uri.toString();
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) paint(editor, result);
  }, undefined, disposables);
  model.onDidRemove((uri) => {
    const key = uri.toString();
    slotBooks.delete(key);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) clear(editor);
  }, undefined, disposables);
  // An editor that comes into view shows what the model already knows about its document.
  vscode.window.onDidChangeVisibleTextEditors((editors) => {
    for (const editor of editors) if (painted.get(editor)?.version !== editor.document.version) refresh(editor);
  }, undefined, disposables);
  let enabled = settings.value.decorations;
  settings.onDidChange((value) => {
    if (value.decorations === enabled) return;
    enabled = value.decorations;
    vscode.window.visibleTextEditors.forEach(refresh);
  }, undefined, disposables);
  vscode.window.visibleTextEditors.forEach(refresh);

  return {
    rangesFor(editor) {
      const current = painted.get(editor);
      if (current && current.version === editor.document.version) return current.ranges;
      // Not painted yet for this version (an editor just shown): paint from the model if it can.
      refresh(editor);
      return painted.get(editor)?.ranges ?? new PaintedRanges();
    },
    dispose() {
      for (const disposable of disposables) disposable.dispose();
    },
  };
}

interface SlotGroup {
  quoted: Span[];
  reported: Span[];
  mentions: Span[];
}

interface DecorationPlan {
  /** Key `undefined` holds speakers without a colour of their own (vague and anonymous sources). */
  bySlot: Map<number | undefined, SlotGroup>;
  quotesByActor: Map<string, Span[]>;
  slots: Map<string, number>;
  unattributed: Span[];
  allMentions: Span[];
  cues: Span[];
}

/** Sorts the analysis into what each decoration type paints. Plain data: no editor involved. */
function planDecorations(analysis: Analysis, slots: Map<string, number>): DecorationPlan {
  const plan: DecorationPlan = { bySlot: new Map(), quotesByActor: new Map(), slots, unattributed: [], allMentions: [], cues: [] };
  const group = (actorId: string) => {
    const slot = slots.get(actorId);
    let found = plan.bySlot.get(slot);
    if (!found) plan.bySlot.set(slot, (found = { quoted: [], reported: [], mentions: [] }));
    return found;
  };
  const mentionSeen = new Set<string>();
  const addMention = (actorId: string, span: Span) => {
    const key = `${span.start}:${span.end}`;
    if (mentionSeen.has(key) || span.end <= span.start) return;
    mentionSeen.add(key);
    group(actorId).mentions.push(span);
    plan.allMentions.push(span);
  };
  const cueSeen = new Set<string>();
  for (const quote of analysis.quotes) {
    if (quote.cue && !cueSeen.has(`${quote.cue.start}:${quote.cue.end}`)) {
      cueSeen.add(`${quote.cue.start}:${quote.cue.end}`);
      plan.cues.push(quote.cue);
    }
    const speaker = quote.speaker;
    if (!speaker) {
      plan.unattributed.push({ start: quote.start, end: quote.end, text: quote.text });
      continue;
    }
    const span: Span = { start: quote.start, end: quote.end, text: quote.text };
    const target = group(speaker.actorId);
    (isQuotedSpeech(quote.kind) ? target.quoted : target.reported).push(span);
    const ofActor = plan.quotesByActor.get(speaker.actorId);
    if (ofActor) ofActor.push(span);
    else plan.quotesByActor.set(speaker.actorId, [span]);
    if (speaker.mention) addMention(speaker.actorId, speaker.mention);
  }
  for (const actor of analysis.actors) {
    if (!actor.quoteIds.length) continue;
    for (const mention of actor.mentions) addMention(actor.id, mention);
  }
  plan.allMentions.sort((a, b) => a.start - b.start);
  plan.cues.sort((a, b) => a.start - b.start);
  return plan;
}
