/**
 * Words around a position, read by scanning outwards from it: cheaper than
 * splitting the whole text when only the nearest words matter.
 */
import { isBlank } from './spaces.js';

/**
 * The last word, the word before it and the two together, before `at`, in
 * small letters, within `limit` characters (the whole text before it by
 * default): "theo tiêu chí số 14" → "số", "chí", "chí số".
 */
export function wordsBefore(text: string, at: number, limit = at): { last: string; previous: string; lastTwo: string } {
  const floor = Math.max(0, at - limit);
  let end = at;
  while (end > floor && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > floor && !isBlank(text.charCodeAt(start - 1))) start--;
  const last = text.slice(start, end).toLowerCase();
  let end2 = start;
  while (end2 > floor && isBlank(text.charCodeAt(end2 - 1))) end2--;
  let start2 = end2;
  while (start2 > floor && !isBlank(text.charCodeAt(start2 - 1))) start2--;
  const previous = text.slice(start2, end2).toLowerCase();
  return { last, previous, lastTwo: previous ? `${previous} ${last}` : last };
}

