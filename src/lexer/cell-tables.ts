/**
 * Tables whose cells arrive one per line, as Word writes a table to plain
 * text: "TT", "Chỉ tiêu", "ĐVT", "Năm 2025", then "1", "Tỷ lệ …", "%", "95",
 * "2", …. A run is recognised by a header that starts with TT/STT followed by
 * short header-like cells, and rows that each start with the next ordinal;
 * it is regrouped into table-row lines. Anything else passes through.
 */
import { grammar, onFirstUse } from '../grammar/load.js';
import { alternation } from '../grammar/pattern.js';
import { comparatorSigns, FIGURE_LIKE } from '../grammar/figures.js';
import { foldKey, foldUnit } from '../text/fold.js';
import { makeCell, makeLine, movedLine, type Cell, type Line } from './line.js';
import { regroup } from './regroup.js';
import { isPageOf } from './page-marks.js';
import { labelOf } from '../parser/labels.js';
import { GROUP_ORDINALS } from './cell-rows.js';

/** grammar/quantities.json's table headings, folded, read on first use. */
interface Headings {
  /** The ordinal column's headings, folded and without spaces: tt, stt, sott. */
  readonly ordinal: ReadonlySet<string>;
  /** The indicator column's headings, folded ("chi tieu", "noi dung"), and their first letters as printed, in either case. */
  readonly indicator: ReadonlySet<string>;
  readonly indicatorInitials: ReadonlySet<number>;
  /** Their lengths as printed: one look rules out nearly every line. */
  readonly indicatorLengths: ReadonlySet<number>;
  /** Every unit an ordinal's heading folds to (t, s, o, a space, its marks): a word with another is none. */
  readonly ordinalLetters: ReadonlySet<number>;
  /** The first letters of the ordinal's headings as printed, in either case (T, t, S, s): one look at a line's first letter rules most out. */
  readonly ordinalInitials: ReadonlySet<number>;
  /** What a heading cell starts with: a column word ("Chỉ tiêu", "ĐVT"), or a year ("Năm 2025", "2025"). */
  readonly cell: RegExp;
  /** The unit column's headings, folded ("don vi tinh", "dvt"). */
  readonly unit: ReadonlySet<string>;
}

export const tableHeadings = onFirstUse((): Headings => {
  const q = grammar<{ ordinalColumns: string[]; indicatorColumns: string[]; unitColumns: string[]; tableHeadings: string[]; yearUnit: string }>('quantities');
  return {
    ordinal: new Set(q.ordinalColumns.map((heading) => foldKey(heading).replace(/\s/g, ''))),
    ordinalLetters: new Set([...q.ordinalColumns.join(''), ' ', '.', ':'].map((c) => foldUnit(c.charCodeAt(0)))),
    indicator: new Set(q.indicatorColumns.map(foldKey)),
    indicatorLengths: new Set(q.indicatorColumns.map((heading) => heading.length)),
    indicatorInitials: new Set(q.indicatorColumns.flatMap((heading) => [heading[0]!.toUpperCase(), heading[0]!.toLowerCase()]).map((c) => c.charCodeAt(0))),
    ordinalInitials: new Set(q.ordinalColumns.flatMap((heading) => [heading[0]!.toUpperCase(), heading[0]!.toLowerCase()]).map((c) => c.charCodeAt(0))),
    cell: new RegExp(`^(?:(?:${alternation(q.tableHeadings.map(foldKey))})(?![a-z])|(?:${foldKey(q.yearUnit)} )?\\d{4})`),
    unit: new Set(q.unitColumns.map(foldKey)),
  };
});

const MAX_CELL = 120;
const MAX_HEADER_CELLS = 10;

export function regroupCellTables(lines: Line[]): Line[] {
  return regroup(lines, readTable);
}

/**
 * The heading lines of the tables no reader could make rows of: an ordinal
 * heading (TT, STT) alone on its line, still standing once every reader has
 * regrouped what it recognised, with at least two more heading cells after
 * it, each alone on its line, or with the ordinals of the rows under it,
 * each alone on its line (the whole column printed before the next). So a
 * PDF's table comes out of `pdftotext` without `-layout`, or of pdfminer:
 * its cells one per line, out of their rows (a wrapped cell's lines between
 * its neighbours', whole columns moved below the table), which nothing can
 * put back without the page's geometry.
 */
export function unreadTables(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  const { ordinalInitials } = tableHeadings();
  for (let i = 0; i + 2 < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells || line.text.length > 6 || !ordinalInitials.has(line.text.charCodeAt(0)) || !isOrdinalHeading(line.text)) continue;
    const [next, after] = [lines[i + 1]!, lines[i + 2]!];
    if ((isHeaderCell(next) && isHeaderCell(after)) || (ordinalOf(next) === '1' && ordinalOf(after) === '2')) out.push(line);
  }
  return out;
}

function readTable(lines: Line[], from: number): { rows: Line[]; end: number } | null {
  const first = lines[from]!;
  if (first.cells) return null;
  if (first.text.length <= MAX_UNNUMBERED_HEADING && (isIndicatorHeading(first.text) || (first.bold === 'all' && isHeaderCell(first)))) return readUnnumbered(lines, from);
  if (first.text.length > 6 || !tableHeadings().ordinalInitials.has(first.text.charCodeAt(0))) return null;
  if (!isOrdinalHeading(first.text)) return readBlankSeparated(lines, from);
  return readCells(lines, from) ?? readBlankSeparated(lines, from) ?? readWrappedCells(lines, from);
}

/**
 * A table of one cell per line without an ordinal column, as AbiWord prints
 * a Word table (each cell a paragraph): "Chỉ tiêu", "Đơn vị tính", "Kế hoạch
 * năm 2027", then each row's indicator, unit and value. The heading is its
 * short heading cells (column words, or, under a bold "Chỉ tiêu", the bold
 * cells after it, as turndown prints a heading row); a row is as many cells, the last a figure (perhaps
 * after its comparator), none a labelled line; the table ends at the first
 * that is not.
 */
function readUnnumbered(lines: Line[], from: number): { rows: Line[]; end: number } | null {
  let k = from;
  // a heading printed in bold (turndown's "**Chỉ tiêu**", "**Học sinh lớp 9**") says which cells are its own, whatever they name
  const bold = lines[from]!.bold === 'all';
  const headingCell = (line: Line): boolean => line.text.length <= MAX_UNNUMBERED_HEADING && (isHeaderCell(line) || (bold && line.bold === 'all' && !line.cells && labelOf(line) === null));
  while (k < lines.length && k - from < MAX_HEADER_CELLS && headingCell(lines[k]!)) k++;
  const width = k - from;
  // two columns ("Nội dung | Số tiền") only under a bold heading: unmarked, two short lines are too often no table
  if (width < (bold ? 2 : 3)) return null;
  const rows: Line[] = [row(lines.slice(from, k))];
  // a table of figures ends its rows with one; another (Loại báo cáo | Thời hạn | Nơi nhận), under a bold heading, has
  // cells that end no sentence, as a paragraph after the table does
  const figures = isIndicatorHeading(lines[from]!.text);
  for (; k + width <= lines.length; k += width) {
    const cells = lines.slice(k, k + width);
    // under a bold heading, a row's first cell may be a sub-line of the one above it ("+ Điện di huyết sắc tố …")
    if (cells.some((c, i) => c.cells || c.rule || (labelOf(c) !== null && !(bold && i === 0 && isSubLine(c))))) break;
    if (figures ? !valueCell().test(cells[width - 1]!.text) : cells.some((c) => c.bold === 'all' || c.text.length > MAX_CELL || /[.;:]$/.test(c.text))) break;
    rows.push(row(cells));
  }
  return rows.length >= (figures ? 3 : 2) ? { rows, end: k } : null;
}

/** A line that a dash or a plus opens: a sub-line of a table's row, or a list's item. */
function isSubLine(line: Line): boolean {
  const style = labelOf(line)?.style;
  return style === 'dash' || style === 'plus';
}

/** A heading cell of such a table is short. */
const MAX_UNNUMBERED_HEADING = 30;
/** A value cell: a figure, perhaps after a sign or a word or two of comparison ("≥ 70", "Trên 60", "100%"). */
const valueCell = onFirstUse((): RegExp => new RegExp(String.raw`^(?:(?:${comparatorSigns().pattern})\s*|\p{L}+(?:\s\p{L}+)?\s+)?${FIGURE_LIKE}\s*[%‰]?$`, 'u'));

/** Whether a text names the indicator column ("Chỉ tiêu", "Nội dung"), looked at only where its first letter allows. */
function isIndicatorHeading(text: string): boolean {
  const { indicatorInitials, indicatorLengths, indicator } = tableHeadings();
  return indicatorLengths.has(text.length) && indicatorInitials.has(text.charCodeAt(0)) && indicator.has(foldKey(text));
}

/**
 * A table whose cells a blank line parts, each cell on as many lines as it
 * wraps to, as `pdftotext` prints a PDF's table when its cells come out in
 * order ("Tỷ lệ mắc sốt rét trên 1.000 dân vùng có sốt" / "rét lưu hành" /
 * "" / "‰"): each run of lines between blanks is one cell, and the cells are
 * read as a table of one cell per line is. A cell of several lines keeps
 * each where it stands.
 */
function readBlankSeparated(lines: Line[], from: number): { rows: Line[]; end: number } | null {
  if (!lines[from + 1]?.blankBefore && !lines[from + 2]?.blankBefore) return null;
  const cells: Line[] = [];
  /** The lines each joined cell was made from, each where it stands. */
  const pieces = new Map<Line, Cell[]>();
  /** The index in `lines` after each cell. */
  const after: number[] = [];
  /** Groups the lines into cells, up to `count` cells in all. */
  const groupUpTo = (count: number): void => {
    for (let i = after[after.length - 1] ?? from; i < lines.length && cells.length < count && !lines[i]!.cells;) {
      let j = i + 1;
      while (j < lines.length && !lines[j]!.blankBefore && !lines[j]!.cells && j - i < MAX_CELL_LINES) j++;
      cells.push(joined(lines.slice(i, j), pieces));
      after.push(j);
      i = j;
    }
  };
  // the heading's first cell, then the whole heading and its first row's ordinal, decide before the rows are read
  groupUpTo(1);
  if (!isOrdinalHeading(cells[0]?.text ?? '')) return null;
  groupUpTo(2 * MAX_HEADER_CELLS + 2);
  if (!readHeading(cells, 0)) return null;
  groupUpTo(MAX_GROUPED_CELLS);
  const table = readCells(cells, 0, pieces);
  return table ? { rows: table.rows, end: after[table.end - 1]! } : null;
}

/** Cells read at most, from one heading: a table's worth. */
const MAX_GROUPED_CELLS = 600;
/** Lines one cell may wrap to. */
const MAX_CELL_LINES = 8;

/** The lines of one cell as one line: their texts joined ("T" over "T" is "TT"), each line kept where it stands. */
function joined(parts: Line[], pieces: Map<Line, Cell[]>): Line {
  const head = parts[0]!;
  if (parts.length === 1) return head;
  const text = parts.every((p) => p.text.length === 1) ? parts.map((p) => p.text).join('') : parts.map((p) => p.text).join(' ');
  const line = movedLine(head, { index: head.index, start: head.start, end: head.end, text });
  pieces.set(line, parts.map((p) => makeCell(p.text, p.start, p.index)));
  return line;
}


/** The heading of a table of one cell per line from its ordinal heading at `from`, and where its first row starts; null unless that row is numbered 1. */
function readHeading(lines: Line[], from: number): { heading: Line[]; k: number } | null {
  let k = from + 1;
  const heading: Line[] = [lines[from]!];
  while (k < lines.length && heading.length < MAX_HEADER_CELLS && !/^\d{1,3}\.?$/.test(lines[k]!.text)) {
    const line = lines[k]!;
    // "Đơn vị" over "tính", "Ước thực hiện" over "năm 2025": a heading a PDF's text cut in two, its rest in small letters
    // on the next line (a heading of its own starts with a capital)
    if (heading.length > 1 && isHeadingRest(line)) {
      const cut = heading[heading.length - 1]!;
      heading[heading.length - 1] = movedLine(cut, { index: cut.index, start: cut.start, end: cut.end, text: `${cut.text} ${line.text}` });
    } else if (isHeaderCell(line)) heading.push(line);
    else break;
    k++;
  }
  return heading.length >= 2 && (ordinalOf(lines[k]) === '1' || isGroupOrdinal(lines[k], 0)) ? { heading, k } : null;
}

/**
 * A row that groups the rows under it, numbered apart ("I", "II", "A"): a
 * cost estimate's heads of expense over its lines, each its name and its
 * subtotal. `count` is how many groups came before it.
 */
function isGroupOrdinal(line: Line | undefined, count: number): boolean {
  const text = ordinalOf(line);
  return text !== undefined && !line!.cells && (text === GROUP_ORDINALS.roman[count] || text === GROUP_ORDINALS.letters[count]);
}

/**
 * A group's row from its ordinal at `k`: its cells up to the first row under
 * it ("1"), the name after the ordinal and the subtotal in the last column,
 * the columns between left empty; null unless it ends on a figure.
 */
function groupRow(lines: Line[], k: number, width: number, pieces?: ReadonlyMap<Line, Cell[]>): { row: Line; end: number } | null {
  let end = k + 1;
  while (end < lines.length && end - k < width && ordinalOf(lines[end]) !== '1' && !lines[end]!.cells) end++;
  const cells = lines.slice(k, end);
  if (cells.length < 2 || !/^[\d.,]+$/.test(cells[cells.length - 1]!.text)) return null;
  const first = cells[0]!;
  const blank = (at: Line): Line => movedLine(at, { index: at.index, start: at.start, end: at.start, text: '' });
  const placed = cells.length === width ? cells : [...cells.slice(0, -1), ...Array.from({ length: width - cells.length }, () => blank(first)), cells[cells.length - 1]!];
  return { row: row(placed, pieces), end };
}

/** A table of one cell per line from an ordinal heading at `from`: its rows, and the index after the last. */
function readCells(lines: Line[], from: number, pieces?: ReadonlyMap<Line, Cell[]>): { rows: Line[]; end: number } | null {
  const head = readHeading(lines, from);
  if (!head) return null;
  const { heading } = head;
  let k = head.k;
  const width = heading.length;
  const rows: Line[] = [row(heading, pieces)];
  let ordinal = 1;
  let groups = 0;
  for (;;) {
    // a page break between two rows: the footer, and the next page's header before the row, pass through as they are
    const furniture = pageBreak(lines, k, String(ordinal));
    if (furniture > 0 && rows.length >= 2) {
      for (const line of lines.slice(k, k + furniture)) rows.push(line);
      k += furniture;
    }
    // the next group's row ("II  Chi tổ chức vòng chung kết  19.000.000"): its rows are numbered from 1 again
    const group = isGroupOrdinal(lines[k], groups) ? groupRow(lines, k, width, pieces) : null;
    if (group) {
      rows.push(group.row);
      k = group.end;
      groups++;
      ordinal = 1;
      continue;
    }
    if (k + width > lines.length || ordinalOf(lines[k]) !== String(ordinal)) break;
    const cells = lines.slice(k, k + width);
    if (cells.some((c) => c.cells || c.text.length > MAX_CELL * 2)) break;
    rows.push(row(cells, pieces));
    k += width;
    ordinal++;
  }
  // furniture read at the end belongs to what follows the table
  while (rows.length > 0 && !rows[rows.length - 1]!.cells) {
    rows.pop();
    k--;
  }
  // The next row's ordinal a line or two on, or taken as the last row's last cell: the rows hold more lines than the
  // heading has cells (a cell cut over two lines, as a PDF's text prints it), and every row read was read across its cells.
  const next = String(ordinal);
  const last = rows[rows.length - 1]?.cells;
  if (last?.[last.length - 1]?.text === next || lines.slice(k + 1, k + width).some((line) => ordinalOf(line) === next)) return null;
  return rows.length >= 2 ? { rows, end: k } : null;
}

/**
 * A table of one cell per line whose cells wrap onto the lines under them,
 * no blank line between, as pdf.js-based readers (pdfreader) print a PDF's
 * table, one text item a line: "TT", "Nội dung", "Đơn vị", "tính", "Thực",
 * "hiện", "năm", "2026", …, then "1", the indicator on a line or more, the
 * unit ("Xã," over "phường"), a value a line. A heading cell starts with a
 * capital, and the lines in small letters or figures under it go on with it.
 * A row runs from its ordinal to the next one, read from its right end: as
 * many values as the heading has columns after the unit's, the unit before
 * them from its capital (or a sign), the indicator between.
 */
function readWrappedCells(lines: Line[], from: number): { rows: Line[]; end: number } | null {
  const pieces = new Map<Line, Cell[]>();
  const parts: Line[][] = [];
  let k = from + 1;
  for (; k < lines.length && k - from <= MAX_WRAPPED_HEADING_LINES && ordinalOf(lines[k]) !== '1'; k++) {
    const line = lines[k]!;
    if (line.cells || line.rule || line.blankBefore || line.text.length > MAX_CELL) return null;
    if (/^\p{Lu}/u.test(line.text)) parts.push([line]);
    else if (parts.length > 0) parts[parts.length - 1]!.push(line);
    else return null;
  }
  if (ordinalOf(lines[k]) !== '1' || parts.length < 2) return null;
  const heading = [lines[from]!, ...parts.map((p) => joined(p, pieces))];
  if (!heading.slice(1).every(isHeaderCell)) return null;
  const unit = heading.some((cell) => tableHeadings().unit.has(foldKey(cell.text)));
  const shape = { values: heading.length - 2 - (unit ? 1 : 0), unit };
  if (shape.values < 1) return null;
  const rows: Line[] = [row(heading, pieces)];
  for (let ordinal = 1; ordinalOf(lines[k]) === String(ordinal); ordinal++) {
    const read = wrappedRow(lines, k, String(ordinal + 1), shape, pieces);
    if (!read) break;
    rows.push(read.row);
    k = read.end;
  }
  return rows.length >= 3 ? { rows, end: k } : null;
}

/** Lines a heading's wrapped cells take at the most, and a row's. */
const MAX_WRAPPED_HEADING_LINES = 3 * MAX_HEADER_CELLS;
const MAX_WRAPPED_ROW_LINES = 16;
/** A unit's cell, wrapped or not, is short. */
const MAX_UNIT = 24;

/** A row of wrapped cells from its ordinal at `from`: up to the next ordinal, or for the last, up to the end of its last value. */
function wrappedRow(lines: Line[], from: number, next: string, shape: { values: number; unit: boolean }, pieces: Map<Line, Cell[]>): { row: Line; end: number } | null {
  let last: { row: Line; end: number } | null = null;
  for (let end = from + 2; end <= lines.length && end - from <= MAX_WRAPPED_ROW_LINES; end++) {
    const line = lines[end];
    const cells = end - from > shape.values + 1 ? wrappedCells(lines.slice(from, end), shape, pieces) : null;
    if (cells && ordinalOf(line) === next) return { row: row(cells, pieces), end };
    last ??= cells ? { row: row(cells, pieces), end } : null;
    if (!line || line.cells || line.rule || line.blankBefore || labelOf(line) !== null) break;
  }
  return last;
}

/** The cells of a row's lines (its ordinal first), read from the right end; null where they make no row. */
function wrappedCells(rowLines: Line[], shape: { values: number; unit: boolean }, pieces: Map<Line, Cell[]>): Line[] | null {
  const values = rowLines.slice(rowLines.length - shape.values);
  if (!values.every((v) => valueCell().test(v.text))) return null;
  const middle = rowLines.slice(1, rowLines.length - shape.values);
  if (middle.some((line) => line.cells || labelOf(line) !== null)) return null;
  let unitLines = 0;
  if (shape.unit) {
    // the unit from its capital or sign, its wrapped rest in small letters ("Xã," over "phường"), an indicator line left above it
    for (let n = Math.min(2, middle.length - 1); n >= 1 && unitLines === 0; n--) {
      const unit = middle.slice(middle.length - n);
      const text = unit.map((l) => l.text).join(' ');
      if (text.length <= MAX_UNIT && /^[\p{Lu}%‰]/u.test(unit[0]!.text) && unit.slice(1).every((l) => /^\p{Ll}/u.test(l.text))) unitLines = n;
    }
    if (unitLines === 0) return null;
  }
  const indicator = middle.slice(0, middle.length - unitLines);
  if (indicator.length === 0) return null;
  const cells = [rowLines[0]!, joined(indicator, pieces)];
  if (unitLines > 0) cells.push(joined(middle.slice(middle.length - unitLines), pieces));
  for (const value of values) cells.push(value);
  return cells;
}

/**
 * How many lines a page break takes at `k` before the row numbered `next`:
 * a page number that says so ("Trang 2/4"), and the one line of the next
 * page's running header after it when the row starts right after that.
 */
function pageBreak(lines: readonly Line[], k: number, next: string): number {
  if (!lines[k] || !isPageOf(lines[k]!.text)) return 0;
  return lines[k + 1] && ordinalOf(lines[k + 1]) !== next && ordinalOf(lines[k + 2]) === next ? 2 : 1;
}

/** The ordinal a row's first cell prints, without its dot ("3." → "3"). */
function ordinalOf(line: Line | undefined): string | undefined {
  return line?.text.replace(/\.$/, '');
}

/** The rest of a heading cut in two: a word or two in small letters ("tính", "hiện năm"). */
function isHeadingRest(line: Line): boolean {
  return !line.cells && line.text.length <= 16 && /^\p{Ll}/u.test(line.text) && line.text.split(' ').length <= 2;
}

function isHeaderCell(line: Line): boolean {
  return !line.cells && line.text.length <= MAX_CELL && tableHeadings().cell.test(foldKey(line.text));
}

function row(cells: Line[], pieces?: ReadonlyMap<Line, Cell[]>): Line {
  const first = cells[0]!;
  return makeLine({
    index: first.index,
    text: cells.map((c) => c.text).join('\t'),
    start: first.start,
    end: first.end,
    blankBefore: first.blankBefore,
    cells: cells.map((c) => makeCell(c.text, c.start, c.index, pieces?.get(c))),
  });
}

/** "TT Chỉ tiêu", "STT Nội dung": a line of words that opens with an ordinal's heading, one space, a word. */
export function opensWithOrdinalHeading(line: Line): boolean {
  if (line.cells || line.rule) return false;
  // One look at the first letter rules out nearly every line.
  if (!tableHeadings().ordinalInitials.has(line.text.charCodeAt(0))) return false;
  const space = line.text.indexOf(' ');
  if (space < 2 || space > 4 || line.text.charCodeAt(space + 1) === 0x20) return false;
  return isOrdinalHeading(line.text.slice(0, space));
}

/** Whether a text may open with an ordinal column's heading: its first letter is one such a heading opens with. */
export function mayOpenOrdinalHeading(text: string): boolean {
  return tableHeadings().ordinalInitials.has(text.charCodeAt(0));
}

/** Whether a text is the ordinal column's heading: "TT", "STT", "Số TT", spaced or cut as a PDF prints it ("T T"). */
export function isOrdinalHeading(text: string): boolean {
  // one look at the letters first: most words asked about ("Tổ", "Số:") hold one no ordinal heading has
  const { ordinal, ordinalLetters } = tableHeadings();
  if (text.length > 8) return false;
  for (let i = 0; i < text.length; i++) if (!ordinalLetters.has(foldUnit(text.charCodeAt(i)))) return false;
  return ordinal.has(foldKey(text).replace(/[.:\s]/g, ''));
}
