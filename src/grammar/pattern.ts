/**
 * Phrases from grammar/ as parts of regular expressions, for the readers
 * whose phrases sit inside a larger pattern (a deadline after "trước", a
 * body after "của"). The vocabularies that hold such patterns build them
 * once, on first use.
 */
import { fold } from '../text/fold.js';

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * An alternation of phrases: escaped, longest first (so that "chậm nhất" is
 * tried before "chậm"), a space matching any run of blanks. An empty list
 * matches nothing; an empty phrase, which would match everywhere, is a bug in
 * the grammar files.
 */
export function alternation(phrases: readonly string[]): string {
  // escaping writes no space: every space of the literal alternation is one of a phrase
  return literalAlternation(phrases).replace(/ /g, '\\s+');
}

/** An alternation of phrases matched exactly as written (a space is one space), longest first. */
export function literalAlternation(phrases: readonly string[]): string {
  if (phrases.length === 0) return '(?!)';
  if (phrases.includes('')) throw new Error('an empty phrase in the vocabulary');
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(SPECIAL, '\\$&'))
    .join('|');
}

/** A word matched in either case, with or without its diacritics, as header cells type it: "Số" gives [Ss][ốỐoO]. */
export function looseWord(word: string): string {
  return [...word]
    .map((ch) => {
      const variants = new Set([ch, ch.toLowerCase(), ch.toUpperCase(), fold(ch), fold(ch).toUpperCase()]);
      return variants.size === 1 ? ch.replace(SPECIAL, '\\$&') : `[${[...variants].join('').replace(/[\]\\^-]/g, '\\$&')}]`;
    })
    .join('');
}
