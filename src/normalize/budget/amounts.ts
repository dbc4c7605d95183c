/**
 * Amounts of money in figures: "529,7 tỷ đồng", "1.246,5 triệu đồng",
 * "650.000.000 đồng", and "529.7 tỷ đồng" where an export put a decimal point
 * before a scale word. Values are in đồng, computed without floating-point drift.
 * Messages print them back grouped as Vietnamese prints them.
 */
import { grammar, onFirstUse } from '../../grammar/load.js';
import { alternation } from '../../grammar/pattern.js';
import { figure } from '../../grammar/figures.js';
import { foldKey } from '../../text/fold.js';

interface MoneyFile {
  scales: Record<string, number>;
  currency: string[];
  unitWords: string[];
  totalWords: string[];
}

/** The words that name a total ("tổng kinh phí", "tổng cộng"), folded: a budget's total, a table's total row. */
export const totalKeys = onFirstUse((): string[] => grammar<MoneyFile>('money').totalWords.map(foldKey));

export interface Amount {
  readonly start: number;
  readonly end: number;
  readonly amount: number;
  readonly text: string;
  /** How its thousands are grouped, where they are: "14.000.000", "14 000 000". */
  readonly grouping: 'point' | 'space' | null;
}

/**
 * Thousands grouped by single spaces: "14 000 000", the whole run only (not from a group inside it, and not short of its
 * last group), so that a long run of groups is read once.
 */
const SPACED = String.raw`(?<!\d )\d{1,3}(?: \d{3})+(?![\d.,]| \d)`;
const SPACED_ONLY = /^\d{1,3}(?: \d{3})+$/;
const POINTED_ONLY = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** A figure, its scale word and a currency: "529,7 tỷ đồng", "1.246.500.000 đ". */
const amountPattern = onFirstUse((): RegExp => {
  const m = grammar<MoneyFile>('money');
  const scales = alternation(Object.keys(m.scales));
  // "529.7 tỷ": a point with one or two figures after it is a decimal point only before a scale word (7.000 is seven thousand).
  // "14 000 000 đồng": thousands grouped by spaces, as some clerks type them, tried first.
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.,])(${SPACED}|${figure(String.raw`(?=\s*(?:${scales}))`)})\s*(${scales})?\s*(?:${alternation(m.currency)})(?![\p{L}])`,
    'gu',
  );
});

export function findAmounts(text: string): Amount[] {
  const scales = grammar<MoneyFile>('money').scales;
  const re = amountPattern();
  const out: Amount[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [whole, number, scale] = m;
    const grouping = SPACED_ONLY.test(number!) ? 'space' : POINTED_ONLY.test(number!) ? 'point' : null;
    out.push({ start: m.index, end: m.index + whole.length, amount: toDong(number!, scale ? scales[scale]! : 1), text: whole, grouping });
  }
  return out;
}

/** "529.7": a decimal point, as the pattern lets one stand only before a scale word. */
const DECIMAL_POINT = /^\d+\.\d{1,2}$/;

/** "529,7" × 10⁹ in integer arithmetic: 529 700 000 000, not 529 699 999 999.99. */
export function toDong(number: string, scale: number): number {
  const [whole, decimals = ''] = DECIMAL_POINT.test(number) ? number.split('.') : number.replace(/[. ]/g, '').split(',');
  const digits = Number(whole + decimals);
  return Math.round((digits * scale) / 10 ** decimals.length);
}

/**
 * The scale a table's column header gives its figures: "Kinh phí (triệu
 * đồng)" → 10⁶, "Thành tiền (đồng)" → 1; null for a header that names no
 * currency (the column holds no money).
 */
export function scaleOfHeader(header: string): number | null {
  const m = grammar<MoneyFile>('money');
  const words = header.toLowerCase().split(/[^\p{L}]+/u);
  if (!m.currency.some((c) => words.includes(c.toLowerCase()))) return null;
  const scale = Object.keys(m.scales).find((w) => words.includes(w));
  return scale ? m.scales[scale]! : 1;
}

const unitLinePattern = onFirstUse((): RegExp => {
  const m = grammar<MoneyFile>('money');
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${alternation(m.unitWords)})\s*:\s*(${alternation(Object.keys(m.scales))})?\s*(?:${alternation(m.currency)})\s*\)?\s*$`,
    'iu',
  );
});

/**
 * "Đơn vị tính: triệu đồng" at the end of a line (a table's title, or a line of
 * its own above the table): the scale it gives the table's money, in đồng per
 * unit printed; null when the text ends with no unit of money.
 */
export function scaleOfUnitLine(text: string): number | null {
  const match = unitLinePattern().exec(text);
  if (!match) return null;
  const scale = match[1]?.toLowerCase();
  return scale ? grammar<MoneyFile>('money').scales[scale]! : 1;
}

/** The locale's formatter, for an amount with decimals: built when one is first printed. */
let decimalFormat: Intl.NumberFormat | null = null;

/**
 * Grouping by dots and a decimal comma ("1.250.000", "2,5"), as the de-DE
 * locale does. A whole amount, nearly every one, is grouped by hand:
 * building the locale's formatter costs some 15 ms, more than a short batch
 * spends on whole plans.
 */
export function groupedAmount(value: number): string {
  if (!Number.isSafeInteger(value)) return (decimalFormat ??= new Intl.NumberFormat('de-DE')).format(value);
  const digits = String(Math.abs(value));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? '.' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return value < 0 || Object.is(value, -0) ? `-${out}` : out;
}
