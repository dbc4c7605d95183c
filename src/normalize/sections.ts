/**
 * Sections and their kinds (src/grammar/sections.ts reads the kind a title
 * announces), with their ids and positions.
 */
import type { Section } from '../model/schema.js';
import { sectionKind } from '../grammar/sections.js';
import type { SectionNode } from '../parser/tree.js';
import type { Locator } from './locate.js';
import { Ids } from './ids.js';
import { romanValue, toRoman } from './numbering.js';

export function normalizeSections(nodes: SectionNode[], at: Locator, ids: Ids): { sections: Section[]; byNode: Map<SectionNode, Section> } {
  const byNode = new Map<SectionNode, Section>();
  const sections = nodes.map((node, i) => {
    const span = at.line(node.line);
    const section: Section = {
      id: ids.next('sec', span.line),
      label: restoredLabel(nodes, i),
      title: node.title,
      kind: sectionKind(node.title),
      ...span,
    };
    byNode.set(node, section);
    return section;
  });
  return { sections, byNode };
}

/**
 * A section's label, where a scan's OCR dropped a stroke of it restored: "II."
 * printed between "II." and "IV." is III (the numbering check still says it
 * was printed twice, KH201). Any other label as printed.
 */
function restoredLabel(nodes: readonly SectionNode[], i: number): string {
  const label = nodes[i]!.label.value!;
  const previous = nodes[i - 1]?.label.value;
  const next = nodes[i + 1]?.label.value;
  if (!previous || !next || previous !== label || !ROMAN.test(label) || !ROMAN.test(next) || nodes[i - 1]!.part !== nodes[i]!.part) return label;
  const value = romanValue(label);
  return romanValue(next) === value + 2 ? toRoman(value + 1) : label;
}

const ROMAN = /^[IVX]+$/;
