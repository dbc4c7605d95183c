/**
 * When does a line carry on the paragraph above it instead of starting a new
 * one? Word and PDF exports break sentences at page ends and hard wraps; a
 * careful reader joins a line that starts in lower case, a fragment such as
 * "1300/QĐ-BYT ngày…" after "Quyết định số", a line after one that stops
 * on a word no sentence ends with, or a line indented right under the text of
 * a bulleted line (a hanging indent).
 */
import type { Line } from '../lexer/line.js';
import { foldedKeys, startsWithPhrase, vocabulary } from '../grammar/vocabulary.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { foldKey, foldStart, isLower } from '../text/fold.js';
import { periodLabel } from '../grammar/periods.js';
import { labelOf, readLabel } from './labels.js';
import { cutNumber } from '../grammar/document-number.js';
import { isBracketOpen } from '../text/brackets.js';

const TERMINAL = new Set(['.', ';', ':', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '»', ')']);
/** How far from a text's end its last word is looked for: past any word and the marks after it. */
const LAST_WORD_REACH = 40;
/** A count and the word it counts, in small letters: "02 đợt", "200 m", "1.500 trẻ" (a row's number has a capital after it). */
export const COUNT_IN_WORDS = /^\d{1,3}(?:[.,]\d{3})*(?:,\d+)?\s+\p{Ll}/u;
/** A table's row as a line of text: a small ordinal, a name in capitals, figures after it. */
const ROW_OPENING = /^\d{1,2} \p{Lu}[^\d]*\d/u;
/** A line this long ran to the margin: the words under it may be its sentence's. */
const WRAPPED_LENGTH = 60;
/** A quarter or a month with its year, at a line's start ("III/2026", "6/2026"). */
const PERIOD_CUT = /^(?:[IVX]{1,4}|\d{1,2})\/\d{4}(?!\d)/;

export interface PreviousText {
  /** The joined text so far. */
  readonly text: string;
  /** Whether the previous block reads as a heading, so that only a lower-case line may carry it on: asked only when the line itself does not decide. */
  headingLike(): boolean;
  /** The whole text of a block that reads as a heading (a heading's length at most), its lines joined; its last line where not given. */
  blockText?(): string;
  /** Where the text of the previous block's first line starts after its bullet or number, when it has one. */
  readonly hangingIndent?: number | null;
}

/** Whether a text ends a sentence: closing punctuation, perhaps inside quotes or a parenthesis. Reads from the end only. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && TERMINAL.has(text[i]!);
}

export function continues(previous: PreviousText, line: Line): boolean {
  if (line.cells || line.rule || line.heading > 0) return false;
  const text = line.text;
  if (labelOf(line)) return false;
  if (line.carriesOn) return true;
  const first = text[0] ?? '';
  if (isLower(first)) return true;
  // a document number cut at its own slash or hyphen ("… Quyết định số 1300/QĐ-" over "BYT; …") goes on
  if (cutNumber(previous.text, text)) return true;
  // "… vệ sinh thú y: Quý I:" over "04 điểm; Quý II: 08 điểm": the value of the period the line above ends on
  if (!line.blankBefore && isDigit(first) && endsOnPeriod(previous.text)) return true;
  if (previous.headingLike()) {
    // the whole block: its label and a title's colon stand on its first line ("1.1. Giám sát tại hộ gia đình: lấy mẫu …")
    const block = previous.blockText?.() ?? previous.text;
    if (!line.blankBefore) return cutShort(block, text);
    // a title with its text after the colon is a paragraph, which a blank line may cut as any other ("3. Bảo đảm điều kiện:
    // bố trí …; bổ sung" / "" / "35 bồn chải răng …", as pdfminer prints the two halves of a paragraph in two boxes)
    if (!holdsClause(block)) return false;
  }
  // under the text of a bulleted line, right where it starts: the item wrapped (hard-wrapped text, as antiword gives it)
  if (!line.blankBefore && previous.hangingIndent && line.start === previous.hangingIndent) return true;
  if (endsSentence(previous.text)) return false;
  if (!line.blankBefore) return true;
  // "… (qua Khoa Kiểm soát bệnh tật -" / "" / "An toàn thực phẩm) trước ngày 20": a bracket left open is closed after the blank
  if (isBracketOpen(previous.text) && closesBracket(text)) return true;
  // "… của Sở Y tế" / "" / "1300/QĐ-BYT …", "2026.": a fragment after a blank; not a row of a table printed as text ("2 Khoa
  // Cấp cứu 36 50% …": its ordinal, then a name), which starts no sentence's rest
  if (/^[\d(“"]/u.test(first)) return !ROW_OPENING.test(text);
  return vocabulary().continuationWords.has(lastWord(previous.text));
}

/**
 * Whether a short block that reads as a heading was in fact cut, so that the
 * line right under it goes on with it: it stops on a word no heading ends
 * with ("b) Nhân lực: Bố trí … tại các bệnh viện và" / "Trung tâm Y tế khu
 * vực; …") or on a comma, or on a name's dash ("… Bệnh viện Sản -" / "Nhi tỉnh: …"), or
 * the line starts with a quarter's or a month's number cut from its word
 * ("… trong quý" / "III/2026."), or with a count under a line run to the
 * margin ("… trong bán kính" / "200 m quanh nhà …"), or with an aside the sentence goes on after
 * ("(qua Phòng Nghiệp vụ Dược) trước ngày 05 …").
 */
function cutShort(previous: string, text: string): boolean {
  // "… nhóm máu," / "HIV, viêm gan B, …": no heading ends on a comma
  if (PERIOD_CUT.test(text) || /\s[-–]$/.test(previous) || previous.trimEnd().endsWith(',')) return true;
  // "a) Khoanh vùng ổ dịch, phun hóa chất … trong bán kính" / "200 m quanh nhà ca bệnh, …": a line run to the margin, and
  // a count in small letters under it (a heading is short; "2. Mục tiêu cụ thể" over "05 xã đạt chuẩn …" stays apart)
  if (previous.length >= WRAPPED_LENGTH && COUNT_IN_WORDS.test(text) && !endsSentence(previous)) return true;
  // "… về Sở Y tế" / "(qua Phòng Nghiệp vụ Dược) trước ngày 05 hằng tháng.": an aside the sentence goes on after
  if (ASIDE_THEN_TEXT.test(text)) return true;
  // "2- Văn phòng Đảng ủy xây dựng lịch khám; tổng hợp, báo cáo Ban Thường vụ" / "Tỉnh ủy …": no heading holds a clause
  // break, nor a title with its text after the colon ("4. Nâng cao năng lực: tập huấn … cho 130 nhân viên Trạm" / "Y tế; …")
  if (holdsClause(previous)) return true;
  // "3- Đề nghị Công đoàn …, Đoàn Thanh niên Các cơ quan" / "Đảng tỉnh tổ chức …": a request heads the duty it asks for,
  // which opens with its verb ("5. Đề nghị Huyện đoàn …" / "Chỉ đạo cơ sở Đoàn …"); a line that does not is the name's rest
  const { requests, dutyVerbs } = agencyWords();
  const rest = readLabel(previous)?.rest ?? 0;
  if (startsWithPhrase(foldStart(previous.slice(rest).trimStart()), requests) !== null && startsWithPhrase(foldStart(text), dutyVerbs) === null) return true;
  return !endsSentence(previous) && vocabulary().continuationWords.has(lastWord(previous));
}

/** A line that opens with an aside in brackets and goes on in small letters after it. */
const ASIDE_THEN_TEXT = /^\([^()]{1,120}\)\s+\p{Ll}/u;

/** A clause break inside a text, or a title's text after its colon: what no heading holds. */
function holdsClause(text: string): boolean {
  // past its label: the colon of "Hoạt động 4: Kiểm tra, giám sát" is the label's
  return /[;:]\s+\S/.test(text.slice(readLabel(text)?.rest ?? 0));
}

/** The words a request to a body opens with ("Đề nghị"), and the verbs a duty opens with ("chỉ đạo", "phối hợp"), folded. */
const agencyWords = onFirstUse(() => {
  const file = grammar<{ requestWords: string[]; dutyVerbs: string[] }>('agencies');
  return { requests: foldedKeys(file.requestWords), dutyVerbs: foldedKeys(file.dutyVerbs) };
});

/** Whether a text closes a bracket before it opens one. */
function closesBracket(text: string): boolean {
  const close = text.indexOf(')');
  const open = text.indexOf('(');
  return close >= 0 && (open < 0 || close < open);
}

function lastWord(text: string): string {
  // the end of the text only: the pattern, anchored at the end, would try every position of a long paragraph
  const m = /([\p{L}]+)\P{L}*$/u.exec(text.length > LAST_WORD_REACH ? text.slice(-LAST_WORD_REACH) : text);
  return m ? m[1]!.toLowerCase() : '';
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** A period's label and its colon at a text's end, folded ("quy i:", "nam 2027:"). */
const periodEnd = onFirstUse((): RegExp => new RegExp(`(?:^|[\\s:])${periodLabel().source}\\s*:$`));

/** Whether a text ends on a period's label and its colon ("…: Quý I:"). Reads its end only. */
function endsOnPeriod(text: string): boolean {
  return text.endsWith(':') && periodEnd().test(foldKey(text.slice(-PERIOD_REACH)));
}

/** How much of a text's end holds a period's label: "6 tháng đầu năm:", "Quý III:". */
const PERIOD_REACH = 24;
