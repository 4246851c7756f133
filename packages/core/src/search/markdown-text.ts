/**
 * Markdown to plain text, for indexing and snippets: link targets (other articles' slugs) must
 * not make an article match, and a snippet shows words, not syntax. Lines are joined with a
 * space; the structure is not needed for either use.
 */
const inlineSyntax = /[[\]*_`<~|!-]/;

export function markdownToText(markdown: string): string {
  const lines: string[] = [];
  let fenced = false;
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    let line = raw;
    if (!fenced) {
      line = line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s*>\s?/, "")
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "");
    }
    if (!fenced && inlineSyntax.test(line)) {
      line = line
        .replace(/^\s*(?:[-*_]\s*){3,}$/, "")
        .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/, "")
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/<\/?[a-zA-Z][^>]*>/g, "")
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/\*([^*\s](?:[^*]*[^*\s])?)\*/g, "$1")
        // Unlike *, _ only emphasizes outside words (snake_case stays).
        .replace(/(^|[^\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}_])/gu, "$1$2")
        .replace(/~~(.+?)~~/g, "$1")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/\s*\|\s*/g, " ");
    }
    line = line.trim();
    if (line !== "") lines.push(line);
  }
  return lines.join(" ");
}
