/**
 * A plan forwarded or answered in a plain-text e-mail: the mail client
 * quotes it, every line behind a `> ` (`>> ` or `> > ` when it was quoted
 * twice), blank lines as a bare `>`. Such a block is read as the text it
 * quotes: its marks are read as blanks, so positions still point into the
 * file.
 *
 * A line that starts with `>` is not enough ("> 95% hộ gia đình …" may be a
 * comparator at the start of a target): a quoted block is a run of lines
 * that all start with `>`, long enough, and holding a bare `>` where the
 * quoted text had a blank line.
 */

/** Lines in a row that make a quoted block, at the least. */
const MIN_RUN = 5;
/** A run this long is a quotation even without a blank quoted line. */
const LONG_RUN = 20;

/**
 * The lines with the quote marks of each quoted block turned to spaces, so
 * that every column stays where it is in the file; the lines themselves when
 * there is no quoted block.
 */
export function unquoted(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length;) {
    if (marksOf(lines[i]!) === 0) {
      i++;
      continue;
    }
    let end = i;
    let bare = false;
    while (end < lines.length && marksOf(lines[end]!) > 0) {
      if (lines[end]!.replace(/[>\s]/g, '') === '') bare = true;
      end++;
    }
    if (end - i >= LONG_RUN || (end - i >= MIN_RUN && bare)) {
      out ??= lines.slice();
      for (let k = i; k < end; k++) {
        const marks = marksOf(lines[k]!);
        out[k] = ' '.repeat(marks) + lines[k]!.slice(marks);
      }
    }
    i = end;
  }
  return out ?? lines;
}

/** The length of a line's quote marks ("> ", ">> ", "> > ", a bare ">"), or 0 when it does not start with one. */
function marksOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 0x20 && i < 3) i++;
  if (line.charCodeAt(i) !== 0x3e) return 0;
  let end = i;
  // each mark, with the one space a client puts after it
  while (line.charCodeAt(end) === 0x3e) {
    end++;
    if (line.charCodeAt(end) === 0x20) end++;
  }
  return end;
}
