/**
 * Tone marks placed two ways in one document (KH007): "hòa" here, "hoà"
 * there. A syllable that ends in oa, oe or uy may carry its mark on either
 * vowel (grammar/alphabet.json); both habits are in use, and a document
 * should keep to one. The first syllable of the habit used less is reported,
 * with the first of the other beside it.
 */
import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceText } from '../reader/source.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { keptAndSlip, type Way } from './habits.js';

interface Alphabet {
  toneMarked: Record<string, string>;
  toneGlides: string[];
}


/**
 * One pattern for both habits: the mark on the glide's first vowel (group 1)
 * or on its second (group 2), at the end of a syllable, both cases spelt out.
 */
const glidePattern = onFirstUse((): RegExp => {
  const { toneMarked, toneGlides } = grammar<Alphabet>('alphabet');
  const plain = (vowel: string): string => `[${vowel}${vowel.toUpperCase()}]`;
  const marked = (vowel: string): string => `[${toneMarked[vowel]}${toneMarked[vowel]!.toUpperCase()}]`;
  const onFirst = toneGlides.map(([a, b]) => marked(a!) + plain(b!)).join('|');
  const onSecond = toneGlides.map(([a, b]) => plain(a!) + marked(b!)).join('|');
  return new RegExp(`(?:(${onFirst})|(${onSecond}))(?!\\p{L})`, 'gu');
});

export function checkToneMarks(source: SourceText, diagnostics: Diagnostics): void {
  const chosen = keptAndSlip(glideHabits(source.text).filter((h): h is Way<string> => h !== null));
  if (!chosen) return;
  const { kept, slip } = chosen;
  diagnostics.report('KH007', source.spanOfOffsets(slip.at, slip.at + slip.first.length), {
    here: slip.first,
    other: kept.first,
    line: source.lineIndexAt(kept.at) + 1,
  });
}

/**
 * Each habit of a text (the mark on the glide's first vowel, or on its
 * second): its first syllable, where that starts, and how often it is seen.
 * (A loop over the code units instead of the pattern was measured 7% slower
 * for the whole compile: the pattern engine skips the text faster.)
 */
export function glideHabits(text: string): [Way<string> | null, Way<string> | null] {
  const pattern = glidePattern();
  const habits: [Way<string> | null, Way<string> | null] = [null, null];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // after q the u is the consonant's (quý): the mark has one place only
    const before = text[m.index - 1];
    if (before === 'q' || before === 'Q') continue;
    const side = m[1] ? 0 : 1;
    const habit = habits[side];
    if (habit) habit.count++;
    else {
      const syllable = syllableAt(text, m.index, m[0].length);
      habits[side] = { first: syllable.text, at: syllable.start, count: 1 };
    }
  }
  return habits;
}

/** The whole syllable a glide ends ("khỏe", "Hòa"): where it starts, and its text. */
function syllableAt(text: string, glide: number, length: number): { start: number; text: string } {
  let start = glide;
  while (start > 0 && start > glide - 4 && /\p{L}/u.test(text[start - 1]!)) start--;
  return { start, text: text.slice(start, glide + length) };
}
