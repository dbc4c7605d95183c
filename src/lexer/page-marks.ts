/**
 * A page number that says so and gives the page count ("Trang 2/4", "Page
 * 2/4"): a page's footer wherever it stands, even with no blank line around
 * it, as Acrobat's "Save as Text" prints it under the page's last line; and
 * the mark pdf-parse (pdf.js) prints between one page's text and the next's
 * ("-- 2 of 4 --").
 */
const PAGE_OF = /^(?:trang|page)\s*\d{1,3}\s*\/\s*\d{1,3}$/iu;
const PAGE_JOINER = /^--\s*\d{1,4}\s+of\s+\d{1,4}\s*--$/;

export function isPageOf(text: string): boolean {
  return PAGE_OF.test(text) || (text.charCodeAt(0) === 0x2d && PAGE_JOINER.test(text));
}
