/**
 * The plain-text front end: a single pass over the physical lines.
 * Tab-separated lines become table rows, lines of dashes become rules,
 * and lines with long runs of spaces keep their side-by-side columns.
 */
import type { SourceText } from '../reader/source.js';
import { makeCell, makeLine, type Cell, type Line } from './line.js';
import { tidySpaces } from '../text/spaces.js';
import { readLabel } from '../parser/labels.js';
import { isSpreadLine, SpreadText } from './spread-text.js';

const RULE = /^[-_=─━—–*.…\s\\]{3,}$/;
/** A run of dashes glued to the capital that opens the next paragraph. */
const GLUED_RULE = /^-{3,}(?=\p{Lu})/u;
/** Where PDF text puts two columns side by side: four or more spaces (or a tab) between words. */
const COLUMN_GAP = / {4,}|\t+/g;

/** The lines of the source, or a view of them with every column where it is (a quoted e-mail's marks blanked). */
export function scanText(source: SourceText, lines: readonly string[] = source.lines): Line[] {
  const out: Line[] = [];
  const spread = new SpreadText();
  let blank = true;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    let start = firstNonSpace(raw);
    if (start < 0) {
      blank = true;
      continue;
    }
    // "----Thực hiện Chỉ thị …": the rule under a title, its line joined to the next as pdftotext joins a line that ends in a
    // hyphen; the text after the dashes opens a block of its own
    const glued = raw.charCodeAt(start) === 0x2d ? GLUED_RULE.exec(raw.slice(start)) : null;
    if (glued) {
      start += glued[0].length;
      blank = true;
    }
    const end = lastNonSpace(raw) + 1;
    const text = raw.slice(start, end);
    // ". . .": dots alone, as OCR reads specks on a scan; nothing, not even a break between the lines around them
    if (isDotsAlone(text)) continue;
    const tab = text.includes('\t');
    // A tab before the content leaves a row's first cell empty (a total row without its STT): the row starts at the line's start.
    const cells = tab ? trimEmptyTail(splitCells(raw, start > 0 && raw.lastIndexOf('\t', start - 1) >= 0 ? 0 : start, end, /\t/g)) : null;
    // "a)⇥Tiêm chủng mở rộng: …": Word's own numbering puts a tab after the label, which starts no table
    const isRow = cells !== null && cells.length >= 2 && !(cells.length === 2 && (isLabelOnly(cells[0]!.text) || isBulletedLead(cells[0]!.text)));
    const rule = !isRow && RULE.test(text) && /[-_=─━—–*]{3,}|\.{5,}|…{3,}/.test(text);
    const spaced = tab || text.includes('  ');
    const columns = !isRow && !rule && spaced ? sideBySide(raw, start, end) : null;
    spread.note(raw, start, end, spaced);
    out.push(makeLine({
      index,
      text: isRow || !spaced ? text : text.replace(/\s+/g, ' '),
      start,
      end,
      // A form feed before the content (pdftotext's page break) breaks the text as a blank line does.
      blankBefore: blank || (start > 0 && raw.lastIndexOf('\f', start) >= 0),
      cells: isRow ? cells : null,
      rule,
      columns,
    }));
    blank = false;
  }
  const gap = spread.columnGap();
  return gap === null ? out : withColumnsApart(out, lines, gap);
}

/**
 * The lines of a spread text (pdftotext -fixed) with the columns of each spread line parted by runs of `gap` spaces
 * or more only: "Căn      cứ   Luật" is one column, "GIANG                           CỘNG" two.
 */
function withColumnsApart(out: Line[], lines: readonly string[], gap: number): Line[] {
  const wide = new RegExp(` {${gap},}|\t+`, 'g');
  return out.map((line) => {
    const raw = lines[line.index]!;
    if (line.cells || line.rule || !line.columns || !isSpreadLine(raw, line.start, line.end)) return line;
    const columns = splitCells(raw, line.start, line.end, wide);
    return makeLine({ ...line, columns: columns.length >= 2 ? columns : null });
  });
}

/** A line of single dots and spaces only: ".", ". . ." (a dotted rule, "........", is no speck). */
function isDotsAlone(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x20) return false;
    if (c === 0x2e && text.charCodeAt(i + 1) === 0x2e) return false;
  }
  return true;
}

/**
 * A bullet's text up to a colon before the one tab of its line ("- Nguồn thu
 * sự nghiệp:⇥350.000.000 đồng;", Word's tab stop before a right-aligned
 * amount): a list's item, no table's row.
 */
function isBulletedLead(text: string): boolean {
  const style = readLabel(text)?.style;
  return (style === 'dash' || style === 'plus') && text.endsWith(':');
}

/** A cell that is nothing but a list's label: "a)", "1.", "-", "•". */
function isLabelOnly(text: string): boolean {
  return text.length <= 6 && readLabel(`${text} x`)?.rest === text.length + 1;
}

/** The side-by-side columns of a physical line's content [start, end) ("ỦY BAN NHÂN DÂN      CỘNG HÒA …"), or null for one column. */
export function sideBySide(raw: string, start = firstNonSpace(raw), end = lastNonSpace(raw) + 1): Cell[] | null {
  if (start < 0) return null;
  const columns = splitCells(raw, start, end, COLUMN_GAP);
  return columns.length >= 2 ? columns : null;
}

function splitCells(raw: string, start: number, end: number, gap: RegExp): Cell[] {
  const cells: Cell[] = [];
  let from = start;
  gap.lastIndex = start;
  for (let m = gap.exec(raw); m && m.index < end; m = gap.exec(raw)) {
    pushCell(cells, raw, from, m.index);
    from = m.index + m[0].length;
  }
  pushCell(cells, raw, from, end);
  return cells;
}

function trimEmptyTail(cells: Cell[]): Cell[] {
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells;
}

function pushCell(cells: Cell[], raw: string, from: number, to: number): void {
  const slice = raw.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const text = tidySpaces(slice);
  cells.push(makeCell(text, from + lead));
}

function firstNonSpace(s: string): number {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return i;
  return -1;
}

function lastNonSpace(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (!isSpace(s.charCodeAt(i))) return i;
  return -1;
}

/** A blank at a line's ends; also BEL, Word's mark at the end of a table cell and row, which wvWare's text keeps (`Số: 27/KH-BVĐK␇`). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 7 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}
