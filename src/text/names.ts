/**
 * A person's name as a signature prints it under the signer's title
 * ("Nguyễn Thị Thu Hà"): two to six words, most of them capitalised, not in
 * capitals as a title is, no digits or sentence punctuation.
 */
import { isMostlyUpper } from './fold.js';

export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[\d:;,.!?()]/.test(text)) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= Math.ceil(words.length / 2) && !isMostlyUpper(text);
}
