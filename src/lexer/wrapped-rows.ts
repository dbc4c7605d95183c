/**
 * Tab-separated rows cut in two by a hard wrap, as a mail client wraps a
 * pasted Word table at 72 columns ("3⇥Tỷ lệ đoàn viên ký cam kết …⇥%" over
 * "72,5⇥≥ 90"): a row short of the heading's cells, followed by a line whose
 * cells are just the ones it lacks and do not start a row of their own (no
 * ordinal first), is one row again, each cell where it is printed.
 */
import { makeCell, makeLine, type Line } from './line.js';
import { isRowOrdinal } from './cell-rows.js';

/** A hard wrap cuts a line this long at least (mail clients wrap at 72 to 78 columns): a shorter row is short by itself. */
const WRAPPED_WIDTH = 60;

export function joinWrappedRows(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  let heading: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = out ? out[out.length - 1] : lines[i - 1];
    if (!line.cells) {
      heading = null;
      out?.push(line);
      continue;
    }
    if (!heading || !previous?.cells) {
      heading = line;
      out?.push(line);
      continue;
    }
    const width = heading.cells!.length;
    const short = previous !== heading && previous.cells.length < width && previous.end >= WRAPPED_WIDTH;
    if (short && !line.blankBefore && previous.cells.length + line.cells.length === width && !isRowOrdinal(line.cells[0]!.text)) {
      out ??= lines.slice(0, i);
      out[out.length - 1] = joined(previous, line);
      continue;
    }
    out?.push(line);
  }
  return out ?? lines;
}

/** The row's cells, then the wrapped line's, each on its own line. */
function joined(row: Line, wrapped: Line): Line {
  const cells = [
    ...row.cells!.map((c) => makeCell(c.text, c.start, c.index ?? row.index, c.lines)),
    ...wrapped.cells!.map((c) => makeCell(c.text, c.start, c.index ?? wrapped.index, c.lines)),
  ];
  return makeLine({ index: row.index, text: cells.map((c) => c.text).join('\t'), start: row.start, end: row.end, blankBefore: row.blankBefore, cells });
}
