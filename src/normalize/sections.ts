/**
 * Sections and their kinds. The kind of a section is announced by the
 * earliest phrase of the lexicon (grammar/sections.json) in its title:
 * "NHIỆM VỤ, GIẢI PHÁP" is a tasks section, "GIẢI PHÁP THỰC HIỆN" a solutions one.
 */
import type { Section, SectionKind } from '../model/schema.js';
import { vocabulary } from '../grammar/vocabulary.js';
import { fold } from '../text/fold.js';
import type { SectionNode } from '../parser/tree.js';
import type { Locator } from './locate.js';
import { Ids } from './ids.js';

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

export function normalizeSections(nodes: SectionNode[], at: Locator, ids: Ids): { sections: Section[]; byNode: Map<SectionNode, Section> } {
  const byNode = new Map<SectionNode, Section>();
  const sections = nodes.map((node) => {
    const span = at.line(node.line);
    const section: Section = {
      id: ids.next('sec', span.line),
      label: node.label.value!,
      title: node.title,
      kind: sectionKind(node.title),
      ...span,
    };
    byNode.set(node, section);
    return section;
  });
  return { sections, byNode };
}
