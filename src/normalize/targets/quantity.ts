/**
 * The quantity grammar: finds the values in a clause of plan text with their
 * comparator, unit and the flags a reader needs, and leaves alone the numbers
 * that belong to names ("tiêu chí số 14", "trẻ em dưới 5 tuổi", "trên
 * 100.000 dân", dates, years, document numbers).
 *
 *   quantity   = [aspiration] [comparator] value [unit ["/" denominator]] ["trở lên"]
 *   value      = number | number "-" number | number "/" number ["(" number "%)"]
 *   number     = a figure (figures.ts): 45 | 45,7 | 7.000 | 08 | 45.7
 *
 * All patterns are anchored or bounded; each clause is scanned once.
 */
import type { Target } from '../../model/schema.js';
import { fold, foldKey } from '../../text/fold.js';
import { isBlank } from '../../text/spaces.js';
import { wordsBefore } from '../../text/words.js';
import { quantityVocabulary } from './vocabulary.js';
import { comparatorSigns, figure, parseFigure } from '../../grammar/figures.js';

export interface Quantity {
  /** Where the value (and its range or fraction) is printed in the clause. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Where the whole expression starts (its comparator) and ends (its unit). */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly cmp: Target['cmp'];
  /** A comparator or symbol was printed (not the default "eq"). */
  readonly compared: boolean;
  readonly change: 'increase' | 'decrease' | null;
  /** The number stands right after a colon: "Tuyển dụng: 100". */
  readonly afterColon: boolean;
  /** "146/152 (96%)": the count and the whole it is printed with. */
  readonly fraction: { readonly num: number; readonly den: number } | null;
}

// A decimal point ("18.4") is tried before the whole number it starts with, which would take "18" alone; a point before a
// third figure or another point separates thousands.
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,/])(?<![\p{L}][-–])(${figure(String.raw`(?![\d.])`)})(?![\p{N}])`, 'gu');
const DATE_AHEAD = /^\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?/;
const YEAR_SPAN = /^\d{4}\s*[-–]\s*\d{4}/;
// "146/152 (96%)", and with the counted between: "18/20 thôn (95%)", "20/20 xã, thị trấn (100%)"
const FRACTION = /^\s*\/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:\s*(?:\p{L}+,?\s+){0,3}\(\s*(\d+(?:,\d+)?)\s*%\s*\))?/u;
const RANGE = new RegExp(String.raw`^\s*[-–—]\s*(${figure(String.raw`(?![\d.])`)})(?![\p{N}/])`, 'u');
const DENOMINATOR = /^\s*\/\s*((?:\d{1,3}(?:\.\d{3})*\s+)?[\p{L}]+(?:\s+[\p{L}]+){0,2})/u;

/** The quantities of a clause; `key` is its folded text when the caller has it. */
export function scanQuantities(text: string, key = fold(text)): Quantity[] {
  const v = quantityVocabulary();
  const out: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const s = m.index;
    let e = s + m[0].length;
    // What follows the number decides which of the patterns below can match at all: most numbers are followed by none of them.
    const next = text[nextPrinted(text, e)];
    const ahead = text.slice(s, s + 24);
    // "đường dây nóng 0229.3.871.115", "0913 456 789": a telephone number, no figure
    const phone = text.charCodeAt(s) === 0x30 ? phoneLength(ahead) : 0;
    if (phone > 0) {
      NUMBER.lastIndex = s + phone;
      continue;
    }
    if (m[0].length === 4 && (next === '-' || next === '–') && YEAR_SPAN.test(ahead)) {
      NUMBER.lastIndex = s + YEAR_SPAN.exec(ahead)![0].length;
      continue;
    }
    if (m[0].length <= 2 && next === '/' && isDate(text, key, s)) {
      NUMBER.lastIndex = s + (DATE_AHEAD.exec(ahead)?.[0].length ?? m[0].length);
      continue;
    }
    let value = parseFigure(m[1]!);
    let valueMax: number | null = null;
    let unit: string | null = null;
    let parts: Quantity['fraction'] = null;
    const fraction = next === '/' ? FRACTION.exec(text.slice(e, e + 40)) : null;
    // "dưới 1/100.000 dân": a rate per so many people, not a count out of a whole
    const perPopulation = fraction && !fraction[2] && v.rateBase.test(key.slice(e).replace(/^\s*\/\s*/, '')) ? DENOMINATOR.exec(text.slice(e, e + 40)) : null;
    if (perPopulation) {
      unit = `/${perPopulation[1]!}`;
      e += perPopulation[0].length;
      NUMBER.lastIndex = e;
    } else if (fraction) {
      parts = { num: value, den: parseFigure(fraction[1]!) };
      e += fraction[0].length;
      if (fraction[2]) {
        value = parseFigure(fraction[2]);
        unit = '%';
      }
      NUMBER.lastIndex = e;
    } else {
      // "80 - 90%", or in words after "từ", with a unit after it: "từ 2,5 đến 3 lần" (not the days of "từ 15 đến 17 hằng tháng"),
      // a rate's sign after each figure too: "từ 30% đến 40%"
      const sign = text[e] === '%' || text[e] === '‰' ? 1 : 0;
      const worded = next !== '-' && next !== '–' && next !== '—' && v.rangeFrom.test(key.slice(Math.max(0, s - 6), s)) ? v.rangeTo.exec(text.slice(e + sign, e + sign + 32)) : null;
      const signed = worded !== null && (sign === 0 || text[e + sign + worded[0].length] === text[e]);
      const range = worded ? (signed && readUnit(text, key, e + sign + worded[0].length) ? worded : null) : next === '-' || next === '–' || next === '—' ? RANGE.exec(text.slice(e, e + 24)) : null;
      if (range && !isYear(value)) {
        valueMax = parseFigure(range[1]!);
        e += (worded ? sign : 0) + range[0].length;
        NUMBER.lastIndex = e;
      }
    }
    const valueEnd = e;
    if (unit === null) {
      const found = readUnit(text, key, e);
      if (found) {
        unit = found.unit;
        e = found.end;
      }
    }
    const before = key.slice(Math.max(0, s - 40), s);
    // "trước 06 giờ 30 buổi sáng": the minutes of a time of day
    if (m[0].length <= 2 && v.hourAtEnd.test(before)) continue;
    const words = wordsBefore(text, s, LOOK_BEHIND);
    if (isName(unit, value, key, s, words, v)) continue;
    // "thường trực 24/24 giờ", "7/7 ngày": a whole cycle of time says "round the clock", not how much;
    // "Ngày Quốc tế phòng, chống ma túy 26/6": more than the whole is no count out of it (a day and month).
    if (parts !== null && parts.num === parts.den && unit !== null && v.spanUnits.has(foldKey(unit))) continue;
    if (parts !== null && parts.num > parts.den && !isRateUnit(unit)) continue;
    // "đã thí điểm năm 2024 tại 12 trường", "tại 05 ấp đã thực hiện": a count after a scope word, in a clause that says the
    // work is done already, is where it was done; "tổ chức chiến dịch tại 12 xã" says how many the plan will reach.
    if (parts === null && !isRateUnit(unit) && v.scopeWords.has(words.last) && v.done.test(text)) continue;
    // In parentheses a bare number qualifies ("(từ 15 trở lên)", "(14 loại)"), and so does money ("(mỗi suất trị giá
    // 300.000 đồng)"); a rate or a count with its unit still counts.
    if ((unit === null || v.currencyUnit.test(unit)) && inParentheses(text, s)) continue;
    let cmp: Target['cmp'] = 'eq';
    let compared = false;
    let start = s;
    const comparator = comparatorBefore(before);
    const after = afterPhraseOf(key, e, v);
    if (comparator) {
      // "từ 95% trở lên", and a range "từ 60–70%" that needs no "trở lên"
      const ok = comparator.needsAfter === null || valueMax !== null || (after !== null && after.phrase.key === comparator.needsAfter);
      if (ok) {
        cmp = comparator.cmp;
        // "= 100%" compares as a sign does; "đạt 100%" is the plain value
        compared = comparator.cmp !== 'eq' || comparatorSigns().cmpOf.has(comparator.key);
        start = s - comparator.length;
      }
    }
    if (after) {
      cmp = after.phrase.cmp;
      compared = true;
      e = after.end;
    }
    if (valueMax !== null && !compared) {
      cmp = 'ge';
      compared = true;
    }
    // "lưu mẫu thức ăn 24 giờ", "tập huấn 02 ngày": a span of time, compared to nothing, is how long the work lasts;
    // "không quá 30 phút", "trong vòng 48 giờ" are kept or named above.
    if (!compared && unit !== null && v.spanUnits.has(foldKey(unit))) continue;
    // "giảm 20%" is a change; "giảm còn 10,5‰" is the level it comes down to.
    const change = comparator === null ? changeBefore(key, s) : null;
    out.push({
      valueStart: s,
      valueEnd,
      start,
      end: e,
      value,
      valueMax,
      unit,
      cmp,
      compared,
      change,
      afterColon: colonBefore(text, s),
      fraction: parts,
    });
  }
  return out;
}

/**
 * "trở lên" after a value, or after a word or two of the population it is
 * counted in ("đạt 95% dân số trở lên"), and where it ends. Never across a
 * number: in "95% trẻ em từ 5 tuổi trở lên" it is the age's.
 */
function afterPhraseOf(key: string, at: number, v: ReturnType<typeof quantityVocabulary>): { phrase: { key: string; cmp: Target['cmp'] }; end: number } | null {
  // A window after the value, not the rest of the clause: a search to the clause's end for each value would cost quadratic time.
  const window = key.slice(at, at + AFTER_REACH + 16);
  for (const phrase of v.after) {
    const i = window.indexOf(phrase.key);
    if (i < 0 || i > AFTER_REACH || /[a-z0-9]/.test(window[i + phrase.key.length] ?? ' ')) continue;
    if (AFTER_GAP.test(window.slice(0, i))) return { phrase, end: at + i + phrase.key.length };
  }
  return null;
}

/** How far after a value its "trở lên" may stand, and what may stand between: blanks, or up to two words of letters (the key is folded). */
const AFTER_REACH = 32;
const AFTER_GAP = /^\s*(?:[a-z]+\s+){0,2}$/;

/** Where the first character that is not blank stands at or after `at` (the text's length if none does). */
function nextPrinted(text: string, at: number): number {
  let i = at;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** A telephone number at the start of a text ("0229.3.871.115", "0913 456 789", "0213-3876-452"): its length, else 0. */
function phoneLength(text: string): number {
  const m = PHONE.exec(text);
  if (!m) return 0;
  let digits = 0;
  for (const ch of m[0]) if (ch >= '0' && ch <= '9') digits++;
  return digits >= PHONE_DIGITS[0] && digits <= PHONE_DIGITS[1] ? m[0].length : 0;
}

/** A leading zero, then digits in groups parted by dots, blanks or hyphens. */
const PHONE = /^0\d{1,4}(?:[. -]?\d{1,4}){2,4}(?![\d.,])/;
/** Vietnamese numbers, landline and mobile, hold ten or eleven digits with their leading zero; nine where a group was dropped. */
const PHONE_DIGITS = [9, 11] as const;

/** "Tuyển dụng: 100": a colon among the three characters before a value, with only blanks after it. */
function colonBefore(text: string, s: number): boolean {
  const floor = Math.max(0, s - 3);
  let i = s;
  while (i > floor && isBlank(text.charCodeAt(i - 1))) i--;
  return i > floor && text[i - 1] === ':';
}

/** A rate's unit: per cent or per mille ("%", "‰", "%/năm"). */
export function isRateUnit(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && (unit.startsWith('%') || unit.startsWith('‰'));
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** "25/10/2023", "ngày 24/5", "trước 10/6": a date, not a fraction. */
function isDate(text: string, key: string, s: number): boolean {
  const ahead = DATE_AHEAD.exec(text.slice(s, s + 16));
  if (!ahead) return false;
  if (/\/\s*\d{2,4}$/.test(ahead[0]) && ahead[0].split('/').length === 3) return true;
  const [d, mo] = ahead[0].split('/').map((x) => Number(x.trim()));
  if (!d || !mo || d > 31 || mo > 12) return false;
  const v = quantityVocabulary();
  if (v.dateLeadAtEnd.test(key.slice(Math.max(0, s - 10), s))) return true;
  // "hưởng ứng Ngày Vệ sinh tay thế giới 05/5.": the date of a named day, with nothing counted after it
  const after = s + ahead[0].length;
  return !/^\s*[\p{L}\p{N}(]/u.test(text.slice(after, after + 4)) && v.namedDay.test(text.slice(Math.max(0, s - NAMED_DAY_REACH), s));
}

/** How far before a day and month the name of the day they date is looked for. */
const NAMED_DAY_REACH = 48;

/** The unit after a value: %, ‰, a unit of the lexicon, and a "/denominator". */
function readUnit(text: string, key: string, at: number): { unit: string; end: number } | null {
  const v = quantityVocabulary();
  const rest = key.slice(at, at + 60);
  const lead = rest.length - rest.trimStart().length;
  const tail = rest.slice(lead);
  let unit: string | null = null;
  let length = 0;
  if (tail.startsWith('%o') || tail.startsWith('%0') || tail.startsWith('‰')) {
    unit = '‰';
    length = tail.startsWith('‰') ? 1 : 2;
  } else if (tail.startsWith('%')) {
    unit = '%';
    length = 1;
  } else {
    const found = (v.unitsByInitial.get(tail[0] ?? '') ?? []).find((u) => tail.startsWith(u.key) && !/[\p{L}\p{N}]/u.test(tail[u.key.length] ?? ' '));
    if (found) {
      unit = text.slice(at + lead, at + lead + found.key.length);
      length = found.key.length;
    }
  }
  let end = at + lead + length;
  if (unit === '%' || unit === '‰') {
    const after = key.slice(end, end + 40);
    const afterTrimmed = after.trimStart();
    const per = v.wordDenominators.find((d) => afterTrimmed.startsWith(d));
    if (per) {
      const skip = after.length - afterTrimmed.length;
      unit = `${unit} ${text.slice(end + skip, end + skip + per.length)}`;
      end += skip + per.length;
    }
  }
  // "/người", and a second after it: "lít/người/ngày"
  for (let parts = 0; parts < MAX_DENOMINATORS && text[nextPrinted(text, end)] === '/'; parts++) {
    const denominator = DENOMINATOR.exec(text.slice(end, end + 40));
    if (!denominator || (unit === null && lead !== 0)) break;
    const phrase = denominatorPhrase(denominator[1]!);
    unit = (unit ?? '') + '/' + phrase;
    end += denominator[0].length - (denominator[1]!.length - phrase.length);
  }
  return unit === null ? null : { unit: unit.trim(), end };
}

/** How many "/…" a unit may have: "lít/người/ngày". */
const MAX_DENOMINATORS = 2;

/** The longest known denominator at the start of a phrase, or its first word. */
function denominatorPhrase(phrase: string): string {
  const key = fold(phrase);
  const known = quantityVocabulary().denominators.find((d) => key.startsWith(d));
  if (known) return phrase.slice(0, known.length);
  const words = phrase.split(/\s+/);
  return /^\d/.test(words[0] ?? '') ? words.slice(0, 2).join(' ') : words[0]!;
}

/**
 * A number that names rather than measures: after "số", "tiêu chí", "Dự án",
 * "con thứ"…; a year; an age ("trẻ em dưới 5 tuổi") or a span of time
 * ("trong 24 giờ") unless life expectancy is what is measured; a frequency
 * ("2 lần/năm"); a denominator ("trên 100.000 dân").
 */
function isName(
  unit: string | null,
  value: number,
  key: string,
  s: number,
  { last, lastTwo }: { last: string; lastTwo: string },
  v: ReturnType<typeof quantityVocabulary>,
): boolean {
  // Name markers keep their diacritics: "mục 3" names, "ở mức 2,1" measures; `last` and `lastTwo` are the words before the value.
  if ((v.nameMarkers.has(last) && !v.nameMarkerVerbs.has(lastTwo)) || v.nameMarkers.has(lastTwo)) return true;
  const unitFolded = unit ? fold(unit) : '';
  if (isYear(value) && (unit === null || unitFolded === v.yearUnit)) return true;
  const slash = unitFolded.indexOf('/');
  const unitKey = (slash < 0 ? unitFolded : unitFolded.slice(0, slash)).trim();
  if (v.ageUnits.has(unitKey)) {
    // the words of its clause before the value, within a reach: a search back to the clause's start for each value
    // would cost a clause of many ages quadratic time
    const window = key.slice(Math.max(0, s - CLAUSE_REACH), s);
    const clause = window.slice(Math.max(0, window.lastIndexOf(';'), window.lastIndexOf('. ')));
    return !v.lifeExpectancy.some((p) => clause.includes(p));
  }
  // The clause's folded key has the same length as the clause: the folded words before the value.
  const before = key.slice(Math.max(0, s - LOOK_BEHIND), s).trimEnd();
  if (v.spanUnits.has(unitKey) && v.durationLeads.some((d) => before.endsWith(d))) return true;
  // "2 lần/năm", "02 buổi … trong năm học": a frequency; "tổ chức 03 buổi nói chuyện tại …" counts sessions
  if (v.frequencyUnits.has(unitKey) && (slash >= 0 || periodFollows(key, s, v.frequencyPeriods))) return true;
  if (v.perWords.has(last) || before.endsWith('/')) {
    const after = key.slice(s, s + 30);
    if (v.rateBase.test(after)) return true;
    // "trên 1.000 ngày nằm viện", "/10.000 dân": a round thousand or more after "trên" is what a rate is counted per
    if (/^1(?:\.000)+(?![\d,])/.test(after)) return true;
  }
  return false;
}

/** Whether a period ("trong năm", "mỗi học kỳ", not "trong năm 2026") follows a value in its clause, within a short reach. */
function periodFollows(key: string, s: number, periods: readonly string[]): boolean {
  let after = key.slice(s, s + PERIOD_REACH);
  for (const stop of [';', '. ']) {
    const at = after.indexOf(stop);
    if (at >= 0) after = after.slice(0, at);
  }
  return periods.some((p) => {
    for (let at = after.indexOf(` ${p}`); at >= 0; at = after.indexOf(` ${p}`, at + 1)) {
      // "trong quý II/2026", "trong năm 2026": a time, not the period a count is made in
      if (!NAMED_PERIOD.test(after.slice(at + p.length + 1, at + p.length + 6))) return true;
    }
    return false;
  });
}

/** What names one period of a kind after its word: a figure or a Roman numeral ("quý II", "tháng 5"). */
const NAMED_PERIOD = /^ (?:\d|[ivx]+\b)/i;

/** How far after a count of sessions its period is looked for. */
const PERIOD_REACH = 100;
/** How far before an age the words of life expectancy ("tuổi thọ trung bình") are looked for. */
const CLAUSE_REACH = 120;

/** How far before a value its name markers are looked for. */
const LOOK_BEHIND = 40;

/** Whether a bracket opened at most 39 characters before `s` is still open there. Reads back that far only: a search of the whole clause for each value would cost a clause of many values quadratic time. */
function inParentheses(text: string, s: number): boolean {
  for (let i = s - 1; i >= 0 && i > s - 40; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 0x29) return false;
    if (ch === 0x28) return true;
  }
  return false;
}

/** The comparator printed right before a value ("đạt trên", "≤", "còn dưới"): the nearest wins. */
function comparatorBefore(before: string): { cmp: Target['cmp']; key: string; length: number; needsAfter: string | null } | null {
  const trimmed = before.trimEnd();
  const gap = before.length - trimmed.length;
  // Only the comparators that end in the last character printed can end the text.
  for (const c of quantityVocabulary().comparatorsByLast.get(trimmed[trimmed.length - 1] ?? '') ?? []) {
    if (!trimmed.endsWith(c.key)) continue;
    const prev = trimmed[trimmed.length - c.key.length - 1];
    if (/^[\p{L}]/u.test(c.key) && prev !== undefined && /[\p{L}\p{N}]/u.test(prev)) continue;
    return { cmp: c.cmp, key: c.key, length: c.key.length + gap, needsAfter: c.needsAfter };
  }
  return null;
}

/** "giảm 20%", "tăng 5%": a change against a baseline. */
function changeBefore(key: string, at: number): 'increase' | 'decrease' | null {
  const { last, previous } = wordsBefore(key, at, LOOK_BEHIND);
  // "giảm 20%", or with one word between: "tăng thêm 5%"
  for (const c of quantityVocabulary().change) {
    if (last === c.key || previous === c.key) return c.direction;
  }
  return null;
}
