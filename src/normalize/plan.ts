/**
 * The normaliser's entry: the syntax tree into the Plan record, with the
 * diagnostics about what is missing or malformed.
 */
import type { Plan, Span } from '../model/schema.js';
import type { Diagnostics } from '../diagnostics/collector.js';
import type { SourceText } from '../reader/source.js';
import type { DocumentTree, SectionNode } from '../parser/tree.js';
import type { Line } from '../lexer/line.js';
import { Locator } from './locate.js';
import { vocabulary, startsWithPhrase } from '../grammar/vocabulary.js';
import { foldStart } from '../text/fold.js';
import { Ids } from './ids.js';
import { normalizeHeader } from './header.js';
import { normalizeSections } from './sections.js';
import { checkItemNumbering, checkSectionNumbering } from './numbering.js';
import { normalizeTasks } from './tasks.js';
import { normalizeCosignatures, normalizeRecipients, normalizeSignature, withLeadSignature } from './closing.js';
import { normalizeReferences } from './references.js';
import { normalizeTables } from './tables.js';
import { normalizeTargets } from './targets/index.js';
import { normalizeAssignees } from './assignees/index.js';
import { normalizeBudget } from './budget/index.js';
import { normalizeReporting } from './reporting.js';
import { checkToneMarks } from './tone-marks.js';
import { checkSharesIn } from './targets/shares.js';

export interface NormalizeInput {
  readonly tree: DocumentTree;
  readonly source: SourceText;
  readonly file: string | null;
  readonly syntax: Plan['syntax'];
  readonly diagnostics: Diagnostics;
}

export function normalize({ tree, source, file, syntax, diagnostics }: NormalizeInput): Omit<Plan, 'diagnostics'> {
  const at = new Locator(source);
  const ids = new Ids();
  const document = normalizeHeader(tree.header, tree.attached?.carrier ?? null, tree.preamble, at, diagnostics);
  reportHeaderGaps(document, tree, at, diagnostics);

  const nodes = tree.loose && tree.sections.length === 0 ? [tree.loose] : tree.sections;
  const { sections, byNode } = normalizeSections(tree.sections, at, ids);
  if (tree.sections.length === 0 && document.isPlan) diagnostics.report('KH204', at.start());
  checkSectionNumbering(tree.sections, at, diagnostics);
  for (const node of nodes) checkItemNumbering(node.items, at, diagnostics);
  const { tasks, byItem } = normalizeTasks(tree.sections, byNode, at, ids);
  checkToneMarks(source, diagnostics);
  // the shares of the text no target is read from: the preamble's account of the year before, a situation section
  const situation = tree.sections.filter((node) => byNode.get(node)?.kind === 'situation').flatMap((node) => node.all.map((item) => item.block));
  checkSharesIn([...tree.preamble, ...situation], at, diagnostics);

  const { recipients, archive, archiveSpan } = normalizeRecipients(tree.closing, at, ids, diagnostics, !MARKED.test(source.text));
  const closing = withLeadSignature(tree.closing, document.issuer);
  const signature = normalizeSignature(closing, at, diagnostics, document.family);
  const cosignatures = normalizeCosignatures(closing, at, diagnostics, document.family);
  const references = normalizeReferences(
    tree.lines,
    document.number,
    document.date,
    new Set([...ownNumberLines(tree, document.fields.number), ...afterSignature(tree, signature)]),
    at,
    ids,
    diagnostics,
  );

  return {
    file,
    syntax,
    document,
    signature,
    cosignatures,
    recipients,
    archive,
    archiveSpan,
    references,
    sections,
    tasks,
    targets: normalizeTargets({
      nodes: tree.sections,
      sections: byNode,
      tasks: byItem,
      appendixTables: tree.appendices.flatMap((a) => a.content?.tables ?? []),
      title: document.title,
      issued: document.date?.year ?? null,
      at,
      ids,
      diagnostics,
    }),
    assignees: normalizeAssignees({ nodes: tree.sections, sections: byNode, at, ids }),
    budget: normalizeBudget({ nodes: tree.sections, sections: byNode, appendices: appendixContent(tree), at, ids, diagnostics }),
    reporting: normalizeReporting(tree.sections, new Set(tree.sections.filter((node) => byNode.get(node)?.kind === 'reporting')), at, ids),
    tables: normalizeTables([...nodes, ...appendixContent(tree)], byNode, at, ids),
    appendices: tree.appendices.map((a) => {
      const span = at.line(a.line);
      return { id: ids.next('apx', span.line), title: a.title, ...span };
    }),
  };
}

/**
 * The physical lines after the signature that neither an appendix nor a
 * footnote ("[^2]: Theo Thông tư số …", "[2] Luật số …", "² …") holds: what a web portal
 * prints under the document it shows ("Văn bản liên quan", its keywords),
 * whose numbers the plan does not cite.
 */
function afterSignature(tree: DocumentTree, signature: Plan['signature']): Line[] {
  if (!signature?.name) return [];
  const end = tree.appendices[0]?.line.index ?? Infinity;
  return tree.lines.filter((line) => line.index >= signature.endLine && line.index < end && !FOOTNOTE.test(line.text));
}

/** The line that prints the plan's own number: the part of its physical line that holds it, where a run-on line holds more. */
function ownNumberLines(tree: DocumentTree, number: Span | undefined): Line[] {
  if (!number) return [];
  return tree.lines.filter((line) => line.index === number.line - 1 && line.start < number.column && number.column <= line.end + 1);
}

const FOOTNOTE = /^(?:\[\^|\[\d{1,3}\]\s|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079])/;

/** A Vietnamese letter with a mark: a text with none was typed without diacritics. */
const MARKED = /[\u00c0-\u1ef9]/;

function appendixContent(tree: DocumentTree): SectionNode[] {
  return tree.appendices.flatMap((a) => (a.content ? [a.content] : []));
}

function reportHeaderGaps(document: Plan['document'], tree: DocumentTree, at: Locator, diagnostics: Diagnostics): void {
  const top = at.start();
  const letterLine = document.kind ? null : letterMarkerLine(tree);
  if (!document.kind && (letterLine || isUncodedNumber(document))) {
    diagnostics.report('KH002', letterLine ? at.line(letterLine) : document.fields.number ?? top, { kind: diagnostics.term('officialLetter') });
  }
  else if (!document.kind) diagnostics.report('KH121', top);
  else if (!document.isPlan && !tree.attached) diagnostics.report('KH002', document.fields.kind ?? top, { kind: document.kind });
  if (tree.attached) {
    const carrierKind = tree.attached.carrier.kind;
    diagnostics.report('KH003', carrierKind ? at.cell(carrierKind, carrierKind.text) : top, { kind: carrierKind?.text ?? '' });
  }
  if (document.kind && !document.title) diagnostics.report('KH122', document.fields.kind ?? top);
  if (!document.number) diagnostics.report('KH101', top);
  if (!document.date) diagnostics.report('KH111', document.fields.number ?? top);
}

/** A công văn has no kind line; its number has no type code ("412/UBND-VX")… */
function isUncodedNumber(document: Plan['document']): boolean {
  return document.numberParts !== null && document.numberParts.type === null && document.numberParts.style === 'state';
}

/** …and it says what it is about on a "V/v" line, or whom it is for on "Kính gửi". */
function letterMarkerLine(tree: DocumentTree): Line | null {
  const markers = vocabulary().letterMarkers;
  return tree.lines.slice(0, 30).find((line) => startsWithPhrase(foldStart(line.text), markers) !== null) ?? null;
}
