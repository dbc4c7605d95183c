/**
 * A page number that says so and gives the page count ("Trang 2/4", "Page
 * 2/4"): a page's footer wherever it stands, even with no blank line around
 * it, as Acrobat's "Save as Text" prints it under the page's last line; and
 * the mark pdf-parse (pdf.js) prints between one page's text and the next's
 * ("-- 2 of 4 --").
 */
import { grammar, onFirstUse } from '../grammar/load.js';
import { literalAlternation } from '../grammar/pattern.js';

interface PagesFile {
  pageWords: string[];
}

/** grammar/pages.json's page words, as an alternation for the patterns of page numbers. */
export const pageWords = onFirstUse((): { alternation: string } => ({ alternation: literalAlternation(grammar<PagesFile>('pages').pageWords) }));

const pageOf = onFirstUse(() => new RegExp(`^(?:${pageWords().alternation})\\s*\\d{1,3}\\s*\\/\\s*\\d{1,3}$`, 'iu'));
const PAGE_JOINER = /^--\s*\d{1,4}\s+of\s+\d{1,4}\s*--$/;

export function isPageOf(text: string): boolean {
  return pageOf().test(text) || (text.charCodeAt(0) === 0x2d && PAGE_JOINER.test(text));
}
