/**
 * A page number that says so and gives the page count ("Trang 2/4", "Page
 * 2/4"): a page's footer wherever it stands, even with no blank line around
 * it, as Acrobat's "Save as Text" prints it under the page's last line.
 */
const PAGE_OF = /^(?:trang|page)\s*\d{1,3}\s*\/\s*\d{1,3}$/iu;

export function isPageOf(text: string): boolean {
  return PAGE_OF.test(text);
}
