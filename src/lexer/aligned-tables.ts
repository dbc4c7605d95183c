/**
 * Tables whose columns stand as little as one space apart, as text browsers
 * (`lynx -dump`) lay out a borderless HTML table: every cell starts at its
 * column's left edge, under its heading.
 *
 *   TT Chỉ tiêu                         ĐVT   Thực hiện 2025 Kế hoạch 2026
 *   1  Thai phụ được sàng lọc trước sinh %     62,4           ≥ 70
 *
 * Single spaces also part the words of a cell, so the columns are found by
 * alignment, not by the gaps: a column starts where a heading word starts,
 * no line has a word running across that edge, and most rows start a word
 * there too. The heading line starts with an ordinal's heading (TT, STT)
 * and names a column word; the rows start with their ordinal, and a line
 * without one is a cell wrapped from the row above. A blank line ends the
 * table. Tables whose columns stand wider apart are the spaced reader's.
 */
import { foldKey } from '../text/fold.js';
import { makeCell, type Cell, type Line } from './line.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { isRowOrdinal, joinedRow, type CellsOf } from './cell-rows.js';
import { opensWithOrdinalHeading, tableHeadings } from './cell-tables.js';
import { MAX_TABLE_ROWS, regroup } from './regroup.js';

const MAX_COLUMNS = 12;

export function regroupAlignedTables(lines: Line[], raw: readonly string[]): Line[] {
  // Most plans hold no such table: one look at each line's first word, and the lines pass through as they are.
  if (!lines.some(opensWithOrdinalHeading)) return lines;
  return regroup(lines, (all, from) => readTable(all, from, raw));
}

function readTable(lines: Line[], from: number, raw: readonly string[]): { rows: Line[]; end: number } | null {
  const heading = lines[from]!;
  if (!opensWithOrdinalHeading(heading)) return null;
  // The table's lines: the heading and the lines under it up to a blank line.
  let end = from + 1;
  while (end < lines.length && end - from <= MAX_TABLE_ROWS && !lines[end]!.blankBefore && !lines[end]!.cells && !lines[end]!.rule) end++;
  const edges = columnEdges(lines.slice(from, end).map((line) => raw[line.index] ?? ''));
  if (edges.length < 3 || edges.length > MAX_COLUMNS) return null;
  const cellsOf: CellsOf = (line) => {
    const text = raw[line.index] ?? '';
    return edges.map((edge, k) => makeCell(text.slice(edge, edges[k + 1] ?? text.length).trim(), firstWordAt(text, edge)));
  };
  if (!cellsOf(heading).slice(1).some((h) => tableHeadings().cell.test(foldKey(h.text)))) return null;
  // A row starts at its ordinal; a line without one is a cell wrapped from the row above (or a heading wrapped onto a second line).
  const groups: Line[][] = [[heading]];
  for (let k = from + 1; k < end; k++) {
    const line = lines[k]!;
    const cells = cellsOf(line);
    if (isRowOrdinal(cells[0]!.text) || isTotalRow(cells)) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  if (groups.length < 3) return null;
  return { rows: groups.map((group, i) => joinedRow(group, cellsOf, i === 0 && heading.blankBefore)), end };
}

/** "     Tổng cộng   56.000.000 …": a total row, without an ordinal, is a row of its own, not a cell wrapped from the row above. */
function isTotalRow(cells: readonly Cell[]): boolean {
  return cells[0]!.text === '' && totalLabels().includes(foldKey((cells[1]?.text ?? '').replace(/:$/, '')));
}

/** The labels of a total row, folded: grammar/money.json's words of a total ("Tổng cộng") and of a column of totals ("Cộng"). */
const totalLabels = onFirstUse((): string[] => {
  const money = grammar<{ totalWords: string[]; totalColumns: string[] }>('money');
  return [...money.totalWords, ...money.totalColumns].map(foldKey);
});

/**
 * The columns' left edges: where a word of the heading starts, no line runs
 * a word across, and at least half the rows long enough to reach it start
 * a word too (the first column starts where the heading does).
 */
function columnEdges(texts: readonly string[]): number[] {
  const heading = texts[0]!;
  const rows = texts.slice(1);
  const edges: number[] = [];
  for (let x = 0; x < heading.length; x++) {
    if (!startsWord(heading, x)) continue;
    if (edges.length === 0) {
      edges.push(x);
      continue;
    }
    let reaching = 0;
    let starting = 0;
    let crossed = false;
    for (const row of rows) {
      if (isInk(row, x - 1) && isInk(row, x)) {
        crossed = true;
        break;
      }
      if (row.length > x) reaching++;
      if (startsWord(row, x)) starting++;
    }
    if (!crossed && reaching > 0 && starting * 2 >= reaching) edges.push(x);
  }
  return edges;
}

function isInk(text: string, x: number): boolean {
  if (x < 0 || x >= text.length) return false;
  const code = text.charCodeAt(x);
  return code !== 0x20 && code !== 0x09;
}

function startsWord(text: string, x: number): boolean {
  return isInk(text, x) && (x === 0 || !isInk(text, x - 1));
}

/** Where the cell that starts at an edge has its first word: the edge itself, or the first ink after it. */
function firstWordAt(text: string, edge: number): number {
  let x = edge;
  while (x < text.length && !isInk(text, x)) x++;
  return x;
}
