/**
 * Justified text as `pdftotext -fixed` prints it: every character in a cell
 * of the same width, so that the words of a justified line stand several
 * spaces apart, as far apart as a header's two columns stand in `-layout`:
 *
 *   SỞ Y      TẾ    AN    GIANG                           CỘNG         HÒA       XÃ HỘI …
 *   Căn      cứ   Luật     Khám        bệnh,     chữa      bệnh     số   15/2023/QH15 …
 *
 * In a text whose lines are mostly so, a run of spaces parts columns only
 * where it is much wider than the text's gaps between words; the lines of a
 * table, whose cells print their words one space apart, keep theirs.
 */

/** The fewest lines of words spread apart that make a text spread. */
const MIN_LINES = 8;
/** The share of a text's lines that must be spread. */
const MIN_SHARE = 0.3;
/** The share of a line's gaps between words that are two spaces or more, for the line to be spread. */
const WIDE_SHARE = 0.6;
/** The share of a line's words with a letter in them (a row of figures is a table's). */
const WORD_SHARE = 0.6;
/** How many times the text's usual gap between words a gap between columns is, at least. */
const COLUMN_FACTOR = 5;
/** The narrowest gap that parts columns in a spread text. */
const MIN_COLUMN_GAP = 10;
/** How many lines with runs of spaces are looked at before a text none of whose tenth is spread is given up. */
const LOOK = 40;
/** The widest gap counted in the histogram of gaps (wider ones count as this wide). */
const WIDEST = 63;

interface Gaps {
  /** Gaps of one space. */
  narrow: number;
  /** Gaps of two spaces or more, and their widths. */
  wide: number[];
  words: number;
  lettered: number;
}

/** The gaps between the words of `raw` in [start, end), and how many of its words hold a letter. */
function gapsOf(raw: string, start: number, end: number): Gaps {
  const gaps: Gaps = { narrow: 0, wide: [], words: 0, lettered: 0 };
  let i = start;
  while (i < end) {
    // a word
    let letter = false;
    while (i < end && raw.charCodeAt(i) !== 32 && raw.charCodeAt(i) !== 9) {
      if (!letter && isLetter(raw.charCodeAt(i))) letter = true;
      i++;
    }
    gaps.words++;
    if (letter) gaps.lettered++;
    // the gap after it
    const from = i;
    while (i < end && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
    if (i >= end) break;
    if (i - from === 1) gaps.narrow++;
    else gaps.wide.push(i - from);
  }
  return gaps;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
}

/** Whether a line's words stand apart as a justified line in fixed pitch: most gaps wide, most words words. */
function isSpread(gaps: Gaps): boolean {
  const total = gaps.narrow + gaps.wide.length;
  return total > 0 && gaps.wide.length >= WIDE_SHARE * total && gaps.lettered >= WORD_SHARE * gaps.words;
}

/**
 * Looks at a text's lines one by one (`note`), then says what run of spaces
 * parts columns in it (`columnGap`): null for a text that is not spread, as
 * nearly every text is.
 */
export class SpreadText {
  private lines = 0;
  private spread = 0;
  /** Lines with runs of spaces looked at, and whether the text was given up as not spread. */
  private looked = 0;
  private given = false;
  private readonly widths = new Array<number>(WIDEST + 1).fill(0);

  /** A non-blank line, from `start` to `end`; `spaced` when it holds a run of two blanks. */
  note(raw: string, start: number, end: number, spaced: boolean): void {
    this.lines++;
    if (!spaced || this.given) return;
    // a text whose first lines of spaces are not spread is none: the rest of its lines are not looked at
    if (++this.looked > LOOK && this.spread * 10 < this.looked) {
      this.given = true;
      return;
    }
    const gaps = gapsOf(raw, start, end);
    if (gaps.wide.length < 4 || !isSpread(gaps)) return;
    this.spread++;
    for (const w of gaps.wide) this.widths[Math.min(w, WIDEST)]!++;
  }

  /** The least run of spaces that parts columns in a spread text; null where the text is not spread. */
  columnGap(): number | null {
    if (this.given || this.spread < MIN_LINES || this.spread < MIN_SHARE * this.lines) return null;
    const count = this.widths.reduce((a, b) => a + b, 0);
    let seen = 0;
    let median = 2;
    for (let w = 0; w <= WIDEST; w++) {
      seen += this.widths[w]!;
      if (seen * 2 >= count) {
        median = w;
        break;
      }
    }
    return Math.max(MIN_COLUMN_GAP, Math.ceil(COLUMN_FACTOR * median));
  }
}

/** Whether a line of a spread text is spread itself (its gaps wide, its words words): its columns are parted by `columnGap` alone. */
export function isSpreadLine(raw: string, start: number, end: number): boolean {
  return isSpread(gapsOf(raw, start, end));
}
