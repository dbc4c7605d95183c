/**
 * Raw HTML tables in a plain-text export. pandoc's Textile writer prints a
 * Word table it cannot draw in Textile (a cell of several paragraphs, merged
 * cells) as HTML, a tag or a paragraph a line, the paragraphs of a cell
 * parted by blank lines:
 *
 *   <table>
 *   <col width="39%" />
 *   <thead>
 *   <tr class="header">
 *   <th align="left">ỦY BAN NHÂN DÂN
 *
 *   XÃ BA CHÚC
 *   </th>
 *
 * Each table, from its `<table>` line to its `</table>`, is read as the
 * markdown front end reads one (markdown/html-table.ts): a line per row, on
 * the row's first cell, each paragraph of a cell where it is printed. A table
 * that is never closed stays as the lines it is.
 */
import { makeLine, type Line } from './line.js';
import { readHtmlTable } from '../markdown/html-table.js';

const TABLE_OPEN = /^<table[\s>]/i;
const TABLE_CLOSE = /<\/table\s*>/i;

export function regroupHtmlTables(lines: Line[], raw: readonly string[]): Line[] {
  if (!lines.some(opensTable)) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const to = opensTable(line) ? closingLine(raw, line.index) : -1;
    if (to < 0) {
      out.push(line);
      continue;
    }
    let first = true;
    for (const row of readHtmlTable(raw, line.index, to)) {
      if (row.cells.every((c) => c.text === '')) continue;
      const printed = raw[row.index] ?? '';
      const start = printed.length - printed.trimStart().length;
      const text = row.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' | ');
      out.push(makeLine({ index: row.index, text, start, end: Math.max(start, printed.trimEnd().length), blankBefore: first, cells: row.cells }));
      first = false;
    }
    while (i + 1 < lines.length && lines[i + 1]!.index <= to) i++;
  }
  return out;
}

function opensTable(line: Line): boolean {
  return line.text.charCodeAt(0) === 0x3c && TABLE_OPEN.test(line.text);
}

/** The line of the `</table>` that closes the table opened on line `from`, or -1. */
function closingLine(raw: readonly string[], from: number): number {
  for (let i = from; i < raw.length; i++) {
    if (i > from && TABLE_OPEN.test(raw[i]!.trimStart())) return -1;
    if (TABLE_CLOSE.test(raw[i]!)) return i;
  }
  return -1;
}
