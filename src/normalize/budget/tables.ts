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
import { isGroupOrdinal } from '../../lexer/cell-rows.js';

export interface TableAmount {
  readonly label: string;
  readonly amount: number;
  /** The row names a total ("Tổng cộng", "Tổng"). */
  readonly total: boolean;
  /** The row's name opens with a dash or a plus: a part of the row above it ("Xét nghiệm, trong đó:" over "+ Tổng phân tích …"). */
  readonly sub: boolean;
  /** Where the row starts: the line of its first cell. */
  readonly first: Line;
  /** The row, and where its figure is printed in it. */
  readonly row: Line;
  readonly start: number;
  readonly text: string;
}

const AMOUNT = new RegExp(`^(?:${figure('')})$`);
/** The dash or plus that opens a sub-line's name: "+ Điện di huyết sắc tố". */
const SUB_LINE = /^[-–+]\s+(?=\S)/;

/** What a budget table gives: its amounts, the sums of a table of the money by year that it gets wrong, and its lines whose quantity times unit price is not their amount. */
export interface BudgetTable {
  readonly amounts: TableAmount[];
  readonly slips: SumSlip[];
  readonly products: ProductSlip[];
}

/** A cost estimate's line ("Số lượng | Đơn giá | Thành tiền") whose amount is not its quantity times its unit price. */
export interface ProductSlip {
  readonly quantity: number;
  readonly price: number;
  readonly amount: number;
  readonly row: Line;
  readonly start: number;
  readonly text: string;
}

/**
 * The amounts of a budget table; none when no column of its header names a
 * currency, and no unit line above it (`unitScale`, null without one) names
 * the currency of a column headed as money.
 */
export function readBudgetTable(table: TableNode, totalKeys: readonly string[], unitScale: number | null): BudgetTable {
  const [head, ...rows] = table.rows;
  if (!head?.cells) return { amounts: [], slips: [], products: [] };
  const headers = head.cells.map((c) => stripEmphasis(c.text));
  const { money, scale, years } = moneyColumn(headers, unitScale, totalKeys);
  if (money < 0) return { amounts: [], slips: [], products: [] };
  const ordinals = quantityVocabulary().ordinalColumns;
  const headsOrdinals = (h: string): boolean => ordinals.includes(foldKey(h).replace(/[.:]/g, ''));
  const ordinal = headers.findIndex(headsOrdinals);
  const label = headers.findIndex((h, i) => i !== money && !headsOrdinals(h));
  const { quantity, price } = costColumns(headers);
  const products: ProductSlip[] = [];
  /** Under a group's row ("I  Chi tổ chức vòng sơ khảo"), the rows numbered 1, 2, … are its parts. */
  let inGroup = false;
  const amounts: TableAmount[] = [];
  /** Each line's row and, in a table by year, its years' amounts (null where a cell is no amount). */
  const lines: { row: Line; amount: TableAmount; years: (number | null)[] }[] = [];
  for (const row of rows) {
    const printed = printedIn(row, money);
    if (!AMOUNT.test(printed)) continue;
    const cell = row.cells![money]!;
    const printedName = label >= 0 ? printedIn(row, label) : '';
    const bullet = SUB_LINE.exec(printedName);
    const name = bullet ? printedName.slice(bullet[0].length) : printedName;
    const key = foldKey(name);
    const number = ordinal >= 0 ? printedIn(row, ordinal) : '';
    const group = isGroupOrdinal(number);
    if (group) inGroup = true;
    const amount: TableAmount = {
      label: name,
      amount: toDong(printed, scale),
      // a part of a line is no total, whatever it starts with ("+ Tổng phân tích tế bào máu")
      total: bullet === null && totalKeys.some((w) => key === w || key.startsWith(`${w} `)),
      sub: bullet !== null || (inGroup && !group && /^\d/.test(number)),
      first: row,
      row: cellLine(row, cell, printed),
      start: cell.start >= 0 ? cell.start : row.start,
      text: printed,
    };
    amounts.push(amount);
    if (years.length > 0) lines.push({ row, amount, years: years.map((y) => amountIn(row, y, scale)) });
    // "14 | 400.000 | 6.500.000": the amount a line's quantity and unit price give, where the table prints both
    const [count, each] = [quantity >= 0 ? figureIn(row, quantity) : null, price >= 0 ? amountIn(row, price, scale) : null];
    if (count !== null && each !== null && count > 0 && each > 0 && Math.abs(count * each - amount.amount) > 0.5) {
      products.push({ quantity: count, price: each, amount: amount.amount, row: amount.row, start: amount.start, text: printed });
    }
  }
  return { amounts, slips: years.length > 0 ? yearSlips(lines, years, headers, money) : [], products };
}

/** A cost estimate's columns of quantities ("Số lượng") and unit prices ("Đơn giá"), from grammar/money.json; -1 where it has none. */
function costColumns(headers: readonly string[]): { quantity: number; price: number } {
  const { quantityColumns, priceColumns } = costHeadings();
  const keys = headers.map((h) => foldKey(h));
  const find = (words: readonly string[]): number => keys.findIndex((k) => words.some((w) => k === w || k.startsWith(`${w} `) || k.startsWith(`${w}(`)));
  return { quantity: find(quantityColumns), price: find(priceColumns) };
}

const costHeadings = onFirstUse(() => {
  const m = grammar<{ quantityColumns: string[]; priceColumns: string[] }>('money');
  return { quantityColumns: m.quantityColumns.map(foldKey), priceColumns: m.priceColumns.map(foldKey) };
});

/** A cell's count ("14", "01", "1.500"): null for a cell that is none. */
function figureIn(row: Line, column: number): number | null {
  const printed = printedIn(row, column);
  return AMOUNT.test(printed) ? toDong(printed, 1) : null;
}

/** The line a cell's figure is printed on: the row's own, or the physical line of a cell printed apart. */
function cellLine(row: Line, cell: NonNullable<Line['cells']>[number], printed: string): Line {
  return cell.index !== undefined && cell.index !== row.index ? movedLine(row, { index: cell.index, start: cell.start, end: cell.start + printed.length }) : row;
}

/**
 * The column that holds the money, and the scale of its figures; -1 for a
 * table without one. Under a unit line, a table of the money by year ("Năm
 * 2026 | Năm 2027 | Tổng cộng") has it whole in its column of totals: the
 * years (`years`, their columns) are the same money again.
 */
function moneyColumn(headers: readonly string[], unitScale: number | null, totalKeys: readonly string[]): { money: number; scale: number; years: number[] } {
  const scales = headers.map(scaleOfHeader);
  const named = scales.findIndex((s) => s !== null);
  if (named >= 0) return { money: named, scale: scales[named]!, years: [] };
  if (unitScale === null) return { money: -1, scale: 1, years: [] };
  const amounts = headers.findIndex(headsAmounts);
  if (amounts >= 0) return { money: amounts, scale: unitScale, years: [] };
  const { totalColumns, periods } = periodHeadings();
  const totals = headers.findIndex((h) => totalKeys.includes(foldKey(h)) || totalColumns.includes(foldKey(h)));
  // the years ("Năm 2026 | Năm 2027"), or the quarters or months of one ("Quý I | … | Quý IV | Cộng"), before the totals
  const isPeriod = (h: string): boolean => YEAR_HEADING.test(h) || periods.some((p) => foldKey(h).startsWith(`${p} `) || foldKey(h) === p);
  const years = headers.map((h, i) => (i < totals && isPeriod(h) ? i : -1)).filter((i) => i >= 0);
  return years.length > 0 ? { money: totals, scale: unitScale, years } : { money: -1, scale: unitScale, years: [] };
}

/** An amount of a table by year that is not the sum of its parts: a year's column against the total row, a row's years against its total. */
export interface SumSlip {
  /** The heading of the year's column, or the label of the row. */
  readonly name: string;
  readonly kind: 'column' | 'row';
  readonly sum: number;
  readonly amount: number;
  /** Where the amount the parts should give is printed. */
  readonly row: Line;
  readonly start: number;
  readonly text: string;
}

/**
 * The sums a table of the money by year gets wrong: each year's column
 * against what the total row prints for it, and each line's years against
 * the line's total. The total column against the total is the budget's own
 * check (KH601 over the items).
 */
function yearSlips(lines: readonly { row: Line; amount: TableAmount; years: (number | null)[] }[], years: readonly number[], headers: readonly string[], money: number): SumSlip[] {
  const slip = (name: string, kind: SumSlip['kind'], sum: number, amount: number, row: Line, column: number): SumSlip => {
    const cell = row.cells![column]!;
    const text = printedIn(row, column);
    return { name, kind, sum, amount, row: cellLine(row, cell, text), start: cell.start >= 0 ? cell.start : row.start, text };
  };
  const out: SumSlip[] = [];
  for (const { row, amount, years: cells } of lines) {
    if (cells.some((c) => c === null)) continue;
    const sum = (cells as number[]).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - amount.amount) > 0.5) out.push(slip(amount.label, 'row', sum, amount.amount, row, money));
  }
  const total = lines.find((line) => line.amount.total);
  if (total) {
    years.forEach((y, i) => {
      const printed = total.years[i];
      const cells = lines.filter((line) => !line.amount.total).map((line) => line.years[i]!);
      if (printed === null || printed === undefined || cells.some((c) => c === null)) return;
      const sum = cells.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - printed) > 0.5) out.push(slip(headers[y]!, 'column', sum, printed, total.row, y));
    });
  }
  return out;
}

/** A cell's text, its emphasis and extra blanks removed. */
function printedIn(row: Line, column: number): string {
  return tidySpaces(stripEmphasis(row.cells?.[column]?.text ?? ''));
}

/** A cell's amount in đồng: 0 for an empty cell or a dash, null for a cell that is no amount. */
function amountIn(row: Line, column: number, scale: number): number | null {
  const printed = printedIn(row, column);
  return printed === '-' || printed === '' ? 0 : AMOUNT.test(printed) ? toDong(printed, scale) : null;
}

/** The headings of a table's column of totals ("Cộng", "Cả năm"), and the words a column of a period opens with ("Quý", "Tháng"), folded. */
const periodHeadings = onFirstUse(() => ({
  totalColumns: grammar<{ totalColumns: string[] }>('money').totalColumns.map(foldKey),
  periods: quantityVocabulary().periodColumns,
}));

/** A heading of a year's column: "Năm 2026", "2026". */
const YEAR_HEADING = /(?:^|\s)(?:19|20)\d{2}$/;

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
