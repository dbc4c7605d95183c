/**
 * The indicator each value of a clause measures, read from the words around
 * it. The text between two values is shared at its last conjunction ("…≥ 95%
 * ở quy mô tỉnh | và trên 90% ở quy mô huyện"); a value whose own words are
 * only a qualifier ("ở quy mô huyện") or a time ("phấn đấu đến năm 2030 đạt
 * trên 98%") takes the clause's subject; a phrase
 * that stops on a verb ("thực hiện được") takes the object named after the
 * next value; a value that stands alone with its unit ("45,7 giường
 * bệnh/vạn dân") is measured in its unit.
 */
import { fold, foldKey } from '../../text/fold.js';
import { isBlank, tidySpaces } from '../../text/spaces.js';
import { quantityVocabulary } from './vocabulary.js';
import { onFirstUse } from '../../grammar/load.js';
import { isRateUnit, type Quantity } from './quantity.js';

/** A table's row number before the name of its row, printed as text ("1 Khoa Khám bệnh 30% …"): no word of the indicator. */
const ROW_ORDINAL = /^\d{1,2}\s+(?=\p{Lu})/u;
/** Marks that may end a phrase without belonging to it. */
const TRAILING_MARKS = ',:;.(-–';

export function indicatorsOf(clause: string, quantities: readonly Quantity[], units: readonly (string | null)[]): string[] {
  const n = quantities.length;
  const v = quantityVocabulary();
  const lefts: string[] = new Array(n).fill('');
  const rights: string[] = new Array(n).fill('');
  /** The conjunction that joins a value to the next ("100% khoa … và 24/24 trạm …"), if one does. */
  const joined: (string | null)[] = new Array(n).fill(null);
  for (let i = 1; i < n; i++) {
    const gap = clause.slice(quantities[i - 1]!.end, quantities[i]!.start);
    const cut = lastConjunction(gap);
    joined[i - 1] = cut ? gap.slice(cut.at, cut.at + cut.length).trim() : null;
    lefts[i - 1] = cut ? gap.slice(0, cut.at) : gap;
    rights[i] = cut ? gap.slice(cut.at + cut.length) : '';
  }
  const head = clause.slice(0, quantities[0]?.start ?? 0);
  rights[0] = head;
  if (n > 0) lefts[n - 1] = clause.slice(quantities[n - 1]!.end);

  const subject = tidy(head);
  const firstComma = head.indexOf(',');
  const adverbial = firstComma > 0 && words(head.slice(0, firstComma)) <= 5 ? tidy(head.slice(0, firstComma)) : '';
  // Each gap is tidied once, however many values read it.
  const tidyLefts = lefts.map(tidy);
  const tidyRights = rights.map(tidy);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const before = tidyRights[i]!;
    const unit = units[i];
    const counted = unit !== null && unit !== undefined && !isRateUnit(unit);
    // "99/99 Trạm Y tế xã, phường có đủ thuốc …", "… và 16/16 xã, thị trấn …": a count that opens its words names what it counts first;
    // "In và phát hành 20.000 tờ rơi, áp phích về …": a thing counted inside the words keeps its name there (not an occasion, "200 lượt bác sĩ").
    const opens = before === '' && counted && !unit.includes('/') && (i === 0 || joined[i - 1] !== null);
    const inside = !opens && before !== '' && counted && Number.isInteger(quantities[i]!.value) && namesWhatFollows(lefts[i]!, rights[i]!) && !unit.includes('/') && !v.occasionUnits.has(foldKey(unit));
    const after = opens || inside ? tidy(unit + lefts[i]!) : tidyLefts[i]!;
    let indicator = join(before, after);
    // "Số cặp tảo hôn … không quá 05 cặp, giảm ít nhất 50% so với năm 2026": a change alone before the value is the subject's
    const changeOnly = before !== '' && before.length <= changeWords().longest && changeWords().keys.has(foldKey(before));
    if (i > 0 && (before === '' || changeOnly || v.qualifierStart.test(before)) && words(subject) >= 3) indicator = join(subject, indicator);
    // "…điều trị đến năm 2027 đạt 15%, đến năm 2030 đạt 70%": the subject for another time, without the first one's
    else if (i > 0 && v.timeOnly.test(before) && words(subject) >= 3) indicator = join(subject.replace(v.timeAtEnd, ''), indicator);
    if (i > 0 && adverbial && !fold(indicator).includes(fold(adverbial))) indicator = join(adverbial, indicator);
    if (i + 1 < n && v.danglingVerb.test(indicator)) indicator = join(indicator, tidyLefts[i + 1]!);
    // "Tổ chức ít nhất 02 đợt chiến dịch … tại 16/16 xã, thị trấn": a bare place takes the action it completes.
    if (i > 0 && words(indicator) < 3) indicator = join(join(subject, tidyLefts[i - 1]!), counted && !fold(indicator).includes(fold(unit)) ? join(unit, indicator) : indicator);
    if (words(indicator) < 2 && counted) indicator = join(indicator, unit);
    out.push(indicator);
  }
  if (n >= 2) shareLastPredicate(out, joined, lefts[n - 1]!, tidyLefts[n - 1]!);
  return out;
}

/**
 * "100% khoa lâm sàng … và 24/24 Trạm Y tế xã, thị trấn thực hiện quản lý
 * người bệnh …": values joined by conjunctions, the last two by a word ("và",
 * "hoặc"), share the predicate printed after the last of them, when the words
 * of an earlier value have none. A list that goes on after a comma ("…, trợ
 * cấp tai biến …") has no shared predicate.
 */
function shareLastPredicate(indicators: string[], joined: readonly (string | null)[], after: string, tidyAfter: string): void {
  const n = indicators.length;
  const lastJoin = joined[n - 2];
  if (!lastJoin || lastJoin === ',' || /^\s*[,;:.]/.test(after)) return;
  const predicate = predicateIn(tidyAfter);
  if (!predicate) return;
  for (let i = n - 2; i >= 0 && joined[i]; i--) {
    if (predicateIn(` ${indicators[i]!}`) === null) indicators[i] = join(indicators[i]!, predicate);
  }
}

/** "được sàng lọc đái tháo đường": words that open on a shared predicate, with no subject of their own. */
export function opensOnPredicate(phrase: string): boolean {
  const start = phrase.slice(0, 24).toLowerCase();
  return quantityVocabulary().predicateWords.some((word) => start.startsWith(`${word} `));
}

/** The change words ("giảm", "tăng"), folded, and the length of the longest: a longer text is none of them. */
const changeWords = onFirstUse(() => {
  const keys = quantityVocabulary().change.map((c) => c.key);
  return { keys: new Set(keys), longest: Math.max(0, ...keys.map((k) => k.length)) };
});

/**
 * An indicator that is only a qualifier ("trong 42 ngày sau sinh") put in
 * place of the same kind of qualifier ending the indicator before it ("…
 * tại nhà trong tuần đầu"), or after that indicator's subject; null when
 * the phrase opens with no qualifier.
 */
export function requalified(previous: string, phrase: string): string | null {
  const m = quantityVocabulary().qualifierStart.exec(phrase);
  if (!m) return null;
  const at = previous.toLowerCase().lastIndexOf(` ${m[0].trim().toLowerCase()} `);
  if (at > 0) return `${previous.slice(0, at)} ${phrase}`;
  const subject = subjectOf(previous);
  return subject ? `${subject} ${phrase}` : null;
}

/** The subject of an indicator: its words before its predicate ("Tỷ lệ người từ 40 tuổi trở lên" before "được sàng lọc …"). */
export function subjectOf(indicator: string): string | null {
  const at = predicateAt(indicator);
  return at > 0 ? indicator.slice(0, at).trim() : null;
}

/** The predicate in a phrase: from the first shared predicate word after its first word to the end. */
function predicateIn(phrase: string): string | null {
  const at = predicateAt(phrase);
  return at < 0 ? null : phrase.slice(at + 1);
}

/**
 * Where the first shared predicate word after a phrase's first word starts
 * (the space before it), or -1: the words compared as printed, in lower case
 * ("Bệnh viện Y dược cổ truyền" holds no "được").
 */
function predicateAt(phrase: string): number {
  const text = phrase.toLowerCase();
  let at = -1;
  for (const word of quantityVocabulary().predicateWords) {
    const i = text.indexOf(` ${word} `);
    if (i > 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * Whether the words after a count's unit go on with the thing counted ("20
 * lớp | tập huấn sơ cấp cứu …"): a word right after it, or more things
 * counted with it where the count is the object of the words before it
 * ("Tập huấn cho 120 cán bộ | , nhân viên y tế …"); not a mark after a
 * count that completes a label ("tiêm thuốc tránh thai: 6.000 ca, trợ cấp
 * …"), a bracket ("05 bệnh viện (…") nor a baseline ("1.500 người so với
 * năm 2025").
 */
function namesWhatFollows(after: string, before: string): boolean {
  if (/^, \p{Ll}/u.test(after)) return /\p{L}\s*$/u.test(before);
  if (!/^ \p{L}/u.test(after)) return false;
  const key = fold(after.slice(1, 24));
  return !quantityVocabulary().baselineLeads.some((lead) => key.startsWith(`${lead} `) || key === lead);
}

/** The last ", ", " và " or " hoặc " of a gap between two values, found from the end. */
function lastConjunction(gap: string): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const word of quantityVocabulary().conjunctions) {
    const at = gap.lastIndexOf(word + ' ');
    if (at >= 0 && (best === null || at > best.at)) best = { at, length: word.length + 1 };
  }
  return best;
}

/** Strips aspiration words, comparators and punctuation from the edges of a phrase. */
/** A note in braces: "{Note: …}", "{Ghi chú: …}". */
const BRACED_NOTE = /\{[^{}]*\}/g;

function tidy(text: string): string {
  // a parenthesis left open at the end, or closed at the start without its opening, is cut (most gaps hold none)
  const { aspiration, aspirationInitials, indicatorEdge, bracketedYear, targetLabel, amendmentFrame } = quantityVocabulary();
  // and a value's own year in brackets ("… 75% (năm 2027) lên 85% …") is its year, not words of its indicator
  let out = (text.includes('(') || text.includes(')') ? text.replace(bracketedYear, ' ').replace(/\([^()]*$/, '').replace(/^[^(]*\)/, '') : text).trim();
  // "… viêm não Nhật Bản {Note: Chỉ tiêu giao tại Kế hoạch số 27/KH-SYT …}": a footnote Zim prints in braces where its mark stood
  if (out.includes('{')) out = out.replace(BRACED_NOTE, ' ').replace(/\{[^{}]*$/, '').replace(/\s+/g, ' ').trim();
  // "Tỷ lệ …: từ “ ” điều chỉnh thành “": an amending plan's frame around the values, no words of the indicator
  if (out.includes('“') || out.includes('"')) out = out.replace(amendmentFrame, '').trim();
  for (let changed = true; changed && out;) {
    changed = false;
    const key = aspirationInitials.has(out[0]!) ? fold(out.slice(0, 16)) : '';
    const lead = key ? aspiration.find((a) => key.startsWith(a + ' ') || key === a) : undefined;
    if (lead) {
      out = out.slice(lead.length).trim();
      changed = true;
      continue;
    }
    const edge = indicatorEdge.exec(out) ?? targetLabel.exec(out) ?? ROW_ORDINAL.exec(out);
    if (edge) {
      out = out.slice(edge[0].length).trim();
      changed = true;
      continue;
    }
    const trail = trailingCut(out);
    if (trail >= 0) {
      out = out.slice(0, trail).trim();
      changed = true;
    }
  }
  return out.replace(/^[-+•*\s]+/, '').trim();
}

/** Where a dangling word or mark at the end of a phrase starts, or -1. */
function trailingCut(text: string): number {
  const trimmed = text.trimEnd();
  if (trimmed === '') return -1;
  const last = trimmed[trimmed.length - 1]!;
  if (TRAILING_MARKS.includes(last)) return trimmed.length - 1;
  // a closing quote whose opening one stood before the value ("“đạt 90%”."): no part of the words
  if (last === '”' && !trimmed.includes('“')) return trimmed.length - 1;
  const { indicatorTrailers, trailerFinals } = quantityVocabulary();
  if (!trailerFinals.has(last)) return -1;
  const end = trimmed.slice(-12).toLowerCase();
  const word = indicatorTrailers.find((w) => end.endsWith(w));
  return word ? trimmed.length - word.length : -1;
}

function join(a: string, b: string): string {
  return tidySpaces(`${a} ${b}`);
}

/** How many words a text has (runs of non-blank characters). */
function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlank(text.charCodeAt(i));
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
}
