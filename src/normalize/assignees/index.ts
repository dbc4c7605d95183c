/**
 * Assignees: the bodies the implementation section (TỔ CHỨC THỰC HIỆN,
 * "Trách nhiệm…") gives duties to, one record per body. A body is named by a
 * heading ("1. Sở Y tế", "**2. Phòng Y tế**"), inline ("1.6 Các khoa, phòng
 * chức năng: Căn cứ…"), or as the subject of a numbered sentence ("2. Ủy ban
 * nhân dân huyện chỉ đạo…"). Its duties are the items under it that are not
 * bodies themselves; sub-units keep their parent.
 */
import type { Assignee, Duty, Section } from '../../model/schema.js';
import type { ItemNode, SectionNode } from '../../parser/tree.js';
import { startsWithPhrase } from '../../grammar/vocabulary.js';
import { fold, foldKey, foldStart, foldUnit } from '../../text/fold.js';
import { tidySpaces } from '../../text/spaces.js';
import type { Locator } from '../locate.js';
import type { Ids } from '../ids.js';
import { canonicalKey, isBodyName, splitBodies, stripRequest, subjectOf, tidyName } from './names.js';
import { agencyVocabulary } from './vocabulary.js';

export interface AssigneeContext {
  readonly nodes: readonly SectionNode[];
  readonly sections: ReadonlyMap<SectionNode, Section>;
  readonly at: Locator;
  readonly ids: Ids;
}

export function normalizeAssignees(context: AssigneeContext): Assignee[] {
  const out: Assignee[] = [];
  const walker = new Walker(context, out);
  for (const node of context.nodes) {
    if (context.sections.get(node)?.kind !== 'implementation') continue;
    walker.walk(node.items, null);
  }
  return out;
}

/** A body named by an item: its names, whether it is asked rather than told, and what the item itself assigns. */
interface Named {
  readonly names: string[];
  readonly requested: boolean;
  /** The item's own text as a duty ("1.6 Các khoa: Căn cứ…", a duty sentence), if any. */
  readonly ownDuty: string | null;
}

function readNamed(item: ItemNode): Named | null {
  const numbered = item.style === 'arabic' || item.style === 'decimal' || item.style === 'letter';
  if (numbered && item.title && !item.sentence && isBodyName(item.title)) {
    const { name, requested } = stripRequest(item.title);
    return { names: splitBodies(name, false), requested, ownDuty: ownDuty(item.body, item) };
  }
  const text = item.body;
  const colon = text.indexOf(':');
  if (!numbered && colon > 0 && colon <= 120 && isBodyName(text.slice(0, colon))) {
    const { name, requested } = stripRequest(text.slice(0, colon));
    return { names: splitBodies(name, false), requested, ownDuty: ownDuty(text.slice(colon + 1).trim(), item) };
  }
  // "Phòng Công tác xã hội" over its duties' bullets: a heading that lost its number (mammoth's raw text)
  if (item.style === 'paragraph' && item.children.length > 0 && item.block.lines.length === 1 && isBodyName(text)) {
    const { name, requested } = stripRequest(text);
    return { names: splitBodies(name, false), requested, ownDuty: null };
  }
  if (numbered || item.style === 'paragraph') {
    const { name: sentence, requested } = stripRequest(text);
    const subject = subjectOf(sentence);
    if (subject) return { names: splitBodies(subject, true), requested, ownDuty: text };
  }
  return null;
}

/**
 * The text beside a body's name is a duty, unless it only introduces the
 * duties listed below it ("…, có trách nhiệm:") or is a note in brackets about
 * the body ("(cơ quan thường trực)").
 */
function ownDuty(text: string, item: ItemNode): string | null {
  if (!text || NOTE_ONLY.test(text)) return null;
  return text.trimEnd().endsWith(':') && item.children.length > 0 ? null : text;
}

const NOTE_ONLY = /^\([^()]*\)[\s.:;]*$/;

/** Walks the items of an implementation section, reading the body each item names once (a parent asks about its children before walking them). */
class Walker {
  private readonly named = new Map<ItemNode, Named | null>();

  constructor(
    private readonly context: AssigneeContext,
    private readonly out: Assignee[],
  ) {}

  walk(items: readonly ItemNode[], parent: Assignee | null): void {
    const context = this.context;
    for (const item of items) {
      const body = this.bodyOf(item);
      if (!body) {
        // A heading that groups bodies ("1. Phân công nhiệm vụ") or a stray paragraph: look below it.
        if (item.children.length) this.walk(item.children, parent);
        continue;
      }
      // "1. Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường" over a list of its own: a heading of bodies, with nothing to do itself
      if (isCollective(body) && !body.ownDuty && item.children.length === 0) continue;
      const span = context.at.lines(item.block.lines);
      const bodies = item.children.filter((c) => this.bodyOf(c) !== null && isNumberedHeading(c));
      if (isGrouping(item, body, bodies)) {
        this.walk(item.children, parent);
        continue;
      }
      const duties: Duty[] = [];
      if (body.ownDuty) duties.push(duty(body.ownDuty, item, context));
      for (const child of item.children) if (!bodies.includes(child)) duties.push(duty(child.block.text.slice(child.label?.rest ?? 0).trim(), child, context));
      const created = body.names.map((name): Assignee => ({
        id: context.ids.next('asg', span.line),
        name,
        key: canonicalKey(name),
        parent: parent?.id ?? null,
        requested: body.requested,
        duties,
        ...span,
      }));
      for (const assignee of created) this.out.push(assignee);
      if (bodies.length) this.walk(bodies, created[0] ?? parent);
    }
  }

  private bodyOf(item: ItemNode): Named | null {
    let body = this.named.get(item);
    if (body === undefined) {
      body = readNamed(item);
      this.named.set(item, body);
    }
    return body;
  }
}

/** "1. Các cơ quan, đơn vị cấp huyện" over "1.1 Trung tâm Y tế huyện": a collective heading that only groups the bodies under it. */
function isGrouping(item: ItemNode, body: Named, bodies: readonly ItemNode[]): boolean {
  return bodies.length > 0 && bodies.length === item.children.length && !body.ownDuty && isCollective(body);
}

/** A name for bodies of a kind ("Các cơ quan, đơn vị …", "các tổ chức"), not one body. */
function isCollective(body: Named): boolean {
  const name = body.names[0] ?? '';
  // names are trimmed: one that does not start with a c is no "các …", and is not folded
  return foldUnit(name.charCodeAt(0)) === 0x63 && foldStart(name).startsWith('cac ');
}

function isNumberedHeading(item: ItemNode): boolean {
  return (item.style === 'arabic' || item.style === 'decimal' || item.style === 'letter') && item.title !== null;
}

/** A duty with its role: lead ("Chủ trì…"), support ("Phối hợp…"), and the partner bodies it names. */
function duty(text: string, item: ItemNode, context: AssigneeContext): Duty {
  const v = agencyVocabulary();
  // a duty that starts with no role word's letter is not folded to look for one at its start
  const start = v.roleInitials.has(text[0] ?? '') ? foldStart(text, 40) : '';
  // "Chủ trì …" at the start, or "…, chủ trì …" further on.
  const lead = v.lead.some((w) => start.startsWith(w)) || (v.leadHint.test(text) && leadInside(foldKey(text), v.lead));
  const support = v.support.some((w) => start.startsWith(w));
  const span = context.at.lines(item.block.lines);
  return {
    id: context.ids.next('duty', span.line),
    text,
    role: lead ? 'lead' : support ? 'support' : 'other',
    partners: partnersIn(text),
    ...span,
  };
}

/** A lead word after the start of a duty (given folded): "…, chủ trì …". */
function leadInside(key: string, leads: readonly string[]): boolean {
  return leads.some((w) => key.includes(` ${w}`));
}

/** "phối hợp với Phòng Y tế, Trung tâm Y tế và các cơ quan liên quan tổ chức…": the bodies named after "phối hợp với". */
function partnersIn(text: string): string[] {
  const v = agencyVocabulary();
  if (!v.partnerHint.test(text)) return [];
  // Folding keeps lengths, so an index in the folded text is an index in the text (blanks collapsed first, as in the leads).
  const flat = tidySpaces(text);
  const folded = fold(flat);
  for (const lead of v.partnerLeads) {
    const i = folded.indexOf(lead + ' ');
    if (i < 0) continue;
    const rest = flat.slice(i + lead.length + 1);
    const end = rest.search(v.partnerEnd);
    const phrase = tidyName(end >= 0 ? rest.slice(0, end) : rest);
    if (!phrase || !startsWithPhrase(foldStart(phrase), v.heads)) continue;
    return splitBodies(phrase, true).filter(isBodyName);
  }
  return [];
}
