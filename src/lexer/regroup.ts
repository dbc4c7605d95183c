/**
 * The walk the table readers of the lexer share: at each line, a reader may
 * recognise a table and give its rows as lines, and where it does not, the
 * line passes through as it is.
 */
import type { Line } from './line.js';

export type TableReader = (lines: Line[], from: number) => { rows: Line[]; end: number } | null;

export function regroup(lines: Line[], read: TableReader): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = read(lines, i);
    if (table) {
      out.push(...table.rows);
      i = table.end;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out;
}
