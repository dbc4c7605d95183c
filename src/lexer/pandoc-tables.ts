/**
 * Tables as pandoc's plain-text writer lays them out (`pandoc -t plain` from
 * a .docx), where the column edges are printed, not guessed:
 *
 *   - simple and multiline tables: each column is a run of a line of dashes
 *     ("----  ----------  ----"), under the heading (which a full-width line
 *     of dashes may open) and, for a multiline table, above a closing line of
 *     dashes; rows of several lines stand apart by blank lines;
 *   - grid tables: "+-----+-----+" borders, "|" between the cells, "+=====+"
 *     under the heading; and the same grid drawn with box characters
 *     ("┌──┬──┐", "│", "├──┼──┤"), as w3m and links print an HTML table, which
 *     they draw only where the page borders it: its first row is its heading.
 *
 * A table with a heading becomes its rows, each cell the text of its column
 * on the row's lines. A table without one is a layout: the header or the
 * closing set side by side, as Word's tab-separated export gives them. Each of
 * its lines becomes one line of cells then, so that the issuer stays apart
 * from its superior and a recipient from the next.
 */
import { makeCell, type Cell, type Line } from './line.js';
import { joinedRow, layoutRows, type CellsOf } from './cell-rows.js';
import { regroup, tablesIn, type FoundTable } from './regroup.js';
import { stripEmphasis } from '../text/spaces.js';

/** A column's extent on the physical line: [start, end). */
interface Column {
  readonly start: number;
  readonly end: number;
  /** A grid's column ends at its "|"; a column of dashes, at the next column (its words may run past its dashes). */
  readonly bounded: boolean;
}

/** One run of dashes per column, two or more columns: the line under a heading, or the edge of a table without one. */
const DASH_RUNS = /^ *-{3,}(?: +-{3,})+\s*$/;
/** A full-width line of dashes: the top and bottom edges of a multiline table. */
const DASH_LINE = /^ *-{3,}\s*$/;
/** A grid table's border ("+-----+-----+"), or the line under its heading ("+=====+=====+"). */
const GRID_BORDER = /^ *\+(?:[-=:]{3,}\+)+\s*$/;
/** The same border drawn with box characters (in the grid's ASCII): a column as narrow as its widest cell ("┌──┬"). */
const BOX_BORDER = /^ *\+(?:[-=]+\+)+\s*$/;
const RUN = /-{3,}/g;
/** Box-drawing characters as the grid's ASCII: corners and joints "+", lines "-" (double "="), bars "|". */
const BOX_AS_ASCII: Readonly<Record<string, string>> = Object.fromEntries([
  ...[...'┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜'].map((c) => [c, '+']),
  ...[...'─━'].map((c) => [c, '-']),
  ['═', '='],
  ...[...'│┃║'].map((c) => [c, '|']),
]);
const BOX = new RegExp(`[${Object.keys(BOX_AS_ASCII).join('')}]`, 'g');
/** The corners a box-drawn grid's top border starts with. */
const BOX_TOP = /^[┌╔╒╓]/;

/** The physical lines tables are cut from, and what a cell's text is once cut (markup removed, where the page is markdown). */
export interface Page {
  readonly raw: readonly string[];
  readonly text: (cell: string) => string;
}

export function regroupPandocTables(lines: Line[], raw: readonly string[]): Line[] {
  if (!mayHoldTables(lines)) return lines;
  // pandoc's reStructuredText keeps bold and italics in a cell ("**SỞ Y TẾ**"): their marks are no text of it
  const page: Page = { raw, text: stripEmphasis };
  return regroup(lines, (all, from) => readTable(all, from, page));
}

/** The tables among the lines, for a reader that keeps the rest itself (markdown's). */
export function pandocTables(lines: Line[], page: Page): FoundTable[] {
  return mayHoldTables(lines) ? tablesIn(lines, (all, from) => readTable(all, from, page)) : [];
}

/**
 * Most plans hold no such table: one look for a grid's border (which is no
 * rule) or a rule of several runs of dashes, which every table of dashes has
 * (under its heading, or as the edges of one without).
 */
function mayHoldTables(lines: readonly Line[]): boolean {
  return lines.some((l) => (l.rule && l.text.includes(' -')) || l.text.startsWith('+-') || BOX_TOP.test(l.text));
}

/** A line of a box-drawn grid in the grid's ASCII, character for character (columns stay where they are). */
function asciiGrid(text: string): string {
  return text.replace(BOX, (c) => BOX_AS_ASCII[c]!);
}

function readTable(lines: Line[], from: number, page: Page): { rows: Line[]; end: number } | null {
  return readGrid(lines, from, page) ?? readDashed(lines, from, page);
}

/** Lines a multiline table's heading wraps to at the most (a long column name in a narrow column takes five). */
const MAX_HEADING_LINES = 8;

/** A simple or multiline table, from its top edge or from its heading. */
function readDashed(lines: Line[], from: number, page: Page): { rows: Line[]; end: number } | null {
  const raw = page.raw;
  const first = lines[from]!;
  const text = raw[first.index]!;
  // A table without a heading: its edge is a line of runs, and the same line closes it.
  if (first.rule && DASH_RUNS.test(text)) {
    const columns = runsOf(text);
    const end = closing(lines, from + 1, raw, (t) => t.trimEnd() === text.trimEnd());
    if (end < 0 || !fits(lines.slice(from + 1, end), columns, raw)) return null;
    return { rows: layoutRows(lines.slice(from + 1, end), cellsIn(columns, page), first.blankBefore), end: end + 1 };
  }
  // A multiline table: a full-width edge, the heading's lines, the line of runs, rows, the edge again.
  if (first.rule && DASH_LINE.test(text)) {
    let under = from + 1;
    while (under < lines.length && under - from <= MAX_HEADING_LINES && !lines[under]!.blankBefore && !DASH_RUNS.test(raw[lines[under]!.index]!)) under++;
    if (under >= lines.length || under === from + 1 || !DASH_RUNS.test(raw[lines[under]!.index]!)) return null;
    const end = closing(lines, under + 1, raw, (t) => DASH_LINE.test(t));
    if (end < 0) return null;
    const columns = runsOf(raw[lines[under]!.index]!);
    const body = lines.slice(under + 1, end);
    if (!fits(lines.slice(from + 1, end), columns, raw)) return null;
    return { rows: [joinedRow(lines.slice(from + 1, under), cellsIn(columns, page), first.blankBefore), ...bodyRows(body, cellsIn(columns, page))], end: end + 1 };
  }
  // A simple table: a heading line, the line of runs right under it, rows of one line each up to a blank line.
  const under = lines[from + 1];
  if (first.rule || !under || under.blankBefore || !under.rule || !DASH_RUNS.test(raw[under.index]!)) return null;
  const columns = runsOf(raw[under.index]!);
  let end = from + 2;
  while (end < lines.length && !lines[end]!.blankBefore && !lines[end]!.rule) end++;
  // Dashes under a header's words ("ỦY BAN NHÂN DÂN / ------") are no table: a table's words stand within its columns.
  if (end === from + 2 || !fits(lines.slice(from, end), columns, raw)) return null;
  const rows = lines.slice(from + 2, end).map((line) => joinedRow([line], cellsIn(columns, page), false));
  // the edge that closes a simple table without blank line after it
  const closed = end < lines.length && lines[end]!.rule && DASH_RUNS.test(raw[lines[end]!.index]!) ? end + 1 : end;
  return { rows: [joinedRow([first], cellsIn(columns, page), first.blankBefore), ...rows], end: closed };
}

/** A grid table, from its top border to its last. */
function readGrid(lines: Line[], from: number, page: Page): { rows: Line[]; end: number } | null {
  const raw = page.raw;
  const first = lines[from]!;
  const boxed = BOX_TOP.test(first.text);
  if (!first.text.startsWith('+-') && !boxed) return null;
  const top = boxed ? asciiGrid(raw[first.index]!) : raw[first.index]!;
  const border = boxed ? BOX_BORDER : GRID_BORDER;
  if (!border.test(top)) return null;
  // links draws the grid's outer border whole ("+-------+") and its columns only on the borders between rows
  // ("|----+----|"): the first of those gives the columns, and the grid's first row heads it, as a box-drawn one's does.
  const inner = !boxed && bordersOf(top).length === 1 ? innerBorder(lines, from + 1, raw) : null;
  const columns = bordersOf(inner ?? top);
  // The groups of lines between borders, and whether a heading's border ("+===+") closed the first (a box-drawn grid's first row heads it).
  const groups: Line[][] = [];
  let headed = boxed || inner !== null;
  let k = from + 1;
  for (let group: Line[] = []; k < lines.length; k++) {
    const text = boxed ? asciiGrid(raw[lines[k]!.index]!) : raw[lines[k]!.index]!;
    if (border.test(text) || (inner !== null && INNER_BORDER.test(text))) {
      if (text.includes('=')) headed = groups.length === 0;
      groups.push(group);
      group = [];
      continue;
    }
    if (!text.trimStart().startsWith('|')) break;
    group.push(lines[k]!);
  }
  if (groups.length === 0) return null;
  const rows = headed
    ? groups.filter((g) => g.length > 0).map((g, i) => joinedRow(g, cellsIn(columns, page), i === 0 && first.blankBefore))
    : layoutRows(groups.flat(), cellsIn(columns, page), first.blankBefore);
  return { rows, end: k };
}

/**
 * Whether the words of these lines all stand within the columns, as pandoc
 * lays a table out (the last column's may run on past its dashes); a line
 * of dashes that merely underlines words wider than itself gives none.
 */
function fits(lines: readonly Line[], columns: readonly Column[], raw: readonly string[]): boolean {
  const last = columns[columns.length - 1]!;
  return lines.every((line) => {
    const text = raw[line.index]!;
    let c = 0;
    for (let i = 0; i < text.length && i < last.start; i++) {
      if (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) continue;
      while (c < columns.length && columns[c]!.end <= i) c++;
      if (i < columns[c]!.start) return false;
    }
    return true;
  });
}

/** Where the edge that closes a table stands (its index in `lines`), or -1 when none does. */
function closing(lines: Line[], from: number, raw: readonly string[], isEdge: (text: string) => boolean): number {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.rule && isEdge(raw[line.index]!)) return k;
    // a heading of the plan's, or a table's own label, is no row: the edge was never closed
    if (line.rule || line.cells) return -1;
  }
  return -1;
}

/** The rows of a table's body: one per group of lines between blank lines where the rows wrap, else one per line. */
function bodyRows(body: Line[], cellsOf: CellsOf): Line[] {
  if (!body.slice(1).some((l) => l.blankBefore)) return body.map((line) => joinedRow([line], cellsOf, false));
  const groups: Line[][] = [];
  for (const line of body) {
    if (line.blankBefore || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  }
  return groups.map((g) => joinedRow(g, cellsOf, false));
}

/** The cells of a physical line, cut at these columns, their text as the page gives it. */
function cellsIn(columns: readonly Column[], page: Page): CellsOf {
  return (line) => cellsOf(page.raw[line.index]!, columns).map((cell) => (cell.text ? makeCell(page.text(cell.text), cell.start) : cell));
}

/** The text of each column on a physical line. */
function cellsOf(text: string, columns: readonly Column[]): Cell[] {
  return columns.map((column, c) => {
    const to = column.bounded ? column.end : c + 1 < columns.length ? columns[c + 1]!.start : text.length;
    const slice = text.slice(column.start, to);
    const lead = slice.length - slice.trimStart().length;
    return makeCell(slice.trim(), column.start + lead);
  });
}

/** The columns a line of dashes gives: one per run. */
function runsOf(text: string): Column[] {
  const out: Column[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, bounded: false });
  return out;
}

/** A border between rows inside a grid whose outer border is whole ("|----+-------+----|", links' dump). */
const INNER_BORDER = /^ *\|(?:[-=:]{2,}\+)+[-=:]{2,}\|\s*$/;
/** Lines a grid's first row takes at the most before the border under it. */
const MAX_FIRST_ROW = 6;

/** The first border between rows after a grid's whole top border, as a border of columns ("+----+----+"); null for none. */
function innerBorder(lines: readonly Line[], from: number, raw: readonly string[]): string | null {
  for (let k = from; k < lines.length && k - from <= MAX_FIRST_ROW; k++) {
    const text = raw[lines[k]!.index]!;
    if (INNER_BORDER.test(text)) return text.replace(/\|/g, '+');
    if (!text.trimStart().startsWith('|')) return null;
  }
  return null;
}

/** The columns a grid's border gives: the room between two "+", without the "|" that starts each cell. */
function bordersOf(text: string): Column[] {
  const plus: number[] = [];
  for (let i = text.indexOf('+'); i >= 0; i = text.indexOf('+', i + 1)) plus.push(i);
  return plus.slice(0, -1).map((p, k) => ({ start: p + 1, end: plus[k + 1]!, bounded: true }));
}
