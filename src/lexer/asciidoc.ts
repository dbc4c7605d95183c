/**
 * AsciiDoc, as `pandoc -t asciidoc` writes a Word document: headings behind
 * `=` marks, bold and italics as `*…*` and `_…_`, a hard line break as a
 * trailing ` +`, and tables between `|===` lines, each cell opened by a `|`
 * (an `a|` cell holds paragraphs), the rows as many cells as the `[cols=…]`
 * line above the table names, wrapped over lines like any paragraph.
 *
 *   == III. NHIỆM VỤ
 *   [cols=",,",]
 *   |===
 *   |*TT* |*Nội dung* |*Thời gian*
 *
 *   |1 |Tổ chức 02 đợt tiêm phòng vắc xin cúm cho đàn |Tháng 4/2026
 *   |===
 *
 * The text is read as plain text with these marks turned to blanks, so that
 * every column stays where it is in the file, and each table's cells are put
 * into their rows.
 */
import { makeCell, makeLine, type Cell, type Line } from './line.js';

/** A table's delimiter line. */
const DELIMITER = /^\|===\s*$/;
/** A block's attribute line: "[cols=",,",]", "[options="header"]". */
const ATTRIBUTES = /^\[[^\]]*\]\s*$/;
/** A section title: one to six "=" and a space ("== I. MỤC ĐÍCH"). */
const TITLE = /^={1,6}[ \t]+(?=\S)/;
/** A hard line break at a line's end. */
const HARD_BREAK = /[ \t]\+[ \t]*$/;
/** Emphasis marks around words: "*KẾ HOẠCH*", "**1. Mục đích: **", "_Long Điền, ngày …_". */
const EMPHASIS = /(?<![\p{L}\p{N}])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\p{L}\p{N}])/gu;

/** Whether a text is AsciiDoc: a table's delimiter line, and a section title or a block's attributes. */
export function looksLikeAsciidoc(text: string): boolean {
  return text.includes('|===') && /^\|===[ \t]*$/m.test(text) && /^(?:={1,6}[ \t]+\S|\[cols=)/m.test(text);
}

/** The lines [open, close] of a table, its delimiters among them, and how many cells make one of its rows. */
export interface AsciidocTable {
  readonly open: number;
  readonly close: number;
  readonly columns: number;
}

/** The lines as plain text reads them (the marks as blanks), and the tables. */
export function asciidocPage(lines: readonly string[]): { raw: string[]; tables: AsciidocTable[] } {
  const raw: string[] = [];
  const tables: AsciidocTable[] = [];
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (DELIMITER.test(line)) {
      if (open < 0) open = i;
      else {
        tables.push({ open, close: i, columns: columnsOf(lines, open) });
        open = -1;
      }
      raw.push(blank(line));
      continue;
    }
    if (ATTRIBUTES.test(line)) {
      raw.push(blank(line));
      continue;
    }
    const title = open < 0 ? TITLE.exec(line) : null;
    let text = title ? blank(title[0]) + line.slice(title[0].length) : line;
    const hard = HARD_BREAK.exec(text);
    if (hard) text = text.slice(0, hard.index) + blank(hard[0]);
    raw.push(text.replace(EMPHASIS, blank));
  }
  return { raw, tables };
}

/** How many cells make a row: the entries of the `[cols=…]` line above the table, else the cells of its first line. */
function columnsOf(lines: readonly string[], open: number): number {
  const cols = /^\[cols="([^"]*)"/.exec(lines[open - 1] ?? '');
  if (cols) return cols[1]!.split(',').length;
  return Math.max(1, cellsOf(lines[open + 1] ?? '').length);
}

/** The lines with each table's lines replaced by its rows, each row a line of its cells. */
export function regroupAsciidocTables(lines: Line[], source: readonly string[], tables: readonly AsciidocTable[]): Line[] {
  if (tables.length === 0) return lines;
  const out: Line[] = [];
  let t = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    while (t < tables.length && tables[t]!.close < line.index) t++;
    const table = tables[t];
    if (!table || line.index < table.open) {
      out.push(line);
      continue;
    }
    for (const row of rowsOf(source, table)) out.push(row);
    while (i + 1 < lines.length && lines[i + 1]!.index <= table.close) i++;
    t++;
  }
  return out;
}

/** A cell as its first line prints it, and the lines of its text. */
interface OpenCell {
  readonly index: number;
  readonly start: number;
  readonly parts: string[];
}

function rowsOf(source: readonly string[], table: AsciidocTable): Line[] {
  const cells: OpenCell[] = [];
  for (let i = table.open + 1; i < table.close; i++) {
    const line = source[i]!;
    // a blank line parts a cell's paragraphs
    if (line.trim() === '') {
      cells[cells.length - 1]?.parts.push('\n');
      continue;
    }
    const found = cellsOf(line);
    // the text before the line's first cell goes on with the cell above it
    const before = line.slice(0, found[0]?.at ?? line.length);
    if (before.trim() && cells.length > 0) cells[cells.length - 1]!.parts.push(before);
    for (const cell of found) cells.push({ index: i, start: cell.start, parts: [cell.text] });
  }
  const rows: Line[] = [];
  for (let k = 0; k < cells.length; k += table.columns) {
    const row = cells.slice(k, k + table.columns).map((c): Cell => makeCell(cellText(c.parts), c.start, c.index));
    const first = cells[k]!;
    const end = source[first.index]!.trimEnd().length;
    rows.push(makeLine({ index: first.index, text: row.map((c) => c.text.replace(/\n/g, ' ')).join('\t'), start: first.start, end, blankBefore: k === 0, cells: row }));
  }
  return rows;
}

/** The cells a line opens: each after its `|` (or `a|`) at the line's start or after a blank, its text up to the next one's mark. */
function cellsOf(line: string): { at: number; start: number; text: string }[] {
  const marks: { at: number; length: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '|') continue;
    const styled = line[i - 1] === 'a' && (i === 1 || isBlank(line[i - 2]!));
    if (i > 0 && !isBlank(line[i - 1]!) && !styled) continue;
    marks.push({ at: styled ? i - 1 : i, length: styled ? 2 : 1 });
  }
  return marks.map((mark, k) => {
    const from = mark.at + mark.length;
    const text = line.slice(from, k + 1 < marks.length ? marks[k + 1]!.at : line.length);
    return { at: mark.at, start: from + text.length - text.trimStart().length, text };
  });
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/** A cell's text: its lines joined (a soft wrap as a space, a hard break or a blank line as a line of its own), marks removed. */
function cellText(parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(HARD_BREAK, '\n'))
    .join(' ')
    .replace(EMPHASIS, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function blank(text: string): string {
  return ' '.repeat(text.length);
}
