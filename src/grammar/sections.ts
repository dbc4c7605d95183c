/**
 * The kind a section's title announces: the earliest phrase of the lexicon
 * (grammar/sections.json) in it. "NHIỆM VỤ, GIẢI PHÁP" is a tasks section,
 * "GIẢI PHÁP THỰC HIỆN" a solutions one. The parser asks it too, to know a
 * section heading numbered as an item ("2. MỤC TIÊU").
 */
import type { SectionKind } from '../model/schema.js';
import { vocabulary } from './vocabulary.js';
import { fold } from '../text/fold.js';

export function sectionKind(title: string): SectionKind {
  const key = fold(title);
  let best: { at: number; kind: SectionKind } | null = null;
  for (const { key: phrase, kind } of vocabulary().sectionPhrases) {
    const at = wordIndex(key, phrase);
    if (at >= 0 && (best === null || at < best.at)) best = { at, kind };
  }
  return best?.kind ?? 'other';
}

function wordIndex(text: string, phrase: string): number {
  let from = 0;
  for (;;) {
    const i = text.indexOf(phrase, from);
    if (i < 0) return -1;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + phrase.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return i;
    from = i + 1;
  }
}
