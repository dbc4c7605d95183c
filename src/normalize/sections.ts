/**
 * Sections and their kinds (src/grammar/sections.ts reads the kind a title
 * announces), with their ids and positions.
 */
import type { Section } from '../model/schema.js';
import { sectionKind } from '../grammar/sections.js';
import type { SectionNode } from '../parser/tree.js';
import type { Locator } from './locate.js';
import { Ids } from './ids.js';

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
