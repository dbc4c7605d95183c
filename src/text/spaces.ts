/**
 * White space, tidied: runs of spaces, tabs and other blanks become one
 * space. Most text is tidy already, so a quick test spares the rewrite.
 */

/** Two blanks in a row, or a blank that is not a plain space (the pattern engine scans for it faster than a loop). */
const UNTIDY = /\s\s|[^\S ]/;

/** Collapses each run of white space to one space (the ends are kept: trim them yourself). */
export function collapseSpaces(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Whether a code unit is white space, as `\s` has it. */
export function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapses white space and trims the ends. */
export function tidySpaces(text: string): string {
  return collapseSpaces(text).trim();
}

/**
 * Removes the emphasis marks `*` and `_` that exports leave in text; an
 * underscore inside a word is no emphasis, in markdown as in plain text, and
 * stays ("ke_hoach_2026.docx", OCR's "d_ch" for a letter it could not read).
 */
export function stripEmphasis(text: string): string {
  return text.includes('*') || text.includes('_') ? text.replace(EMPHASIS_MARKS, '') : text;
}

const EMPHASIS_MARKS = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
