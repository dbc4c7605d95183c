/**
 * Three signatures or more side by side, as a hospital or a department signs
 * its own plan: those who drew it up and checked it beside the head who
 * approves it, each title over its name in a column of its own (pdftotext
 * -layout of a table of three cells):
 *
 *   NGƯỜI LẬP KẾ             TRƯỞNG PHÒNG                   GIÁM ĐỐC
 *     HOẠCH                   ĐIỀU DƯỠNG
 *
 *     Trần Thị Thu               Lê Văn Bảy               Nguyễn Hữu Tâm
 *
 * Each line under the titles goes to the column whose title it stands
 * under, by the middle of its text, a title wrapped onto the line under it
 * joined; the rightmost block is the head's, the plan's signature.
 */
import { movedLine, type Line } from '../lexer/line.js';
import { isMostlyUpper } from '../text/fold.js';

/** A part of a line and where it starts: a column's text. */
export interface Placed {
  readonly text: string;
  readonly line: Line;
  readonly start: number;
}

/** The fewest blocks side by side that make such a row (two are a joint plan's, or the recipients beside the signature). */
const MIN_BLOCKS = 3;
/** The longest title a block prints on a line. */
const TITLE_LENGTH = 40;

/** Whether a line prints three titles or more side by side, in capitals, the last a signer's (`isTitle`). */
export function isSignatureRow(line: Line, isTitle: (text: string) => boolean): boolean {
  const columns = line.columns;
  if (!columns || columns.length < MIN_BLOCKS) return false;
  return columns.every((c) => c.text.length <= TITLE_LENGTH && isMostlyUpper(c.text)) && isTitle(columns[columns.length - 1]!.text);
}

/**
 * The blocks of the row opened by `lines[from]`, left to right, each the parts
 * of the lines under its title, up to `to` or to the first line that is no
 * block's (`ends`: the recipients' heading, a list's entry); and where that
 * line is.
 */
export function signatureBlocks(lines: readonly Line[], from: number, to: number, ends: (text: string) => boolean): { blocks: Placed[][]; end: number } {
  const titles = lines[from]!.columns!;
  const middles = titles.map((c) => c.start + c.text.length / 2);
  const blocks: Placed[][] = titles.map(() => []);
  let k = from;
  for (; k < to; k++) {
    const line = lines[k]!;
    const parts = line.columns ?? [{ text: line.text, start: line.start }];
    if (ends(parts[0]!.text)) break;
    for (const part of parts) {
      const block = blocks[nearest(middles, part.start + part.text.length / 2)]!;
      const placed = movedLine(line, { index: line.index, start: part.start, end: part.start + part.text.length, text: part.text, cells: null });
      const last = block[block.length - 1];
      // "TRƯỞNG PHÒNG" over "ĐIỀU DƯỠNG": a title its narrow column wrapped goes on on the line under it
      if (last && block.every((p) => isMostlyUpper(p.text)) && isMostlyUpper(part.text) && last.line.index === line.index - 1) {
        block[block.length - 1] = { text: `${last.text} ${part.text}`, line: last.line, start: last.start };
      } else block.push({ text: part.text, line: placed, start: part.start });
    }
  }
  return { blocks, end: k };
}

function nearest(middles: readonly number[], at: number): number {
  let best = 0;
  for (let i = 1; i < middles.length; i++) if (Math.abs(middles[i]! - at) < Math.abs(middles[best]! - at)) best = i;
  return best;
}
