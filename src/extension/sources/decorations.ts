// Paints who said what: each speaker's quotations and mentions in that speaker's colour, cues in a
// quiet italic, and quotations with no speaker boxed apart. Each kind of source also differs by type
// style (see LEGEND in speakerColours.ts), not only by hue. Follows the analysis model; never analyses.
import * as vscode from 'vscode';
import type { Analysis, QuoteKind, Span } from '../../engine';
import type { FeatureDeps } from '../core/features';
import { Colors, SPEAKER_COLOR_COUNT } from '../core/ids';
import type { DocumentAnalysis, ViewStep } from '../core/model';
import type { OffsetSpan } from '../core/ranges';
import { toRange } from '../core/ranges';
import type { SourceStyle, SpeakerColours } from './speakerColours';
import { sourceStyleOf } from './speakerColours';

/**
 * What one editor shows, by kind: `speaker:<actorId>`, `unattributed`, `mention`, `cue`, and the
 * type styles of the kinds of source: `groupQuote`, `groupMention`, `anonymousMention`, `vagueMention`.
 */
export class PaintedRanges extends Map<string, vscode.Range[]> {
  /** The colour slot each painted speaker got (0-based; the colour is `Colors.speaker(slot)`). */
  readonly slots = new Map<string, number>();
  /** How each painted speaker is drawn, by the kind of source. */
  readonly styles = new Map<string, SourceStyle>();
}

export interface DecorationsFeature extends vscode.Disposable {
  rangesFor(editor: vscode.TextEditor): PaintedRanges;
}

/** Decoration types for one colour: the quote as spoken, reported speech, and the speaker's name. */
interface SpeakerStyle {
  quoted: vscode.TextEditorDecorationType;
  reported: vscode.TextEditorDecorationType;
  mention: vscode.TextEditorDecorationType;
}

function speakerStyle(color: vscode.ThemeColor, mentionWeight: 'bold' | 'normal'): SpeakerStyle {
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
      fontWeight: mentionWeight,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

/**
 * Type styles laid over the colour, so that the kinds of source differ for readers who cannot tell
 * the hues apart: a group speaks in italics, anonymous and vague sources are underlined apart.
 */
function kindOverlays(): Record<'groupQuote' | 'groupMention' | 'anonymousMention' | 'vagueMention', vscode.TextEditorDecorationType> {
  const grey = new vscode.ThemeColor(Colors.cue);
  const make = (options: vscode.DecorationRenderOptions) => vscode.window.createTextEditorDecorationType({ ...options, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed });
  return {
    groupQuote: make({ fontStyle: 'italic' }),
    groupMention: make({ fontStyle: 'italic' }),
    anonymousMention: make({ fontStyle: 'italic', borderColor: grey, borderStyle: 'none none dashed none', borderWidth: '0 0 1px 0' }),
    vagueMention: make({ fontStyle: 'italic', borderColor: grey, borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0' }),
  };
}

const isQuotedSpeech = (kind: QuoteKind) => kind !== 'indirect';

/**
 * Up to this many painted spans (quotes, names, cues) an editor is painted whole. Past it (a file
 * of a hundred pasted articles) only the text within WINDOW_MARGIN characters of what is on screen
 * is painted, and scrolling near the edge of that paints again: handing VS Code some 10,000
 * ranges after every edit held up the extension host for about 100 ms.
 */
const PAINT_WHOLE_UP_TO = 2000;
const WINDOW_MARGIN = 30_000;

/** The stretch of the text painted: all of it, or a window around the visible ranges. */
interface PaintWindow {
  readonly from: number;
  readonly to: number;
}

function windowAround(editor: vscode.TextEditor): PaintWindow {
  const { document } = editor;
  const visible = editor.visibleRanges;
  if (!visible.length) return { from: 0, to: WINDOW_MARGIN };
  const first = document.offsetAt(visible[0].start);
  const last = document.offsetAt(visible[visible.length - 1].end);
  return { from: Math.max(0, first - WINDOW_MARGIN), to: last + WINDOW_MARGIN };
}

/** Whether the window still holds the visible text with half a margin to spare (or reaches the text's edge). */
function windowHoldsView(window: PaintWindow, editor: vscode.TextEditor, length: number): boolean {
  const visible = editor.visibleRanges;
  if (!visible.length) return true;
  const { document } = editor;
  const first = document.offsetAt(visible[0].start);
  const last = document.offsetAt(visible[visible.length - 1].end);
  return (window.from === 0 || first - window.from >= WINDOW_MARGIN / 2) && (window.to >= length || window.to - last >= WINDOW_MARGIN / 2);
}

export function registerDecorations(deps: FeatureDeps, colours: SpeakerColours): DecorationsFeature {
  const { model, settings } = deps;
  const colored = Array.from({ length: SPEAKER_COLOR_COUNT }, (_, slot) => speakerStyle(new vscode.ThemeColor(Colors.speaker(slot)), 'bold'));
  // Sources nobody can name share the quiet cue colour; their names are not bold either.
  const unnamed = speakerStyle(new vscode.ThemeColor(Colors.cue), 'normal');
  const overlays = kindOverlays();
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
  const allTypes = [...colored, unnamed].flatMap((style) => [style.quoted, style.reported, style.mention]).concat(unattributed, cue, ...Object.values(overlays));

  const disposables: vscode.Disposable[] = [...allTypes];
  // What each editor currently shows (and, when only a window is painted, what to paint on scrolling); editors that close simply drop out.
  const painted = new WeakMap<vscode.TextEditor, { version: number; ranges: PaintedRanges; partial?: { window: PaintWindow; result: DocumentAnalysis; plan: DecorationPlan } }>();

  const clear = (editor: vscode.TextEditor) => {
    for (const type of allTypes) editor.setDecorations(type, []);
    painted.set(editor, { version: editor.document.version, ranges: new PaintedRanges() });
  };

  const paint = (editor: vscode.TextEditor, result: DocumentAnalysis) => {
    const { document } = editor;
    // Offsets of an older version would land on the wrong words; the next analysis will repaint.
    if (result.version !== document.version) return;
    paintPlan(editor, result, planDecorations(result.analysis, colours.slotsFor(document.uri, result.analysis)));
  };

  const paintPlan = (editor: vscode.TextEditor, result: DocumentAnalysis, whole: DecorationPlan) => {
    const { document } = editor;
    const window = whole.size > PAINT_WHOLE_UP_TO ? windowAround(editor) : undefined;
    const plan = window ? planWithin(whole, window) : whole;

    const ranges = new PaintedRanges();
    // The plan lists a span under several headings (its slot, its speaker, every mention): each is converted once.
    const converted = new Map<OffsetSpan, vscode.Range>();
    const rangeOf = (span: OffsetSpan) => {
      let range = converted.get(span);
      if (!range) converted.set(span, (range = toRange(document, span)));
      return range;
    };
    const toRanges = (spans: readonly OffsetSpan[]) => spans.map(rangeOf);
    const styleFor = (slot: number | undefined) => (slot === undefined ? unnamed : colored[slot]);
    for (let index = 0; index <= SPEAKER_COLOR_COUNT; index++) {
      const slot = index < SPEAKER_COLOR_COUNT ? index : undefined;
      const style = styleFor(slot);
      const group = plan.bySlot.get(slot) ?? { quoted: [], reported: [], mentions: [] };
      editor.setDecorations(style.quoted, toRanges(group.quoted));
      editor.setDecorations(style.reported, toRanges(group.reported));
      editor.setDecorations(style.mention, toRanges(group.mentions));
    }
    const unattributedRanges = toRanges(plan.unattributed);
    const cueRanges = toRanges(plan.cues);
    editor.setDecorations(unattributed, unattributedRanges);
    editor.setDecorations(cue, cueRanges);
    for (const [name, type] of Object.entries(overlays)) {
      const spans = toRanges(plan.overlays[name as keyof typeof overlays]);
      editor.setDecorations(type, spans);
      ranges.set(name, spans);
    }

    for (const [actorId, spans] of plan.quotesByActor) ranges.set(`speaker:${actorId}`, toRanges(spans));
    ranges.set('unattributed', unattributedRanges);
    ranges.set('mention', toRanges(plan.allMentions));
    ranges.set('cue', cueRanges);
    for (const [actorId, slot] of plan.slots) ranges.slots.set(actorId, slot);
    for (const [actorId, style] of plan.styles) ranges.styles.set(actorId, style);
    painted.set(editor, { version: document.version, ranges, ...(window ? { partial: { window, result, plan: whole } } : {}) });
  };

  // Scrolling near the edge of a painted window paints the window around the new view.
  vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
    const current = painted.get(textEditor);
    if (!current?.partial || current.version !== textEditor.document.version || windowHoldsView(current.partial.window, textEditor, current.partial.result.analysis.length)) return;
    paintPlan(textEditor, current.partial.result, current.partial.plan);
  }, undefined, disposables);

  const refresh = (editor: vscode.TextEditor) => {
    if (!settings.value.decorations) {
      clear(editor);
      return;
    }
    const result = model.get(editor.document.uri);
    if (result) paint(editor, result);
  };

  // The plan in one task, the painting in the next (each some 15-30 ms for thousands of spans). The
  // painting checks again that the result is still the model's, decorations are on, the editor is on
  // screen and the extension is not disposed.
  let disposed = false;
  const planThenPaint = (editors: readonly vscode.TextEditor[], result: DocumentAnalysis): ViewStep => {
    const plan = planDecorations(result.analysis, colours.slotsFor(result.document.uri, result.analysis));
    return () => {
      if (disposed || !settings.value.decorations || model.get(result.document.uri) !== result) return;
      const stillVisible = new Set(vscode.window.visibleTextEditors);
      for (const editor of editors) if (stillVisible.has(editor) && result.version === editor.document.version) paintPlan(editor, result, plan);
    };
  };
  model.onDidChange((result): ViewStep | undefined => {
    if (!settings.value.decorations) return undefined;
    const key = result.document.uri.toString();
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === key);
    if (!editors.length || result.version !== result.document.version) return undefined;
    return planThenPaint(editors, result);
  }, undefined, disposables);
  model.onDidRemove((uri) => {
    const key = uri.toString();
    colours.forget(uri);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) clear(editor);
  }, undefined, disposables);
  // An editor that comes into view shows what the model already knows about its document: planned in
  // a task of its own and painted in the next, not inside VS Code's event (which also opens the
  // document and tells every other view). An editor waiting for its turn is not queued twice.
  const comingIntoView = new WeakSet<vscode.TextEditor>();
  vscode.window.onDidChangeVisibleTextEditors((editors) => {
    for (const editor of editors) {
      if (painted.get(editor)?.version === editor.document.version || comingIntoView.has(editor)) continue;
      comingIntoView.add(editor);
      deps.host.later(() => {
        comingIntoView.delete(editor);
        if (disposed || !vscode.window.visibleTextEditors.includes(editor) || painted.get(editor)?.version === editor.document.version) return;
        const result = model.get(editor.document.uri);
        if (!settings.value.decorations || !result || result.version !== editor.document.version) {
          refresh(editor);
          return;
        }
        deps.host.later(planThenPaint([editor], result));
      });
    }
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
      disposed = true;
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
  /** How many spans the whole plan paints (a window's part keeps the whole's count). */
  size: number;
  /** Key `undefined` holds speakers without a colour of their own (vague and anonymous sources). */
  bySlot: Map<number | undefined, SlotGroup>;
  quotesByActor: Map<string, Span[]>;
  slots: Map<string, number>;
  styles: Map<string, SourceStyle>;
  /** Spans drawn in a kind's type style on top of their colour. */
  overlays: Record<'groupQuote' | 'groupMention' | 'anonymousMention' | 'vagueMention', Span[]>;
  unattributed: Span[];
  allMentions: Span[];
  cues: Span[];
}

/** Sorts the analysis into what each decoration type paints. Plain data: no editor involved. */
function planDecorations(analysis: Analysis, slots: Map<string, number>): DecorationPlan {
  const styles = new Map(analysis.actors.map((actor) => [actor.id, sourceStyleOf(actor, analysis)]));
  const overlays: DecorationPlan['overlays'] = { groupQuote: [], groupMention: [], anonymousMention: [], vagueMention: [] };
  const plan: DecorationPlan = { size: 0, bySlot: new Map(), quotesByActor: new Map(), slots, styles, overlays, unattributed: [], allMentions: [], cues: [] };
  const mentionOverlay = { group: overlays.groupMention, anonymous: overlays.anonymousMention, vague: overlays.vagueMention, named: undefined };
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
    mentionOverlay[styles.get(actorId) ?? 'named']?.push(span);
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
    if (styles.get(speaker.actorId) === 'group' && isQuotedSpeech(quote.kind)) overlays.groupQuote.push(span);
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
  plan.size = analysis.quotes.length + plan.allMentions.length + plan.cues.length;
  return plan;
}

/** The part of a plan that touches the window. */
function planWithin(plan: DecorationPlan, window: PaintWindow): DecorationPlan {
  const inside = (spans: readonly Span[]) => spans.filter((span) => span.end > window.from && span.start < window.to);
  const bySlot = new Map<number | undefined, SlotGroup>();
  for (const [slot, group] of plan.bySlot) bySlot.set(slot, { quoted: inside(group.quoted), reported: inside(group.reported), mentions: inside(group.mentions) });
  const quotesByActor = new Map<string, Span[]>();
  for (const [actorId, spans] of plan.quotesByActor) quotesByActor.set(actorId, inside(spans));
  const overlays: DecorationPlan['overlays'] = {
    groupQuote: inside(plan.overlays.groupQuote), groupMention: inside(plan.overlays.groupMention),
    anonymousMention: inside(plan.overlays.anonymousMention), vagueMention: inside(plan.overlays.vagueMention),
  };
  return { ...plan, bySlot, quotesByActor, overlays, unattributed: inside(plan.unattributed), allMentions: inside(plan.allMentions), cues: inside(plan.cues) };
}
