/**
 * Budget tables: STT | Nội dung | Kinh phí (triệu đồng). The money column is
 * the one whose header names a currency, and its scale multiplies each
 * figure; where no header does, a unit line above the table ("Đơn vị tính:
 * triệu đồng") gives the scale to the column headed as money ("Số tiền"). The
 * first other column that is not an ordinal names the line. The row that names
 * a total ("Tổng cộng") gives the total, every other row with a figure an item.
 */
import type { TableNode } from '../../parser/tree.js';
import { movedLine, type Line } from '../../lexer/line.js';
import { foldKey } from '../../text/fold.js';
import { stripEmphasis, tidySpaces } from '../../text/spaces.js';
import { figure } from '../../grammar/figures.js';
import { quantityVocabulary } from '../targets/vocabulary.js';
import { scaleOfHeader, toDong } from './amounts.js';
import { grammar, onFirstUse } from '../../grammar/load.js';

export interface TableAmount {
  readonly label: string;
  readonly amount: number;
  /** The row names a total ("Tổng cộng", "Tổng"). */
  readonly total: boolean;
  /** The row, and where its figure is printed in it. */
  readonly row: Line;
  readonly start: number;
  readonly text: string;
}

const AMOUNT = new RegExp(`^(?:${figure('')})$`);

/**
 * The amounts of a budget table; none when no column of its header names a
 * currency, and no unit line above it (`unitScale`, null without one) names
 * the currency of a column headed as money.
 */
export function readBudgetTable(table: TableNode, totalKeys: readonly string[], unitScale: number | null): TableAmount[] {
  const [head, ...rows] = table.rows;
  if (!head?.cells) return [];
  const headers = head.cells.map((c) => stripEmphasis(c.text));
  const { money, scale } = moneyColumn(headers, unitScale);
  if (money < 0) return [];
  const ordinals = quantityVocabulary().ordinalColumns;
  const label = headers.findIndex((h, i) => i !== money && !ordinals.includes(foldKey(h).replace(/[.:]/g, '')));
  const out: TableAmount[] = [];
  for (const row of rows) {
    const cell = row.cells?.[money];
    const printed = cell ? tidySpaces(stripEmphasis(cell.text)) : '';
    if (!cell || !AMOUNT.test(printed)) continue;
    const name = label >= 0 ? tidySpaces(stripEmphasis(row.cells?.[label]?.text ?? '')) : '';
    const key = foldKey(name);
    out.push({
      label: name,
      amount: toDong(printed, scale),
      total: totalKeys.some((w) => key === w || key.startsWith(`${w} `)),
      row: cell.index !== undefined && cell.index !== row.index ? movedLine(row, { index: cell.index, start: cell.start, end: cell.start + printed.length }) : row,
      start: cell.start >= 0 ? cell.start : row.start,
      text: printed,
    });
  }
  return out;
}

/** The column that holds the money, and the scale of its figures; -1 for a table without one. */
function moneyColumn(headers: readonly string[], unitScale: number | null): { money: number; scale: number } {
  const scales = headers.map(scaleOfHeader);
  const named = scales.findIndex((s) => s !== null);
  if (named >= 0) return { money: named, scale: scales[named]! };
  if (unitScale === null) return { money: -1, scale: 1 };
  return { money: headers.findIndex(headsAmounts), scale: unitScale };
}

/** A heading of money: one that names a currency ("Kinh phí (triệu đồng)"), or the words of a money column ("Số tiền"). */
export function isMoneyHeading(header: string): boolean {
  // the same few headings come back table after table: each is worked out once (and the memory kept small)
  let known = moneyHeadings.get(header);
  if (known === undefined) {
    if (moneyHeadings.size >= 1000) moneyHeadings.clear();
    known = scaleOfHeader(header) !== null || headsAmounts(header);
    moneyHeadings.set(header, known);
  }
  return known;
}

const moneyHeadings = new Map<string, boolean>();

/** "Số tiền", "Kinh phí dự kiến": the heading of a column of amounts whose currency a unit line may give. */
function headsAmounts(header: string): boolean {
  const key = foldKey(header);
  return amountColumns().some((c) => key === c || key.startsWith(`${c} `));
}

/** The headings of a money column whose currency a unit line gives ("Số tiền", "Kinh phí"), folded. */
const amountColumns = onFirstUse((): string[] => grammar<{ amountColumns: string[] }>('money').amountColumns.map(foldKey));
