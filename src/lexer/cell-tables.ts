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
import { makeCell, makeLine, type Line } from './line.js';
import { regroup } from './regroup.js';

/** grammar/quantities.json's table headings, folded, read on first use. */
interface Headings {
  /** The ordinal column's headings: TT, STT, Số TT. */
  readonly ordinal: ReadonlySet<string>;
  /** What a heading cell starts with: a column word ("Chỉ tiêu", "ĐVT"), or a year ("Năm 2025", "2025"). */
  readonly cell: RegExp;
}

export const tableHeadings = onFirstUse((): Headings => {
  const q = grammar<{ ordinalColumns: string[]; tableHeadings: string[]; yearUnit: string }>('quantities');
  return {
    ordinal: new Set(q.ordinalColumns.map(foldKey)),
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
  while (k < lines.length && k - from < MAX_HEADER_CELLS && !/^\d{1,3}\.?$/.test(lines[k]!.text) && isHeaderCell(lines[k]!)) k++;
  const width = k - from;
  if (width < 2 || lines[k]?.text.replace(/\.$/, '') !== '1') return null;
  const rows: Line[] = [row(lines.slice(from, k))];
  let ordinal = 1;
  while (k + width <= lines.length && lines[k]!.text.replace(/\.$/, '') === String(ordinal)) {
    const cells = lines.slice(k, k + width);
    if (cells.some((c) => c.cells || c.text.length > MAX_CELL * 2)) break;
    rows.push(row(cells));
    k += width;
    ordinal++;
  }
  return rows.length >= 2 ? { rows, end: k } : null;
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
