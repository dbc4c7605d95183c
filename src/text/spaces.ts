/**
 * White space, tidied: runs of spaces, tabs and other blanks become one
 * space. Most text is tidy already, so a quick test spares the rewrite.
 */

/** Collapses each run of white space to one space (the ends are kept: trim them yourself). */
export function collapseSpaces(text: string): string {
  return isTidy(text) ? text : text.replace(/\s+/g, ' ');
}

/** No two blanks in a row, and no blank but the plain space (a character loop: cheaper than a pattern tried at every position). */
function isTidy(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < 32 || (c >= 0x7f && isBlank(c))) return false;
    else previousSpace = false;
  }
  return true;
}

/** Whether a code unit is white space, as `\s` has it. */
export function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapses white space and trims the ends. */
export function tidySpaces(text: string): string {
  return collapseSpaces(text).trim();
}

/** Removes the emphasis marks `*` and `_` that exports leave in text. */
export function stripEmphasis(text: string): string {
  return text.includes('*') || text.includes('_') ? text.replace(/[*_]+/g, '') : text;
}
