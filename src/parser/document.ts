/**
 * The parser's entry: finds the regions of a document in its logical lines
 * (header, preamble, body, closing, appendices) and hands each to the parser
 * of that region.
 */
import type { Line } from '../lexer/line.js';
import { vocabulary, startsWithPhrase } from '../grammar/vocabulary.js';
import { foldKey, foldStart } from '../text/fold.js';
import { joinLines, parseBody } from './body.js';
import { isClosingSentence, isRecipientsHeading, isSignatureLine, isSignerTitle, parseClosing } from './closing.js';
import { isSignatureRow } from './signature-row.js';
import { findKind, isPreambleLine, kindOf, parseHeader } from './header.js';
import { labelOf } from './labels.js';
import type { AppendixNode, Block, DocumentTree, HeaderNode } from './tree.js';
import { continues } from './continuation.js';
import { runningLines } from './furniture.js';
import { promoteNumberedSections } from './numbered-sections.js';

/** How far down the header may reach when no kind line is found. */
const HEADER_SCAN = 40;

export function parseDocument(lines: Line[]): DocumentTree {
  promoteNumberedSections(lines);
  const firstSection = findFirstSection(lines, 0);
  const kindIndex = findKind(lines, 0, Math.min(lines.length, firstSection >= 0 ? firstSection : HEADER_SCAN));
  const attached = kindIndex >= 0 && !isPlanKind(lines[kindIndex]!) ? findAttachedPlan(lines, kindIndex + 1) : -1;

  let header: HeaderNode;
  let carrier: HeaderNode | null = null;
  let bodyFrom: number;
  if (attached >= 0) {
    carrier = parseHeader(lines, kindIndex, attached);
    header = parseHeader(lines, attached, lines.length);
    header.cells.splice(0, header.cells.length);
    bodyFrom = attached + 1 + header.titleLines.length;
  } else {
    const headerEnd = kindIndex >= 0 ? kindIndex + 1 : headerLimit(lines, firstSection);
    header = parseHeader(lines, kindIndex, kindIndex >= 0 ? lines.length : headerEnd);
    bodyFrom = kindIndex >= 0 ? kindIndex + 1 + header.titleLines.length : headerEnd;
  }

  const sectionStart = findFirstSection(lines, bodyFrom);
  const closingFrom = findClosing(lines, sectionStart >= 0 ? sectionStart : bodyFrom);
  const appendixFrom = findAppendix(lines, closingFrom);
  const preambleEnd = sectionStart >= 0 ? sectionStart : firstLabelled(lines, bodyFrom, closingFrom);
  const preamble = paragraphs(lines, bodyFrom, preambleEnd);
  const running = runningLines(lines);
  const body = parseBody(lines, preambleEnd, closingFrom, running, hasPartsOfSections(lines));
  let closing = parseClosing(lines, closingFrom, appendixFrom);
  if (attached >= 0 && !closing.recipientsHeading) {
    // A plan "kèm theo" a decision is signed with the decision: its recipients and signature stand above the plan (the
    // plan may print the signature again, without recipients).
    const carrierClosing = findClosing(lines, kindIndex + 1, attached);
    if (carrierClosing < attached) {
      const signed = parseClosing(lines, carrierClosing, attached);
      closing = closing.signature.length === 0 ? signed : { ...signed, closingSentence: closing.closingSentence, signature: closing.signature, cosignatures: closing.cosignatures };
    }
  }
  const appendices: AppendixNode[] = [];
  for (let from = appendixFrom; from < lines.length;) {
    const to = findAppendix(lines, from + 1);
    appendices.push({ title: lines[from]!.text, line: lines[from]!, content: parseBody(lines, from + 1, to, running).loose });
    from = to;
  }

  return {
    lines,
    header,
    attached: carrier ? { header, carrier } : null,
    preamble,
    sections: body.sections,
    loose: body.loose,
    closing,
    appendices,
  };
}

/** Parts ("PHẦN I.") that hold Roman sections of their own: a Roman heading without the part word stands among them. */
function hasPartsOfSections(lines: readonly Line[]): boolean {
  let parts = false;
  let sections = false;
  for (const line of lines) {
    const label = labelOf(line);
    if (label?.style !== 'roman') continue;
    if (label.part) parts = true;
    else sections = true;
    if (parts && sections) return true;
  }
  return false;
}

function isPlanKind(line: Line): boolean {
  const name = kindOf(line.text) ?? kindOf(line.cells?.map((c) => c.text).join(' ') ?? '');
  return vocabulary().kinds.some((k) => k.name === name && k.plan);
}

/** A plan "ban hành kèm theo" a decision: a plan-kind line with "kèm theo" just below it. */
function findAttachedPlan(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (!isPlanKind(lines[i]!)) continue;
    for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) {
      const key = foldKey(lines[k]!.text);
      if (vocabulary().attachedMarkers.some((m) => key.includes(m))) return i;
    }
  }
  return -1;
}

function findFirstSection(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const label = labelOf(lines[i]!);
    if (label?.style === 'roman' && lines[i]!.text.length - label.rest <= 200) return i;
  }
  return -1;
}

function firstLabelled(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const style = labelOf(lines[i]!)?.style;
    if (style === 'arabic' || style === 'decimal') return i;
  }
  return from;
}

/** Without a kind line, the header runs to the first preamble sentence or section. */
function headerLimit(lines: readonly Line[], firstSection: number): number {
  const end = Math.min(lines.length, firstSection >= 0 ? firstSection : HEADER_SCAN);
  for (let i = 0; i < end; i++) if (isPreambleLine(lines[i]!.text)) return i;
  return Math.min(end, 12);
}

/** The closing starts at "Trên đây là…", at "Nơi nhận:", or at a signature line, after the last section. */
function findClosing(lines: readonly Line[], from: number, to = lines.length): number {
  let lastSection = from;
  for (let i = from; i < to; i++) {
    const label = labelOf(lines[i]!);
    if (label?.style === 'roman' && lines[i]!.text.length - label.rest <= 200) lastSection = i;
  }
  for (let i = lastSection; i < to; i++) {
    const line = lines[i]!;
    const texts = line.columns ? [line.columns[0]!.text] : line.cells ? [line.cells[0]!.text.split('\n')[0]!] : [line.text];
    if (texts.some((t) => isClosingSentence(t) || (isRecipientsHeading(t) && (t.includes(':') || opensList(lines[i + 1]))))) return i;
    if (line.blankBefore && (isSignatureLine(line.text) || isSignatureRow(line, isSignerTitle))) return i;
    // the signatures of a joint plan side by side in a table's row, the list under it ("KT. GIÁM ĐỐC" | "TM. BAN THƯỜNG VỤ")
    if (line.cells && line.cells.length >= 2 && line.cells.some((c) => c.text.split('\n').some(isSignatureLine))) return i;
  }
  return to;
}

/**
 * Whether a line opens a list of recipients: a "Nơi nhận" without its colon
 * heads them only so ("Nơi nhận" over "- Như trên;"); alone, it may be a
 * table's heading cell ("Loại báo cáo | Thời hạn | Nơi nhận").
 */
function opensList(line: Line | undefined): boolean {
  const style = line ? labelOf(line)?.style : undefined;
  return style === 'dash' || style === 'plus' || style === 'star';
}

function findAppendix(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.blankBefore || line.text.length >= 120) continue;
    if (startsWithPhrase(foldStart(line.text.replace(/[*_#]/g, '')), vocabulary().appendixWords)) return i;
  }
  return lines.length;
}

/** A preamble paragraph is never a heading. */
const never = (): boolean => false;

/** The preamble's paragraphs, page breaks undone. */
function paragraphs(lines: readonly Line[], from: number, to: number): Block[] {
  const out: Block[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.rule || line.cells) continue;
    const last = out[out.length - 1];
    if (last && continues({ text: last.lines[last.lines.length - 1]!.text, headingLike: never }, line)) last.lines.push(line);
    else out.push({ lines: [line], text: line.text });
  }
  for (const block of out) block.text = joinLines(block.lines);
  return out;
}

