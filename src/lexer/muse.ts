/**
 * Emacs Muse, as `pandoc -t muse` writes a Word document: headings behind
 * stars at a line's start ("* I. MỤC TIÊU", where markdown would see a
 * bullet), bold and italics as `**…**` and `*…*`, text kept from markup
 * inside `<verbatim>` tags, a block quoted inside `<quote>`, and footnotes
 * marked in the text ("Luật Thú y[2]") and printed at the end of the
 * document ("[2] Luật số 79/2015/QH13 …").
 *
 *   * III. MỤC TIÊU
 *
 *   *<verbatim>**Nơi</verbatim> <verbatim>nhận:**</verbatim>* **TM. ỦY BAN
 *
 * The text is read as plain text with the headings' stars, the tags, the
 * emphasis marks and the footnotes' marks turned to blanks, so that every
 * column stays where it is in the file; a footnote's own text stays where
 * it is printed.
 */

import { EDGE_EMPHASIS, type LineOpenings } from './markup-lines.js';

/** A heading: one to five stars at the line's start, a space, its title. */
const HEADING = /^\*{1,5} (?=\S)/;
/** A section's heading behind its stars ("* III. MỤC TIÊU"): what tells Muse from a list of "* " bullets (Google Docs' text). */
const SECTION_HEADING = /^\*{1,5} [IVXLC]{1,6}[.\-)] /;
/** What Muse alone prints among the texts that put stars before a heading: its tags and its footnotes' text. */
const MUSE_SIGN = /<\/?(?:verbatim|quote|example|literal)>|^\[\d{1,3}\] \S/;
/** Muse's tags, a footnote's mark after a word ("nhiễm[1]"), and the emphasis at a word's edge. */
const MARKS = new RegExp(String.raw`<\/?(?:verbatim|quote|example|literal|br)>|(?<=\S)\[\d{1,3}\]|${EDGE_EMPHASIS}`, 'gu');
/** How many headings make a text Muse, with one of its signs. */
const HEADINGS = 2;

/** Whether a text is Muse: two sections' headings behind stars, and a tag or a footnote of Muse's. */
export function looksLikeMuse(openings: LineOpenings, lines: readonly string[]): boolean {
  return openings.count('*', SECTION_HEADING, HEADINGS) >= HEADINGS && lines.some((line) => MUSE_SIGN.test(line));
}

/** The lines as plain text reads them: headings' stars, tags, footnotes' marks and emphasis as blanks. */
export function museLines(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const heading = HEADING.exec(line);
    const text = heading ? ' '.repeat(heading[0].length) + line.slice(heading[0].length) : line;
    return text.replace(MARKS, (marks) => ' '.repeat(marks.length));
  });
}
