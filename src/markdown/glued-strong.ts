/**
 * A bold run that ends on a colon glued to the word after it, as html-to-md
 * prints Word's "**3. Trạm Y tế phường:** Tổ chức …" when the space after
 * the bold went with it: "**3\. Trạm Y tế phường:**Tổ chức". CommonMark reads
 * no emphasis there (a closing run after punctuation must be followed by a
 * blank or punctuation), and the body's name would be lost in literal marks.
 * The colon and the run trade places ("…phường**:Tổ chức"), which CommonMark
 * reads as bold: the line keeps its length, so columns stay.
 */

/** A line with each glued bold end set apart from the word after it; the line itself when it has none. */
export function withStrongEndsApart(line: string): string {
  return line.includes(':**') ? apart(line) : line;
}

/**
 * Each ":**" with a letter after it and, back to the nearest "*" before it,
 * the "**" that opened the run, its text without blanks at either end. Each
 * look back stops at that "*", so the line is read once.
 */
function apart(line: string): string {
  let out = '';
  let from = 0;
  for (let at = line.indexOf(':**'); at >= 0; at = line.indexOf(':**', at + 3)) {
    const after = line[at + 3];
    if (after === undefined || !LETTER.test(after)) continue;
    const open = line.lastIndexOf('*', at - 1);
    if (open < 1 || open + 1 >= at || line[open - 1] !== '*' || BLANK.test(line[open + 1]!) || BLANK.test(line[at - 1]!)) continue;
    out += `${line.slice(from, at)}**:`;
    from = at + 3;
  }
  return from === 0 ? line : out + line.slice(from);
}

const LETTER = /\p{L}/u;
const BLANK = /\s/;
