/**
 * Budget tables: STT | Nội dung | Kinh phí (triệu đồng). The money column is
 * the one whose header names a currency, and its scale multiplies each
 * figure; the first other column that is not an ordinal names the line. The
 * row that names a total ("Tổng cộng") gives the total, every other row with
 * a figure an item.
 */
import type { TableNode } from '../../parser/tree.js';
import type { Line } from '../../lexer/line.js';
import { foldKey } from '../../text/fold.js';
import { stripEmphasis, tidySpaces } from '../../text/spaces.js';
import { figure } from '../figures.js';
import { quantityVocabulary } from '../targets/vocabulary.js';
import { scaleOfHeader, toDong } from './amounts.js';

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

/** The amounts of a budget table; none when no column of its header names a currency. */
export function readBudgetTable(table: TableNode, totalKeys: readonly string[]): TableAmount[] {
  const [head, ...rows] = table.rows;
  if (!head?.cells) return [];
  const headers = head.cells.map((c) => stripEmphasis(c.text));
  const scales = headers.map(scaleOfHeader);
  const money = scales.findIndex((s) => s !== null);
  if (money < 0) return [];
  const scale = scales[money]!;
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
      row: cell.index !== undefined && cell.index !== row.index ? { ...row, index: cell.index, start: cell.start, end: cell.start + printed.length } : row,
      start: cell.start >= 0 ? cell.start : row.start,
      text: printed,
    });
  }
  return out;
}
