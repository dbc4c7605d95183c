/**
 * Tables in plain text as antiword and catdoc print a Word table: each line
 * a row of cells between pipes ("|TT |Chỉ tiêu |ĐVT |Kế hoạch |"), with no
 * delimiter row (so no markdown), a long cell going on in the next line under
 * an empty first cell ("|   |quản lý, điều trị |   |   |").
 *
 * A table whose first row is a heading (its first cell an ordinal heading:
 * TT, STT) gathers each row from its lines; one without a heading is a layout
 * (the closing set side by side) and stays a line of cells per line, as
 * Word's tab-separated export gives it.
 */
import { makeCell, type Cell, type Line } from './line.js';
import { joinedRow, layoutRows, type CellsOf } from './cell-rows.js';
import { isOrdinalHeading } from './cell-tables.js';
import { regroup } from './regroup.js';

export function regroupPipeTables(lines: Line[], raw: readonly string[]): Line[] {
  // Most plans hold no such table: one look at the first character of each line.
  if (!lines.some(isPipeRow)) return lines;
  const cellsOf: CellsOf = (line) => pipeCells(raw[line.index]!);
  return regroup(lines, (all, from) => readTable(all, from, cellsOf));
}

/** A rule between a table's rows, as Org mode draws it: "|------+-------|". */
const PIPE_RULE = /^\|[-+:=]+\|$/;

/** A line of cells between pipes: "|a |b |", two cells at least. */
function isPipeRow(line: Line): boolean {
  const text = line.text;
  return text.charCodeAt(0) === 124 && text.length > 2 && text.charCodeAt(text.length - 1) === 124 && text.indexOf('|', 1) < text.length - 1;
}

function readTable(lines: Line[], from: number, cellsOf: CellsOf): { rows: Line[]; end: number } | null {
  if (!isPipeRow(lines[from]!)) return null;
  let end = from + 1;
  while (end < lines.length && (isPipeRow(lines[end]!) || PIPE_RULE.test(lines[end]!.text)) && !lines[end]!.blankBefore) end++;
  // the rules Org draws between rows ("|------+-------|") are no rows
  const run = lines.slice(from, end).filter((line) => !PIPE_RULE.test(line.text));
  const first = cellsOf(run[0]!);
  const headed = isOrdinalHeading(first[0]?.text ?? '');
  if (!headed) return { rows: layoutRows(run, cellsOf, run[0]!.blankBefore), end };
  // A line whose first cell is empty goes on with the row above: a wrapped cell, or the heading's second line.
  const groups: Line[][] = [];
  for (const line of run) {
    if (groups.length > 0 && cellsOf(line)[0]?.text === '') groups[groups.length - 1]!.push(line);
    else groups.push([line]);
  }
  return { rows: groups.map((g, i) => joinedRow(g, cellsOf, i === 0 && run[0]!.blankBefore)), end };
}

/** The cells between the pipes of a line, each where its text starts. */
function pipeCells(text: string): Cell[] {
  const cells: Cell[] = [];
  const open = text.indexOf('|');
  for (let at = open, next = text.indexOf('|', at + 1); next >= 0; at = next, next = text.indexOf('|', at + 1)) {
    const slice = text.slice(at + 1, next);
    const lead = slice.length - slice.trimStart().length;
    cells.push(makeCell(slice.trim(), at + 1 + lead));
  }
  return cells;
}
