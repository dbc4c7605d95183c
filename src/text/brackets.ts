/**
 * Brackets left open: "… (qua Phòng Nghiệp vụ" has one, "(b/c)" none. Read
 * from the end, as the readers ask about the text before a word.
 */

/** Whether a bracket opened in a text (up to `at`, included) is still open there. */
export function isBracketOpen(text: string, at = text.length): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
}
