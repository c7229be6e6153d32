// Speaker colours that explain themselves (issue 11, item 3): enough colours that unrelated sources
// do not share one, contrast that passes WCAG AA in the default light and dark themes, a type style
// per kind of source besides the hue, the Sources rows in their speaker's colour, and a legend.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ActorElement, ActorsTreeProvider, SourcesElement } from '../../src/extension/sources/actorsTree';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, closeEditorsAndDelete, openTempArticle, TempFiles } from './support';

/** Editor backgrounds of VS Code's default themes: Light Modern / Light+, Dark Modern, Dark+. */
const BACKGROUNDS = { light: ['#ffffff'], dark: ['#1f1f1f', '#1e1e1e'] } as const;
/** WCAG 2.1 AA: 4.5:1 for text, 3:1 for non-text marks such as a border. */
const AA_TEXT = 4.5;
const AA_NON_TEXT = 3;

interface ColourContribution {
  id: string;
  defaults: { light: string; dark: string };
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = (hex.replace('#', '').match(/../g) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** CIELAB distance (ΔE 1976) between two sRGB colours: about 2.3 is just noticeable, over 10 clearly different. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b2] = (hex.replace('#', '').match(/../g) ?? []).map((pair) => {
      const value = parseInt(pair, 16) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b2) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b2, (0.0193 * r + 0.1192 * g + 0.9505 * b2) / 1.08883];
    const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
    const [fx, fy, fz] = xyz.map(f);
    return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

function contributedColours(): ColourContribution[] {
  const extension = vscode.extensions.getExtension('newsdesk.newsdesk');
  assert.ok(extension, 'Newsdesk is installed');
  return (extension.packageJSON as { contributes: { colors: ColourContribution[] } }).contributes.colors;
}

const speakerColours = () => contributedColours().filter((colour) => /^newsdesk\.speaker\d+$/.test(colour.id));

const NAMES = ['Ines Baptiste', 'Tomas Lindgren', 'Ada Okafor', 'Ruben Castell', 'Mira Haldane', 'Piet Vermeer', 'Zora Mbeki', 'Colm Dunne', 'Hana Sato', 'Elio Ferraz', 'Greta Holm'];

/** An article quoting eleven named people once each, then a group, an anonymous and a vague source. */
function crowdedArticle(): string {
  const lines = ['Council Hears From Everyone', ''];
  NAMES.forEach((name, index) => lines.push(`"We need answer number ${index + 1} by Friday," ${name} said at the meeting.`, ''));
  lines.push('"We were never asked about the bridge," residents said outside the hall.', '');
  lines.push('"The money is already gone," said a city official, who spoke on condition of anonymity because the talks were private.', '');
  lines.push('Critics say the repairs will cost far more than the city admits.', '');
  return lines.join('\n');
}

describe('Speaker colours and what they mean', () => {
  let api: NewsdeskApi;
  const files = new TempFiles('colours');

  before(async () => {
    api = await activateNewsdesk();
  });

  after(() => closeEditorsAndDelete(files));

  it('declares more than 8 speaker colours, clearly different from each other', () => {
    const colours = speakerColours();
    assert.ok(colours.length >= 12, `only ${colours.length} speaker colours`);
    for (const theme of ['light', 'dark'] as const) {
      let closest = { distance: Infinity, pair: '' };
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const distance = deltaE(colours[i].defaults[theme], colours[j].defaults[theme]);
          if (distance < closest.distance) closest = { distance, pair: `${colours[i].id} ${colours[i].defaults[theme]} / ${colours[j].id} ${colours[j].defaults[theme]}` };
        }
      }
      assert.ok(closest.distance >= 15, `${theme}: ${closest.pair} are only ΔE ${closest.distance.toFixed(1)} apart`);
    }
  });

  it('keeps WCAG AA contrast in the default light and dark themes', () => {
    const textColours = [...speakerColours(), ...contributedColours().filter((colour) => colour.id === 'newsdesk.cue')];
    const failures: string[] = [];
    for (const colour of textColours) {
      for (const theme of ['light', 'dark'] as const) {
        for (const background of BACKGROUNDS[theme]) {
          const ratio = contrast(colour.defaults[theme], background);
          if (ratio < AA_TEXT) failures.push(`${colour.id} ${colour.defaults[theme]} on ${background}: ${ratio.toFixed(2)}:1`);
        }
      }
    }
    // The unattributed quote's box is a border, not text.
    const box = contributedColours().find((colour) => colour.id === 'newsdesk.unattributedQuote')!;
    for (const theme of ['light', 'dark'] as const) {
      for (const background of BACKGROUNDS[theme]) {
        const ratio = contrast(box.defaults[theme], background);
        if (ratio < AA_NON_TEXT) failures.push(`${box.id} ${box.defaults[theme]} on ${background}: ${ratio.toFixed(2)}:1`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('gives eleven named sources eleven colours, and each kind of source its own type style', async () => {
    const document = await openTempArticle(api, files, 'crowded.news', crowdedArticle());
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document)!;
    const { analysis } = api.model.get(document.uri)!;
    const ranges = api.decorationRanges(editor) as Map<string, vscode.Range[]> & { slots: ReadonlyMap<string, number>; styles: ReadonlyMap<string, string> };
    const named = NAMES.map((name) => analysis.actors.find((actor) => actor.name === name));
    assert.ok(named.every(Boolean), `the engine finds the eleven people: ${analysis.actors.map((actor) => actor.name).join(', ')}`);
    const slots = named.map((actor) => ranges.slots.get(actor!.id));
    assert.ok(slots.every((slot) => slot !== undefined), 'every named source has a colour');
    assert.equal(new Set(slots).size, NAMES.length, `colours repeat among unrelated sources: ${slots.join(', ')}`);

    const styleOf = (kind: string) => analysis.actors.filter((actor) => ranges.styles.get(actor.id) === kind).map((actor) => actor.name);
    assert.ok(styleOf('group').length >= 1, `a group (got ${JSON.stringify([...ranges.styles])})`);
    assert.ok(styleOf('anonymous').length >= 1, 'an anonymous source');
    assert.ok(styleOf('vague').length >= 1, 'a vague source');
    const words = (kind: string) => (ranges.get(kind) ?? []).map((range) => document.getText(range));
    assert.ok(words('groupQuote').some((text) => text.includes('never asked')), `the group's quote is set apart: ${words('groupQuote')}`);
    assert.ok(words('groupMention').includes('residents'), `the group's name is set apart: ${words('groupMention')}`);
    assert.ok(words('anonymousMention').some((text) => /city official/i.test(text)), `the anonymous source is set apart: ${words('anonymousMention')}`);
    assert.ok(words('vagueMention').some((text) => /critics/i.test(text)), `the vague source is set apart: ${words('vagueMention')}`);
    // Named sources get none of those marks: their difference is the bold name.
    for (const actor of named) {
      for (const kind of ['groupMention', 'anonymousMention', 'vagueMention']) {
        assert.ok(!(ranges.get(kind) ?? []).some((range) => actor!.mentions.some((mention) => document.offsetAt(range.start) === mention.start)), `${actor!.name} is drawn as ${kind}`);
      }
    }
  });

  it('draws each Sources row\'s icon in the colour of that speaker\'s words, and explains the marks in its tooltip', async () => {
    const document = await openTempArticle(api, files, 'rows.news', crowdedArticle());
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document)!;
    const tree = api.actorsTree as unknown as ActorsTreeProvider;
    assert.equal(tree.article?.toString(), document.uri.toString(), 'the Sources view shows the article');
    const ranges = api.decorationRanges(editor) as Map<string, vscode.Range[]> & { slots: ReadonlyMap<string, number> };
    const rows = ((await tree.getChildren()) ?? []).filter((row: SourcesElement): row is ActorElement => row.type === 'actor');
    assert.ok(rows.length >= NAMES.length + 2, `${rows.length} rows`);
    for (const row of rows) {
      const item = await tree.getTreeItem(row);
      const icon = item.iconPath as vscode.ThemeIcon;
      assert.ok(icon instanceof vscode.ThemeIcon && icon.color, `${row.actor.name}'s icon has a colour`);
      const slot = ranges.slots.get(row.actorId);
      const want = slot === undefined ? 'newsdesk.cue' : `newsdesk.speaker${slot + 1}`;
      assert.equal(icon.color.id, want, `${row.actor.name}'s icon has the colour of their words`);
      // Markdown text comes escaped, its spaces as &nbsp;.
      const tooltip = (typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value ?? '').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      assert.match(tooltip, /In the text: .*(colour|grey)/, `${row.actor.name}'s tooltip says how their words look`);
    }
    const legend = (vscode.extensions.getExtension('newsdesk.newsdesk')!.packageJSON as { contributes: { menus: Record<string, Array<{ command: string; when?: string }>> } }).contributes.menus['view/title'];
    assert.ok(legend.some((entry) => entry.command === 'newsdesk.explainColours' && entry.when === 'view == newsdesk.actors'), 'the Sources view\'s title bar explains the colours');
    assert.ok((await vscode.commands.getCommands(true)).includes('newsdesk.explainColours'));
  });
});
