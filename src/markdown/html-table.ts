/**
 * Tables that pandoc writes as raw HTML, as it does for a Word table whose
 * cells hold several paragraphs or are merged (the header block, indicator
 * tables with a header over two rows):
 *
 *   <table> [<colgroup>…] [<thead> <tr> <th rowspan="2">TT</th> <th colspan="2">Kế hoạch 2025</th> …]
 *   <tbody> <tr> <td><p>SỞ Y TẾ …</p> <p>Số: 46/KH-KSBT</p></td> … </tr> </tbody> </table>
 *
 * Read from the source lines with one linear scan of the tags. A cell's text
 * drops the inline tags, decodes character references and puts each
 * paragraph (parted by a tag or a blank line) on a line of its own; each
 * paragraph keeps where it is printed.
 * A header of several rows becomes one row: a column's heading is the
 * headings above it, joined ("Kế hoạch 2025 Chỉ tiêu giao").
 */
import { makeCell, type Cell } from '../lexer/line.js';
import { tidySpaces } from '../text/spaces.js';
import { decodeReferences } from './references.js';
import { figureAlone } from '../grammar/figures.js';

export interface HtmlRow {
  /** The physical line of the row's first cell. */
  readonly index: number;
  readonly cells: Cell[];
  /** A heading row (in <thead>, or of <th> cells only). */
  readonly heading: boolean;
}

/** A table opens a raw HTML block. */
export function isHtmlTable(raw: string): boolean {
  return /^\s*<table[\s>]/i.test(raw);
}

interface OpenCell {
  pieces: Cell[];
  text: string;
  at: { index: number; start: number } | null;
  colspan: number;
  rowspan: number;
  heading: boolean;
}

interface ParsedCell {
  readonly cell: Cell;
  readonly colspan: number;
  readonly rowspan: number;
  readonly heading: boolean;
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
const SPAN = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i');
const COLSPAN = SPAN('colspan');
const ROWSPAN = SPAN('rowspan');

/** The rows of the table on lines [from, to] (0-based, inclusive), its heading rows folded into one. */
export function readHtmlTable(lines: readonly string[], from: number, to: number): HtmlRow[] {
  const rows: { index: number; cells: ParsedCell[]; heading: boolean }[] = [];
  let inHead = false;
  let row: { index: number; cells: ParsedCell[]; heading: boolean } | null = null;
  let cell: OpenCell | null = null;

  const closeCell = (): void => {
    if (!cell || !row) return;
    flushPiece(cell);
    const text = cell.pieces.map((p) => p.text).join('\n');
    const at = cell.pieces[0] ?? null;
    const made: Cell = makeCell(text, at ? at.start : -1, at?.index, cell.pieces.length > 1 ? cell.pieces : undefined);
    row.cells.push({ cell: made, colspan: cell.colspan, rowspan: cell.rowspan, heading: cell.heading });
    cell = null;
  };

  for (let index = from; index <= to; index++) {
    const raw = lines[index] ?? '';
    // A blank line ends a cell's paragraph, as Textile's cells print theirs (pandoc's `-t textile`): no <p> between them.
    if (cell && raw.trim() === '') flushPiece(cell);
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(raw); ; m = TAG.exec(raw)) {
      const end = m ? m.index : raw.length;
      if (cell && end > last) addText(cell, raw.slice(last, end), index, last);
      if (!m) break;
      last = m.index + m[0].length;
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      if (name === 'thead') inHead = !closing;
      else if (name === 'tr') {
        closeCell();
        if (!closing) rows.push((row = { index, cells: [], heading: inHead }));
        else row = null;
      } else if (name === 'td' || name === 'th') {
        closeCell();
        if (!closing && row) {
          cell = { pieces: [], text: '', at: null, colspan: spanOf(COLSPAN, m[3]!), rowspan: spanOf(ROWSPAN, m[3]!), heading: name === 'th' };
        }
      } else if (cell && (name === 'p' || name === 'br' || name === 'div' || name === 'li')) flushPiece(cell);
    }
    // A line break in the source ends nothing: the next line's text carries on the paragraph.
    if (cell && cell.text && !/\s$/.test(cell.text)) cell.text += ' ';
  }
  closeCell();
  for (const r of rows) if (r.cells.length > 0 && r.cells.every((c) => c.heading)) r.heading = true;
  return foldHeading(rows);
}

function spanOf(pattern: RegExp, attributes: string): number {
  const n = Number(pattern.exec(attributes)?.[1] ?? 1);
  return n >= 1 && n <= 50 ? n : 1;
}

/** Text between tags: decoded, and where its first letter stands, for a paragraph that starts with it. */
function addText(cell: OpenCell, raw: string, index: number, column: number): void {
  const text = decodeReferences(raw);
  if (!cell.at && text.trim()) cell.at = { index, start: column + (raw.length - raw.trimStart().length) };
  cell.text += text;
}

function flushPiece(cell: OpenCell): void {
  const text = tidySpaces(cell.text);
  if (text && cell.at) cell.pieces.push(makeCell(text, cell.at.start, cell.at.index));
  cell.text = '';
  cell.at = null;
}

/**
 * Lays each row's cells out on the grid the spans make, and folds the
 * heading rows at the top into one: the heading of a column is the headings
 * above it, joined with a space.
 */
function foldHeading(rows: { index: number; cells: ParsedCell[]; heading: boolean }[]): HtmlRow[] {
  const grid: (Cell | null)[][] = [];
  const carried: { cell: Cell | null; left: number }[] = [];
  for (const r of rows) {
    const out: (Cell | null)[] = [];
    let column = 0;
    const take = (): void => {
      while (carried[column] && carried[column]!.left > 0) {
        out[column] = r.heading ? carried[column]!.cell : null;
        carried[column]!.left--;
        column++;
      }
    };
    for (const c of r.cells) {
      take();
      for (let k = 0; k < c.colspan; k++) {
        out[column] = c.cell;
        if (c.rowspan > 1) carried[column] = { cell: c.cell, left: c.rowspan - 1 };
        column++;
      }
    }
    take();
    grid.push(out);
  }
  const headingRows = rows.findIndex((r) => !r.heading);
  let top = headingRows < 0 ? rows.length : headingRows;
  if (top > 0 && top < rows.length && continuesHeading(grid[top - 1]!, grid[top]!)) rows[top]!.heading = rows[top++]!.heading = true;
  const result: HtmlRow[] = [];
  if (top > 1) {
    const width = Math.max(...grid.slice(0, top).map((g) => g.length));
    const cells: Cell[] = [];
    for (let column = 0; column < width; column++) {
      const above: Cell[] = [];
      for (let r = 0; r < top; r++) {
        const c = grid[r]![column];
        if (c && c.text && !above.includes(c)) above.push(c);
      }
      const first = above[0];
      cells.push(makeCell(above.map((c) => c.text.replace(/\n/g, ' ')).join(' '), first?.start ?? -1, first?.index));
    }
    result.push({ index: rows[0]!.index, cells, heading: true });
  }
  for (let r = top > 1 ? top : 0; r < rows.length; r++) {
    const cells = grid[r]!.map((c) => c ?? makeCell('', -1));
    result.push({ index: rows[r]!.cells[0]?.cell.index ?? rows[r]!.index, cells, heading: rows[r]!.heading });
  }
  return result;
}

/**
 * A body row that goes on with the heading above it, as pandoc prints a
 * heading of two rows whose merges it drops ("TT | Chỉ tiêu | Lộ trình thực
 * hiện | | " over " | | Năm 2026 | Năm 2027 | Năm 2028"): no ordinal, a
 * heading for every column the heading left empty, and no figure of its own.
 */
function continuesHeading(heading: readonly (Cell | null)[], row: readonly (Cell | null)[]): boolean {
  if (row[0]?.text) return false;
  let fills = 0;
  for (let column = 0; column < row.length; column++) {
    const text = row[column]?.text ?? '';
    if (figureAlone().test(text)) return false;
    if (heading[column]?.text) continue;
    if (!text) return false;
    fills++;
  }
  return fills > 0;
}
