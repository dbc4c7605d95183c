/**
 * The walk the table readers of the lexer share: at each line, a reader may
 * recognise a table and give its rows as lines, and where it does not, the
 * line passes through as it is.
 */
import type { Line } from './line.js';

/** Rows a table reader reads at most: a table's worth. */
export const MAX_TABLE_ROWS = 200;

export type TableReader = (lines: Line[], from: number) => { rows: Line[]; end: number } | null;

/** A table found among the lines: its rows, and the lines it takes, [first, end). */
export interface FoundTable {
  readonly rows: Line[];
  readonly first: number;
  readonly end: number;
}

/** The tables a reader recognises among the lines, in order, none overlapping. */
export function tablesIn(lines: Line[], read: TableReader): FoundTable[] {
  const out: FoundTable[] = [];
  for (let i = 0; i < lines.length;) {
    const table = read(lines, i);
    if (table) out.push({ rows: table.rows, first: i, end: table.end });
    i = table ? table.end : i + 1;
  }
  return out;
}

/** The lines with each table the reader recognises put in place of the lines it takes. */
export function regroup(lines: Line[], read: TableReader): Line[] {
  const tables = tablesIn(lines, read);
  if (tables.length === 0) return lines;
  const out: Line[] = [];
  let i = 0;
  for (const table of tables) {
    while (i < table.first) out.push(lines[i++]!);
    // one by one: spread as arguments, a table of a hundred thousand rows overflows the stack
    for (const row of table.rows) out.push(row);
    i = table.end;
  }
  while (i < lines.length) out.push(lines[i++]!);
  return out;
}
