// The article's outline and its folding sections: src/extension/logic/outline.ts, without an editor.
import { strict as assert } from 'node:assert';
import { articleOutline, sectionParagraphs } from '../../src/extension/logic/outline';
import type { OutlineNode } from '../../src/extension/logic/outline';
import { article } from './articles';

const SECTIONS = [
  'Bridge to Reopen in May',
  '',
  '"Who pays for this?"',
  '',
  'Mayor Delia Marchetti said the bridge would reopen. "We will fix it," Marchetti said.',
  '',
  'Engineers Disagree',
  '',
  '"It is too late," said Owen Achterberg, an engineer.',
  '',
  'Marchetti added: "Soon."',
  '',
  'What Comes Next',
  '',
  'The council meets on Tuesday.',
  '',
].join('\n');

/** The outline as indented lines: kind, name, detail, and the text a click lands on. */
function lines(text: string, nodes: OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.kind} ${node.name} (${node.detail}) -> ${text.slice(node.selection.start, node.selection.end)}`,
    ...lines(text, node.children, depth + 1),
  ]);
}

describe('extension logic: outline', () => {
  const sections = article(SECTIONS);

  it('puts the headline over the lede\'s speakers and the sections, each with its speakers and quotes', () => {
    assert.deepEqual(lines(SECTIONS, articleOutline(SECTIONS, sections.analysis)), [
      'headline Bridge to Reopen in May (headline) -> Bridge to Reopen in May',
      '  unattributed Unattributed quotes (no speaker) -> "Who pays for this?"',
      '    quote "Who pays for this?" (direct) -> "Who pays for this?"',
      '  person Delia Marchetti (2 quotes) -> Mayor Delia Marchetti',
      '    quote the bridge would reopen (indirect) -> the bridge would reopen',
      '    quote "We will fix it," (direct) -> "We will fix it,"',
      '  section Engineers Disagree (section) -> Engineers Disagree',
      '    person Owen Achterberg (1 quote) -> Owen Achterberg',
      '      quote "It is too late," (direct) -> "It is too late,"',
      '    person Delia Marchetti (1 quote) -> Marchetti',
      '      quote "Soon." (direct) -> "Soon."',
      '  section What Comes Next (section) -> What Comes Next',
    ]);
  });

  it('makes a section cover its paragraphs up to the next subhead, and the headline the whole text', () => {
    const [headline] = articleOutline(SECTIONS, sections.analysis);
    assert.deepEqual(headline.span, { start: 0, end: SECTIONS.trimEnd().length });
    const [first, second] = headline.children.filter((node) => node.kind === 'section');
    assert.equal(first.span.start, sections.at('Engineers Disagree'));
    assert.equal(first.span.end, sections.at('"Soon."', '"Soon."'.length));
    assert.equal(second.span.end, SECTIONS.trimEnd().length);
  });

  it('folds each section from its subhead to its last paragraph', () => {
    const roles = sections.analysis.paragraphs.map((paragraph) => paragraph.role);
    const folds = sectionParagraphs(sections.analysis);
    assert.deepEqual(folds.map(({ first }) => roles[first]), ['subhead', 'subhead']);
    assert.deepEqual(folds.map(({ last }) => last), [roles.lastIndexOf('subhead') - 1, roles.length - 1]);
  });

  it('past the most rows it lists, lists the speakers with their counts and no quotes, and says so on the headline', () => {
    // 5 quotes and 2 sections: 7 rows.
    const outline = lines(SECTIONS, articleOutline(SECTIONS, sections.analysis, 6));
    assert.deepEqual(outline, [
      'headline Bridge to Reopen in May (headline · 5 quotes, too many to list) -> Bridge to Reopen in May',
      '  unattributed Unattributed quotes (no speaker) -> "Who pays for this?"',
      '  person Delia Marchetti (2 quotes) -> Mayor Delia Marchetti',
      '  section Engineers Disagree (section) -> Engineers Disagree',
      '    person Owen Achterberg (1 quote) -> Owen Achterberg',
      '    person Delia Marchetti (1 quote) -> Marchetti',
      '  section What Comes Next (section) -> What Comes Next',
    ]);
    assert.equal(articleOutline(SECTIONS, sections.analysis, 7)[0].detail, 'headline');
  });

  it('past the most rows even without quotes, lists the sections only', () => {
    // 4 speaker rows and 2 sections: 6 rows.
    assert.deepEqual(lines(SECTIONS, articleOutline(SECTIONS, sections.analysis, 5)), [
      'headline Bridge to Reopen in May (headline · 5 quotes, too many to list: sections only) -> Bridge to Reopen in May',
      '  section Engineers Disagree (section) -> Engineers Disagree',
      '  section What Comes Next (section) -> What Comes Next',
    ]);
    assert.match(articleOutline(SECTIONS, sections.analysis, 6)[0].detail, /too many to list$/);
  });

  it('without a headline or subheads, lists the speakers at the top level and folds nothing', () => {
    // The engine takes the first paragraph for the headline; an analysis with only body paragraphs is made here.
    const analysis = { ...sections.analysis, paragraphs: sections.analysis.paragraphs.map((paragraph) => ({ ...paragraph, role: 'body' as const })) };
    assert.deepEqual(articleOutline(SECTIONS, analysis).map((node) => node.name), ['Unattributed quotes', 'Delia Marchetti', 'Owen Achterberg']);
    assert.deepEqual(sectionParagraphs(analysis), []);
  });
});
