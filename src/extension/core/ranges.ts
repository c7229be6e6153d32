// The one place where engine offsets (UTF-16, end exclusive) become editor ranges.
import * as vscode from 'vscode';

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
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
    if (code === 13 || code === 10) lineStarts.push(index + 1);
  }
  const positionAt = (offset: number): vscode.Position => {
    const clamped = Math.max(0, Math.min(text.length, offset));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return new vscode.Position(low, clamped - lineStarts[low]);
  };
  return (span) => new vscode.Range(positionAt(span.start), positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}
