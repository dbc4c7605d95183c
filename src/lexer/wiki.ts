/**
 * The MediaWiki front end: wikitext, as pandoc writes a .docx into it
 * (`pandoc -t mediawiki`) for an office that keeps its documents on a wiki.
 *
 *   {| … |-  … |}        a table of rows: `|-` between rows, `!` heading cells
 *                        and `|` cells one per line or `||` apart on one,
 *                        a cell's further lines its own: one row line each
 *   {| … |}              a table without `|-` is a layout (the header's two
 *                        columns, the closing's): its cells' paragraphs are
 *                        read as lines, as the plain-text header is
 *   '''bold''' ''italic'' marks dropped; a line set all in bold is bold
 *   # * #* **            list items: numbered ("1."), bullets ("-", "+" below)
 *   <ol …><li>…</li>     raw HTML lists pandoc falls back to (lettered points)
 *   == Heading ==        a heading
 *   &gt; <br /> <u>      references decoded (as in markdown), tags dropped
 *
 * One pass over the physical lines, as the plain-text scanner makes; each
 * line keeps the bounds of its content in the source, its text is the
 * content without the markup.
 */
import type { SourceText } from '../reader/source.js';
import { makeCell, makeLine, type Cell, type Line } from './line.js';
import { decodeReferences } from '../markdown/references.js';

/** Wikitext: a table opened and closed at line starts, or lines set in bold by `'''`. */
export function looksLikeWikitext(text: string): boolean {
  // Native searches first: most documents hold neither mark, and the patterns need not look at them.
  const table = text.includes('{|');
  if (!table && !text.includes("'''")) return false;
  if (table && /^\{\|/m.test(text) && /^\|\}/m.test(text)) return true;
  let bold = 0;
  const pattern = /^(?:[#*]+ ?)?'''[^'\n]/gm;
  while (pattern.exec(text) && ++bold < 3);
  return bold >= 3;
}

/** A table's frame: its opening, its close, a row's break, its caption. */
const FRAME = /^(?:\{\||\|\}|\|-|\|\+)/;
/** A cell's line: `| text`, `! text`, `!width="20%"| text` (the attributes before the last bar). */
const CELL = /^[|!](?:[^|[\]{}]*?\|(?!\|))?\s*(.*)$/;
const LIST = /^([#*:;]+)\s+(?=\S)/;
/** A tag of the markup pandoc writes; its attributes end at the first ">" or "<", so an unclosed tag costs one look. */
const TAG = /<\/?(?:u|b|i|s|p|li|ol|ul|span|div|sup|sub|small|big|center|font)\b[^<>]*>|<br\s*\/?>/gi;
const RULE = /^-{4,}\s*$/;

export function scanWiki(source: SourceText): Line[] {
  const out: Line[] = [];
  const lists = new ListNumbers();
  const tabular = tablesWithRows(source.lines);
  let row: Row | null = null;
  let blank = true;
  source.lines.forEach((raw, index) => {
    const start = raw.search(/\S/);
    if (start < 0) {
      blank = true;
      return;
    }
    const end = raw.trimEnd().length;
    const content = raw.slice(start, end);
    if (tabular.has(index) || row) {
      // a table of rows: its frame ends the row read so far; a cell's line adds cells, any other line goes on with the last
      if (FRAME.test(content)) {
        if (row && row.cells.length > 0) {
          out.push(rowLine(row, blank));
          blank = false;
        }
        row = content.startsWith('|}') ? null : { index: -1, start: 0, end: 0, cells: [] };
        return;
      }
      if (row) {
        addCells(row, raw, index, start, end, content, lists);
        return;
      }
    }
    // A table's frame stands between its cells, not between paragraphs.
    if (FRAME.test(content)) return;
    if (RULE.test(content)) {
      out.push(makeLine({ index, text: content, start, end, blankBefore: blank, rule: true }));
      blank = false;
      return;
    }
    const read = readLine(content, lists);
    if (read === null) return;
    if (read.text === '') {
      blank = true;
      return;
    }
    out.push(makeLine({ index, text: read.text, start, end, blankBefore: blank, heading: read.heading, bold: read.bold, boldPrefix: read.boldPrefix }));
    blank = false;
  });
  return out;
}

/** A row of a table being read: where its first cell stands, and its cells so far. */
interface Row {
  index: number;
  start: number;
  end: number;
  readonly cells: Cell[];
}

/** The lines that open a table with rows (`{|` with a `|-` before its `|}`); a table without is a layout of cells. */
function tablesWithRows(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.search(/\S/);
    if (at < 0 || (line[at] !== '{' && line[at] !== '|')) continue;
    if (line.startsWith('{|', at)) open = i;
    else if (line.startsWith('|-', at) && open >= 0) out.add(open);
    else if (line.startsWith('|}', at)) open = -1;
  }
  return out;
}

/** A cell's line (`| 1`, `! TT !! Chỉ tiêu`, `| % || 100`) adds its cells to the row; a line of another kind carries on the last cell. */
function addCells(row: Row, raw: string, index: number, start: number, end: number, content: string, lists: ListNumbers): void {
  const marker = content[0];
  if (marker !== '|' && marker !== '!') {
    const last = row.cells[row.cells.length - 1];
    const text = readLine(content, lists)?.text ?? '';
    if (last && text) row.cells[row.cells.length - 1] = makeCell(`${last.text} ${text}`, last.start, last.index, last.lines);
    return;
  }
  if (row.cells.length === 0) Object.assign(row, { index, start, end });
  // inline cells: "| a || b", "! TT !! Chỉ tiêu"
  const separator = marker === '!' ? /!!|\|\|/ : /\|\|/;
  let offset = start;
  for (const part of content.split(separator)) {
    const cell = CELL.exec(part[0] === '|' || part[0] === '!' ? part : `|${part}`);
    const text = cell ? clean(cell[1]!.replace(TAG, '')) : '';
    const at = text ? raw.indexOf(text.slice(0, 8), offset) : -1;
    row.cells.push(makeCell(text, at >= 0 ? at : offset, index));
    offset += part.length + 2;
  }
}

/** A row read whole: one line of cells, standing where its first cell does. */
function rowLine(row: Row, blankBefore: boolean): Line {
  return makeLine({ index: row.index, text: row.cells.map((c) => c.text).join('\t'), start: row.start, end: row.end, blankBefore, cells: row.cells });
}

interface Read {
  readonly text: string;
  readonly heading: number;
  readonly bold: Line['bold'];
  readonly boldPrefix: number;
}

/** A line's text without its markup, or null for a line that holds none (a cell's attributes, a list's tag). */
function readLine(content: string, lists: ListNumbers): Read | null {
  let text = content;
  let heading = 0;
  const cell = text[0] === '|' || text[0] === '!' ? CELL.exec(text) : null;
  if (cell) {
    text = cell[1]!;
    if (text === '') return null;
  }
  const titled = headingOf(text);
  if (titled) {
    heading = titled.depth;
    text = titled.text;
  }
  // A raw HTML list: its kind on the opening tag, each <li> a point.
  let marker = lists.htmlItem(text);
  const list = marker === null ? LIST.exec(text) : null;
  if (list) {
    marker = lists.wikiItem(list[1]!);
    text = text.slice(list[0].length);
  } else if (marker === null) lists.end(text);
  const untagged = text.replace(TAG, '');
  const plain = clean(untagged);
  if (plain === '') return untagged.trim() === '' && text.trim() !== '' ? null : { text: '', heading, bold: 'none', boldPrefix: 0 };
  const prefix = marker ? `${marker} ` : '';
  const bold = boldLead(untagged);
  if (bold === null) return { text: prefix + plain, heading, bold: 'none', boldPrefix: 0 };
  const all = bold.length >= plain.length;
  return { text: prefix + plain, heading, bold: all && !prefix ? 'all' : 'prefix', boldPrefix: prefix.length + Math.min(bold.length, plain.length) };
}

/** "== Mục tiêu ==": a heading of depth one less than its marks (`==` is a page's first level), read without a pattern. */
function headingOf(text: string): { depth: number; text: string } | null {
  if (text[0] !== '=' || text[text.length - 1] !== '=') return null;
  let marks = 0;
  while (marks < 6 && text[marks] === '=') marks++;
  if (!text.endsWith('='.repeat(marks)) || text.length <= 2 * marks) return null;
  return { depth: Math.max(1, marks - 1), text: text.slice(marks, text.length - marks).trim() };
}

/** The text without its quote marks and entities, its blanks collapsed. */
function clean(text: string): string {
  return decodeReferences(text.replace(/'{2,}/g, '')).replace(/\s+/g, ' ').trim();
}

/** The bold a line starts with ("'''Kiểm tra định kỳ:''' Ủy ban …"), as plain text; null when it starts with none. */
function boldLead(untagged: string): string | null {
  const open = /^\s*('{3,5})/.exec(untagged);
  if (!open) return null;
  const close = untagged.indexOf("'''", open[0].length);
  return clean(close < 0 ? untagged.slice(open[0].length) : untagged.slice(open[0].length, close));
}

/**
 * The numbers and letters of list items, which wikitext leaves to the
 * renderer: `#` items count 1, 2, 3 while they follow one another; an
 * HTML <ol> counts in its own style (`lower-alpha`: a, b, c).
 */
class ListNumbers {
  private counts: number[] = [];
  private html: { style: string; count: number } | null = null;

  /** The marker of a wikitext item: "1." for a numbered one, "-" for a bullet ("+" below another bullet), none for an indent. */
  wikiItem(marks: string): string {
    const depth = marks.length;
    this.counts.length = Math.min(this.counts.length, depth);
    const last = marks[depth - 1]!;
    if (last === ':' || last === ';') return '';
    if (last === '#') {
      const count = (this.counts[depth - 1] ?? 0) + 1;
      this.counts[depth - 1] = count;
      return `${count}.`;
    }
    this.counts[depth - 1] = 0;
    return depth >= 2 && marks[depth - 2] === '*' ? '+' : '-';
  }

  /** A line that is no list item ends the wikitext lists. */
  end(text: string): void {
    if (!text.startsWith('<')) this.counts = [];
  }

  /** The marker of an HTML list item on this line ("a)"), the list opened or closed as the line says; null for none. */
  htmlItem(text: string): string | null {
    const open = /<ol\b([^<>]*)>/i.exec(text);
    if (open) this.html = { style: /lower-alpha|type="a"/i.test(open[1]!) ? 'alpha' : /upper-alpha|type="A"/.test(open[1]!) ? 'ALPHA' : 'decimal', count: 0 };
    const item = this.html && /<li\b/i.test(text) ? this.html : null;
    let marker: string | null = null;
    if (item) {
      item.count++;
      marker = item.style === 'decimal' ? `${item.count}.` : `${String.fromCharCode((item.style === 'alpha' ? 96 : 64) + Math.min(item.count, 26))})`;
    }
    if (/<\/ol>/i.test(text)) this.html = null;
    return marker;
  }
}
