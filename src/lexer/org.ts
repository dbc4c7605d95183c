/**
 * Emacs Org mode, as `pandoc -t org` writes a Word document: headlines
 * behind stars ("* I- MỤC ĐÍCH"), each followed by a property drawer
 * (":PROPERTIES:" … ":END:"), bold, italics and underlining as `*…*`,
 * `/…/` and `_…_`, and tables between pipes, their rules drawn with `+`.
 *
 *   * II- MỤC TIÊU
 *     :PROPERTIES:
 *     :CUSTOM_ID: ii--mục-tiêu
 *     :END:
 *   | *TT* | *Chỉ tiêu* | *Đơn vị tính* |
 *   |------+------------+---------------|
 *
 * The text is read as plain text with the headlines' stars, the drawers and
 * the emphasis marks turned to blanks, so that every column stays where it
 * is in the file; the tables are the pipe tables plain text reads.
 */

/** A headline: stars, a space, its title. */
const HEADLINE = /^\*+[ \t]+(?=\S)/;
/** A drawer's first and last lines. */
const DRAWER_OPEN = /^[ \t]*:PROPERTIES:[ \t]*$/;
const DRAWER_END = /^[ \t]*:END:[ \t]*$/;
/** Emphasis marks around words: "*KẾ HOẠCH*", "/Hàm Yên, ngày …/", "_Nơi nhận_:" (not the slash of "10/6" or "b/c"). */
const EMPHASIS = /(?<![\p{L}\p{N}/*_])[*/_](?=[^\s*/_])|(?<=[^\s*/_])[*/_](?![\p{L}\p{N}/*_])/gu;

/** Whether a text is Org: a headline with its property drawer under it. */
export function looksLikeOrg(text: string): boolean {
  return text.includes(':PROPERTIES:') && /^\*+ \S.*\n[ \t]*:PROPERTIES:[ \t]*$/m.test(text);
}

/** The lines as plain text reads them: headline stars, drawers and emphasis marks as blanks. */
export function orgLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let drawer = false;
  for (const line of lines) {
    if (drawer || DRAWER_OPEN.test(line)) {
      drawer = !DRAWER_END.test(line);
      out.push(' '.repeat(line.length));
      continue;
    }
    const headline = HEADLINE.exec(line);
    const text = headline ? ' '.repeat(headline[0].length) + line.slice(headline[0].length) : line;
    out.push(text.replace(EMPHASIS, ' '));
  }
  return out;
}
