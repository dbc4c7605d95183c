/**
 * What the marked-up texts a converter writes as plain text share (Textile,
 * DokuWiki, Jira, XWiki, Muse): a look at a text's first lines for the marks
 * that open their blocks, and the emphasis that stands at a word's edge.
 */

/** How many lines are looked at for a dialect's marks. */
const LOOK = 2000;

/** `*bold*`, `_italics_` at a word's edge, a run of marks at a time (not the "_" inside a file name). */
export const EDGE_EMPHASIS = String.raw`(?<![\p{L}\p{N}*_])[*_]+(?=[^\s*_])|(?<=[^\s*_])[*_]+(?![\p{L}\p{N}*_])`;

/**
 * A text's first lines by the character each opens with after its
 * indentation: one pass over them, after which each dialect's look at the
 * lines that open with its marks ("=", "*", "h", "p") reads those lines only.
 */
export class LineOpenings {
  private readonly byInitial = new Map<string, string[]>();

  constructor(lines: readonly string[]) {
    const end = Math.min(lines.length, LOOK);
    for (let i = 0; i < end; i++) {
      const line = lines[i]!;
      let k = 0;
      while (line.charCodeAt(k) === 32 || line.charCodeAt(k) === 9) k++;
      if (k >= line.length) continue;
      const initial = line.charAt(k);
      const list = this.byInitial.get(initial);
      if (list) list.push(line);
      else this.byInitial.set(initial, [line]);
    }
  }

  /** How many of the lines that open with one of `initials` match `pattern`, counted up to `enough`. */
  count(initials: string, pattern: RegExp, enough: number): number {
    let count = 0;
    for (const initial of initials) {
      for (const line of this.byInitial.get(initial) ?? []) {
        if (pattern.test(line) && ++count >= enough) return count;
      }
    }
    return count;
  }
}
