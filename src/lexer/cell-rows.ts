/**
 * Rows of cells made from the lines of a table whose cells a reader can cut
 * out of each line (pandoc's columns, antiword's pipes): the row of a table
 * with a heading gathers each cell's text from all its lines; the lines of a
 * table without one (a layout: the header or the closing side by side) stay
 * lines, each with its cells, as Word's tab-separated export gives them.
 */
import { makeCell, makeLine, type Cell, type Line } from './line.js';

/** What a row's first cell prints when it numbers the row: "3", "3.", "IV". */
const ORDINAL = /^(?:\d{1,3}|[IVX]{1,4})\.?$/;

export function isRowOrdinal(text: string): boolean {
  return ORDINAL.test(text);
}

/** The ordinals of the rows that head groups of rows, numbered apart from them, in their order: "I", "II", …; "A", "B", …. */
export const GROUP_ORDINALS = {
  roman: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'],
  letters: ['A', 'B', 'C', 'D', 'E', 'G', 'H'],
} as const;

const GROUP_ORDINAL = /^(?:[IVX]{1,4}|[A-H])\.?$/;

/** Whether a row's first cell numbers a group of rows ("I", "II.", "A"), not a row of its own ("1", "2."). */
export function isGroupOrdinal(text: string): boolean {
  return GROUP_ORDINAL.test(text);
}

/** The cells of one physical line of a table, each where it starts. */
export type CellsOf = (line: Line) => Cell[];

/** The lines of a table without a heading, each a line of its cells; a line with no text is a blank line. */
export function layoutRows(lines: readonly Line[], cellsOf: CellsOf, blankBefore: boolean): Line[] {
  const out: Line[] = [];
  let blank = blankBefore;
  for (const line of lines) {
    const cells = cellsOf(line);
    while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
    if (cells.length === 0) {
      blank = true;
      continue;
    }
    const text = cells.map((c) => c.text).join('\t');
    const start = cells.find((c) => c.text !== '')!.start;
    const last = cells[cells.length - 1]!;
    const end = last.start + last.text.length;
    // one cell with text is a line of text, as a tab-separated export leaves it
    const lone = cells.length === 1;
    out.push(makeLine({ index: line.index, text: lone ? cells[0]!.text : text, start, end, blankBefore: blank || line.blankBefore, cells: lone ? null : cells }));
    blank = false;
  }
  return out;
}

/** One row from one or more lines: each cell the text of its column on those lines, where its first line puts it. */
export function joinedRow(lines: readonly Line[], cellsOf: CellsOf, blankBefore: boolean): Line {
  const parts: Cell[][] = [];
  // per column, whether the cell stood empty on a line after its text began: its next text opens a paragraph of its own
  const gaps: boolean[] = [];
  for (const line of lines) {
    cellsOf(line).forEach((cell, c) => {
      parts[c] ??= [];
      if (!cell.text) {
        gaps[c] = parts[c]!.length > 0;
        return;
      }
      parts[c]!.push(makeCell(gaps[c] ? `\n${cell.text}` : cell.text, cell.start, line.index));
      gaps[c] = false;
    });
  }
  const cells = parts.map((p) => (p.length ? makeCell(p.map((c) => c.text).join(' ').replace(/ \n/g, '\n'), p[0]!.start, p[0]!.index) : makeCell('', -1)));
  const first = lines[0]!;
  return makeLine({ index: first.index, text: cells.map((c) => c.text).join('\t'), start: first.start, end: first.end, blankBefore, cells });
}
