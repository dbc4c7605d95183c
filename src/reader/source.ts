/**
 * The text of one document as the compiler sees it: split into lines at LF,
 * CRLF or lone CR, each line normalised to Unicode NFC, with the blanks Word
 * and PDF exports scatter through text read as spaces, fullwidth letters and
 * signs as their ASCII forms, and the characters that print nothing dropped.
 * Positions found in the text as read map back to the line and column the
 * user sees in an editor: 1-based, counted in UTF-16 code units of the line
 * as stored in the file.
 */
import type { Span } from '../model/schema.js';

const COMBINING = /\p{M}/u;
/** Blanks other than the space (no-break, thin, narrow no-break, ideographic…): each read as one space, so columns stay. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Fullwidth forms of ASCII ("Số：１５", "ＩＩ．"), typed in an input method's wide mode: each read as its ASCII letter, so columns stay. */
const FULLWIDTH = /[\uff01-\uff5e]/g;
/** What prints nothing: a soft hyphen, a zero-width space, a word joiner, a byte-order mark inside the text. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
/** Any of the three, for one look at the whole text. */
const UNUSUAL = /[\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff\uff01-\uff5e]/;

/** The lines of a text as stored, without their line ends (LF, CRLF or a lone CR). */
export function splitLines(text: string): string[] {
  // Most files end their lines with LF alone: a one-character split is much cheaper than the pattern.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

export class SourceText {
  /** The lines as read (NFC, odd blanks as spaces, nothing invisible), without their line ends. */
  readonly lines: readonly string[];
  /** The lines as read, joined with "\n": what the lexers scan. */
  readonly text: string;
  /** Offset in `text` where each line starts. */
  readonly lineStarts: readonly number[];
  /** Per line, the original column of each column read; absent where reading changed no length. */
  private readonly columnMaps: ReadonlyMap<number, Int32Array>;

  constructor(original: string) {
    const raw = splitLines(original);
    // Most files are NFC already and hold no odd blank: one look at the whole text spares the per-line work.
    const unusual = UNUSUAL.test(original);
    const asStored = !unusual && original.normalize('NFC') === original;
    const lines: string[] = asStored ? raw : [];
    const maps = new Map<number, Int32Array>();
    for (let i = asStored ? raw.length : 0; i < raw.length; i++) {
      const line = raw[i]!;
      if (isNfcAscii(line)) {
        lines.push(line);
        continue;
      }
      const spaced = unusual ? line.replace(ODD_SPACES, ' ').replace(FULLWIDTH, toAscii) : line;
      if (!(unusual && INVISIBLE.test(spaced)) && spaced.normalize('NFC') === spaced) {
        lines.push(spaced);
        continue;
      }
      const { text, map } = normaliseWithMap(spaced);
      lines.push(text);
      maps.set(i, map);
    }
    this.lines = lines;
    // NFC text with LF line ends is already what the lines joined would be.
    this.text = lines === raw && !original.includes('\r') ? original : lines.join('\n');
    const starts: number[] = new Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i]!.length + 1;
    }
    this.lineStarts = starts;
    this.columnMaps = maps;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The original 1-based column of a 0-based column in the NFC form of a 0-based line. */
  originalColumn(lineIndex: number, nfcColumn: number): number {
    const map = this.columnMaps.get(lineIndex);
    if (!map) return nfcColumn + 1;
    return map[Math.max(0, Math.min(nfcColumn, map.length - 1))]! + 1;
  }

  /** The 0-based line holding an offset of `text`. */
  lineIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The span of `text` offsets [start, end), in the user's coordinates. */
  spanOfOffsets(start: number, end: number): Span {
    const a = this.lineIndexAt(start);
    const b = this.lineIndexAt(Math.max(start, end));
    return {
      line: a + 1,
      column: this.originalColumn(a, start - this.lineStarts[a]!),
      endLine: b + 1,
      endColumn: this.originalColumn(b, Math.max(start, end) - this.lineStarts[b]!),
    };
  }

  /** The span of NFC columns [from, to) of one 0-based line. */
  spanInLine(lineIndex: number, from: number, to: number): Span {
    // A span never reaches past its line, whatever a caller computed its end from.
    const length = this.lines[lineIndex]?.length ?? 0;
    const start = Math.min(Math.max(0, from), length);
    return {
      line: lineIndex + 1,
      column: this.originalColumn(lineIndex, start),
      endLine: lineIndex + 1,
      endColumn: this.originalColumn(lineIndex, Math.min(Math.max(start, to), length)),
    };
  }
}

/** A fullwidth form's ASCII character: the block U+FF01–U+FF5E mirrors U+0021–U+007E. */
function toAscii(wide: string): string {
  return String.fromCharCode(wide.charCodeAt(0) - 0xfee0);
}

function isNfcAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * NFC-normalises a line cluster by cluster (a base character and the marks
 * that follow it), dropping what prints nothing, and records where each
 * column read came from.
 */
function normaliseWithMap(line: string): { text: string; map: Int32Array } {
  let text = '';
  const origins: number[] = [];
  let i = 0;
  while (i < line.length) {
    const start = i;
    if (INVISIBLE.test(line[i]!)) {
      i++;
      continue;
    }
    i += codeUnitLength(line, i);
    while (i < line.length && COMBINING.test(line[i]!)) i++;
    const cluster = line.slice(start, i).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) origins.push(start);
    text += cluster;
  }
  origins.push(line.length);
  return { text, map: Int32Array.from(origins) };
}

function codeUnitLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}
