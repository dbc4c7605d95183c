/**
 * Tab-separated rows cut by a hard wrap, as a mail client wraps a pasted
 * Word table at 72 columns, or catdoc a .doc's at 72 bytes: the line right
 * under a row that ran to the margin goes on with it, and the row is one
 * again, each cell where it is printed. The wrap falls between two cells
 * ("3⇥Tỷ lệ đoàn viên …⇥%" over "72,5⇥≥ 90": the line holds just the cells
 * the row lacks), inside a cell ("1⇥Tỷ lệ trẻ sơ sinh … trong 24" over "giờ
 * đầu sau sinh⇥%⇥86,2⇥≥ 90": one cell more than it lacks, the first the
 * rest of the row's last), or inside the row's last cell ("…⇥78,5⇥>" over
 * "85", and the heading's "Kế hoạch" over "năm 2027": a line of no cells).
 * A line that starts a row of its own (an ordinal first) is never a rest.
 */
import { makeCell, makeLine, type Cell, type Line } from './line.js';
import { Buffer } from 'node:buffer';
import { isRowOrdinal } from './cell-rows.js';
import { isOrdinalHeading } from './cell-tables.js';

/** A hard wrap cuts a line this long at least: 72 columns less the last word, or 72 bytes of Vietnamese (two or three each). */
const WRAPPED_WIDTH = 60;
const WRAPPED_BYTES = 64;
/** The rest of a last cell on a line of its own is a few words at most. */
const MAX_REST = 40;

export function joinWrappedRows(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  /** The table's first row, null outside a table. */
  let heading: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = out ? out[out.length - 1] : lines[i - 1];
    const row: Line | null = heading && previous?.cells && !line.blankBefore && ranToMargin(previous) ? rejoined(previous, line, heading) : null;
    if (row) {
      out ??= lines.slice(0, i);
      out[out.length - 1] = row;
      if (previous === heading) heading = row;
      continue;
    }
    if (!line.cells) heading = null;
    else if (!previous?.cells) heading = line;
    out?.push(line);
  }
  return out ?? lines;
}

/** Whether a row's line reaches the margin a hard wrap cuts at. */
function ranToMargin(row: Line): boolean {
  return row.end >= WRAPPED_WIDTH || Buffer.byteLength(row.text) >= WRAPPED_BYTES;
}

/**
 * The row with the line under it as its rest, or null when the line is
 * none. A cut inside a cell is looked for only in a table of figures (its
 * heading or the row opens with an ordinal): a layout table's column (the
 * header's "BAN CHỈ ĐẠO PHÒNG, CHỐNG⇥Độc lập …" over "DỊCH BỆNH HUYỆN")
 * goes on under its own first cell, not under the last.
 */
function rejoined(row: Line, rest: Line, heading: Line): Line | null {
  const width = heading.cells!.length;
  const cells = row.cells!.map((c) => placed(c, row));
  const figures = isOrdinalHeading(heading.cells![0]!.text) || isRowOrdinal(cells[0]!.text);
  if (!rest.cells) {
    // the last cell cut: a few words on a line of their own
    const words = rest.text.split(' ');
    if (!figures || cells.length !== width || rest.text.length > MAX_REST || (words.length > 1 && isRowOrdinal(words[0]!))) return null;
    return withCells(row, [...cells.slice(0, -1), continued(cells[cells.length - 1]!, makeCell(rest.text, rest.start, rest.index))]);
  }
  if (isRowOrdinal(rest.cells[0]!.text)) return null;
  const more = rest.cells.map((c) => placed(c, rest));
  if (row !== heading && cells.length + more.length === width) return withCells(row, [...cells, ...more]);
  if (figures && cells.length + more.length === width + 1) return withCells(row, [...cells.slice(0, -1), continued(cells[cells.length - 1]!, more[0]!), ...more.slice(1)]);
  return null;
}

/** A cell on the physical line it is printed on. */
function placed(cell: Cell, line: Line): Cell {
  return makeCell(cell.text, cell.start, cell.index ?? line.index, cell.lines);
}

/** A cell and its rest on the next line, one cell, each part where it stands. */
function continued(cell: Cell, rest: Cell): Cell {
  const parts = [...(cell.lines ?? [cell]), rest];
  return makeCell(`${cell.text} ${rest.text}`, cell.start, cell.index, parts);
}

function withCells(row: Line, cells: Cell[]): Line {
  return makeLine({ index: row.index, text: cells.map((c) => c.text).join('\t'), start: row.start, end: row.end, blankBefore: row.blankBefore, cells });
}
