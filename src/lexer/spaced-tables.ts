/**
 * Tables laid out with spaces, as `pdftotext -layout` and other PDF exports
 * give them: a heading line of column names ("TT  Chỉ tiêu  ĐVT  Thực hiện
 * Kế hoạch"), perhaps a second heading line under it ("2024  2025"), then
 * rows that start with their ordinal, a long cell wrapped onto the lines
 * below in its own column, and page furniture (a page number) between rows.
 *
 * Words two or more spaces apart are separate cells. A cell belongs to the
 * first column whose heading ends at or after its start: headings are
 * centred over their columns, so a column's text may start well before its
 * heading, but not before the end of the heading to its left. The run is
 * regrouped into table-row lines; anything else passes through.
 */
import { foldKey } from '../text/fold.js';
import { makeCell, makeLine, type Cell, type Line } from './line.js';
import { isOrdinalHeading, mayOpenOrdinalHeading, tableHeadings } from './cell-tables.js';
import { readLabel } from '../parser/labels.js';
import { MAX_TABLE_ROWS, regroup } from './regroup.js';
import { GROUP_ORDINALS, isGroupOrdinal, isRowOrdinal } from './cell-rows.js';
import { figureAlone } from '../grammar/figures.js';

/** A run of words on a line, two or more spaces from the next. */
interface Group {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A run of words and the physical line it stands on. */
interface Placed extends Group {
  readonly line: number;
}

/**
 * How far a cell may start after the end of its column's heading: one
 * character (two would be where the next heading may start, two spaces on).
 */
const SLACK = 1;
const MAX_COLUMNS = 12;
const GROUP = /\S+(?: \S+)*/g;

export function regroupSpacedTables(lines: Line[], raw: readonly string[]): Line[] {
  // Most plans hold no such table: one look for a heading's first word, and the lines pass through as they are.
  if (!lines.some((line) => opensHeading(line, raw))) return lines;
  return regroup(lines, (all, from) => readTable(all, from, raw));
}

function groupsOf(line: Line, raw: readonly string[]): Group[] {
  const text = raw[line.index] ?? '';
  const out: Group[] = [];
  GROUP.lastIndex = 0;
  for (let m = GROUP.exec(text); m; m = GROUP.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A line whose first run of words is an ordinal's heading (TT, STT), two spaces or more before the next ("TT   Chỉ
 * tiêu", as pdftotext -colspacing 0.3 parts the columns): one look at the line's first word spares the rest of it.
 */
function opensHeading(line: Line, raw: readonly string[]): boolean {
  if (line.cells || line.text.length < 4 || !mayOpenOrdinalHeading(line.text)) return false;
  if (line.columns) {
    const first = line.columns[0]!.text;
    if (first.length <= 8 && isOrdinalHeading(first)) return true;
  }
  const printed = raw[line.index] ?? '';
  const gap = printed.indexOf('  ', line.start);
  return gap > line.start && gap - line.start <= 8 && isOrdinalHeading(printed.slice(line.start, gap));
}

/** A heading line: an ordinal heading first (TT, STT), then at least two other headings, one of them a column word. */
function headingOf(line: Line, raw: readonly string[]): Group[] | null {
  if (!opensHeading(line, raw)) return null;
  const { cell } = tableHeadings();
  const groups = groupsOf(line, raw);
  if (groups.length < 3 || groups.length > MAX_COLUMNS) return null;
  if (!isOrdinalHeading(groups[0]!.text)) return null;
  return groups.slice(1).some((g) => cell.test(foldKey(g.text))) ? groups : null;
}

const PAGE_NUMBER = /^\d{1,3}$/;
/** How far before a later column's heading a capital may open that column's cell. */
const EDGE_SLACK = 3;
/** A note under a table ("Ghi chú: …", "Nguồn: …"): a word or two and a colon, no cell's wrapped rest. */
const NOTE = /^\p{Lu}\p{Ll}*(?: \p{Ll}+)?:/u;

/**
 * A run of words on a row's line that crosses into a later column (`later`:
 * the columns after its own): its words from the one
 * that starts at or past that column's heading on, a run of their own ("Số bác
 * sĩ … Trạm Y tế Người", the unit one space after the indicator). A heading
 * stands within its column, so no cell of the column before reaches it.
 */
function acrossColumns(group: Group, later: readonly { readonly start: number }[]): Group[] {
  if (!group.text.includes(' ')) return [group];
  const next = later.find((c) => c.start > group.start && c.start < group.end);
  if (!next) return [group];
  // the first word at the heading's start or past it; or a capital a little before it, where a centred heading
  // stands to the right of its column's edge ("Tối thiểu 3,90 Theo Bộ tiêu chí" under "Mục tiêu … Ghi chú")
  let at = -1;
  for (let space = group.text.indexOf(' ', next.start - EDGE_SLACK - group.start - 1); space >= 0; space = group.text.indexOf(' ', space + 1)) {
    const word = space + 1;
    if (group.start + word >= next.start || /\p{Lu}/u.test(group.text[word] ?? '')) {
      at = word;
      break;
    }
  }
  if (at <= 0) return [group];
  const head: Group = { text: group.text.slice(0, at).trimEnd(), start: group.start, end: group.start + at - 1 };
  return [head, ...acrossColumns({ text: group.text.slice(at), start: group.start + at, end: group.end }, later)];
}

function readTable(lines: Line[], from: number, raw: readonly string[]): { rows: Line[]; end: number } | null {
  const heading = headingOf(lines[from]!, raw);
  if (!heading) return null;
  const columns = heading.map((g) => ({ text: g.text, start: g.start, end: g.end, index: lines[from]!.index }));
  const columnOf = (g: Group): number => {
    const k = columns.findIndex((c) => g.start <= c.end + SLACK);
    return k < 0 ? columns.length - 1 : k;
  };
  let k = from + 1;
  // A second heading line ("2024  2025" under "Thực hiện  Kế hoạch"): its words join the headings above them.
  for (; k < lines.length && !lines[k]!.blankBefore; k++) {
    const groups = groupsOf(lines[k]!, raw);
    if (groups.length === 0 || isRowOrdinal(groups[0]!.text) || groups[0]!.start <= columns[0]!.end) break;
    // Each word is placed by the headings as they stood before the line, then joins its heading; a heading over
    // several (a merged cell: "Lộ trình thực hiện" over "2026  2027  2028") becomes as many columns, each named by both.
    const placed = groups.map((g) => [g, columns[columnOf(g)]!] as const);
    for (const column of new Set(placed.map(([, c]) => c))) {
      const under = placed.filter(([, c]) => c === column).map(([g]) => g);
      if (under.length === 1) {
        column.text = `${column.text} ${under[0]!.text}`;
        column.end = Math.max(column.end, under[0]!.end);
      } else columns.splice(columns.indexOf(column), 1, ...under.map((g) => ({ text: `${column.text} ${g.text}`, start: g.start, end: g.end, index: column.index })));
    }
  }
  const header = lines[from]!;
  const headingLine = (): Line =>
    makeLine({ index: header.index, text: columns.map((c) => c.text).join('\t'), start: header.start, end: header.end, blankBefore: header.blankBefore, cells: columns.map((c) => makeCell(c.text, c.start, c.index)) });
  const inOrder = readInOrder(lines, k, columns.length, raw);
  if (inOrder) return { rows: [headingLine(), ...inOrder.rows], end: inOrder.end };
  const rows: { first: Line; cells: Placed[][] }[] = [];
  /** The heading's lines as printed: a page break prints them again over the rows that go on. */
  const headingTexts = lines.slice(from, k).map((l) => l.text);
  /** A page number was passed: the page's break, not a blank line of the text, stands before the next line. */
  let pageBreak = false;
  /** The ordinal of the last row that heads a group ("II"). */
  let lastGroup: string | null = null;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.cells || line.rule) break;
    // the heading printed again at the top of the next page (Word's repeated header row): passed, the rows go on under it
    if (rows.length > 0 && line.text === headingTexts[0] && headingTexts.every((text, i) => lines[k + i]?.text === text)) {
      k += headingTexts.length - 1;
      pageBreak = true;
      continue;
    }
    let groups = groupsOf(line, raw);
    if (groups.length === 0) continue;
    const current = rows[rows.length - 1];
    const ordinal = groups[0]!.text;
    // a row numbered, or one that groups the rows under it ("A  Nhân lực tại Trạm Y tế") in their order: "IV. NHIỆM VỤ"
    // under rows 1 to 6 is the section after the table, its words spread as pdftotext -fixed prints justified text
    const group = isGroupOrdinal(ordinal) && nextGroup(lastGroup, ordinal);
    const opensRow = ((isRowOrdinal(ordinal) && !isGroupOrdinal(ordinal)) || group) && columnOf(groups[0]!) === 0 && groups.length >= 2;
    if (opensRow && group) lastGroup = ordinal;
    if (opensRow) groups = groups.flatMap((g) => acrossColumns(g, columns.slice(columnOf(g) + 1)));
    const afterBreak = pageBreak;
    pageBreak = false;
    if (!opensRow) {
      // Page furniture between rows, or inside one: a page number standing alone.
      if (groups.length === 1 && PAGE_NUMBER.test(groups[0]!.text) && current !== undefined) {
        pageBreak = true;
        continue;
      }
      // Below a row, with no blank line between, and right of the ordinal column: a wrapped cell (one run of words) or a
      // row without its ordinal ("Tổng cộng … 156.000.000"); a labelled line is the text after the table.
      const below = current !== undefined && (!line.blankBefore || afterBreak) && !readLabel(groups[0]!.text) && !NOTE.test(groups[0]!.text) && groups.every((g) => columnOf(g) > 0);
      if (!below) break;
      // the rest of a row's cells, wrapped (one run of words, or words in several columns, none a figure alone as a
      // row's values are: "hạng I" under the indicator and "viện" under "Bệnh"); a row without its ordinal has its figures
      if (groups.length === 1 || groups.every((g) => !figureAlone().test(g.text))) {
        for (const g of groups) current.cells[columnOf(g)]!.push({ ...g, line: line.index });
        continue;
      }
    }
    const cells: Placed[][] = columns.map(() => []);
    for (const g of groups) cells[columnOf(g)]!.push({ ...g, line: line.index });
    rows.push({ first: line, cells });
  }
  if (rows.length < 2) return null;
  return { rows: [headingLine(), ...rows.map((r) => rowLine(r.first, r.cells))], end: k };
}

/**
 * A table whose cells are apart but not aligned, as unrtf and html2text print
 * Word's tab stops (a run of no-break spaces for each, whatever the width of
 * the text before it): each row its ordinal and then its cells in order, the
 * last values wrapped onto lines of figures alone under it ("1  Gói thầu đã
 * lựa chọn xong nhà thầu  Gói  9  24" over "25  26"). Read in order, cell
 * after cell, when every row comes to as many cells as the heading has
 * columns and at least one row wrapped so; null otherwise, and the columns'
 * places decide.
 */
function readInOrder(lines: Line[], from: number, width: number, raw: readonly string[]): { rows: Line[]; end: number } | null {
  const rows: Line[] = [];
  let wrapped = false;
  let k = from;
  while (k < lines.length && rows.length < MAX_TABLE_ROWS) {
    const line = lines[k]!;
    if (line.cells || line.rule) break;
    const groups = groupsOf(line, raw);
    if (groups.length < 2 || !isRowOrdinal(groups[0]!.text) || rows.length > 0 && line.blankBefore) break;
    const cells: Placed[] = groups.map((g) => ({ ...g, line: line.index }));
    let next = k + 1;
    for (; cells.length < width && next < lines.length && !lines[next]!.blankBefore && !lines[next]!.cells; next++) {
      const rest = groupsOf(lines[next]!, raw);
      if (rest.length === 0 || !rest.every((g) => figureAlone().test(g.text))) break;
      for (const g of rest) cells.push({ ...g, line: lines[next]!.index });
      wrapped = true;
    }
    if (cells.length !== width) return null;
    rows.push(rowLine(line, cells.map((c) => [c])));
    k = next;
  }
  return wrapped && rows.length >= 2 ? { rows, end: k } : null;
}

/** Whether a group's ordinal comes next after the last ("III" after "II"; "I" or "A" first). */
function nextGroup(last: string | null, ordinal: string): boolean {
  const bare = ordinal.replace(/\.$/, '');
  for (const series of Object.values(GROUP_ORDINALS) as (readonly string[])[]) {
    const at = series.indexOf(bare);
    if (at < 0) continue;
    if (last === null ? at === 0 : series[at - 1] === last.replace(/\.$/, '')) return true;
  }
  return false;
}

function rowLine(first: Line, cells: Placed[][]): Line {
  const made: Cell[] = cells.map((parts) => (parts.length ? makeCell(parts.map((p) => p.text).join(' '), parts[0]!.start, parts[0]!.line) : makeCell('', -1)));
  return makeLine({ index: first.index, text: made.map((c) => c.text).join('\t'), start: first.start, end: first.end, blankBefore: first.blankBefore, cells: made });
}
