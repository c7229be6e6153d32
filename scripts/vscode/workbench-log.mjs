// What a test payload in the extension host (test/vscode/index.ts, test/vsix/smoke.ts) says through
// the workbench's codeAutomationLog, read the same way by every runner.
import { format } from 'node:util';

/** Printed by the payload with its JSON summary ({ passed, failed, … }). */
export const RESULT_MARKER = 'NEWSDESK-RESULT';
/** Printed by the payload when its tests start; what follows says which. */
export const START_MARKER = 'NEWSDESK-TESTS-START';

/**
 * One codeAutomationLog call as a line of text, ANSI stripped (mocha colours its ✔/✖ symbols whenever
 * CI is set, even with colour off); `hasResult` when it carries the result marker, with `result`
 * parsed (undefined when the JSON cannot be read); `start` when it is the start marker.
 * @returns {{ line: string, hasResult: boolean, result?: unknown, start?: string }}
 */
export function readWorkbenchLog(args) {
  const line = format(...(Array.isArray(args) ? args : [args])).replace(/\u001b\[[0-9;]*m/g, '');
  const entry = { line, hasResult: false };
  const at = line.indexOf(RESULT_MARKER);
  if (at >= 0) {
    entry.hasResult = true;
    try { entry.result = JSON.parse(line.slice(at + RESULT_MARKER.length)); } catch { /* left undefined */ }
  }
  if (line.startsWith(START_MARKER)) entry.start = line.slice(START_MARKER.length).trim();
  return entry;
}
