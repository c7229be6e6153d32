// Planning a speaker's rename: src/extension/logic/rename.ts, without an editor.
import { strict as assert } from 'node:assert';
import { invalidName, nameOccurrences, renameEdits, renameTargetAt } from '../../src/extension/logic/rename';
import { article, BRIDGE, NAMESAKE } from './articles';

describe('extension logic: rename planning', () => {
  const namesake = article(NAMESAKE);
  const marchetti = namesake.actor('Delia Marchetti');
  const words = (spans: Array<{ start: number; end: number; part?: string }>) => spans.map((span) => [NAMESAKE.slice(span.start, span.end), span.part]);

  it('finds the full name and the surname where it stands for the speaker, not a namesake\'s', () => {
    const occurrences = nameOccurrences(NAMESAKE, namesake.analysis, marchetti);
    assert.deepEqual(words(occurrences), [['Delia Marchetti', 'full'], ['Marchetti', 'surname']]);
    assert.equal(occurrences[1].start, namesake.at('Mayor Marchetti', 'Mayor '.length), 'the title stays, the surname changes');
    assert.ok(!occurrences.some((occurrence) => occurrence.start === namesake.at('Paolo Marchetti', 'Paolo '.length)), 'Paolo Marchetti is someone else');
  });

  it('renames from a full name to a full name, and from a surname to a surname', () => {
    const occurrences = nameOccurrences(NAMESAKE, namesake.analysis, marchetti);
    assert.deepEqual(renameEdits(marchetti, occurrences, ' Delia  Rossi ', 'full').map((edit) => edit.text), ['Delia Rossi', 'Rossi']);
    assert.deepEqual(renameEdits(marchetti, occurrences, 'Rossi', 'surname').map((edit) => edit.text), ['Delia Rossi', 'Rossi']);
    assert.deepEqual(renameEdits(marchetti, occurrences, 'Delia Rossi', 'surname').map((edit) => edit.text), ['Delia Rossi', 'Rossi']);
  });

  it('says what F2 at an offset renames, or why it cannot', () => {
    const target = renameTargetAt(NAMESAKE, namesake.analysis, namesake.at('Mayor Marchetti', 'Mayor Mar'.length));
    assert.equal(target.actor.name, 'Delia Marchetti');
    assert.equal(target.occurrence.part, 'surname');
    const bridge = article(BRIDGE);
    assert.throws(() => renameTargetAt(BRIDGE, bridge.analysis, bridge.at('she said', 1)), /Only a name can be renamed; 'she' refers to Delia Marchetti/);
    assert.throws(() => renameTargetAt(BRIDGE, bridge.analysis, bridge.at('a resident', 3)), /anonymous source: there is no name/);
    assert.throws(() => renameTargetAt(BRIDGE, bridge.analysis, bridge.at('repairs')), /Put the cursor on a speaker's name/);
  });

  it('refuses names that cannot be a name', () => {
    assert.equal(invalidName('  ', marchetti), 'Type the new name.');
    assert.equal(invalidName('Delia\nRossi', marchetti), 'A name fits on one line.');
    assert.equal(invalidName('"Delia"', marchetti), 'A name has no quotation marks.');
    assert.equal(invalidName('42', marchetti), 'A name has at least one letter.');
    assert.match(invalidName('Delia  Marchetti', marchetti) ?? '', /already Delia Marchetti's name/);
    assert.equal(invalidName('Delia Rossi', marchetti), undefined);
  });
});
