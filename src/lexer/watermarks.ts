/**
 * What a PDF's watermark leaves in its text: the large light letters of
 * "DỰ THẢO" or "BẢN SAO" drawn across each page, which pdftotext reads in
 * pieces where they cross the lines, each piece a line of its own:
 *
 *          b) Nội dung học tập gồm:
 *                                         ẢO
 *          - Sử dụng điện thoại thông minh, …
 *          c) Huy động đoàn viên thanh niên, … làm “tình nguyện viên
 *            H
 *   số”, hướng dẫn “cầm tay chỉ việc” …
 *
 * A line of one to four capitals, all of them letters of one watermark of
 * grammar/pages.json (as many times as it has them), is such a piece where
 * the text holds two of them at least: dropped, and the text around it read
 * as if it were not there (a paragraph goes on across it).
 */
import { makeLine, type Line } from './line.js';
import { grammar, onFirstUse } from '../grammar/load.js';

interface PagesFile {
  watermarks: string[];
}

/** The longest piece of a watermark looked at. */
const PIECE_LENGTH = 4;
/** The fewest pieces that tell a watermark's text. */
const MIN_PIECES = 2;

/** The letters of each watermark, with their counts. */
const watermarkLetters = onFirstUse((): Map<string, number>[] =>
  grammar<PagesFile>('pages').watermarks.map((w) => countLetters(w.normalize('NFC').replace(/\s+/g, ''))),
);

function countLetters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** A line that is a piece of a watermark: a few capitals, each a letter of one watermark, no more often than it has it. */
function isPiece(line: Line): boolean {
  const text = line.text;
  if (line.cells || text.length === 0 || text.length > PIECE_LENGTH || text.toUpperCase() !== text || text.toLowerCase() === text) return false;
  const counts = countLetters(text);
  return watermarkLetters().some((letters) => [...counts].every(([c, n]) => (letters.get(c) ?? 0) >= n));
}

/** The lines without a watermark's pieces; the same array when the text holds fewer than two. */
export function withoutWatermarks(lines: Line[]): Line[] {
  let pieces = 0;
  for (const line of lines) if (line.text.length <= PIECE_LENGTH && isPiece(line)) pieces++;
  if (pieces < MIN_PIECES) return lines;
  const out: Line[] = [];
  let blankBefore = false;
  for (const line of lines) {
    if (line.text.length <= PIECE_LENGTH && isPiece(line)) {
      blankBefore ||= line.blankBefore;
      continue;
    }
    out.push(blankBefore && !line.blankBefore ? makeLine({ ...line, blankBefore: true }) : line);
    blankBefore = false;
  }
  return out;
}
