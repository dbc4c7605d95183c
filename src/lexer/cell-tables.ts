/**
 * Tables whose cells arrive one per line, as Word writes a table to plain
 * text: "TT", "Chỉ tiêu", "ĐVT", "Năm 2025", then "1", "Tỷ lệ …", "%", "95",
 * "2", …. A run is recognised by a header that starts with TT/STT followed by
 * short header-like cells, and rows that each start with the next ordinal;
 * it is regrouped into table-row lines. Anything else passes through.
 */
import { grammar, onFirstUse } from '../grammar/load.js';
import { alternation } from '../grammar/pattern.js';
import { foldKey } from '../text/fold.js';
import { makeCell, makeLine, movedLine, type Line } from './line.js';
import { regroup } from './regroup.js';
import { isPageOf } from './page-marks.js';

/** grammar/quantities.json's table headings, folded, read on first use. */
interface Headings {
  /** The ordinal column's headings: TT, STT, Số TT. */
  readonly ordinal: ReadonlySet<string>;
  /** The first letters of the ordinal's headings as printed, in either case (T, t, S, s): one look at a line's first letter rules most out. */
  readonly ordinalInitials: ReadonlySet<number>;
  /** What a heading cell starts with: a column word ("Chỉ tiêu", "ĐVT"), or a year ("Năm 2025", "2025"). */
  readonly cell: RegExp;
}

export const tableHeadings = onFirstUse((): Headings => {
  const q = grammar<{ ordinalColumns: string[]; tableHeadings: string[]; yearUnit: string }>('quantities');
  return {
    ordinal: new Set(q.ordinalColumns.map(foldKey)),
    ordinalInitials: new Set(q.ordinalColumns.flatMap((heading) => [heading[0]!.toUpperCase(), heading[0]!.toLowerCase()]).map((c) => c.charCodeAt(0))),
    cell: new RegExp(`^(?:${alternation(q.tableHeadings.map(foldKey))}|(?:${foldKey(q.yearUnit)} )?\\d{4})`),
  };
});

const MAX_CELL = 120;
const MAX_HEADER_CELLS = 10;

export function regroupCellTables(lines: Line[]): Line[] {
  return regroup(lines, readTable);
}

function readTable(lines: Line[], from: number): { rows: Line[]; end: number } | null {
  const first = lines[from]!;
  if (first.cells || first.text.length > 6 || !tableHeadings().ordinal.has(foldKey(first.text).replace(/[.:]/g, ''))) return null;
  let k = from + 1;
  const heading: Line[] = [first];
  while (k < lines.length && heading.length < MAX_HEADER_CELLS && !/^\d{1,3}\.?$/.test(lines[k]!.text)) {
    const line = lines[k]!;
    if (isHeaderCell(line)) heading.push(line);
    // "Đơn vị" over "tính": a heading a PDF's text cut in two, its rest in small letters on the next line
    else if (heading.length > 1 && isHeadingRest(line)) {
      const cut = heading[heading.length - 1]!;
      heading[heading.length - 1] = movedLine(cut, { index: cut.index, start: cut.start, end: cut.end, text: `${cut.text} ${line.text}` });
    } else break;
    k++;
  }
  const width = heading.length;
  if (width < 2 || ordinalOf(lines[k]) !== '1') return null;
  const rows: Line[] = [row(heading)];
  let ordinal = 1;
  for (;;) {
    // a page break between two rows: the footer, and the next page's header before the row, pass through as they are
    const furniture = pageBreak(lines, k, String(ordinal));
    if (furniture > 0 && rows.length >= 2) {
      rows.push(...lines.slice(k, k + furniture));
      k += furniture;
    }
    if (k + width > lines.length || ordinalOf(lines[k]) !== String(ordinal)) break;
    const cells = lines.slice(k, k + width);
    if (cells.some((c) => c.cells || c.text.length > MAX_CELL * 2)) break;
    rows.push(row(cells));
    k += width;
    ordinal++;
  }
  // furniture read at the end belongs to what follows the table
  while (rows.length > 0 && !rows[rows.length - 1]!.cells) {
    rows.pop();
    k--;
  }
  return rows.length >= 2 ? { rows, end: k } : null;
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

function row(cells: Line[]): Line {
  const first = cells[0]!;
  return makeLine({
    index: first.index,
    text: cells.map((c) => c.text).join('\t'),
    start: first.start,
    end: first.end,
    blankBefore: first.blankBefore,
    cells: cells.map((c) => makeCell(c.text, c.start, c.index)),
  });
}
