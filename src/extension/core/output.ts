// The "Newsdesk" output channel: where internal errors are logged, and how long each analysis
// took when `newsdesk.logTimings` asks. The one place the extension writes diagnostics for itself.
import * as vscode from 'vscode';

/** Lines kept for `recent()`: enough for a test or a look back, never a growing log. */
const RECENT_LINES = 200;

export class NewsdeskOutput implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Newsdesk', { log: true });
  private readonly lines: string[] = [];

  info(message: string): void {
    this.channel.info(message);
    this.keep(message);
  }

  /** An error, with its stack trace (if any) below it. */
  error(message: string, stack?: string): void {
    this.channel.error(stack ? `${message}\n${stack}` : message);
    this.keep(message);
  }

  /** Brings the channel into view (from a notification's button). */
  show(): void {
    this.channel.show(true);
  }

  /** The last lines written (without their stacks): the channel itself cannot be read back. */
  recent(): readonly string[] {
    return this.lines;
  }

  private keep(line: string): void {
    this.lines.push(line);
    if (this.lines.length > RECENT_LINES) this.lines.shift();
  }

  dispose(): void {
    this.channel.dispose();
  }
}
