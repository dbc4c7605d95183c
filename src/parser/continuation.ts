/**
 * When does a line carry on the paragraph above it instead of starting a new
 * one? Word and PDF exports break sentences at page ends and hard wraps; a
 * careful reader joins a line that starts in lower case, a fragment such as
 * "1300/QĐ-BYT ngày…" after "Quyết định số", a line after one that stops
 * on a word no sentence ends with, or a line indented right under the text of
 * a bulleted line (a hanging indent).
 */
import type { Line } from '../lexer/line.js';
import { vocabulary } from '../grammar/vocabulary.js';
import { isLower } from '../text/fold.js';
import { labelOf } from './labels.js';
import { cutNumber } from '../grammar/document-number.js';

const TERMINAL = new Set(['.', ';', ':', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '»', ')']);
/** A quarter or a month with its year, at a line's start ("III/2026", "6/2026"). */
const PERIOD_CUT = /^(?:[IVX]{1,4}|\d{1,2})\/\d{4}(?!\d)/;

export interface PreviousText {
  /** The joined text so far. */
  readonly text: string;
  /** Whether the previous block reads as a heading, so that only a lower-case line may carry it on: asked only when the line itself does not decide. */
  headingLike(): boolean;
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
  const first = text[0] ?? '';
  if (isLower(first)) return true;
  // a document number cut at its own slash or hyphen ("… Quyết định số 1300/QĐ-" over "BYT; …") goes on
  if (cutNumber(previous.text, text)) return true;
  // "b) Nhân lực: Bố trí … tại các bệnh viện và" / "Trung tâm Y tế khu vực; …": no heading stops on "và", "của", "tại"
  if (!line.blankBefore && !endsSentence(previous.text) && vocabulary().continuationWords.has(lastWord(previous.text))) return true;
  // "… Bệnh viện Sản -" / "Nhi tỉnh: …": a name's dash, the line cut after it
  if (!line.blankBefore && /\s[-–]$/.test(previous.text)) return true;
  // "… trong quý" / "III/2026.": a quarter's or a month's number cut from its word, no label of any kind
  if (!line.blankBefore && PERIOD_CUT.test(text)) return true;
  if (previous.headingLike()) return false;
  // under the text of a bulleted line, right where it starts: the item wrapped (hard-wrapped text, as antiword gives it)
  if (!line.blankBefore && previous.hangingIndent && line.start === previous.hangingIndent) return true;
  if (endsSentence(previous.text)) return false;
  if (!line.blankBefore) return true;
  // "… (qua Khoa Kiểm soát bệnh tật -" / "" / "An toàn thực phẩm) trước ngày 20": a bracket left open is closed after the blank
  if (previous.text.lastIndexOf('(') > previous.text.lastIndexOf(')') && closesBracket(text)) return true;
  if (/^[\d(“"]/u.test(first)) return true;
  return vocabulary().continuationWords.has(lastWord(previous.text));
}

/** Whether a text closes a bracket before it opens one. */
function closesBracket(text: string): boolean {
  const close = text.indexOf(')');
  const open = text.indexOf('(');
  return close >= 0 && (open < 0 || close < open);
}

function lastWord(text: string): string {
  const m = /([\p{L}]+)\P{L}*$/u.exec(text);
  return m ? m[1]!.toLowerCase() : '';
}
