/**
 * Indicator tables: TT | Chỉ tiêu | ĐVT | one or more value columns. Each
 * value cell is a target, with its column's header and the year the header
 * names; columns of past results ("Thực hiện năm 2024") are baselines, not targets,
 * and columns of money are costs.
 */
import type { TableNode } from '../../parser/tree.js';
import { foldKey } from '../../text/fold.js';
import { tidySpaces } from '../../text/spaces.js';
import { comparatorSigns, figure, parseFigure } from '../../grammar/figures.js';
import { onFirstUse } from '../../grammar/load.js';
import { quantityVocabulary } from './vocabulary.js';
import { scanQuantities } from './quantity.js';
import { isMoneyHeading } from '../budget/tables.js';
import type { Target } from '../../model/schema.js';

/** A value as a cell prints it, after its sign: the cell holds nothing else, so a decimal point needs no guard ("19.5"). */
const cellValue = onFirstUse((): RegExp => {
  const number = figure('');
  return new RegExp(String.raw`^(${comparatorSigns().pattern})?\s*(${number})(?:\s*[-–]\s*(${number})|\s*\/\s*\d+)?\s*(%|‰)?$`, 'u');
});

export interface TableTarget {
  readonly indicator: string;
  readonly cmp: Target['cmp'];
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly column: string;
  /** Physical line (0-based) and NFC column where the value is printed. */
  readonly index: number;
  readonly start: number;
  readonly text: string;
}

/** "Tối thiểu 70", "trên 95": a comparator in words before a cell's value. */
function leadingComparator(text: string): { rest: string; cmp: Target['cmp'] | null } {
  const key = foldKey(text);
  const found = quantityVocabulary().wordComparators.find((c) => key.startsWith(c.key + ' '));
  return found ? { rest: text.slice(found.key.length).trim(), cmp: found.cmp } : { rest: text, cmp: null };
}

function hasWord(key: string, word: string): boolean {
  const i = key.indexOf(word);
  return i >= 0 && !/[a-z0-9]/.test(key[i - 1] ?? ' ') && !/[a-z0-9]/.test(key[i + word.length] ?? ' ');
}

interface Layout {
  /** The column that names each row's indicator; for a table of one row per place, the column of places. */
  indicator: number;
  unit: number;
  values: number[];
  /** One row per place, one column per indicator: each value's indicator is its column's, for its row's place. */
  byPlace: boolean;
  /**
   * Columns of values for groups ("Học sinh lớp 9 | Thanh niên | Phụ nữ mang
   * thai", "Khu vực cửa khẩu | Các xã, phường"), not for years or plans: each
   * value's indicator is its row's, for its column's group.
   */
  byGroup: boolean;
}

/** Which column is which, from the header row; null when the table is not an indicator table. */
function layout(header: readonly string[]): Layout | null {
  const v = quantityVocabulary();
  const keys = header.map((h) => foldKey(h.replace(/[*_]/g, '')));
  // "Chỉ tiêu", "Nhóm cơ sở, chỉ tiêu"; not "Chỉ tiêu năm 2026" (a column of values)
  let indicator = keys.findIndex((k) => !YEAR_IN_HEADING.test(k) && v.indicatorColumns.some((c) => k.startsWith(c) || k.endsWith(` ${c}`)));
  const byPlace = indicator < 0;
  if (byPlace) indicator = keys.findIndex((k) => v.localityColumns.includes(k));
  if (indicator < 0) return null;
  const unit = byPlace ? -1 : keys.findIndex((k) => v.unitColumns.some((c) => k === c || k.startsWith(c + ' ') || k.startsWith(c + '(')));
  const values: number[] = [];
  keys.forEach((k, i) => {
    if (i === indicator || i === unit || v.ordinalColumns.includes(k.replace(/[.:]/g, ''))) return;
    if (v.noteColumns.some((c) => k.startsWith(c))) return;
    // "Số tiền", "Kinh phí (triệu đồng)": what a line costs is no target (a budget table is no indicator table).
    if (isMoneyHeading(header[i]!)) return;
    const planned = quantityVocabulary().planColumns.some((w) => k.includes(w));
    if (!planned && v.baselineColumns.some((c) => hasWord(k, c))) return;
    values.push(i);
  });
  // one row per place, "Số đảng viên đến 31/12/2025 | Chỉ tiêu kết nạp năm 2026": beside a column of targets, a column
  // that names none holds what there is (an indicator table may set two columns of targets side by side: "Tỉnh giao |
  // Huyện phấn đấu")
  const planned = byPlace ? values.filter((i) => quantityVocabulary().planColumns.some((w) => keys[i]!.includes(w))) : [];
  if (planned.length > 0 && planned.length < values.length) values.splice(0, values.length, ...planned);
  const byGroup = !byPlace && values.length >= 2 && values.every((i) => isGroupHeading(keys[i]!));
  return values.length > 0 ? { indicator, unit, values, byPlace, byGroup } : null;
}

/** A column heading that names a group: no year or period, and no word of a plan's or a baseline's column. */
function isGroupHeading(key: string): boolean {
  const v = quantityVocabulary();
  if (key === '' || YEAR_IN_HEADING.test(key) || v.periodColumns.some((p) => key === p || key.startsWith(p + ' '))) return false;
  return !v.planColumns.some((w) => key.includes(w)) && !v.baselineColumns.some((c) => hasWord(key, c));
}

const YEAR_IN_HEADING = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** A column heading's indicator and the unit its last brackets give: "Tỷ lệ tiêm chủng đầy đủ (%)" → "%". */
function headingParts(heading: string): { name: string; unit: string | null } {
  const m = HEADING_UNIT.exec(heading);
  return m ? { name: heading.slice(0, m.index).trim(), unit: m[1]!.trim() } : { name: heading.trim(), unit: null };
}

/** A short unit in brackets ending a heading: "(%)", "(điểm)", "(người)". */
const HEADING_UNIT = /\s*\(([^()\d]{1,16})\)\s*$/u;

export function readIndicatorTable(table: TableNode): TableTarget[] {
  const [head, ...rows] = table.rows;
  if (!head?.cells) return [];
  const header = head.cells.map((c) => c.text);
  const columns = layout(header);
  if (!columns) return [];
  const out: TableTarget[] = [];
  const headings = header.map((h) => headingParts(tidySpaces(h.replace(/[*_]/g, ''))));
  for (const row of rows) {
    const cells = row.cells ?? [];
    // a cell of several lines (<br>, paragraphs of an HTML cell) names one indicator, or one place
    const printed = tidySpaces(cells[columns.indicator]?.text ?? '');
    if (!printed) continue;
    // without a unit column, a row's unit is the one its indicator ends with in brackets: "Số người được tư vấn (người)"
    const own = columns.unit < 0 && !columns.byPlace ? headingParts(printed) : null;
    const named = own?.unit ? own.name : printed;
    const rowUnit = columns.unit >= 0 ? cells[columns.unit]?.text.trim() || null : own?.unit ?? null;
    for (const col of columns.values) {
      const cell = cells[col];
      if (!cell) continue;
      // by place: "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi (%)" for "Xã Bản Mế"; by group: "Số người được tư vấn" for "Thanh niên"
      const indicator = columns.byPlace ? `${headings[col]!.name} - ${named}` : columns.byGroup ? `${named} - ${headings[col]!.name}` : named;
      const unit = columns.byPlace ? headings[col]!.unit : rowUnit;
      const { rest, cmp: worded } = leadingComparator(cell.text.trim().replace(/\s+/g, ' '));
      const m = cellValue().exec(rest);
      if (!m) {
        const said = quantityIn(cell.text);
        if (said) out.push({ indicator, cmp: said.cmp, value: said.value, valueMax: said.valueMax, unit: said.unit ?? unit, column: header[col] ?? '', index: cell.index ?? row.index, start: cell.start >= 0 ? cell.start : row.start, text: cell.text.trim() });
        continue;
      }
      // a value cell a wrap cut ("> " over "85"): the value is where its figure is printed
      const at = cell.lines?.findLast((piece) => piece.text.includes(m[2]!)) ?? cell;
      out.push({
        indicator,
        cmp: m[1] ? comparatorSigns().cmpOf.get(m[1])! : worded ?? (m[3] ? 'ge' : 'eq'),
        value: parseFigure(m[2]!),
        valueMax: m[3] ? parseFigure(m[3]) : null,
        unit: m[4] ?? unit,
        column: header[col] ?? '',
        index: at.index ?? cell.index ?? row.index,
        start: at.start >= 0 ? at.start : row.start,
        text: cell.text.trim(),
      });
    }
  }
  return out;
}

/**
 * The one value a cell says in words, as a sentence says it: "18/18 thôn, bản (100%)", "36/36 người", "Giảm ít nhất
 * 50%". A cell of several values, or of a figure that counts nothing ("Không để xảy ra", "Quý II/2026"), has none.
 */
function quantityIn(text: string): { cmp: Target['cmp']; value: number; valueMax: number | null; unit: string | null } | null {
  const found = scanQuantities(text).filter((q) => q.unit !== null || q.compared);
  return found.length === 1 ? found[0]! : null;
}
