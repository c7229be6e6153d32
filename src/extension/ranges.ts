// The one place where engine offsets (UTF-16, end exclusive) become editor ranges.
import * as vscode from 'vscode';

export interface OffsetSpan {
  start: number;
  end: number;
}

export function toRange(document: vscode.TextDocument, span: OffsetSpan): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** Whether an offset falls inside a span (end inclusive, so a cursor just after a quote still "is" on it). */
export function contains(span: OffsetSpan, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
