/**
 * Amounts of money in figures: "529,7 tỷ đồng", "1.246,5 triệu đồng",
 * "650.000.000 đồng". Values are in đồng, computed without floating-point drift.
 */
import { grammar, onFirstUse } from '../../grammar/load.js';
import { alternation } from '../../grammar/pattern.js';

interface MoneyFile {
  scales: Record<string, number>;
  currency: string[];
}

export interface Amount {
  readonly start: number;
  readonly end: number;
  readonly amount: number;
  readonly text: string;
}

/** A figure, its scale word and a currency: "529,7 tỷ đồng", "1.246.500.000 đ". */
const amountPattern = onFirstUse((): RegExp => {
  const m = grammar<MoneyFile>('money');
  return new RegExp(
    `(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(${alternation(Object.keys(m.scales))})?\\s*(?:${alternation(m.currency)})(?![\\p{L}])`,
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
    out.push({ start: m.index, end: m.index + whole.length, amount: toDong(number!, scale ? scales[scale]! : 1), text: whole });
  }
  return out;
}

/** "529,7" × 10⁹ in integer arithmetic: 529 700 000 000, not 529 699 999 999.99. */
function toDong(number: string, scale: number): number {
  const [whole, decimals = ''] = number.replace(/\./g, '').split(',');
  const digits = Number(whole + decimals);
  return Math.round((digits * scale) / 10 ** decimals.length);
}
