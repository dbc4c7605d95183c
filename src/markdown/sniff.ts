/**
 * Decides whether a document is markdown. Exports from Word often arrive as
 * markdown inside a .txt file, so the extension alone does not decide:
 * ATX headings, bold runs, pipe-table rows (outside a grid table's
 * borders) and backslash escapes do.
 * Linear passes over at most the first 64 KiB, each only when its mark
 * character occurs at all.
 */
const SIGNALS: readonly { readonly mark: string; readonly pattern: RegExp; readonly unless?: RegExp }[] = [
  { mark: '#', pattern: /^#{1,6}[ \t]+\S/m },
  { mark: '**', pattern: /\*\*[^*\n]+\*\*/ },
  // a pipe row, unless it stands in a grid table ("+----+----+" borders), as pandoc's plain text writes one
  { mark: '|', pattern: /^\|.*\|[ \t]*$/m, unless: /^ *\+(?:-{3,}\+)+[ \t]*$/m },
  { mark: '\\', pattern: /\\[*_#\-.[\]()]/ },
  // spaces, not \s: a pattern free to run over blank lines from every line start costs more than all the others together
  { mark: '---', pattern: /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/m },
];

const LIMIT = 64 * 1024;

export function looksLikeMarkdown(text: string): boolean {
  const head = text.length > LIMIT ? text.slice(0, LIMIT) : text;
  // Plain text seldom holds the marks at all: a substring search rules a pattern out before it runs.
  return SIGNALS.some(({ mark, pattern, unless }) => head.includes(mark) && pattern.test(head) && !(unless?.test(head) ?? false));
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
