// Article and transcript words shown in Markdown (hovers, transcript notes) are text, never markup.

/** Escapes the characters that would format words in Markdown: emphasis, code, links, tables, strikethrough, headings, HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, '\\$&');
}
