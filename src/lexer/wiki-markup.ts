/**
 * DokuWiki, Jira and XWiki, as `pandoc -t dokuwiki`, `-t jira` and `-t xwiki`
 * write a Word document pasted into an intranet wiki or an issue tracker:
 *
 *   ====== I. MỤC TIÊU ======        h1. {anchor:i.-mục-tiêu}I. MỤC TIÊU     = I. MỤC TIÊU {{id name="i.-mục-tiêu" /}}=
 *   **Chỉ tiêu** //in nghiêng//      *Chỉ tiêu* _in nghiêng_                 **Chỉ tiêu** //in nghiêng//
 *   ^TT^Chỉ tiêu^ … / |1|Tỷ lệ …|    || *TT* || *Chỉ tiêu* || / | 1 | … |    |=TT |=Chỉ tiêu / |1 |Tỷ lệ …
 *   a cell's line break: \\          an escape: \- \(                       a cell of paragraphs: |=(((… )))
 *
 * Each is read as plain text with its marks turned to blanks, so that every
 * column stays where it is in the file: a heading's marks and anchor,
 * emphasis, escapes, XWiki's groups (XWiki's escapes, "https:~/~/", are
 * dropped, and move the columns after them); a table's separators become tabs, so
 * that a row is a row of cells, and a DokuWiki cell's line breaks part it as
 * well (the header's cells, the closing's list, each line a cell of its own).
 * XWiki's cells of several paragraphs (the header's two columns, the
 * recipients beside the signature) are read as their lines, one after the
 * other.
 */

import { EDGE_EMPHASIS, type LineOpenings } from './markup-lines.js';

export type WikiMarkup = 'dokuwiki' | 'jira' | 'xwiki';

/** "====== I. MỤC TIÊU ======": DokuWiki's heading, its level in the count of its marks. */
const DOKU_HEADING = /^[ \t]*(={2,6})[ \t]*([^=\s](?:.*[^=\s])?)[ \t]*\1[ \t]*$/;
/** "h1. {anchor:…}": Jira's heading and the anchor pandoc puts before its text. */
const JIRA_HEADING = /^[ \t]*h[1-6]\.[ \t]+(?:\{anchor:[^}\n]*\})?/;
/** Jira's heading as pandoc writes it, with its anchor: what tells it from Textile's. */
const JIRA_ANCHORED = /^[ \t]*h[1-6]\.[ \t]+\{anchor:/;
/** How many headings make a text one of these, looked for in its first lines. */
const HEADINGS = 2;

/**
 * What only XWiki prints among the wikis: the anchor pandoc gives a heading
 * ("= I. MỤC TIÊU {{id name=…" — MediaWiki's and DokuWiki's headings are `=`
 * too), a heading cell ("|=").
 */
const XWIKI_SIGN = /^[ \t]*(?:=+[ \t].*\{\{id name=|\|=)/;

/** Which of the three a text is written in: two headings (or XWiki's signs) of its kind, in its first lines; or none. */
export function wikiMarkupOf(openings: LineOpenings): WikiMarkup | null {
  if (openings.count('=|', XWIKI_SIGN, HEADINGS) >= HEADINGS) return 'xwiki';
  if (openings.count('=', DOKU_HEADING, HEADINGS) >= HEADINGS) return 'dokuwiki';
  return openings.count('h', JIRA_ANCHORED, HEADINGS) >= HEADINGS ? 'jira' : null;
}

/** DokuWiki's marks: bold, italics, underline, monospace, nowiki, a cell's line break. */
const DOKU_MARKS = /\*\*|\/\/(?!\/)|__|''|%%|\\\\/g;
/** Jira's marks at a word's edge (bold `*`, italics `_`, deleted `-`), its escapes' backslashes, a monospace's braces. */
const JIRA_MARKS = new RegExp(String.raw`${EDGE_EMPHASIS}|\\(?=[-()[\]{}*_|!#^~+])|\{\{|\}\}`, 'gu');

/** XWiki's marks: bold, italics (not a link's "://"), underline, a group's brackets, a line break, a macro ("{{id … /}}"). */
const XWIKI_MARKS = /\*\*|(?<!:)\/\/(?!\/)|__|\(\(\(|\)\)\)|\\\\|\{\{[^{}\n]*\/\}\}/g;
/** An escape: "~" before the character it keeps ("~~", "~*", "https:~/~/"), dropped (the columns after it move left). */
const XWIKI_ESCAPE = /~([^\n])/g;

/** The lines as plain text reads them. */
export function wikiMarkupLines(lines: readonly string[], markup: WikiMarkup): string[] {
  return lines.map((line) => (markup === 'dokuwiki' ? dokuLine(line) : markup === 'jira' ? jiraLine(line) : xwikiLine(line)));
}

function dokuLine(line: string): string {
  const heading = DOKU_HEADING.exec(line);
  if (heading) return line.replace(/=/g, ' ');
  const blanked = line.replace(DOKU_MARKS, (marks) => (marks === '\\\\' ? '\t ' : ' '.repeat(marks.length)));
  // a table's row: its separators (^ for a heading cell, | for another) between cells as tabs
  const start = blanked.trimStart()[0];
  return start === '^' || start === '|' ? cellsApart(blanked, /[\^|]/g) : blanked;
}

/**
 * A row's separators as tabs between its cells, and as blanks where they only
 * open or close the row: a row of one cell ("|| Nơi nhận:") is a line of
 * text, not a row with an empty first cell.
 */
function cellsApart(line: string, separator: RegExp): string {
  const first = line.search(/\S/);
  const last = line.trimEnd().length - 1;
  return line.replace(separator, (bars, at: number) => (at === first || at + bars.length - 1 === last ? ' '.repeat(bars.length) : '\t'.padEnd(bars.length, ' ')));
}

function jiraLine(line: string): string {
  const heading = JIRA_HEADING.exec(line);
  const text = heading ? ' '.repeat(heading[0].length) + line.slice(heading[0].length) : line;
  const blanked = text.replace(JIRA_MARKS, (marks) => ' '.repeat(marks.length));
  // a table's heading cells ("|| TT || Chỉ tiêu ||", wherever a cell of several lines puts them), and a row's cells ("| 1 | … |")
  return blanked.includes('|') ? cellsApart(blanked, /\|\|?/g) : blanked;
}

function xwikiLine(line: string): string {
  let blanked = line.replace(XWIKI_MARKS, (marks) => ' '.repeat(marks.length)).replace(XWIKI_ESCAPE, '$1');
  const start = blanked.trimStart()[0];
  if (start === '=' && blanked.trimEnd().endsWith('=')) blanked = withoutHeadingMarks(blanked);
  // a row's cells, heading ("|=") or not ("|"), the bar that opens the row a blank
  return start === '|' ? cellsApart(blanked, /\|=?/g) : blanked;
}

/** A heading's line with the runs of "=" at either end blanked ("= I. MỤC TIÊU =" → "  I. MỤC TIÊU  "). */
function withoutHeadingMarks(line: string): string {
  let from = line.length - line.trimStart().length;
  let to = line.trimEnd().length;
  while (line[from] === '=') from++;
  const close = to;
  while (to > from && line[to - 1] === '=') to--;
  return ' '.repeat(from) + line.slice(from, to) + ' '.repeat(close - to) + line.slice(close);
}
