/**
 * What the marked-up texts a converter writes as plain text share (Textile,
 * DokuWiki, Jira): a look at a text's first lines for the marks that open
 * their blocks, and the emphasis that stands at a word's edge.
 */

/** How many lines are looked at for a dialect's marks. */
const LOOK = 2000;

/** `*bold*`, `_italics_` at a word's edge, a run of marks at a time (not the "_" inside a file name). */
export const EDGE_EMPHASIS = String.raw`(?<![\p{L}\p{N}*_])[*_]+(?=[^\s*_])|(?<=[^\s*_])[*_]+(?![\p{L}\p{N}*_])`;

/**
 * How many of a text's first lines open, after their indentation, with one
 * of `initials` and match `pattern`, counted up to `enough`: one look at a
 * line's first letter rules out nearly every line before its pattern runs.
 */
export function linesOpening(lines: readonly string[], initials: string, pattern: RegExp, enough: number): number {
  let count = 0;
  const end = Math.min(lines.length, LOOK);
  for (let i = 0; i < end && count < enough; i++) {
    const line = lines[i]!;
    let k = 0;
    while (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9) k++;
    if (initials.includes(line.charAt(k)) && line.charAt(k) !== '' && pattern.test(line)) count++;
  }
  return count;
}
