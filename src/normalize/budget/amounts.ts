/**
 * Amounts of money in figures: "529,7 tỷ đồng", "1.246,5 triệu đồng",
 * "650.000.000 đồng". Values are in đồng, computed without floating-point drift.
 */
import { grammar } from '../../grammar/load.js';

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

let pattern: RegExp | null = null;

function amountPattern(): RegExp {
  if (pattern) return pattern;
  const m = grammar<MoneyFile>('money');
  const scales = Object.keys(m.scales).join('|');
  const currency = m.currency.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  pattern = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(${scales})?\\s*(?:${currency})(?![\\p{L}])`, 'gu');
  return pattern;
}

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
