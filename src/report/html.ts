// The sources report page. The editor's webview links the page's script and style; the CLI's HTML
// report inlines them with the data, so the file opens offline. Both get a strict policy: nothing
// runs or loads but what the page brings, marked with a fresh nonce.
import type { ReportPayload } from './protocol';
import { PAYLOAD_ELEMENT_ID } from './protocol';

export type PageAssets =
  /** For a webview: URIs of the script and style, and the webview's own source for the policy. */
  | { kind: 'linked'; scriptUri: string; styleUri: string; cspSource: string }
  /** For a standalone file: the script and style themselves, and the data to show. */
  | { kind: 'inline'; script: string; style: string; payload: ReportPayload };

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  // btoa, not Buffer: the same in Node, the browser and the web-worker extension host.
  return btoa(String.fromCharCode(...bytes));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// JSON inside <script>: no "</script>" or "<!--" can end the element early.
const escapeJsonForScript = (json: string) => json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function reportPage(title: string, assets: PageAssets, nonce = newNonce()): string {
  const policy = assets.kind === 'linked'
    ? `default-src 'none'; img-src ${assets.cspSource} data:; style-src ${assets.cspSource}; font-src ${assets.cspSource}; script-src 'nonce-${nonce}'`
    : `default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
  const head = assets.kind === 'linked'
    ? `<link rel="stylesheet" href="${escapeHtml(assets.styleUri)}">`
    : `<style nonce="${nonce}">${assets.style}</style>`;
  const body = assets.kind === 'linked'
    ? `<script nonce="${nonce}" src="${escapeHtml(assets.scriptUri)}"></script>`
    : `<script type="application/json" id="${PAYLOAD_ELEMENT_ID}">${escapeJsonForScript(JSON.stringify(assets.payload))}</script>\n`
      + `<script nonce="${nonce}">${assets.script.replace(/<\/script/gi, '<\\/script')}</script>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body class="${assets.kind === 'inline' ? 'standalone' : ''}">
<p id="status" role="status" class="visually-hidden"></p>
<main id="report" aria-busy="true"></main>
${body}
</body>
</html>
`;
}
