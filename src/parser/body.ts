/**
 * The body: Roman-numbered sections, the items of the numbering ladder under
 * them, and tables. Each line either carries on the block above it (a page
 * break or hard wrap undone), starts a section, joins a table, or opens an
 * item whose parent is the nearest open item of lower rank.
 */
import type { Line } from '../lexer/line.js';
import { continues, endsSentence, type PreviousText } from './continuation.js';
import { isFootnote, isFurniture } from './furniture.js';
import { labelOf, rank, type Label } from './labels.js';
import { isMostlyUpper } from '../text/fold.js';
import { stripEmphasis, tidySpaces } from '../text/spaces.js';
import type { ItemNode, SectionNode, TableNode } from './tree.js';

const MAX_SECTION_TITLE = 200;
const MAX_HEADING = 250;

export interface Body {
  readonly loose: SectionNode | null;
  readonly sections: SectionNode[];
}

export function parseBody(lines: readonly Line[], from: number, to: number, running: ReadonlySet<string> = new Set(), parted = false): Body {
  const sections: SectionNode[] = [];
  let current: SectionNode | null = null;
  let loose: SectionNode | null = null;
  let stack: ItemNode[] = [];
  let last: ItemNode | null = null;
  /** The block being read, as the continuation rule asks about it (one for each item opened, not one for each line). */
  let previous: PreviousText | null = null;
  let rows: Line[] = [];
  let part = 0;

  const section = (): SectionNode => {
    if (current) return current;
    loose ??= { type: 'section', label: { style: 'roman', value: '', marker: '', rest: 0 }, title: '', line: lines[from]!, items: [], all: [], tables: [], part: 0 };
    return loose;
  };
  const flushTable = (): void => {
    if (rows.length === 0) return;
    const table: TableNode = { type: 'table', rows, owner: stack[stack.length - 1] ?? null };
    section().tables.push(table);
    rows = [];
  };

  let footnote = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isFurniture(line, lines[i - 1], lines[i + 1], running)) continue;
    // a footnote runs on to the next blank line
    footnote = isFootnote(line) || (footnote && !line.blankBefore);
    if (footnote) continue;
    if (line.rule) {
      flushTable();
      last = null;
      continue;
    }
    if (line.cells) {
      rows.push(line);
      last = null;
      continue;
    }
    flushTable();
    const label = labelOf(line);
    // "PHẦN II. KẾ HOẠCH NĂM 2025" above its own sections I, II, …: a part, neither section nor item.
    if (parted && label?.part) {
      part++;
      current = null;
      stack = [];
      last = null;
      continue;
    }
    if (label?.style === 'roman' && isSectionHeading(line, label)) {
      current = { type: 'section', label, title: clean(line.text.slice(label.rest)), line, items: [], all: [], tables: [], part };
      sections.push(current);
      stack = [];
      last = null;
      continue;
    }
    if (last && previous && continues(previous, line)) {
      // The joined text is built once the block is complete: growing one string line by line would cost quadratic time.
      last.block.lines.push(line);
      continue;
    }
    const item = openItem(line, label);
    const group = item.style === 'paragraph' && opensGroup(line, lines[i + 1]);
    // a heading over a group of items closes the group before it, and all that is open in it
    if (group) closeGroup(stack);
    if (item.style === 'paragraph' || item.style === 'roman') {
      // A paragraph belongs to the nearest numbered heading; a numbered sentence ("5- Ban Tuyên giáo … chủ trì …") heads nothing.
      while (stack.length > 0 && !(isNumbered(stack[stack.length - 1]!) && (headingLike(stack[stack.length - 1]!) || introduces(stack[stack.length - 1]!)))) stack.pop();
    } else {
      const r = rank(item.label!);
      while (stack.length > 0 && outranks(item, r, stack[stack.length - 1]!)) stack.pop();
    }
    item.parent = stack[stack.length - 1] ?? null;
    const target = section();
    if (item.parent) item.parent.children.push(item);
    else target.items.push(item);
    target.all.push(item);
    if (item.style !== 'paragraph' || group) stack.push(item);
    last = item;
    previous = new OpenItem(item);
  }
  flushTable();
  for (const s of [loose, ...sections]) {
    if (!s) continue;
    for (const item of s.all) {
      item.block.text = joinLines(item.block.lines);
      splitTitle(item);
    }
  }
  return { loose, sections };
}

/** An item whose block may still grow, as the continuation rule reads it: each answer worked out when asked. */
class OpenItem implements PreviousText {
  constructor(private readonly item: ItemNode) {}

  get text(): string {
    return lastText(this.item);
  }

  get hangingIndent(): number | null {
    return hangingIndent(this.item);
  }

  headingLike(): boolean {
    return headingLike(this.item);
  }

  blockText(): string {
    return this.item.block.lines.map((line) => line.text).join(' ');
  }
}

function openItem(line: Line, label: Label | null): ItemNode {
  const style = label && label.style !== 'roman' ? label.style : 'paragraph';
  return {
    type: 'item',
    style,
    label: style === 'paragraph' ? null : label,
    title: null,
    block: { lines: [line], text: line.text },
    body: '',
    sentence: false,
    children: [],
    parent: null,
  };
}

function isNumbered(item: ItemNode): boolean {
  return item.style === 'arabic' || item.style === 'decimal' || item.style === 'letter';
}

/**
 * Whether a labelled item closes the open item above it: one of the same
 * rung or a higher one does, unless it is indented under it or numbered
 * under it. A heading over a group of items closes when an item of a rung
 * above its items' comes.
 */
function outranks(item: ItemNode, r: number, open: ItemNode): boolean {
  // a quoted point stands under the item that quotes it ("3. Bổ sung khoản 4 … như sau:" over "“4. Xây dựng …")
  if (item.label?.quoted && !open.label?.quoted) return false;
  if (!open.label) {
    const first = open.children[0]?.label;
    return first !== undefined && first !== null && r < rank(first);
  }
  return rank(open.label) >= r && !indentedUnder(item, open) && !numberedUnder(item, open);
}

/** Closes the innermost open group (an unlabelled heading on the stack) and the items open in it. */
function closeGroup(stack: ItemNode[]): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.label) continue;
    stack.length = k;
    return;
  }
}

/**
 * An unlabelled heading over a group of numbered items ("**Tình huống 1: Chưa
 * ghi nhận ca mắc**" over "a) …", "b) …", as a plan lays out its tasks by
 * scenario): a bold or heading line, short, no sentence, right above a point
 * or a number. The items up to the next such heading are its own.
 */
function opensGroup(line: Line, next: Line | undefined): boolean {
  if (!next || line.text.length > MAX_HEADING || endsSentence(line.text)) return false;
  const label = labelOf(next);
  const numbered = label !== null && (label.style === 'letter' || label.style === 'arabic' || label.style === 'decimal');
  // a short line of a name, then bullets: plain text that lost a list's numbers (mammoth's raw text of Word's numbered
  // headings), or a table's cells a paragraph each, the bold name of a body over its duties (calibre's markdown)
  const named = label?.style === 'dash' && next.blankBefore && isNameLine(line.text);
  return line.bold === 'all' || line.heading > 0 ? numbered || named : named;
}

/** A short line that names something, as a heading does: capitalised, a few words, no colon or sentence mark. */
function isNameLine(text: string): boolean {
  return text.length <= MAX_NAME_LINE && /^\p{Lu}/u.test(text) && !/[:;.!?]/.test(text) && text.split(' ').length <= MAX_NAME_WORDS;
}

const MAX_NAME_LINE = 60;
const MAX_NAME_WORDS = 9;

/** A Roman label starts a section when what follows reads as a title, not a sentence. */
function isSectionHeading(line: Line, label: Label): boolean {
  const rest = line.text.slice(label.rest);
  if (rest.length > MAX_SECTION_TITLE) return false;
  return line.heading > 0 || line.bold === 'all' || isMostlyUpper(rest) || !endsSentence(rest) || rest.length < 80;
}

/** Whether a numbered item reads as a heading, so that only a lower-case line may carry it on. */
/**
 * A bullet indented under a bullet of its own kind that leads into it
 * ("* Tiêm bù cho trẻ:" over "    * Tại các xã: …", as Google Docs' text
 * nests a list): its child, though the ladder ranks them alike.
 */
function indentedUnder(item: ItemNode, open: ItemNode): boolean {
  const [line, above] = [item.block.lines[0]!, open.block.lines[0]!];
  if (item.style !== open.style || line.cut || above.cut || line.start < above.start + 2) return false;
  // under a heading, a list numbered again from 1, indented, as pandoc prints Word's "2.1." ("2.  Theo dõi …" over "    1.  Cân, đo …")
  return lastText(open).trimEnd().endsWith(':') || (headingLike(open) && (item.label?.value === '1' || open.children.some((c) => c.style === item.style)));
}

function headingLike(item: ItemNode): boolean {
  const first = item.block.lines[0]!;
  if (first.heading > 0 || first.bold === 'all') return true;
  if (!isNumbered(item)) return false;
  let length = -item.label!.rest;
  for (const line of item.block.lines) {
    length += line.text.length + 1;
    if (length > MAX_HEADING + 1) return false;
  }
  return !endsSentence(lastText(item));
}

/**
 * "2. Chăm sóc trong và sau sinh" over "1) Vận động …", "2) Chăm sóc …": a
 * number closed by a bracket that starts again at 1 under a number closed by
 * a point is a rung below it, and so are the bracketed numbers after it.
 */
function numberedUnder(item: ItemNode, open: ItemNode): boolean {
  if (item.style !== 'arabic' || open.style !== 'arabic' || !item.label!.marker.endsWith(')') || !open.label!.marker.endsWith('.')) return false;
  const sibling = open.children[open.children.length - 1];
  return item.label!.value === '1' ? open.children.length === 0 : sibling?.style === 'arabic' && sibling.label!.marker.endsWith(')');
}

/**
 * A numbered heading that ends with a colon introduces what follows it
 * ("2. Khoa Xét nghiệm:" over the paragraph of its duty, where the colon
 * ended the line): the paragraph under it is its own, as under a heading.
 */
function introduces(item: ItemNode): boolean {
  if (!isNumbered(item) || item.block.lines.length > 1) return false;
  const text = lastText(item).trimEnd();
  return text.endsWith(':') && text.length - item.label!.rest <= MAX_HEADING;
}

/** Where the text of an item's first line starts after its label ("•  Kinh phí": at "Kinh"), or null for an item without one. */
function hangingIndent(item: ItemNode): number | null {
  if (!item.label) return null;
  const first = item.block.lines[0]!;
  return first.start + item.label.rest;
}

/** The text of the block's last line: all that deciding on a continuation needs. */
function lastText(item: ItemNode): string {
  return item.block.lines[item.block.lines.length - 1]!.text;
}

/**
 * Splits a numbered item into its title and its text: a bold or heading line
 * is all title; "**Title:** text" and "Title: text" split at the colon; a
 * short line without closing punctuation is a heading; a numbered sentence
 * is its own title (and its text).
 */
function splitTitle(item: ItemNode): void {
  const label = item.label;
  const text = item.block.text;
  const inner = label ? text.slice(label.rest).trim() : text;
  // a quoted point ends with the quote's close ("… theo quy định.”"): no part of its text
  const rest = label?.quoted ? inner.replace(/”\s*[.;]?$/, '') : inner;
  item.body = rest;
  if (!isNumbered(item)) return;
  const first = item.block.lines[0]!;
  const lines = item.block.lines;
  if (lines.every((l) => l.heading > 0 || l.bold === 'all')) {
    item.title = clean(rest);
    item.body = '';
    return;
  }
  if (first.bold === 'prefix' && first.boldPrefix > label!.rest) {
    const boldPart = first.text.slice(label!.rest, first.boldPrefix).trim();
    if (boldPart) {
      item.title = clean(boldPart);
      item.body = rest.slice(rest.indexOf(boldPart) + boldPart.length).replace(/^\s*:\s*/, '').trim();
      return;
    }
  }
  const colon = rest.indexOf(':');
  if (colon > 0 && colon <= 120 && !/[.;]\s/.test(rest.slice(0, colon))) {
    item.title = clean(rest.slice(0, colon));
    item.body = rest.slice(colon + 1).trim();
    return;
  }
  if (rest.length <= MAX_HEADING && !endsSentence(rest)) {
    item.title = clean(rest);
    item.body = '';
    return;
  }
  // A numbered sentence ("a) Các chi bộ đưa chỉ tiêu … vào nghị quyết.") is its own title, without the closing stop.
  item.title = clean(rest).replace(/[.;]+$/, '');
  item.sentence = true;
}

/** Removes closing colons and stray markup from a title. */
export function clean(text: string): string {
  const out = tidySpaces(stripEmphasis(text));
  return out.endsWith(':') ? out.slice(0, -1).trimEnd() : out;
}

/** The text of a block: its lines joined with single spaces. */
export function joinLines(lines: readonly Line[]): string {
  return lines.map((l) => l.text).join(' ');
}
