/**
 * reStructuredText's line blocks, as pandoc writes a paragraph of Word's
 * Shift+Enter lines (`pandoc -t rst`): every line behind a `| `, a line the
 * column wrapped carried on below it, indented.
 *
 *   | **Nơi nhận:
 *     **- Trung ương Hội Chữ thập đỏ Việt Nam (b/c);
 *   | - Ủy ban nhân dân tỉnh (b/c);
 *
 * Such a block is read as the lines it holds: its marks are read as blanks,
 * so positions still point into the file. A line that starts with a pipe is
 * not enough (a table's row starts so): a line block's lines hold no other
 * pipe, and come two or more in a row.
 */

/** Marked lines in a row that make a line block, at the least. */
const MIN_RUN = 2;

/** The lines with the marks of each line block turned to spaces; the lines themselves when there is none. */
export function unblocked(lines: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; ) {
    if (markOf(lines[i]!) < 0) {
      i++;
      continue;
    }
    // the block: its marked lines, and the indented lines that carry one on
    let end = i;
    let marked = 0;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (markOf(line) >= 0) marked++;
      else if (end === i || !/^\s+\S/.test(line)) break;
    }
    if (marked >= MIN_RUN) {
      out ??= lines.slice();
      for (let k = i; k < end; k++) {
        const at = markOf(lines[k]!);
        if (at >= 0) out[k] = `${lines[k]!.slice(0, at)}  ${lines[k]!.slice(at + 2)}`;
      }
    }
    i = Math.max(end, i + 1);
  }
  return out ?? lines;
}

/** Where a line's mark `| ` stands (after at most three spaces), or -1 when the line is no line of a block. */
function markOf(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 0x20) i++;
  if (line.charCodeAt(i) !== 0x7c || line.charCodeAt(i + 1) !== 0x20) return -1;
  return line.indexOf('|', i + 1) < 0 ? i : -1;
}
