/**
 * Plans without Roman-numbered sections. Small bodies (a commune's People's
 * Committee) often number the sections of the NĐ 30 layout with Arabic
 * numerals, in capitals: "1. MỤC ĐÍCH, YÊU CẦU", "2. MỤC TIÊU", "3. NHIỆM
 * VỤ". When a document has no Roman label at all and at least two such
 * headings that announce a section's kind, they take the section rung; the
 * items under them (a), -, +) keep theirs.
 */
import type { Line } from '../lexer/line.js';
import { sectionKind } from '../grammar/sections.js';
import { isMostlyUpper } from '../text/fold.js';
import { stripEmphasis } from '../text/spaces.js';
import { labelOf, type Label } from './labels.js';

/** The longest title such a heading has. */
const MAX_TITLE = 80;

export function promoteNumberedSections(lines: readonly Line[]): void {
  const headings: Line[] = [];
  for (const line of lines) {
    const label = labelOf(line);
    if (label?.style === 'roman') return;
    if (label?.style === 'arabic' && isNumberedSection(line, label)) headings.push(line);
  }
  if (headings.length < 2) return;
  // Each line keeps its label in its memo (labelOf): the heading's label now reads as a section's.
  for (const line of headings) line.memo = { ...labelOf(line)!, style: 'roman' } satisfies Label;
}

function isNumberedSection(line: Line, label: Label): boolean {
  const title = stripEmphasis(line.text.slice(label.rest)).trim();
  return title.length <= MAX_TITLE && isMostlyUpper(title) && sectionKind(title) !== 'other';
}
