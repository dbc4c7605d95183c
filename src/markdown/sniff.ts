/**
 * Decides whether a document is markdown. Exports from Word often arrive as
 * markdown inside a .txt file, so the extension alone does not decide:
 * ATX headings, bold runs, pipe-table rows and backslash escapes do.
 * One linear pass over at most the first 64 KiB.
 */
const SIGNALS = [
  /^#{1,6}[ \t]+\S/m,
  /\*\*[^*\n]+\*\*/,
  /^\|.*\|[ \t]*$/m,
  /\\[*_#\-.[\]()]/,
  /^\s*\|?\s*:?-{3,}:?\s*\|/m,
];

const LIMIT = 64 * 1024;

export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > LIMIT ? text.slice(0, LIMIT) : text;
  return SIGNALS.some((signal) => signal.test(head));
}
