// The one place where engine offsets (UTF-16, end exclusive) become editor ranges.
import * as vscode from 'vscode';
import { LineIndex } from '../../engine/lines';

export interface OffsetSpan {
  start: number;
  end: number;
}

export function toRange(document: vscode.TextDocument, span: OffsetSpan): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/**
 * The same mapping as `toRange`, for text that is not open in an editor (the workspace check):
 * lines end at \r\n, \n or \r, as in a TextDocument. Build once per text, then map many spans.
 */
export function rangesInText(text: string): (span: OffsetSpan) => vscode.Range {
  const lines = new LineIndex(text);
  const positionAt = (offset: number): vscode.Position => {
    const { line, character } = lines.position(offset);
    return new vscode.Position(line, character);
  };
  return (span) => new vscode.Range(positionAt(span.start), positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
