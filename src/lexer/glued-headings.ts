/**
 * A section's heading glued to the end of the paragraph before it, as a
 * converter that rebuilds paragraphs from a PDF joins the lines it takes for
 * one (calibre's PDF input):
 *
 *   "… trên địa bàn xã năm 2026, cụ thể như sau: I. MỤC ĐÍCH, YÊU CẦU"
 *
 * The heading, a Roman label and a title in capitals after a sentence's end
 * or a colon, is cut off the line's end into a line of its own, where it is
 * printed. Only a line's last characters are looked at.
 */
import { makeLine, type Line } from './line.js';

/** How far from a line's end a glued heading is looked for. */
const REACH = 100;
/** A sentence's end or a colon, then a Roman label and a title with no small letter, to the line's end. */
const GLUED = /[:.;]\s+((?:X{0,2}(?:IX|IV|V?I{0,3}))\.\s+\p{Lu}[^\p{Ll}]*)$/u;
/** Letters a title in capitals holds, at least. */
const TITLE_LETTERS = 4;

export function withGluedHeadingsCut(lines: Line[], raw: readonly string[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const cut = line.cells || line.columns || line.text.length < REACH / 4 ? null : gluedHeading(line, raw[line.index] ?? '');
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

/** Where a glued heading starts in a line's text and in its physical line, and the heading; null for none. */
function gluedHeading(line: Line, printed: string): { textAt: number; rawAt: number; heading: string } | null {
  const from = Math.max(0, line.text.length - REACH);
  const m = GLUED.exec(line.text.slice(from));
  if (!m || m[1]!.replace(/[^\p{L}]/gu, '').length < TITLE_LETTERS + 1 || !/\p{Lu}{2}/u.test(m[1]!)) return null;
  const heading = m[1]!.trimEnd();
  const rawAt = printed.lastIndexOf(heading, line.end);
  if (rawAt < line.start) return null;
  return { textAt: from + m.index + 1, rawAt, heading };
}
