/**
 * Phrases from grammar/ as parts of regular expressions, for the readers
 * whose phrases sit inside a larger pattern (a deadline after "trước", a
 * body after "của"). Each pattern is built on first use and kept.
 */

/** An alternation of phrases: escaped, longest first (so that "chậm nhất" is tried before "chậm"), a space matching any run of blanks. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A regular expression made on first use from grammar data, then reused. */
export function lazyPattern(build: () => RegExp): () => RegExp {
  let pattern: RegExp | null = null;
  return () => (pattern ??= build());
}
