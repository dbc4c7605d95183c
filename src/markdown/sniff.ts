/**
 * Decides whether a document is markdown. Exports from Word often arrive as
 * markdown inside a .txt file, so the extension alone does not decide:
 * ATX headings, bold runs, a pipe table's delimiter row and backslash
 * escapes do.
 * Linear passes over at most the first 64 KiB, each only when its mark
 * character occurs at all.
 */
const SIGNALS: readonly { readonly mark: string; readonly pattern: RegExp }[] = [
  { mark: '#', pattern: /^#{1,6}[ \t]+\S/m },
  { mark: '**', pattern: /\*\*[^*\n]+\*\*/ },
  { mark: '\\', pattern: /\\[*_#\-.[\]()]/ },
  // A pipe table's delimiter row ("|---|:--:|"): rows of cells between pipes without one are no markdown (antiword's
  // tables, pandoc's grids). Spaces, not \s: a pattern free to run over blank lines from every line start is slow.
  { mark: '|', pattern: /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$/m },
];

const LIMIT = 64 * 1024;

export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > LIMIT ? text.slice(0, LIMIT) : text;
  // Plain text seldom holds the marks at all: a substring search rules a pattern out before it runs.
  return SIGNALS.some(({ mark, pattern }) => head.includes(mark) && pattern.test(head));
}

/** More emphasis delimiters or link brackets in one paragraph than any document holds: micromark resolves them in quadratic time. */
const MAX_DELIMITERS_PER_PARAGRAPH = 200;

/**
 * Whether markdown parsing would take more than linear time: a paragraph
 * (a run of lines between blank lines) with hundreds of `*`, `_` or `[`.
 * Such text is damaged or hostile; it is read as plain text instead.
 */
export function hasRunawayEmphasis(text: string): boolean {
  let count = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (blank) count = 0;
      blank = true;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) blank = false;
    if ((c === 42 || c === 95 || c === 91) && ++count > MAX_DELIMITERS_PER_PARAGRAPH) return true;
  }
  return false;
}
