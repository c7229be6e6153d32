// Severities from `.newsdesk.json`: the engine applies them, for the editor and the CLI alike.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';

describe('severity settings', () => {
  const text = 'Headline Here\n\nThe mayor claimed the bridge was safe.\n\n"We will rebuild it."\n\nA source said repairs would start soon.\n';

  it('changes severities and drops findings that are turned off', () => {
    const plain = analyze(text);
    assert.ok(plain.diagnostics.some((d) => d.code === 'loaded-verb'), 'the loaded verb is found by default');
    const configured = analyze(text, { config: { severity: { 'unattributed-quote': 'error', 'loaded-verb': 'off' } } });
    assert.equal(configured.diagnostics.filter((d) => d.code === 'loaded-verb').length, 0);
    const unattributed = configured.diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.ok(unattributed.length > 0 && unattributed.every((d) => d.severity === 'error'));
    const others = configured.diagnostics.filter((d) => d.code === 'anonymous-source');
    assert.deepEqual(others.map((d) => d.severity), plain.diagnostics.filter((d) => d.code === 'anonymous-source').map((d) => d.severity));
  });
});
