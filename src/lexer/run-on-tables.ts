/**
 * Tables whose cells a single space parts and nothing aligns, as OCR reads a
 * scanned table back:
 *
 *   Đơn vị Thực hiện | Kế hoạch năm
 *   TT Chỉ tiêu tính năm 2026 2027
 *   2 Số lượt người bệnh được dược sĩ tư vấn Lượt 310 Tối thiểu 400
 *   sử dụng thuốc
 *
 * The heading (its lines interleaved as the columns wrapped them) says which
 * columns there are: an ordinal, an indicator, perhaps a unit, and as many
 * columns of values as it names years. Each row is read from its right end:
 * the values (a figure, perhaps after a comparator in words or signs), the
 * unit before them (a sign, or the words from the last capital on), the
 * ordinal first and the indicator between; the lines under a row that are
 * no row go on with its indicator. A blank line or a line of another kind
 * ends the table. The aligned and spaced readers, which see the columns,
 * come first: this one reads what they leave.
 */
import { grammar, onFirstUse } from '../grammar/load.js';
import { alternation } from '../grammar/pattern.js';
import { comparatorSigns, figureAlone } from '../grammar/figures.js';
import { fold, foldKey } from '../text/fold.js';
import { makeCell, makeLine, movedLine, type Cell, type Line } from './line.js';
import { isOrdinalHeading, opensWithOrdinalHeading, tableHeadings } from './cell-tables.js';
import { MAX_TABLE_ROWS, regroup } from './regroup.js';
import { labelOf } from '../parser/labels.js';

interface QuantitiesFile {
  comparators: { phrase: string }[];
  indicatorColumns: string[];
  unitColumns: string[];
  planColumns: string[];
  baselineColumns: string[];
  yearUnit: string;
}

/** grammar/quantities.json's column words and comparators, folded, as patterns over a heading's or a row's folded text. */
const words = onFirstUse(() => {
  const q = grammar<QuantitiesFile>('quantities');
  const pattern = (list: readonly string[]): RegExp => new RegExp(`(?<![a-z0-9])(?:${alternation(list.map((w) => fold(w)))})(?![a-z0-9])`, 'g');
  return {
    indicator: pattern(q.indicatorColumns),
    unit: pattern(q.unitColumns),
    value: pattern([...q.planColumns, ...q.baselineColumns]),
    // as printed, small letters: folded, "Tủ" (a unit) would be "từ" and "Con" would be "còn"
    comparators: new Set(q.comparators.map((c) => c.phrase.toLowerCase()).filter((c) => /^\p{L}/u.test(c))),
    yearUnit: q.yearUnit,
    unitHeadings: q.unitColumns.map((w) => foldKey(w)),
  };
});

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
/** A value cell's figure ("400", "12,5", "95%", "≥95"), and a sign standing alone before one. */
const valueTokens = onFirstUse((): { figure: RegExp; sign: RegExp } => {
  const signs = comparatorSigns().pattern;
  return { figure: figureAlone(), sign: new RegExp(`^(?:${signs})$`, 'u') };
});
/** Words a comparator spans at most ("không thấp hơn"). */
const MAX_COMPARATOR_WORDS = 3;

/** `raw`: the physical lines, or what makes them (made only for a text that holds a table's heading). */
export function regroupRunOnTables(lines: Line[], raw: readonly string[] | (() => readonly string[])): Line[] {
  // Most plans hold no such table: one look at each line's first word, and the lines pass through as they are; a table
  // is then looked for only where a heading opens, or on the line above one.
  const headings = new Set<number>();
  for (let i = 0; i < lines.length; i++) if (opensHeading(lines[i]!)) headings.add(i);
  if (headings.size === 0) return lines;
  const physical = typeof raw === 'function' ? raw() : raw;
  return regroup(lines, (all, from) => (headings.has(from) || headings.has(from + 1) ? readTable(all, from, physical) : null));
}

/**
 * "TT Chỉ tiêu …": a line of words, the first an ordinal's heading, a column
 * word after it; or its first letter only, the heading's other letter opening
 * the next line ("T Chỉ tiêu Đơn vị Kế hoạch năm" over "T tính 2027").
 */
function opensHeading(line: Line): boolean {
  if (line.cells || line.rule || line.columns || !tableHeadings().ordinalInitials.has(line.text.charCodeAt(0))) return false;
  const space = line.text.indexOf(' ');
  return (space === 1 || opensWithOrdinalHeading(line)) && tableHeadings().cell.test(foldKey(line.text.slice(space + 1)));
}

/** Whether a heading line opens with the ordinal's heading, whole or cut over it and the line under it. */
function hasOrdinalHeading(line: Line, next: Line | undefined): boolean {
  if (opensWithOrdinalHeading(line)) return true;
  return line.text[1] === ' ' && next !== undefined && next.text[1] === ' ' && isOrdinalHeading(line.text[0]! + next.text[0]!);
}

/** A line of the heading that the columns' wrapping put above or below its first: two column words or more, no cells. */
function isHeadingLine(line: Line): boolean {
  // a heading's words end on none of a sentence's marks, and no item's label opens them ("b) Chỉ tiêu hoạt động:")
  if (line.cells || line.rule || line.text.length > 100 || /[:.;]$/.test(line.text) || labelOf(line) !== null) return false;
  const key = fold(line.text);
  const { indicator, unit, value } = words();
  return [indicator, unit, value].reduce((n, p) => n + (key.match(p)?.length ?? 0), 0) >= 2;
}

function readTable(lines: Line[], from: number, raw: readonly string[]): { rows: Line[]; end: number } | null {
  // the heading's first line, or the line right above it that its wrapping printed first
  let first = from;
  if (!opensHeading(lines[from]!)) {
    const next = lines[from + 1];
    if (!next || next.blankBefore || !opensHeading(next) || !isHeadingLine(lines[from]!)) return null;
    first = from + 1;
  }
  if (!hasOrdinalHeading(lines[first]!, lines[first + 1])) return null;
  if (first === from) {
    const runIn = readRunInTable(lines, from, raw);
    if (runIn) return runIn;
  }
  // the line that holds the ordinal heading's other letter is the heading's
  let k = opensWithOrdinalHeading(lines[first]!) ? first + 1 : first + 2;
  // the heading's lines the wrap of its cells made ("Đơn vị" over "tính", "Kế hoạch" over "năm 2027"), up to the first row
  while (k < lines.length && k - from < MAX_HEADING_LINES && isHeadingRest(lines[k]!)) k++;
  const heading = lines.slice(from, k);
  const columns = columnsOf(heading);
  if (!columns) return null;
  const rows: Row[] = [];
  /** The words of a row read so far, from its ordinal's line, while its values are still to come ("pdftotext -raw": on its last line). */
  let open: Token[] = [];
  /** The first line of the next row's indicator, printed above the line of its ordinal, unit and values (pdfplumber centres a row's cells). */
  let above: Token[] = [];
  for (; k < lines.length && rows.length < MAX_TABLE_ROWS; k++) {
    const line = lines[k]!;
    if (line.cells || line.rule) break;
    let tokens = tokensOf(line, raw);
    // a row's ordinal OCR misread is taken only where no row is open: the line under an open row may start with a sign ("% 41,6 > 50")
    const starts = startsRow(tokens, rows.length > 0 && open.length === 0);
    if (open.length > 0 && (starts || line.blankBefore || open.length > MAX_ROW_WORDS)) break;
    if (starts && above.length > 0) tokens = [tokens[0]!, ...above, ...tokens.slice(1)];
    above = [];
    if (!starts && open.length === 0 && isAboveItsRow(line, tokens, lines[k + 1], raw, columns, rows.length > 0)) {
      above = tokens;
      continue;
    }
    if (starts || open.length > 0) {
      open = [...open, ...tokens];
      const row = readRow(open, columns, rows.length > 0);
      if (row) {
        rows.push({ line: lines[indexOfLine(lines, open[0]!.index, k)]!, ...row });
        open = [];
      }
      continue;
    }
    // a wrapped indicator: the line right under a row, without a label of its own
    const last = rows[rows.length - 1];
    if (!last || line.blankBefore || labelOf(line) !== null) break;
    const words = tokens.filter((t) => !/^[:;|.,]$/.test(t.text));
    for (const word of words) last.indicator.push(word);
  }
  if (rows.length < 2) return null;
  // a row left open at the end is no row: the table ends where it starts
  const end = open.length > 0 ? indexOfLine(lines, open[0]!.index, k) : k;
  return { rows: [headingRow(heading, columns), ...rows.map((row) => rowLine(row))], end };
}

/** Lines a heading's wrapped cells take at the most, and words a row's lines hold at the most before its values. */
const MAX_HEADING_LINES = 8;
const MAX_ROW_WORDS = 80;

/** A line of the heading under its first: column words, or a short rest of one ("tính", "năm 2026"), no row's ordinal first. */
function isHeadingRest(line: Line): boolean {
  if (line.blankBefore || ROW_START.test(line.text)) return false;
  return isHeadingLine(line) || (line.text.length <= 24 && !/[.;:]$/.test(line.text));
}

/** A row's first line: its ordinal, then a word. */
const ROW_START = /^\d{1,3}\.?\s+\S/;

/** The position in `lines` of the line with a physical index, looked for back from `before`. */
function indexOfLine(lines: readonly Line[], index: number, before: number): number {
  let k = before;
  while (k > 0 && lines[k]!.index !== index) k--;
  return k;
}

interface Columns {
  /** The heading's cells, named: ordinal, indicator, unit (when there is one), values. */
  readonly names: string[];
  readonly unit: boolean;
  readonly values: number;
}

/**
 * The columns a heading names, from its words in reading order: the value
 * columns are its years ("Thực hiện | Kế hoạch năm" over "… năm 2026 2027"
 * is "Thực hiện năm 2026", "Kế hoạch năm 2027"), or its value words where it
 * names no year.
 */
function columnsOf(heading: readonly Line[]): Columns | null {
  const text = heading.map((l) => l.text).join(' ');
  const key = fold(text);
  const { indicator, unit, value, yearUnit } = words();
  const indicatorAt = firstMatch(indicator, key);
  if (!indicatorAt) return null;
  const unitAt = firstMatch(unit, key);
  const valueWords = [...key.matchAll(value)].filter((m) => m.index !== indicatorAt.index).map((m) => text.slice(m.index, m.index + m[0].length));
  const years = key.match(YEAR) ?? [];
  const values = years.length > 0
    ? years.map((year, i) => (valueWords.length === years.length ? `${capitalised(valueWords[i]!)} ${yearUnit} ${year}` : `${capitalised(yearUnit)} ${year}`))
    : valueWords.length > 0 ? valueWords.map(capitalised) : groupNames(text.slice(unitAt ? unitAt.index + unitAt[0].length : indicatorAt.index + indicatorAt[0].length));
  if (values.length === 0) return null;
  const ordinal = text.split(' ').find((w) => isOrdinalHeading(w)) ?? heading.map((l) => l.text[0]).join('');
  const names = [ordinal, capitalised(text.slice(indicatorAt.index, indicatorAt.index + indicatorAt[0].length))];
  if (unitAt) names.push(capitalised(unitPrinted(text, unitAt)));
  return { names: [...names, ...values], unit: unitAt !== null, values: values.length };
}

/**
 * The columns of a heading that names neither years nor plans after its
 * indicator and unit, but groups or places, each opening with a capital
 * ("Khu vực cửa khẩu Các xã, phường"): two at least, or none.
 */
function groupNames(rest: string): string[] {
  const names = rest.trim().split(/\s+(?=\p{Lu})/u).filter(Boolean);
  return names.length >= 2 && names.length <= MAX_GROUPS && names.every((n) => n.length <= MAX_GROUP_NAME && !/\d/.test(n)) ? names : [];
}

/** Columns of groups a heading may name, and how long a group's name may be. */
const MAX_GROUPS = 6;
const MAX_GROUP_NAME = 40;

function firstMatch(pattern: RegExp, key: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(key);
  pattern.lastIndex = 0;
  return m;
}

/**
 * The unit's heading as printed, with the rest of a longer unit heading the
 * wrap left elsewhere in the heading ("Đơn vị" … "tính": grammar's "đơn vị
 * tính").
 */
function unitPrinted(text: string, at: RegExpExecArray): string {
  const printed = text.slice(at.index, at.index + at[0].length);
  const key = foldKey(printed);
  for (const longer of words().unitHeadings) {
    if (!longer.startsWith(`${key} `)) continue;
    const rest = longer.slice(key.length + 1);
    const restAt = wordAt(fold(text), rest);
    if (restAt >= 0) return `${printed} ${text.slice(restAt, restAt + rest.length)}`;
  }
  return printed;
}

/** Where a word stands alone in a folded text (blanks or the ends around it), or -1. */
function wordAt(key: string, word: string): number {
  for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || key[at - 1] === ' ') && (end === key.length || key[end] === ' ')) return at;
  }
  return -1;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Token {
  readonly text: string;
  /** NFC column in the physical line. */
  readonly start: number;
  /** The physical line (0-based). */
  readonly index: number;
}

/** The words of a line, each where it stands in the physical line. */
function tokensOf(line: Line, raw: readonly string[]): Token[] {
  const physical = raw[line.index] ?? line.text;
  const out: Token[] = [];
  const word = /\S+/g;
  word.lastIndex = line.start;
  for (let m = word.exec(physical); m && m.index < line.end; m = word.exec(physical)) out.push({ text: m[0], start: m.index, index: line.index });
  return out;
}

interface Row {
  readonly line: Line;
  readonly ordinal: Token;
  /** The indicator's words, on the lines they are printed on. */
  readonly indicator: Token[];
  readonly unit: Token[];
  readonly values: Token[][];
}

/**
 * A row read from its right end, or null when the line is none: an
 * ordinal first (past the first row, any one character, which OCR makes of
 * a figure: "Ạ" for 4), the values last (past the last, a cell may be one
 * character OCR could not read), the unit before them.
 */
function readRow(tokens: readonly Token[], columns: Columns, midTable: boolean): Omit<Row, 'line'> | null {
  if (!startsRow(tokens, midTable)) return null;
  const ordinal = tokens[0]!;
  let r = tokens.length - 1;
  const values: Token[][] = [];
  for (let c = 0; c < columns.values; c++) {
    const token = tokens[r];
    if (!token || r < 2) return null;
    if (valueTokens().figure.test(token.text)) {
      const from = comparatorStart(tokens, r);
      values.unshift(tokens.slice(from, r + 1));
      r = from - 1;
    } else if (c > 0 && token.text.length === 1) {
      values.unshift([token]);
      r--;
    } else return null;
  }
  let unit: Token[] = [];
  if (columns.unit) {
    let u = r;
    while (u > r - 2 && u > 1 && !isUnitStart(tokens[u]!.text)) u--;
    if (u < 2 || !isUnitStart(tokens[u]!.text)) return null;
    unit = tokens.slice(u, r + 1);
    r = u - 1;
  }
  // OCR's reading of the border after the ordinal ("3 _ Số mẫu …", "4 — Tỷ lệ …")
  let l = 1;
  while (l <= r && /^[-_—–|.,:;]+$/u.test(tokens[l]!.text)) l++;
  const indicator = tokens.slice(l, r + 1);
  if (indicator.length < 2) return null;
  return { ordinal, indicator, unit, values };
}

/**
 * Whether a line is the first of the next row's indicator, printed above
 * the line of its ordinal, unit and values, as pdfplumber prints a row whose
 * cells are centred ("Số mẫu muối hộ gia đình được xét" / "1 Mẫu 2.736
 * 2.880" / "nghiệm định lượng i-ốt"): that line is no row alone, and one
 * with these words after its ordinal.
 */
function isAboveItsRow(line: Line, tokens: readonly Token[], next: Line | undefined, raw: readonly string[], columns: Columns, midTable: boolean): boolean {
  if (!next || next.blankBefore || line.blankBefore || labelOf(line) !== null) return false;
  const row = tokensOf(next, raw);
  if (!startsRow(row, midTable) || readRow(row, columns, midTable)) return false;
  return readRow([row[0]!, ...tokens, ...row.slice(1)], columns, midTable) !== null;
}

// ---------------------------------------------------------------- rows run into one paragraph

/**
 * A table whose rows run on into each other as well, as a converter that
 * does not lay tables out prints one (html-to-text): the heading, then each
 * row after the one before, the paragraph wrapped wherever its width falls.
 *
 *   TT Chỉ tiêu ĐVT Thực hiện năm 2026 Kế hoạch năm 2027 1 Số lớp tập huấn,
 *   cấp cứu ban đầu Lớp 18 24 2 Số người dân được tập huấn Người 1.150 ≥ 1.500
 *
 * The heading ends at the first row's ordinal, `1`, on its line; a row ends
 * right before the next ordinal that leaves it a whole row (values last), and
 * the last at the paragraph's end, or at the end of one of its lines. Every
 * row must be read, or the paragraph is no such table.
 */
function readRunInTable(lines: Line[], from: number, raw: readonly string[]): { rows: Line[]; end: number } | null {
  const line = lines[from]!;
  const tokens = tokensOf(line, raw);
  const at = tokens.findIndex((t, i) => i >= 2 && /^1\.?$/.test(t.text) && i + 1 < tokens.length);
  if (at < 0) return null;
  const heading = tokens.slice(0, at);
  const columns = columnsOf([movedLine(line, { index: line.index, start: line.start, end: endOf(heading[heading.length - 1]!), text: heading.map((t) => t.text).join(' ') })]);
  if (!columns) return null;
  const words = new ParagraphWords(lines, from, raw, tokens.slice(at));
  const stream = words.tokens;
  const rows: Row[] = [];
  /** Where each row ends among the words. */
  const ends: number[] = [];
  let start = 0;
  let finished = false;
  while (rows.length < MAX_TABLE_ROWS && words.reach(start + 1) > start) {
    // a row ends right before the next ordinal that leaves it a whole row
    const ordinal = String(rows.length + 2);
    const reach = words.reach(start + MAX_ROW_WORDS + 1);
    let end = -1;
    let row: Omit<Row, 'line'> | null = null;
    for (let q = start + 2; q < reach && q - start <= MAX_ROW_WORDS && !row; q++) {
      const text = stream[q]!.text;
      if (text !== ordinal && text !== `${ordinal}.`) continue;
      row = readRow(stream.slice(start, q), columns, rows.length > 0);
      end = q;
    }
    // the last row: the rest of the paragraph, or of its lines up to one's end
    const lastRow = !row;
    for (let e = words.lineEnds.length - 1; e >= 0 && !row; e--) {
      const lineEnd = words.lineEnds[e]!;
      if (lineEnd <= start || lineEnd - start > MAX_ROW_WORDS) continue;
      row = readRow(stream.slice(start, lineEnd), columns, rows.length > 0);
      end = lineEnd;
    }
    if (!row) return null;
    rows.push({ line: placeOf(lines[words.lineOf(row.ordinal.index)]!), ...row });
    ends.push(end);
    start = end;
    finished = lastRow || start === words.reach(start + 1);
    if (lastRow) break;
  }
  // cut short (more rows than a table holds): the table ends with the last row that ends a line
  if (!finished) {
    const lineEnds = new Set(words.lineEnds);
    while (ends.length > 0 && !lineEnds.has(ends[ends.length - 1]!)) ends.pop();
    rows.length = ends.length;
  }
  if (rows.length < 2) return null;
  return { rows: [headingRow([line], columns), ...rows.map((row) => rowLine(row))], end: words.lineOf(stream[ends[ends.length - 1]! - 1]!.index) + 1 };
}

/** The words of a paragraph's lines from a table's first row on, gathered as far as the rows read need them. */
class ParagraphWords {
  readonly tokens: Token[];
  /** Where each line gathered ends among the words. */
  readonly lineEnds: number[];
  /** The next line to gather. */
  private next: number;

  constructor(
    private readonly lines: readonly Line[],
    from: number,
    private readonly raw: readonly string[],
    first: Token[],
  ) {
    this.tokens = first;
    this.lineEnds = [first.length];
    this.next = from + 1;
  }

  /** The words gathered once there are `count` or the paragraph ends: how many there are. */
  reach(count: number): number {
    while (this.tokens.length < count && this.next < this.lines.length) {
      const line = this.lines[this.next]!;
      if (line.blankBefore || line.cells || line.rule || line.columns) break;
      for (const token of tokensOf(line, this.raw)) this.tokens.push(token);
      this.lineEnds.push(this.tokens.length);
      this.next++;
    }
    return this.tokens.length;
  }

  /** The position among the lines gathered of the line with a physical index. */
  lineOf(index: number): number {
    return indexOfLine(this.lines, index, this.next - 1);
  }
}

function endOf(token: Token): number {
  return token.start + token.text.length;
}

/** Where a row run in from a line is placed: its ordinal's physical line, no blank line before it. */
function placeOf(line: Line): Line {
  return makeLine({ index: line.index, text: line.text, start: line.start, end: line.end });
}

/** Whether words open a row: an ordinal first (past the first row, any one character, which OCR makes of a figure). */
function startsRow(tokens: readonly Token[], midTable: boolean): boolean {
  const ordinal = tokens[0];
  return ordinal !== undefined && tokens.length > 1 && (/^\d{1,3}\.?$/.test(ordinal.text) || (midTable && /^\p{L}$/u.test(ordinal.text)));
}

/** Where a value's comparator starts before its figure at `at`: a sign ("≥ 95"), or words ("Tối thiểu 400"); `at` for none. */
function comparatorStart(tokens: readonly Token[], at: number): number {
  if (at > 0 && valueTokens().sign.test(tokens[at - 1]!.text)) return at - 1;
  const { comparators } = words();
  for (let n = MAX_COMPARATOR_WORDS; n >= 1; n--) {
    if (at - n < 2) continue;
    if (comparators.has(tokens.slice(at - n, at).map((t) => t.text).join(' ').toLowerCase())) return at - n;
  }
  return at;
}

/** A unit's first word: a sign, or a word in capitals ("Lượt", "Bản tin"), as a unit's cell begins. */
function isUnitStart(text: string): boolean {
  return text === '%' || text === '‰' || /^\p{Lu}/u.test(text);
}

function headingRow(heading: readonly Line[], columns: Columns): Line {
  const first = heading[0]!;
  return makeLine({
    index: first.index,
    text: columns.names.join('\t'),
    start: first.start,
    end: first.end,
    blankBefore: first.blankBefore,
    cells: columns.names.map((name) => makeCell(name, -1, first.index)),
  });
}

function rowLine(row: Row): Line {
  const { line } = row;
  const cells: Cell[] = [makeCell(row.ordinal.text, row.ordinal.start, row.ordinal.index), tokensCell(row.indicator)];
  if (row.unit.length > 0) cells.push(tokensCell(row.unit));
  for (const value of row.values) cells.push(tokensCell(value));
  return makeLine({ index: line.index, text: cells.map((c) => c.text).join('\t'), start: line.start, end: line.end, blankBefore: line.blankBefore, cells });
}

/** A cell of words, on the line its first word is printed on, each line's words kept where they stand when it spans more. */
function tokensCell(tokens: readonly Token[]): Cell {
  const pieces: Cell[] = [];
  for (const token of tokens) {
    const last = pieces[pieces.length - 1];
    if (last && last.index === token.index) pieces[pieces.length - 1] = makeCell(`${last.text} ${token.text}`, last.start, last.index);
    else pieces.push(makeCell(token.text, token.start, token.index));
  }
  const first = tokens[0]!;
  return makeCell(tokens.map((t) => t.text).join(' '), first.start, first.index, pieces.length > 1 ? pieces : undefined);
}
