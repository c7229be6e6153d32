// Which linked transcripts the editor may read: src/extension/logic/transcriptReads.ts, the rule the
// settings store applies to `newsdesk.transcripts.*` and the workspace's trust.
import { strict as assert } from 'node:assert';
import { DEFAULT_MAX_TRANSCRIPT_BYTES } from '../../src/engine/transcripts';
import { transcriptReads } from '../../src/extension/logic/transcriptReads';

describe('extension logic: transcript reads', () => {
  it('reads no linked file in Restricted Mode, whatever the settings say', () => {
    const restricted = transcriptReads({ maxFileSizeMB: 100, allowOutsideWorkspace: true }, false);
    assert.equal(restricted.allowed, false);
    assert.equal(transcriptReads({}, true).allowed, true, 'a trusted workspace reads them');
  });

  it('takes the size limit in megabytes, within the bounds package.json declares, and the default otherwise', () => {
    assert.equal(transcriptReads({ maxFileSizeMB: 2 }, true).maxBytes, 2 * 1024 * 1024);
    assert.equal(transcriptReads({ maxFileSizeMB: 1e9 }, true).maxBytes, 4096 * 1024 * 1024);
    assert.equal(transcriptReads({ maxFileSizeMB: -5 }, true).maxBytes, Math.round(0.001 * 1024 * 1024));
    for (const odd of [undefined, Number.NaN, '20', null]) assert.equal(transcriptReads({ maxFileSizeMB: odd }, true).maxBytes, DEFAULT_MAX_TRANSCRIPT_BYTES);
  });

  it('reads outside the workspace only when the setting is exactly true', () => {
    assert.equal(transcriptReads({ allowOutsideWorkspace: true }, true).allowOutside, true);
    for (const odd of [undefined, 'true', 1, {}]) assert.equal(transcriptReads({ allowOutsideWorkspace: odd }, true).allowOutside, false);
  });
});
