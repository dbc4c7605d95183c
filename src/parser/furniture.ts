/**
 * Page furniture that PDF and Word exports leave in the text: page numbers
 * ("3", "- 4 -", "Trang 5", "2/7") and running headers or footers (the same
 * short line standing alone at every page break). Neither is content.
 */
import type { Line } from '../lexer/line.js';

const PAGE_NUMBER = /^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,3}\s*(?:\/\s*\d{1,3}\s*)?[-–—]?$/iu;
/** How often a lone line must recur to be a running header or footer. */
const RUNNING_MIN = 3;
const RUNNING_MAX_LENGTH = 100;

/** A line standing alone between blank lines (or at the end). */
function isolated(line: Line, next: Line | undefined): boolean {
  return line.blankBefore && (next === undefined || next.blankBefore);
}

/** A page number standing alone between blank lines. */
export function isPageNumber(line: Line, next: Line | undefined): boolean {
  return isolated(line, next) && PAGE_NUMBER.test(line.text);
}

/** The texts of running headers and footers: short lone lines that recur at least three times. */
export function runningLines(lines: readonly Line[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells || line.text.length > RUNNING_MAX_LENGTH || !isolated(line, lines[i + 1])) continue;
    counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [text, n] of counts) if (n >= RUNNING_MIN) out.add(text);
  return out;
}

/** Whether a line is furniture: a page number, or one of the running lines found in the document. */
export function isFurniture(line: Line, next: Line | undefined, running: ReadonlySet<string>): boolean {
  return isPageNumber(line, next) || (running.has(line.text) && isolated(line, next));
}
