// What the sources report's page and its host (the editor's webview panel, or the CLI's HTML file)
// say to each other. Plain data only: it crosses postMessage or sits in the page as JSON.
import type { SourcesReport, WorkspaceReport } from '../engine/report';

export type ReportPayload =
  | { scope: 'article'; /** The article's name, as the host shows it. */ source: string; report: SourcesReport }
  | { scope: 'workspace'; /** The folder's name. */ source: string; report: WorkspaceReport };

/** Host → page. */
export type HostMessage = { type: 'show'; payload: ReportPayload } | { type: 'empty'; message: string };

/** What the page drew, reported back so that tests (and the host) can see the view is current. */
export interface RenderSummary {
  scope: ReportPayload['scope'] | 'empty';
  source: string;
  /** Bars per chart, by chart id. */
  bars: Record<string, number>;
  /** The first series' values of each chart, by chart id (for the speakers chart: words quoted). */
  values: Record<string, number[]>;
  /** Labels of the words-per-speaker chart, in order. */
  speakerLabels: string[];
  /** Data rows per table, by table id. */
  tableRows: Record<string, number>;
}

/** Page → host. */
export type ViewMessage =
  | { type: 'ready' }
  | { type: 'rendered'; summary: RenderSummary }
  | { type: 'reveal'; actorId: string }
  | { type: 'open'; path: string }
  | { type: 'export'; format: 'csv' | 'json' | 'html' };

/** The element holding the payload in a self-contained HTML report. */
export const PAYLOAD_ELEMENT_ID = 'newsdesk-report-data';
