/**
 * A heading glued to the end of the paragraph before it, as a converter that
 * rebuilds paragraphs from a PDF joins the lines it takes for one (calibre's
 * PDF input): a section's, or a table's first cell when the table prints a
 * cell a line.
 *
 *   "… trên địa bàn xã năm 2026, cụ thể như sau: I. MỤC ĐÍCH, YÊU CẦU"
 *   "… từ các nguồn sau (đơn vị tính: đồng): **STT**"
 *
 * The heading (a Roman label and a title in capitals, or an ordinal column's
 * heading) after a sentence's end or a colon is cut off the line's end into a
 * line of its own, where it is printed. Only a line's last characters are
 * looked at.
 */
import { makeLine, type Line } from './line.js';
import { isOrdinalHeading } from './cell-tables.js';
import { readLabel } from '../parser/labels.js';

/** How far from a line's end a glued heading is looked for. */
const REACH = 100;
/** A sentence's end or a colon and a blank, where a glued heading may start. */
const BREAK = /[:.;]\s+/gu;
/** Letters a section's heading in capitals holds, more than these. */
const TITLE_LETTERS = 4;
/** A table's first heading after a colon, to the line's end ("…: STT"). */
const ORDINAL_END = /:\s+(\S{1,8})$/u;

export function withGluedHeadingsCut(lines: Line[], raw: readonly string[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cut = line.cells || line.columns || line.text.length < REACH / 4 || !endsInCapital(line.text) ? null : gluedHeading(line, raw[line.index] ?? '');
    if (!cut) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out.push(makeLine({ ...line, text: line.text.slice(0, cut.textAt).trimEnd(), end: cut.rawAt }));
    out.push(makeLine({ ...line, text: cut.heading, start: cut.rawAt, blankBefore: true, cut: true }));
  }
  return out ?? lines;
}

/** A heading glued to a line ends it in capitals: one look at its last character rules out nearly every line. */
function endsInCapital(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return last !== last.toLowerCase();
}

/** Where a glued heading starts in a line's text and in its physical line, and the heading; null for none. */
function gluedHeading(line: Line, printed: string): { textAt: number; rawAt: number; heading: string } | null {
  const from = Math.max(0, line.text.length - REACH);
  const tail = line.text.slice(from);
  const m = gluedSection(tail) ?? gluedOrdinal(tail);
  if (!m) return null;
  const heading = m.heading.trimEnd();
  const rawAt = printed.lastIndexOf(heading, line.end);
  if (rawAt < line.start) return null;
  return { textAt: from + m.at + 1, rawAt, heading };
}

/** "…: I. MỤC ĐÍCH, YÊU CẦU": the first break after which a Roman label (labels.ts') and a title in capitals run to the end. */
function gluedSection(tail: string): { at: number; heading: string } | null {
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(tail); m; m = BREAK.exec(tail)) {
    const heading = tail.slice(m.index + m[0].length);
    const label = readLabel(heading);
    if (label?.style !== 'roman' || label.part || /\p{Ll}/u.test(heading)) continue;
    if (heading.replace(/[^\p{L}]/gu, '').length > TITLE_LETTERS && /\p{Lu}{2}/u.test(heading.slice(label.rest))) return { at: m.index, heading };
  }
  return null;
}

/** "… như sau: STT": the heading of a table's ordinal column at the line's end. */
function gluedOrdinal(tail: string): { at: number; heading: string } | null {
  const m = ORDINAL_END.exec(tail);
  return m && isOrdinalHeading(m[1]!) ? { at: m.index, heading: m[1]! } : null;
}
