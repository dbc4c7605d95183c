/**
 * White space, tidied: runs of spaces, tabs and other blanks become one
 * space. Most text is tidy already, so a quick test spares the rewrite.
 */

/** Two blanks in a row, or a blank that is not a plain space. */
const UNTIDY = /\s\s|[^\S ]/;

/** Collapses each run of white space to one space (the ends are kept: trim them yourself). */
export function collapseSpaces(text: string): string {
  return UNTIDY.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Collapses white space and trims the ends. */
export function tidySpaces(text: string): string {
  return collapseSpaces(text).trim();
}

/** Removes the emphasis marks `*` and `_` that exports leave in text. */
export function stripEmphasis(text: string): string {
  return text.includes('*') || text.includes('_') ? text.replace(/[*_]+/g, '') : text;
}
