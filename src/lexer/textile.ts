/**
 * Textile, as two converters write a Word document. calibre's `ebook-convert
 * --txt-output-formatting=textile` puts each paragraph behind its block
 * signature ("p. ", "p=. " centred, "p<>. " justified, "h2. "), bold and
 * italics as `*…*` and `_…_`, bracketed where they touch a word ("[*Nơi
 * nhận:*]"), text kept from markup between `==`, and a table's cells each a
 * paragraph between lines of a lone `|`:
 *
 *   p=. [*KẾ HOẠCH*]
 *   p<>. [*I. MỤC ĐÍCH, YÊU CẦU*]
 *   p<>. [_a) Khám thể lực: _]đo chiều cao, cân nặng …
 *    |
 *   p=. [*Ngày khám*]
 *
 * pandoc's `-t textile` gives a heading its anchor ("h1(#i.-mục-đích). I.
 * MỤC ĐÍCH"), leaves other paragraphs bare, writes every hyphen "&#45;" and
 * prints its tables as raw HTML (lexer/html-tables.ts reads them).
 *
 * The text is read as plain text with the signatures, the marks and the
 * cells' pipes turned to blanks, so that every column stays where it is in
 * the file, and character references decoded (the columns after one move
 * left).
 */

import { EDGE_EMPHASIS, type LineOpenings } from './markup-lines.js';
import { decodeReferences } from '../markdown/references.js';

/** A block's signature at a line's start: its kind, its alignment, style and class marks ("h1(#i.-mục-tiêu)."), a point and a blank. */
const SIGNATURE = /^[ \t]*(?:p|h[1-6]|bq|fn\d+)(?:<>|[<>=()]|\{[^}\n]*\}|\[[a-z-]+\]|\([^()\n]+\))*\.[ \t]/;
/** Emphasis and escapes: "[*", "*]", "[_", "_]", "==", and `*`, `_` at a word's edge. */
const MARKS = new RegExp(String.raw`\[[*_]+|[*_]+\]|==|${EDGE_EMPHASIS}`, 'gu');
/** A line that holds a table cell's pipe alone. */
const CELL_PIPE = /^[ \t]*\|[ \t]*$/;
/** How many signatures make a text Textile, looked for in its first lines. */
const SIGNATURES = 3;

/** Whether a text is Textile: three paragraphs behind a block signature at least, in its first lines. */
export function looksLikeTextile(openings: LineOpenings): boolean {
  return openings.count('phbf', SIGNATURE, SIGNATURES) >= SIGNATURES;
}

/** The lines as plain text reads them: signatures, emphasis marks and cell pipes as blanks. */
export function textileLines(lines: readonly string[]): string[] {
  return lines.map((line) => {
    if (CELL_PIPE.test(line)) return ' '.repeat(line.length);
    const signature = SIGNATURE.exec(line);
    const text = signature ? ' '.repeat(signature[0].length) + line.slice(signature[0].length) : line;
    // "38/KH&#45;UBND": the number pandoc prints, read as "38/KH-UBND"
    return decodeReferences(text.replace(MARKS, (marks) => ' '.repeat(marks.length)));
  });
}
