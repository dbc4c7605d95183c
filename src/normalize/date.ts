/**
 * The place-and-date line: "Giang Thành, ngày 25 tháng 3 năm 2025".
 * Drafts leave parts blank ("ngày    tháng 01 năm 2024"): those parts are null.
 * A date in figures ("ngày 25/3/2025") is read too, and said to be one.
 */
import type { DateParts } from '../model/schema.js';
import { vocabulary } from '../grammar/vocabulary.js';

export interface PlaceDate {
  readonly place: string | null;
  readonly date: DateParts;
  /** The digits as printed, for the leading-zero rule. */
  readonly printed: { day: string | null; month: string | null };
  /** Written in figures ("ngày 25/3/2025"), not with the words NĐ 30 asks for. */
  readonly numeric: boolean;
}

/** Words a date line may carry after the year ("(dự thảo)", "– bản chính"); a sentence goes on longer. */
const MAX_WORDS_AFTER = 3;

function wordCount(text: string): number {
  let count = 0;
  for (const word of text.split(/\s+/)) if (/\p{L}/u.test(word)) count++;
  return count;
}

export function readPlaceDate(text: string): PlaceDate | null {
  const v = vocabulary();
  const line = text.replace(/[*_]/g, '').trim();
  // Both patterns need the day word: a cell without it is not tried against them.
  if (!v.dayWord.test(line)) return null;
  const words = v.dateLine.exec(line);
  const figures = words ? null : v.numericDateLine.exec(line);
  if (!words && !figures) return null;
  const m = (words ?? figures)!;
  // "Ngày 16/3/2026, Sở Y tế ban hành Kế hoạch số …": a sentence that opens on a date (a portal's lead) is no date line.
  if (wordCount(line.slice(m.index + m[0].length)) > MAX_WORDS_AFTER) return null;
  const place = m[1] ?? m[2];
  const [day, month, year] = words ? [m[3], m[4], m[5]] : [m[3], m[5], m[6]];
  if (!place && !day && !month && !year) return null;
  return {
    place: place ? place.replace(/[\s,]+$/, '').trim() || null : null,
    date: {
      year: year ? Number(year) : null,
      month: month && Number(month) >= 1 && Number(month) <= 12 ? Number(month) : null,
      day: day && Number(day) >= 1 && Number(day) <= 31 ? Number(day) : null,
    },
    printed: { day: day ?? null, month: month ?? null },
    numeric: figures !== null,
  };
}

/** Whether a complete date exists on the calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The NĐ 30 form of a day or month: a leading zero for days below 10 and for months 1 and 2. */
export function paddedForm(part: 'day' | 'month', value: number): string {
  if (part === 'day') return value < 10 ? `0${value}` : String(value);
  return value <= 2 ? `0${value}` : String(value);
}
