/**
 * The markdown front end: remark builds the syntax tree, and this walk turns
 * its blocks back into logical lines (see lexer/line.ts). Inline markup is
 * dropped but remembered as bold flags; list markers are read from the source
 * so that "2." stays "2." and "+" stays "+"; tables keep their cells.
 */
import type { Nodes, PhrasingContent, RootContent, ListItem } from 'mdast';
import { SourceText } from '../reader/source.js';
import { makeCell, makeLine, type Cell, type Line } from '../lexer/line.js';
import { markdownParser } from './load.js';
import { collapseSpaces, stripEmphasis, tidySpaces } from '../text/spaces.js';
import { decodeReferences } from './references.js';
import { cellText, isDelimiterRow, isPipeRow, rowCells, withoutColumnTags } from './pipe-table.js';
import { unblocked } from '../lexer/line-blocks.js';
import { FIGURE_LIKE } from '../grammar/figures.js';
import { pandocTables } from '../lexer/pandoc-tables.js';
import type { FoundTable } from '../lexer/regroup.js';
import { isHtmlTable, readHtmlTable } from './html-table.js';
import { rank, readLabel } from '../parser/labels.js';
import { scanText, sideBySide } from '../lexer/text.js';
import { cutRunOn, type Points, type Segment } from './run-on.js';
import { COUNT_IN_WORDS, endsSentence } from '../parser/continuation.js';
import { withStrongEndsApart } from './glued-strong.js';
import { replacedLines } from '../text/replaced-lines.js';
import { acceptedChanges } from './tracked-changes.js';

/** Where a physical line's content lies. */
interface Bounds {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** What a line holds besides its place. */
type LineContent = Partial<Pick<Line, 'heading' | 'bold' | 'boldPrefix' | 'cells' | 'rule' | 'columns' | 'carriesOn' | 'cut'>> & { readonly text: string };

/** A heading's attribute block at its end: "{#id}", "{#id .class key=value}", "{.unnumbered}", "{-}", "{: #id}". */
const HEADING_ATTRIBUTES = /\s*\{:?\s*[#.-][^{}]*\}$/;


/** The segments of one output line, how many physical lines below the block's first it sits, and whether a hard break opened it. */
interface SegmentLine {
  segments: Segment[];
  offset: number;
  broken: boolean;
}

export function scanMarkdown(printed: SourceText): Line[] {
  // a draft's tracked changes accepted and its comments dropped (pandoc --track-changes=all), each line where it was
  const accepted = acceptedChanges(printed.text);
  const text = accepted === printed.text ? printed : new SourceText(accepted);
  // reStructuredText's line blocks ("| - Sở Y tế;"), which pandoc's rst writer prints for Shift+Enter lines, read with
  // their marks as blanks: every line keeps its length, so positions stay
  // and, in one pass, html-to-md's column tags before a table's first row blanked, its bold ends glued to the next word set apart
  const blocks = replacedLines(unblocked(text.lines), (line) => withStrongEndsApart(withoutColumnTags(line)));
  const source = blocks === text.lines ? text : new SourceText(blocks.join('\n'));
  // pandoc's grid and multiline tables, which no markdown parser of the design card reads: cut out of the text remark sees
  const tables = tablesOf(source);
  const tree = markdownParser()(tables.length ? blankedOut(source, tables) : source.text);
  const out: Line[] = [];
  const walker = new Walker(source, out);
  for (const node of tree.children) walker.block(node, '');
  const lines = tables.length ? inOrder(out, tables.flatMap((t) => t.rows)) : out;
  return headingsInflated(lines) ? lines.map(asText) : lines;
}

/**
 * Whether nearly every line is a heading, as MuPDF's XHTML read by pandoc
 * makes each printed line an `###`: headings that mark nothing, the text's
 * own structure in its labels and its bold.
 */
function headingsInflated(lines: readonly Line[]): boolean {
  let text = 0;
  let headings = 0;
  for (const line of lines) {
    if (line.cells || line.rule) continue;
    text++;
    if (line.heading > 0) headings++;
  }
  return text >= INFLATED_MIN_LINES && headings >= text * INFLATED_SHARE;
}

/** A text of this many lines at least, this share of them headings, has its headings inflated. */
const INFLATED_MIN_LINES = 20;
const INFLATED_SHARE = 0.6;

/** A heading's line as a line of text, its bold kept. */
function asText(line: Line): Line {
  if (line.heading === 0) return line;
  const { index, text, start, end, blankBefore, bold, boldPrefix, cells, rule, carriesOn, columns, cut } = line;
  return makeLine({ index, text, start, end, blankBefore, bold, boldPrefix, cells, rule, carriesOn, columns, cut });
}

/**
 * The physical lines with their emphasis marks, and the references to a
 * no-break space (`&nbsp;`), turned to blanks, a blank for each character
 * so that columns stay: the words a table reader takes from a line ("**TT
 * Chỉ tiêu ĐVT …**" run on into its rows) are then the text's.
 */
export function withoutEmphasisMarks(lines: readonly string[]): readonly string[] {
  return lines.map((line) => (line.includes('*') || line.includes('_') || line.includes('&') ? line.replace(MARKS, (marks) => ' '.repeat(marks.length)) : line));
}

const MARKS = /\*+|_+|&nbsp;|&#160;|&#x[aA]0;/g;

const PANDOC_EDGE = /^ *(?:\+(?:[-=:]{3,}\+)+|-{3,}(?: +-{3,})+)[ \t]*\r?$/m;

/** pandoc's tables in a markdown source (as `pandoc -t markdown` writes a Word table), their cells' markup removed. */
function tablesOf(source: SourceText): FoundTable[] {
  // a grid's border, or a line of dash runs (a markdown rule is one run): most documents hold neither
  if (!PANDOC_EDGE.test(source.text)) return [];
  const lines = scanText(source);
  return pandocTables(lines, { raw: source.lines, text: (cell) => cellText(cell).replace(/\n/g, ' ') })
    .map((t) => ({ ...t, first: lines[t.first]!.index, end: lines[t.end - 1]!.index + 1 }));
}

/** The text with the physical lines [first, end) of each table turned to spaces: offsets, and so positions, stay. */
function blankedOut(source: SourceText, tables: readonly FoundTable[]): string {
  const text = source.text;
  let out = '';
  let from = 0;
  for (const { first, end } of tables) {
    const start = source.lineStarts[first]!;
    const stop = end < source.lineStarts.length ? source.lineStarts[end]! : text.length;
    out += text.slice(from, start) + text.slice(start, stop).replace(/[^\r\n]/g, ' ');
    from = stop;
  }
  return out + text.slice(from);
}

/** Two runs of lines, each in document order, as one. */
function inOrder(lines: readonly Line[], rows: readonly Line[]): Line[] {
  const out: Line[] = [];
  let k = 0;
  for (const line of lines) {
    while (k < rows.length && rows[k]!.index < line.index) out.push(rows[k++]!);
    out.push(line);
  }
  while (k < rows.length) out.push(rows[k++]!);
  return out;
}

/** A figure after a ">", alone on its line: "> 75", ">95%", "> 1.200". */
const QUOTED_FIGURE = new RegExp(String.raw`^>\s*${FIGURE_LIKE}\s*[%‰]?$`);

/** The marks of emphasis, longest first. */
const EMPHASIS_MARKS = ['**', '__', '*', '_'];

/**
 * A line opened by emphasis that CommonMark left as text because a blank
 * stands before its closing mark ("__3. Đào tạo, tập huấn: __mỗi năm …", as
 * mammoth writes a bold run that ends in a space): its two marks dropped, so
 * that the label opens the line.
 */
function withoutLiteralEmphasis(text: string): string {
  const mark = EMPHASIS_MARKS.find((m) => text.startsWith(m));
  if (!mark || text.length <= mark.length || /\s/.test(text[mark.length]!)) return text;
  for (let at = text.indexOf(mark, mark.length); at > 0; at = text.indexOf(mark, at + mark.length)) {
    // a closing mark after a blank and before a letter: what CommonMark would not close
    if (/\s/.test(text[at - 1]!) && at + mark.length < text.length && !/\s/.test(text[at + mark.length]!)) {
      return text.slice(mark.length, at) + text.slice(at + mark.length);
    }
  }
  return text;
}

/** A bullet, then a space, at the start of a line of a paragraph: a list item CommonMark did not see. */
const LAZY_BULLET = /^( *)([*+-])[ \t]+\S/;

class Walker {
  private lastLine = -2;
  /** The bullets of the list items being walked, outermost first. */
  private readonly bullets: string[] = [];
  /** How deep in list items the walk is: 0 outside every list. */
  private depth = 0;
  /**
   * Bullets a list item's paragraph holds as text, on lines indented too
   * little to nest them ("  2. **Quản lý**" over "    * Thu gom …": html2text
   * indents an item's bullets by four, where CommonMark needs five): the
   * rung each indentation was read as, within one top-level item, and, for
   * each list item being walked, the rung of the last such bullet in it
   * (a list nested after them stands under it).
   */
  private lazyByIndent = new Map<number, string>();
  private readonly lazyIn: (string | null)[] = [];
  /**
   * Top-level ordered items of the current section: how many, and whether
   * every one was printed "1." (lazy numbering, which CommonMark allows and
   * PDF converters write, restarting a list at each paragraph between items).
   */
  private ordered = { count: 0, lazy: true };
  /** Where the chain of points stands, for the points a run-on line holds (run-on.ts). */
  private readonly points: Points = { last: -2 };

  constructor(private readonly source: SourceText, private readonly out: Line[]) {}

  block(node: RootContent, marker: string): void {
    if ((node.type === 'heading' || node.type === 'paragraph') && this.depth === 0 && this.startsSection(node)) this.ordered = { count: 0, lazy: true };
    switch (node.type) {
      case 'heading':
        this.phrasing(node.children, node, marker, node.depth);
        return;
      case 'paragraph':
        if (!marker && this.pipeTable(node)) return;
        this.phrasing(node.children, node, marker, 0);
        return;
      case 'list':
        for (const item of node.children) this.listItem(item, node.ordered === true);
        return;
      case 'thematicBreak':
        this.push(this.bounds(this.lineOf(node)), { rule: true, text: '---' });
        return;
      case 'html':
        if (isHtmlTable(node.value)) this.htmlTable(node);
        else this.rawLines(node);
        return;
      case 'code':
        this.rawLines(node);
        return;
      case 'blockquote':
        // "> 75" alone on its line, a table's value cell flattened to a paragraph (mammoth): a comparison, no quotation
        if (this.quotedFigure(node)) return;
        node.children.forEach((child, i) => this.block(child, i === 0 ? marker : ''));
        return;
      case 'footnoteDefinition':
        node.children.forEach((child, i) => this.block(child, i === 0 ? marker : ''));
        return;
      default:
        return;
    }
  }

  /** A block quote of one line that holds a figure alone ("> 75", "> 90%"): pushed as the line prints it. */
  private quotedFigure(node: Nodes): boolean {
    const index = this.lineOf(node);
    if ((node.position?.end.line ?? 0) - 1 !== index) return false;
    const text = (this.source.lines[index] ?? '').trim();
    if (!QUOTED_FIGURE.test(text)) return false;
    this.push(this.bounds(index), { text });
    return true;
  }

  private listItem(item: ListItem, ordered: boolean): void {
    const first = item.children[0];
    const start = item.position?.start.offset ?? 0;
    const end = first?.position?.start.offset ?? item.position?.end.offset ?? start;
    const printed = this.source.text.slice(start, end).trim();
    const marker = ordered ? this.orderedMarker(printed) : this.nestedBullet(printed);
    if (!first) {
      this.push(this.bounds(this.lineOf(item)), { text: marker });
      return;
    }
    if (this.depth === 0) this.lazyByIndent = new Map();
    if (!ordered) this.bullets.push(marker);
    this.lazyIn.push(null);
    this.depth++;
    item.children.forEach((child, i) => this.block(child, i === 0 ? marker : ''));
    this.depth--;
    this.lazyIn.pop();
    if (!ordered) this.bullets.pop();
  }

  /**
   * The number of a top-level ordered item as the document means it: where
   * every such item of the section so far printed "1.", the n-th is n (a
   * converter restarts the list after each paragraph under an item).
   */
  private orderedMarker(printed: string): string {
    if (this.depth > 0) return printed;
    const number = /^\d+/.exec(printed);
    if (!number) return printed;
    const lazy = this.ordered.lazy && number[0] === '1';
    this.ordered = { count: lazy ? this.ordered.count + 1 : Number(number[0]), lazy };
    return lazy ? String(this.ordered.count) + printed.slice(number[0].length) : printed;
  }

  /** A heading or paragraph that opens a Roman-numbered section ("## II. MỤC TIÊU", "**III. NHIỆM VỤ**"). */
  private startsSection(node: Nodes): boolean {
    const raw = (this.source.lines[this.lineOf(node)] ?? '').replace(/^[\s#*_]+/, '');
    return readLabel(raw)?.style === 'roman';
  }

  /**
   * A bullet list inside another is a rung below it, whatever mark it prints:
   * exports indent "-" under "-" (pandoc) where the text would have "+"
   * under "-". Labels decide the ladder, so the inner mark is read as the
   * rung below the outer one's when it is not below it already. Under "*",
   * the last rung, there is none: such a list stays beside its parent. So an
   * outermost list printed "*" stands on the first rung: a converter writes
   * "*" for the first level of Word's lists (turndown, Marker) and escapes a
   * star the text typed ("\*"), where "+" is a mark plans type.
   */
  private nestedBullet(printed: string): string {
    const outer = this.lazyIn[this.lazyIn.length - 1] ?? this.bullets[this.bullets.length - 1];
    if (outer === undefined) return printed === '*' ? '-' : printed;
    const inner = readLabel(`${printed} x`);
    const around = readLabel(`${outer} x`);
    if (!inner || !around || rank(inner) > rank(around)) return printed;
    return around.style === 'dash' ? '+' : '*';
  }

  /**
   * A line of a list item's paragraph that prints a bullet ("    * Thu gom …"
   * under "  2. …"): a list item indented too little to nest, read as the
   * item it is. Its bullet is read as the rung below the item around it, the
   * same rung for every such line of one indentation.
   */
  private lazyBullet(index: number, text: string): string {
    const bullet = LAZY_BULLET.exec(this.source.lines[index] ?? '');
    if (!bullet || !text.startsWith(bullet[2]!)) return text;
    const indent = bullet[1]!.length;
    let rung = this.lazyByIndent.get(indent);
    if (rung === undefined) {
      rung = this.nestedBullet(bullet[2]!);
      this.lazyByIndent.set(indent, rung);
    }
    this.lazyIn[this.lazyIn.length - 1] = rung;
    return rung + text.slice(bullet[2]!.length);
  }

  /** Splits a run of inline content into one logical line per physical line. */
  private phrasing(children: PhrasingContent[], node: Nodes, marker: string, heading: number): void {
    const lines: SegmentLine[] = [{ segments: [], offset: 0, broken: false }];
    collect(children, false, 0, lines, { runs: 0 });
    const first = this.lineOf(node);
    lines.forEach(({ segments, offset, broken }, i) => {
      // most lines hold one block; a run-on line holds several, each a line of its own
      const pieces = cutRunOn(segments, this.points);
      const places = pieces.length > 1 ? this.piecesIn(first + offset, pieces) : null;
      pieces.forEach((piece, k) => {
        const prefix = i === 0 && k === 0 && marker ? marker + ' ' : '';
        this.segmentLine(piece, { prefix, index: first + offset, place: places?.[k] ?? null, cut: k > 0, heading, lazy: i > 0 && this.depth > 0, broken: broken && k === 0, soft: i > 0 && k === 0 && !broken });
      });
    });
  }

  /** One logical line from the segments of its text: where it stands, how much of it is bold. */
  private segmentLine(segments: readonly Segment[], at: { prefix: string; index: number; place: Bounds | null; cut: boolean; heading: number; lazy: boolean; broken: boolean; soft?: boolean }): void {
    const { prefix, index, place, heading } = at;
    const printed = prefix + segments.map((s) => s.text).join('');
    const raw = at.lazy ? this.lazyBullet(index, printed) : printed;
    // A backslash hard break that ends a block is no break: remark leaves it as a character.
    // "**TRUNG TÂM Y TẾ****KHU VỰC CAO LÃNH**": two bold runs glued where a converter dropped the line break between them
    const tidy = tidySpaces(raw.includes('****') ? raw.replace(/\*{4}/g, ' ') : raw);
    const plain = withoutLiteralEmphasis(tidy.endsWith('\\') ? tidy.slice(0, -1).trimEnd() : tidy);
    // "# I. MỤC ĐÍCH {#i.-mục-đích}": a heading's attributes (pandoc's commonmark_x, kramdown's "{: #id}") are no title
    const text = heading > 0 && plain.endsWith('}') ? plain.replace(HEADING_ATTRIBUTES, '') : plain;
    if (!text) return;
    // Measured on the text as tidied: a run of spaces inside the bold part counts as one, as in `text`.
    const lead = collapseSpaces(prefix + leadingBold(segments)).length;
    const boldChars = segments.filter((s) => s.bold).reduce((n, s) => n + s.text.trim().length, 0);
    const allChars = segments.reduce((n, s) => n + s.text.trim().length, 0);
    const bold = allChars > 0 && boldChars === allChars ? 'all' : lead > prefix.length ? 'prefix' : 'none';
    const bounds = place ?? this.bounds(index);
    const physical = this.source.lines[index] ?? '';
    this.push(bounds, {
      text,
      cells: place ? null : tabCells(physical),
      columns: heading === 0 && !place ? columnsOf(physical) : null,
      heading,
      bold,
      boldPrefix: bold === 'all' ? text.length : bold === 'prefix' ? Math.min(text.length, lead) : 0,
      // a list item's line after a hard break is the item's still ("… theo dõi.  " / "Thăm khám tại nhà …")
      carriesOn: (at.broken && this.depth > 0 && raw === printed) || (at.soft === true && this.carriesCount(text)),
      // a block past the line's first, cut out of a run-on line
      cut: at.cut,
    });
  }

  /**
   * A line of a paragraph, after a soft break, that opens on a count in small
   * letters ("ít nhất" / "02 đợt trong năm."): the sentence above goes on, as
   * the paragraph says, where a line's first figure would otherwise open a
   * paragraph of its own; not under a line all in bold (a heading's text).
   */
  private carriesCount(text: string): boolean {
    const above = this.out[this.out.length - 1];
    return COUNT_IN_WORDS.test(text) && above !== undefined && above.bold !== 'all' && !endsSentence(above.text);
  }

  /**
   * Where each block of a run-on line lies in it (run-on.ts): from the first
   * characters of its text, found in order, to where the next begins.
   */
  private piecesIn(index: number, pieces: readonly (readonly Segment[])[]): Bounds[] {
    const whole = this.bounds(index);
    const raw = this.source.lines[index] ?? '';
    const starts: number[] = [];
    let from = whole.start;
    for (const piece of pieces) {
      // its first word: the words after it may be parted by a blank the source writes otherwise ("&nbsp;")
      const head = /\S+/u.exec(piece.map((s) => s.text).join(''))?.[0] ?? '';
      const found = head ? wordIn(raw, head, from) : -1;
      const start = starts.length === 0 ? whole.start : found >= from ? found : from;
      starts.push(start);
      from = start + 1;
    }
    return starts.map((start, k) => {
      const next = k + 1 < starts.length ? starts[k + 1]! : whole.end;
      return { index, start, end: Math.max(start, start + raw.slice(start, next).trimEnd().length) };
    });
  }


  /**
   * A paragraph holding a pipe table (remark-parse, without GFM, reads one
   * as text): the lines before the header row stay text, the header and the
   * body rows become table rows, the delimiter row goes.
   */
  private pipeTable(node: Nodes): boolean {
    const from = this.lineOf(node);
    const to = (node.position?.end.line ?? from + 1) - 1;
    let delimiter = -1;
    for (let i = from + 1; i <= to; i++) {
      if (isDelimiterRow(this.source.lines[i] ?? '')) {
        delimiter = i;
        break;
      }
    }
    if (delimiter < 0) return false;
    const lines = this.source.lines;
    // The heading, perhaps wrapped as html2text wraps at 78 columns ("… | **Kế hoạch năm" over "2026**"): up from the delimiter row.
    let head = delimiter - 1;
    while (head > from && !isPipeRow(lines[head] ?? '')) head--;
    if (head < from || !isPipeRow(lines[head] ?? '')) return false;
    const columns = rowCells(lines[delimiter] ?? '').length;
    for (let i = from; i < head; i++) this.textLine(i);
    const heading = rowCellsOf(lines, head, delimiter - 1);
    // "|     |     |" over the delimiter row: a converter that heads every table with an empty row (markitdown); the first
    // row under it is the table's own heading
    if (heading.some((cell) => cell.text !== '')) this.pushRow(head, heading);
    for (let i = delimiter + 1; i <= to; i++) {
      if (!isPipeRow(lines[i] ?? '')) {
        this.textLine(i);
        continue;
      }
      // A row short of its cells, not closed by a pipe, goes on in the next line (html2text's wrap).
      let last = i;
      let cells = rowCells(lines[i] ?? '');
      while (last < to && cells.length < columns && !(lines[last] ?? '').trimEnd().endsWith('|')) cells = rowCellsOf(lines, i, ++last);
      this.pushRow(i, cells);
      i = last;
    }
    return true;
  }

  /** One row of a pipe table, on the line where it starts; a line of pipes alone holds no cell, and is text. */
  private pushRow(first: number, cells: Cell[]): void {
    if (cells.length === 0) return this.textLine(first);
    this.push(this.bounds(first), { text: cells.map((c) => c.text).join(' | '), cells });
  }

  /** A raw HTML table (pandoc's for merged cells and cells of several paragraphs): one line per row, its heading rows folded into one. */
  private htmlTable(node: Nodes): void {
    const from = this.lineOf(node);
    const to = (node.position?.end.line ?? from + 1) - 1;
    for (const row of readHtmlTable(this.source.lines, from, to)) {
      if (row.cells.every((c) => c.text === '')) continue;
      this.push(this.bounds(row.index), { text: row.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' | '), cells: row.cells });
    }
  }

  /** A physical line taken as it stands (markup kept, references decoded): for the odd line inside a table paragraph. */
  private textLine(index: number): void {
    const text = tidySpaces(decodeReferences(this.source.lines[index] ?? ''));
    if (text) this.push(this.bounds(index), { text });
  }

  /** The lines of a block taken as they stand: raw HTML, and code, which in a plan is text indented by tabs (references decoded). */
  private rawLines(node: Nodes): void {
    const from = this.lineOf(node);
    const to = (node.position?.end.line ?? from + 1) - 1;
    for (let i = from; i <= to; i++) {
      const text = tidySpaces(decodeReferences(this.source.lines[i] ?? ''));
      if (text && !/^(```|~~~)/.test(text)) this.push(this.bounds(i), { text });
    }
  }

  private lineOf(node: Nodes): number {
    return (node.position?.start.line ?? 1) - 1;
  }

  /** The trimmed extent of a physical line. */
  private bounds(index: number): Bounds {
    const raw = this.source.lines[index] ?? '';
    const start = raw.length - raw.trimStart().length;
    return { index, start, end: Math.max(start, raw.trimEnd().length) };
  }

  /** Adds the line at `bounds`: it starts a block when lines were skipped before it or a blank line precedes it. */
  private push(bounds: Bounds, fields: LineContent): void {
    const { index, start, end } = bounds;
    const { text, heading, bold, boldPrefix, cells, rule, columns, carriesOn, cut } = fields;
    // a block cut out of a run-on line starts a block of its own
    const blankBefore = cut === true || index > this.lastLine + 1 || isBlockStart(this.source, index);
    this.out.push(makeLine({ index, start, end, blankBefore, text, heading, bold, boldPrefix, cells, rule, columns, carriesOn, cut }));
    this.lastLine = index;
  }
}

/** Where a word stands in a line from a column on, no letter or figure right before it; -1 for nowhere. */
function wordIn(line: string, word: string, from: number): number {
  for (let at = line.indexOf(word, from); at >= 0; at = line.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(line[at - 1]!)) return at;
  }
  return -1;
}

/**
 * A tab-separated line inside a paragraph is a table row, as in plain text;
 * tabs only before the text indent it, as a pasted list's lines are
 * ("⇥- Thành lập Tổ đột quỵ …" under "**1) Kiện toàn tổ chức**").
 */
function tabCells(raw: string): Cell[] | null {
  if (!raw.includes('\t') || !raw.trimStart().includes('\t')) return null;
  const cells: Cell[] = [];
  let from = 0;
  for (const part of raw.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push(makeCell(tidySpaces(decodeReferences(stripEmphasis(part))), from + lead));
    from += part.length + 1;
  }
  while (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  return cells.length >= 2 ? cells : null;
}

/** Side-by-side columns, as in plain text (a header laid out with spaces), their emphasis marks removed. */
function columnsOf(raw: string): Cell[] | null {
  // (a tab makes a table row; most lines have no run of spaces at all)
  if (raw.includes('\t') || !raw.includes('    ')) return null;
  const columns = sideBySide(raw);
  return columns && columns.map((c) => makeCell(stripEmphasis(c.text).trim(), c.start));
}

/** A block that starts right after a blank line (or at the top) is a new paragraph. */
function isBlockStart(source: SourceText, index: number): boolean {
  return index === 0 || (source.lines[index - 1] ?? '').trim() === '';
}

/**
 * Flattens inline content into segments, starting a new line at every line
 * break. Each outermost emphasis (bold or italic) is a run of its own,
 * numbered from 1 in `count`; text outside every emphasis is run 0.
 */
function collect(nodes: PhrasingContent[], bold: boolean, run: number, lines: SegmentLine[], count: { runs: number }): void {
  const current = (): Segment[] => lines[lines.length - 1]!.segments;
  const newLine = (physical: boolean, broken = false): void => {
    const offset = lines[lines.length - 1]!.offset + (physical ? 1 : 0);
    lines.push({ segments: [], offset, broken });
  };
  /** Inside <sup>…</sup>: a footnote's mark ("TT-BYT<sup>1</sup>"), or a unit's power ("m<sup>3</sup>"). */
  let superscript = false;
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        if (superscript && SUPERSCRIPT_FIGURE.test(node.value)) {
          const segments = current();
          const power = POWERS.get(node.value);
          // a unit's power is printed as one (m³); a footnote's mark is no text of the plan
          if (power && UNIT_BEFORE_POWER.test(segments[segments.length - 1]?.text ?? '')) segments.push({ text: power, bold, run });
          break;
        }
        const parts = node.value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) newLine(true);
          current().push({ text: part, bold, run });
        });
        break;
      }
      case 'break':
        newLine(true, true);
        break;
      case 'strong':
        collect(node.children, true, run || ++count.runs, lines, count);
        break;
      case 'emphasis':
        collect(node.children, bold, run || ++count.runs, lines, count);
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        collect(node.children, bold, run, lines, count);
        break;
      case 'inlineCode':
        current().push({ text: node.value, bold, run });
        break;
      case 'html':
        // <br> in table cells and Word exports is a line break; other tags are dropped.
        if (/^<br\s*\/?>$/i.test(node.value)) newLine(false, true);
        else if (/^<sup\b/i.test(node.value)) superscript = true;
        else if (/^<\/sup>/i.test(node.value)) superscript = false;
        break;
      case 'image':
      case 'imageReference':
        if (node.alt) current().push({ text: node.alt, bold, run });
        break;
      default:
        break;
    }
  }
}

/** What a superscript holds that is a footnote's mark or a power: a figure or two. */
const SUPERSCRIPT_FIGURE = /^\d{1,2}$/;
const POWERS = new Map([['2', '²'], ['3', '³']]);
/** A unit of length right before a power: "m", "km", "cm" (m², km²). */
const UNIT_BEFORE_POWER = /(?:^|[^\p{L}])(?:k|c|d)?m$/u;

/** The leading bold part of a line, without the spaces before it. */
function leadingBold(segments: readonly Segment[]): string {
  let bold = '';
  let started = false;
  for (const s of segments) {
    if (!started && s.text.trim() === '') {
      continue;
    }
    if (!s.bold) break;
    bold += started ? s.text : s.text.trimStart();
    started = true;
  }
  return bold;
}

/**
 * The cells of a row wrapped over the lines [first, last]: a line that starts
 * with a pipe adds cells, one that does not carries the last cell on. Each
 * cell keeps the line and column where its text starts.
 */
function rowCellsOf(lines: readonly string[], first: number, last: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = first; i <= last; i++) {
    const raw = lines[i] ?? '';
    const own = rowCells(raw).map((c) => (i === first ? c : makeCell(c.text, c.start, i)));
    const carried = i > first && !raw.trimStart().startsWith('|') ? own.shift() : undefined;
    if (carried && cells.length > 0) {
      const open = cells[cells.length - 1]!;
      cells[cells.length - 1] = makeCell(open.text ? `${open.text} ${carried.text}` : carried.text, open.text ? open.start : carried.start, open.text ? open.index : carried.index);
    }
    for (const cell of own) cells.push(cell);
  }
  return cells;
}
