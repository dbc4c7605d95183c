/**
 * The header block: everything above the preamble. Real exports lay it out
 * as lines of their own, as two columns side by side (PDF text), or as a
 * two-column table (Word via markdown); all three are flattened here into
 * cells, each classified on its own by the normaliser.
 */
import { makeCell, movedLine, type Cell, type Line } from '../lexer/line.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { phraseInitials, vocabulary } from '../grammar/vocabulary.js';
import { foldKey, foldLetters, foldStart, isLetterMark, isMostlyUpper, isUpper } from '../text/fold.js';
import type { HeaderCell, HeaderNode } from './tree.js';
import { labelOf } from './labels.js';
import { isBlank } from '../text/spaces.js';
import { readHeaderNumber } from '../grammar/document-number.js';

/** A Quốc hiệu cut by a wrap: the words of it still to come (folded), and the cell they go on. */
interface Cut {
  readonly rest: string;
  readonly column: number;
  readonly cell: number;
}

/** Flattens header lines into cells: left column first, then the columns to its right. */
export function headerCells(lines: readonly Line[]): HeaderCell[] {
  const columns: HeaderCell[][] = [[], []];
  /**
   * A Quốc hiệu a wrap cut ("… CHỦ NGHĨA VIỆT"): the words still to come, looked for at the end of the next line
   * ("NAM", "TRUNG TÂM KIỂM SOÁT BỆNH NAM"), and the cell they go on.
   */
  let cut: Cut | null = null;
  const push = (column: number, cell: HeaderCell): void => {
    (columns[column] ??= []).push(cell);
    const rest = k < NATIONAL_LINES + 2 ? cutWhole(cell.text) : null;
    if (rest) cut = { rest, column, cell: columns[column]!.length - 1 };
  };
  let k = 0;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.rule) continue;
    // (set by push(), which the compiler's flow analysis does not follow)
    const pending = cut as Cut | null;
    cut = null;
    const rest = pending ? restAtEnd(line.text, pending.rest) : -1;
    if (pending && rest >= 0) {
      const cell = columns[pending.column]![pending.cell]!;
      columns[pending.column]![pending.cell] = { ...cell, text: `${cell.text} ${line.text.slice(rest)}` };
      if (rest > 0) columns[0]!.push({ text: line.text.slice(0, rest).trimEnd(), line, start: line.start, column: 0 });
      continue;
    }
    const parts = line.cells ?? (line.columns ? rejoinPhrases(line.columns) : null);
    if (parts) {
      parts.forEach((part, i) => {
        // A cell's paragraphs, each on its physical line where the cell says so (a raw HTML cell).
        for (const piece of part.lines ?? part.text.split('\n').map((text) => ({ text, start: part.start, index: undefined }))) {
          const text = piece.text.trim();
          // a paragraph on a line of its own is placed on that line, from where it starts to where its text ends
          const at = piece.index !== undefined && piece.index !== line.index
            ? movedLine(line, { index: piece.index, start: piece.start, end: piece.start + piece.text.length })
            : line;
          if (text) push(Math.min(i, 1), { text, line: at, start: piece.start >= 0 ? piece.start : line.start, column: Math.min(i, 1) });
        }
      });
      continue;
    }
    const national = k < NATIONAL_LINES ? nationalIn(line.text) : null;
    if (national && national.at > 0) {
      // "TRUNG TÂM Y TẾ KHU VỰC TÂN CHÂU Độc lập - Tự do - Hạnh phúc": lynx (and OCR) set the columns one space apart.
      push(0, { text: line.text.slice(0, national.at).trimEnd(), line, start: line.start, column: 0 });
      push(1, { text: line.text.slice(national.at), line, start: line.start + national.at, column: 1 });
      continue;
    }
    // "Độc lập - Tự do - Hạnh phúc Số: 47/KH-TTYT Phú Quốc, ngày …": the motto, then the next row's cells, a space apart
    const lead = national?.opening ?? 0;
    if (lead > 0) push(1, { text: line.text.slice(0, lead).trimEnd(), line, start: line.start, column: 1 });
    const text = line.text.slice(lead);
    const date = dateBesideNumber(text);
    if (date > 0) {
      // "Số: 09/KH-BVYDCT Nghệ An, ngày 12 tháng 01 năm 2027": OCR closes the gap between the two columns to one space.
      push(0, { text: text.slice(0, date).trimEnd(), line, start: line.start + lead, column: 0 });
      push(1, { text: text.slice(date), line, start: line.start + lead + date, column: 1 });
      continue;
    }
    push(0, { text, line, start: line.start + lead, column: 0 });
  }
  return [...columns[0]!, ...columns[1]!];
}

/**
 * Where the place and date start in a line that opens with the number ("Số:
 * 09/KH-BVYDCT Nghệ An, ngày 12 …"), the two columns one space apart: the
 * first space after which the words before read as a number and the words
 * after as a place and date; 0 when there is none.
 */
function dateBesideNumber(text: string): number {
  const v = vocabulary();
  if (text.length < 24 || !v.numberCell.test(text) || !v.dayWord.test(text)) return 0;
  for (let space = text.indexOf(' '); space > 0; space = text.indexOf(' ', space + 1)) {
    const rest = text.slice(space + 1);
    if (!v.dateLine.test(rest)) continue;
    const number = v.numberCell.exec(text.slice(0, space))?.[1];
    if (number && readHeaderNumber(number)) return space + 1;
  }
  return 0;
}

/** The first letters of the Quốc hiệu, its motto and the Party's heading: one look rules most cells out. */
const nationalInitials = onFirstUse((): ReadonlySet<string> => {
  const { nationalName, motto, partyHeading } = grammar<Record<'nationalName' | 'motto' | 'partyHeading', string[]>>('header');
  return phraseInitials([...nationalName, ...motto, ...partyHeading]);
});

/** The Quốc hiệu, its motto and the Party's heading, folded, in one list. */
const nationalPhrases = onFirstUse((): readonly string[] => {
  const { nationalName, motto, partyHeading } = vocabulary();
  return [...nationalName, ...motto, ...partyHeading];
});

/** The Quốc hiệu and its motto stand in the header's first lines, beside the issuer's (after a web portal's menu and headline: ten at the most). */
const NATIONAL_LINES = 10;

/**
 * Where the Quốc hiệu, its motto or the Party's heading stands in a line
 * that holds another column's words too, one space apart, the line folded
 * once for both: `at`, where it starts after the other column's words,
 * whole or cut by its column's wrap at the line's end (the cut's rest is
 * then looked for on the next line, as for a cell that is the cut start:
 * cutWhole); else `opening`, how long it is where it opens the line with
 * more words after it. Null for a line that holds none.
 */
function nationalIn(text: string): { at: number; opening: number } | null {
  if (text.length < 24) return null;
  const key = foldKey(text);
  // folding keeps the length only where it changes no space: a line with runs of spaces is not looked into
  if (key.length !== text.length) return null;
  for (const phrase of nationalPhrases()) {
    const at = key.indexOf(` ${phrase}`);
    if (at > 0) return { at: at + 1, opening: 0 };
  }
  // cut by its column's wrap at the line's end ("SỞ Y TẾ TỈNH HÀ GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT")
  for (const { start } of cutPhrases().cuts) {
    if (key.endsWith(` ${start}`)) return { at: key.length - start.length, opening: 0 };
  }
  if (!nationalInitials().has(text[0]!)) return null;
  const phrase = nationalPhrases().find((p) => key.startsWith(`${p} `));
  return phrase ? { at: 0, opening: phrase.length + 1 } : null;
}

/** The words still to come (folded) of a Quốc hiệu a wrap cut whose start is the whole text ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"), or null. */
function cutWhole(text: string): string | null {
  const { lengths, cuts } = cutPhrases();
  // one look at the length and the first letter rules out nearly every cell
  if (!lengths.has(text.length) || !nationalInitials().has(text[0]!)) return null;
  const key = foldKey(text);
  return cuts.find((c) => c.start === key)?.rest ?? null;
}

/** Words of a phrase a wrap leaves before the cut, at the least, for the cut to be told from a line that only ends alike. */
const MIN_CUT_WORDS = 3;

/** Each phrase cut after three words or more: the words before the cut, longest first, and the rest (folded); and the cuts' lengths. */
const cutPhrases = onFirstUse((): { cuts: readonly { start: string; rest: string }[]; lengths: ReadonlySet<number> } => {
  const cuts = nationalPhrases().flatMap((phrase) => {
    const words = phrase.split(' ');
    const out: { start: string; rest: string }[] = [];
    for (let n = words.length - 1; n >= MIN_CUT_WORDS; n--) out.push({ start: words.slice(0, n).join(' '), rest: words.slice(n).join(' ') });
    return out;
  });
  return { cuts, lengths: new Set(cuts.map((c) => c.start.length)) };
});

/** Where a cut phrase's rest (folded) stands at the end of a line ("TRUNG TÂM KIỂM SOÁT BỆNH NAM"), or -1. */
function restAtEnd(text: string, rest: string): number {
  const key = foldKey(text);
  if (key.length !== text.length) return -1;
  if (key === rest) return 0;
  return key.endsWith(` ${rest}`) ? key.length - rest.length : -1;
}

/**
 * Runs of spaces split side-by-side columns, but drafts also leave blanks
 * inside a phrase ("Số:      /KH-UBND", "ngày     tháng 4 năm 2025"): a part
 * that stops on such a word is joined again with the part after it.
 */
function rejoinPhrases(parts: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && vocabulary().openPhrase.test(last.text)) out[out.length - 1] = makeCell(`${last.text} ${part.text}`, last.start, last.index, last.lines);
    else out.push(part);
  }
  return out;
}

/**
 * The kind of a line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), when the whole
 * line is one: in capitals as NĐ 30 prints it, letter-spaced or run together
 * as PDF text may give it, or in the sentence case of a slip ("Kế hoạch").
 */
export function kindOf(text: string): string | null {
  if (text.length > 60 || !startsWithCapital(text)) return null;
  const v = vocabulary();
  // Most capital lines of a header ("ỦY BAN NHÂN DÂN") have a count of letters no kind has, and are not folded.
  if (!v.kindLetterCounts.has(letterCount(text))) return null;
  const kind = v.kindByLetters.get(foldLetters(text));
  return kind && (isMostlyUpper(text) || isSentenceCase(text)) ? kind.name : null;
}

/** How many units of a text its folded letters (foldLetters) keep: all but blanks, the marks it drops and lone combining marks (which fold away). */
function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c) && !isLetterMark(c) && !(c >= 0x300 && c <= 0x36f)) count++;
  }
  return count;
}

/** One capital, the first letter, and small letters after it. */
function isSentenceCase(text: string): boolean {
  let capitals = 0;
  for (const ch of text) if (isUpper(ch)) capitals++;
  return capitals === 1;
}

/** A kind is written in capitals: a line that starts otherwise (a number, a small letter) is none, and is not folded. */
function startsWithCapital(text: string): boolean {
  for (const ch of text) {
    if (ch === '*' || ch === '_' || ch === ' ' || ch === '#') continue;
    return isUpper(ch);
  }
  return false;
}

/** Where the kind line is, among the first lines before `limit`. */
export function findKind(lines: readonly Line[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const line = lines[i]!;
    if (kindOf(line.text)) return i;
    const parts = line.cells ?? line.columns;
    // "Loại văn bản:⇥Kế hoạch": a field's value (a web portal's table about the document) is no kind line
    if (parts?.some((p, k) => kindOf(p.text) && !isFieldLabel(parts[k - 1]?.text ?? ''))) return i;
  }
  return -1;
}

/** "Loại văn bản:", "Số hiệu:": a cell that names the field the next cell fills (a web portal's table about the document). */
export function isFieldLabel(text: string): boolean {
  return text.trimEnd().endsWith(':');
}

/** "Căn cứ …": a line that cites a document. */
function startsCitation(text: string): boolean {
  const key = foldKey(text);
  return vocabulary().citationStarts.some((c) => key.startsWith(c));
}

/**
 * The title (trích yếu) under the kind: the next line and the lines that run
 * on without a blank between them. A first line that reads as preamble
 * ("Căn cứ…", or one ending in ";") is not a title, unless it is set in bold
 * or as a heading, as a title is ("**Thực hiện Nghị quyết …,**" wrapped), or
 * starts in small letters, as no preamble does ("thực hiện công tác …").
 */
export function titleLines(lines: readonly Line[], kindIndex: number, limit: number): Line[] {
  const out: Line[] = [];
  const first = lines[kindIndex + 1];
  // A section's heading ("I. MỤC TIÊU") is never the title: a kind line with none goes straight to the body.
  if (!first || kindIndex + 1 >= limit || first.rule || first.cells || labelOf(first)?.style === 'roman') return out;
  // set in bold or as a heading, or in small letters (a Party plan's "thực hiện …" goes on from its kind), it is the title
  const set = first.bold === 'all' || first.heading > 0 || /^\p{Ll}/u.test(first.text);
  if (!set && isPreambleLine(first.text) && (/[;:,]$/.test(first.text) || startsCitation(first.text))) return out;
  out.push(first);
  for (let i = kindIndex + 2; i < limit; i++) {
    const line = lines[i]!;
    if (line.rule || line.cells || isAttachedNote(line.text) || (/^\p{Lu}/u.test(line.text) && isPreambleLine(line.text))) break;
    // a section's heading or a numbered item right under the title, no blank between (OCR, Ghostscript's txtwrite, typed text)
    const style = labelOf(line)?.style;
    if (style === 'roman' || style === 'arabic' || style === 'decimal') break;
    // after a blank, the rest of a wrapped line, or of a line a converter ended at Word's line break (calibre: "…, chống" /
    // "" / "dịch bệnh truyền nhiễm …", in small letters)
    const above = out[out.length - 1]!;
    if (line.blankBefore && !isWrappedRest(above, line, lines[i + 1]) && !(/^\p{Ll}/u.test(line.text) && !/[.;:!?)]$/.test(above.text))) break;
    out.push(line);
  }
  return out;
}

/**
 * The rest of a wrapped title line that a PDF's text sets after a blank
 * line, as MuPDF's does ("… và mùa Lễ hội" / "" / "Xuân năm 2027"): the line
 * above ran to the wrap and ends no sentence, and the rest is short, no
 * label, and stands alone.
 */
function isWrappedRest(above: Line, line: Line, next: Line | undefined): boolean {
  return above.text.length >= WRAP_WIDTH && !/[.;:!?)]$/.test(above.text) && line.text.length <= REST_LENGTH
    && labelOf(line) === null && (next === undefined || next.blankBefore);
}

/** A line as long as this ran to the wrap; a rest this short is no title of its own. */
const WRAP_WIDTH = 60;
const REST_LENGTH = 40;

/** "(Ban hành kèm theo Quyết định số …)": the note under an attached plan's title. */
export function isAttachedNote(text: string): boolean {
  const key = foldKey(text);
  return key.startsWith('(') && vocabulary().attachedMarkers.some((m) => key.includes(m));
}

export function isPreambleLine(text: string): boolean {
  const key = foldStart(text);
  return vocabulary().preambleStarts.some((p) => key.startsWith(p + ' '));
}

/** Builds the header node from the lines above the title's end. */
export function parseHeader(lines: readonly Line[], kindIndex: number, headerEnd: number): HeaderNode {
  const above = lines.slice(0, kindIndex >= 0 ? kindIndex : headerEnd);
  const cells = headerCells(above);
  let kind: HeaderCell | null = null;
  let title: Line[] = [];
  if (kindIndex >= 0) {
    const kindLine = lines[kindIndex]!;
    const kindCells = headerCells([kindLine]);
    kind = kindCells.find((c) => kindOf(c.text)) ?? null;
    for (const c of kindCells) if (c !== kind) cells.push(c);
    title = titleLines(lines, kindIndex, headerEnd);
  }
  return { cells, kind, titleLines: title };
}
