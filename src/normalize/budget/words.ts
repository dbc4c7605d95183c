/**
 * Amounts written out in words, as plans repeat a total: "Năm trăm hai mươi
 * chín phẩy bảy tỷ đồng" → 529 700 000 000. Vietnamese number words build
 * groups below a thousand (trăm, mươi, mười, lẻ/linh) scaled by nghìn,
 * triệu and tỷ; "phẩy" starts the decimals.
 */
import { grammar } from '../../grammar/load.js';

interface MoneyFile {
  scales: Record<string, number>;
  digits: Record<string, number>;
  ten: string;
  tens: string;
  hundred: string;
  fillers: string[];
  point: string;
  wordsEnd: string[];
}

/** The number an amount in words stands for, or null when the words are not a number. */
export function parseAmountWords(text: string): number | null {
  const m = grammar<MoneyFile>('money');
  const words = text.toLowerCase().normalize('NFC').replace(/[()*_.,;]/g, ' ').split(/\s+/).filter(Boolean);
  let total = 0;
  let group = 0;
  let pending: number | null = null;
  let fraction: string | null = null;
  let seen = false;
  const closeGroup = (): number => {
    const value = group + (pending ?? 0);
    group = 0;
    pending = null;
    return value;
  };
  for (const word of words) {
    if (word in m.digits) {
      if (fraction !== null) fraction += String(m.digits[word]);
      else pending = m.digits[word]!;
      seen = true;
    } else if (word === m.ten) {
      group += 10;
      seen = true;
    } else if (word === m.tens) {
      group += (pending ?? 1) * 10;
      pending = null;
    } else if (word === m.hundred) {
      group += (pending ?? 1) * 100;
      pending = null;
    } else if (m.fillers.includes(word)) {
      continue;
    } else if (word === m.point) {
      fraction = '';
    } else if (word in m.scales) {
      const whole = closeGroup();
      const value = fraction ? whole + Number(`0.${fraction}`) : whole;
      total += value * m.scales[word]!;
      fraction = null;
    } else if (m.wordsEnd.includes(word)) {
      break;
    } else return null;
  }
  if (!seen) return null;
  return Math.round(total + closeGroup());
}
