/**
 * Page furniture that PDF and Word exports leave in the text: page numbers
 * ("3", "- 4 -", "Trang 5", "2/7"), running headers or footers (the same
 * short line standing alone at every page break, its page number aside:
 * "Bệnh viện Đa khoa tỉnh … Trang 3/4"), and footnotes at the foot of a page
 * ("² Trừ trường hợp …"). None is content.
 */
import type { Line } from '../lexer/line.js';
import { isPageOf, pageWords } from '../lexer/page-marks.js';
import { onFirstUse } from '../grammar/load.js';
import { labelOf } from './labels.js';
import { endsSentence } from './continuation.js';

const pagePatterns = onFirstUse(() => {
  const words = pageWords().alternation;
  return {
    /** A page number alone: "3", "- 4 -", "Trang 5", "2/7". */
    alone: new RegExp(`^(?:(?:${words})\\s*)?[-–—]?\\s*\\d{1,3}\\s*(?:\\/\\s*\\d{1,3}\\s*)?[-–—]?$`, 'iu'),
    /** A page number at the end of a running line, which changes from page to page. */
    trailing: new RegExp(`\\s(?:(?:${words})\\s*)?\\d{1,3}(?:\\s*\\/\\s*\\d{1,3})?$`, 'iu'),
  };
});
/** A footnote's text: its number in superscript, then a space. */
const FOOTNOTE = /^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s/u;
/** How often a lone line must recur to be a running header or footer. */
const RUNNING_MIN = 3;
const RUNNING_MAX_LENGTH = 160;

/** A line standing alone between blank lines (or at the end). */
function isolated(line: Line, next: Line | undefined): boolean {
  return line.blankBefore && (next === undefined || next.blankBefore);
}

/**
 * A page number standing alone between blank lines, or right above a
 * labelled item where a page break left no blank line after it ("3" over
 * "d) Truyền thông: …"), or between a sentence's end and a labelled item
 * where the text has no blank lines at all (pypdf's), or one that says so
 * ("Trang 2/4") wherever it stands.
 */
export function isPageNumber(line: Line, next: Line | undefined, previous?: Line): boolean {
  if (isPageOf(line.text)) return true;
  if (!pagePatterns().alone.test(line.text)) return false;
  if (!line.blankBefore) return previous !== undefined && endsSentence(previous.text) && aboveLabel(line, next);
  return next === undefined || next.blankBefore || aboveLabel(line, next);
}

/** A bare figure right above a labelled item. */
function aboveLabel(line: Line, next: Line | undefined): boolean {
  return next !== undefined && /^\d{1,3}$/.test(line.text) && labelOf(next) !== null;
}

/**
 * Where a running header or footer stands: alone between blank lines, or,
 * where no blank line sets it apart, beside a page number that says so.
 */
function standsApart(previous: Line | undefined, line: Line, next: Line | undefined): boolean {
  return isolated(line, next) || (previous !== undefined && isPageOf(previous.text)) || (next !== undefined && (isPageOf(next.text) || PAGE_COUNTER.test(next.text)));
}

/** A browser's page counter under its footer's address ("1/3"): the line above it is the footer, whatever stands above that. */
const PAGE_COUNTER = /^\d{1,3}\s*\/\s*\d{1,3}$/;

/** The texts of running headers and footers, page numbers aside: short lone lines that recur at least three times. */
export function runningLines(lines: readonly Line[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells || line.text.length > RUNNING_MAX_LENGTH || !standsApart(lines[i - 1], line, lines[i + 1])) continue;
    const key = runningKey(line.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [text, n] of counts) if (n >= RUNNING_MIN && text) out.add(text);
  return out;
}

/** A lone line without the page number it ends with. */
function runningKey(text: string): string {
  // only a line that ends in a figure can end in a page number: most are left at once
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 ? text.replace(pagePatterns().trailing, '') : text;
}

/** Whether a line is furniture: a page number, or one of the running lines found in the document, where such a line stands. */
export function isFurniture(line: Line, previous: Line | undefined, next: Line | undefined, running: ReadonlySet<string>): boolean {
  // most documents have no running line: their lines are not keyed to look for one
  return isPageNumber(line, next, previous) || (running.size > 0 && standsApart(previous, line, next) && running.has(runningKey(line.text)));
}

/** The first line of a footnote at the foot of a page ("² Trừ trường hợp …"): it and the lines that carry it on are no content. */
export function isFootnote(line: Line): boolean {
  return line.blankBefore && FOOTNOTE.test(line.text);
}
