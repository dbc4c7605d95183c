/**
 * Targets: every quantified commitment of the plan. They come from the
 * objectives sections (sentences and indicator tables) and from the text of
 * the tasks ("duy trì tỷ lệ … đến năm 2030 đạt trên 99% dân số"), each with
 * the year it is for. Situation sections state the present and yield none.
 */
import type { Section, Span, Target, Task } from '../../model/schema.js';
import { movedLine, type Line } from '../../lexer/line.js';
import type { ItemNode, SectionNode, TableNode } from '../../parser/tree.js';
import { workColumn } from '../tasks.js';
import type { Locator } from '../locate.js';
import type { Ids } from '../ids.js';
import { sourceOf, splitClauses, type Clause } from './clauses.js';
import { indicatorsOf, opensOnPredicate, requalified, subjectOf } from './indicator.js';
import { isRateUnit, scanQuantities, type Quantity } from './quantity.js';
import { readIndicatorTable } from './tables.js';
import { planYear, yearIn, yearInKey } from './year.js';
import { quantityVocabulary } from './vocabulary.js';
import { ClauseFacts } from './clause-facts.js';
import { checkShare } from './shares.js';
import { DecimalStyles } from './decimals.js';
import { fold, foldKey } from '../../text/fold.js';
import { wordsBefore } from '../../text/words.js';
import { isBracketOpen } from '../../text/brackets.js';
import type { Diagnostics } from '../../diagnostics/collector.js';

export interface TargetContext {
  readonly diagnostics: Diagnostics;
  readonly nodes: readonly SectionNode[];
  readonly sections: ReadonlyMap<SectionNode, Section>;
  readonly tasks: ReadonlyMap<ItemNode, Task>;
  /** The tables of the appendices after the signature ("Phụ lục I: chỉ tiêu …"): an indicator table there is the plan's too. */
  readonly appendixTables: readonly TableNode[];
  readonly title: string | null;
  /** The year the plan was issued in, when its date line gives one: a figure for a year before it is a baseline. */
  readonly issued: number | null;
  readonly at: Locator;
  readonly ids: Ids;
}

const TASK_KINDS = new Set(['tasks', 'solutions']);

/** What the passes below share besides the context: the decimals noted so far (KH504, reported at the end). */
interface Pass extends TargetContext {
  readonly decimals: DecimalStyles;
}

export function normalizeTargets(shared: TargetContext): Target[] {
  // Built field by field: spreading the caller's object took 1–2% of this pass in a profile.
  const { diagnostics, nodes, sections, tasks, appendixTables, title, issued, at, ids } = shared;
  const context: Pass = { diagnostics, nodes, sections, tasks, appendixTables, title, issued, at, ids, decimals: new DecimalStyles() };
  const out: Target[] = [];
  const fallbackYear = planYear(context.title);
  for (const node of context.nodes) {
    const section = context.sections.get(node);
    if (!section) continue;
    const inObjectives = section.kind === 'objectives';
    if (!inObjectives && !TASK_KINDS.has(section.kind)) continue;
    const sectionYear = yearIn(section.title);
    // "Đến hết năm 2026:" over bullets: a lead that names a year gives it to the items after it, up to the next heading.
    let leadYear: number | null = null;
    for (const item of node.all) {
      if (item.label?.value != null || item.style === 'paragraph') leadYear = yearLead(item);
      for (const target of fromItem(item, sectionYear ?? fallbackYear, section, context.tasks.get(item) ?? null, context, leadYear)) out.push(target);
    }
    if (!inObjectives) {
      // "Tập huấn … cho ít nhất 120 lượt nhân viên y tế": the work of a table's row states targets as an item's text does.
      for (const table of node.tables) for (const row of workRows(table)) for (const target of fromItem(row, sectionYear ?? fallbackYear, section, null, context)) out.push(target);
      continue;
    }
    for (const table of node.tables) {
      const headingYear = (table.owner ? ancestorYear(table.owner, true) : null) ?? sectionYear ?? fallbackYear;
      for (const target of tableTargets(table, headingYear, section.id, context)) out.push(target);
    }
  }
  // Indicator tables of the appendices ("chi tiết tại Phụ lục I"), read as the objectives' are, under the objectives section.
  const objectives = context.nodes.map((n) => context.sections.get(n)).find((s) => s?.kind === 'objectives') ?? null;
  for (const table of context.appendixTables) for (const target of tableTargets(table, fallbackYear, objectives?.id ?? null, context)) out.push(target);
  context.decimals.report(context.diagnostics);
  return out;
}

/** The figure a cell prints ("24.4" in "≥ 24.4%"). */
const FIGURE_IN_CELL = /\d[\d.,]*\d|\d/;

/** The targets of an indicator table, each in the year its column names, else `year`. */
function tableTargets(table: TableNode, year: number | null, section: string | null, context: Pass): Target[] {
  return readIndicatorTable(table).map((t): Target => {
    const span = context.at.fragment(lineAt(table.rows, t.index), t.text, t.start);
    context.decimals.note(FIGURE_IN_CELL.exec(t.text)?.[0] ?? '', span);
    // a rate's cell above a whole ("110" in a row of % whose other quarters climb to 85), as a sentence's is (KH502)
    if (t.unit === '%' && t.value > 100) context.diagnostics.report('KH502', span, { value: t.value });
    return {
      id: context.ids.next('tgt', span.line),
      indicator: t.indicator,
      cmp: t.cmp,
      value: t.value,
      valueMax: t.valueMax,
      unit: t.unit,
      year: yearIn(t.column) ?? year,
      aspiration: false,
      change: null,
      source: t.text,
      tableColumn: t.column,
      section,
      task: null,
      ...span,
    };
  });
}

/** The rows of a table of work as items: each the text of its work cell, on its row, under the item the table stands in. */
function workRows(table: TableNode): ItemNode[] {
  const work = workColumn(table);
  if (work < 0) return [];
  const out: ItemNode[] = [];
  for (const row of table.rows.slice(1)) {
    const cell = row.cells?.[work];
    if (!cell?.text.trim()) continue;
    const start = cell.start >= 0 ? cell.start : row.start;
    // the cell's own line, from where its text starts (a wrapped cell's first line holds at most its text)
    const line = movedLine(row, { index: cell.index ?? row.index, text: cell.text, start, end: Math.min(cell.index === undefined || cell.index === row.index ? row.end : Infinity, start + cell.text.length), cells: null });
    out.push({ type: 'item', style: 'paragraph', label: null, title: null, block: { lines: [line], text: cell.text }, body: cell.text, sentence: true, children: [], parent: table.owner });
  }
  return out;
}

/** The year named by the nearest heading above an item ("2.1. Mục tiêu đến năm 2025"). */
function ancestorYear(item: ItemNode, includeSelf = false): number | null {
  for (let node: ItemNode | null = includeSelf ? item : item.parent; node; node = node.parent) {
    const year = titleYear(node);
    if (year !== null) return year;
  }
  return null;
}

/** Read again each time it is asked: an item with targets has few headings above it, and a cache costs more. */
function titleYear(item: ItemNode): number | null {
  return item.title ? yearIn(item.title) : null;
}

/** A paragraph that only leads the items after it to a year ("Đến hết năm 2026:", "Mục tiêu đến năm 2030:"): the year. */
function yearLead(item: ItemNode): number | null {
  if (item.label !== null || item.style !== 'paragraph' || item.children.length > 0) return null;
  const text = item.block.text.trim();
  return text.length <= LEAD_LENGTH && text.endsWith(':') ? yearIn(text) : null;
}

const LEAD_LENGTH = 80;

/**
 * The targets of an item; the year it inherits (the lead's before it, a
 * heading's, else `fallbackYear`) is read only when it has one.
 */
function fromItem(item: ItemNode, fallbackYear: number | null, section: Section, task: Task | null, context: Pass, leadYear: number | null = null): Target[] {
  const skip = item.label?.rest ?? 0;
  const text = item.block.text.slice(skip);
  if (!hasDigit(text)) return [];
  const clauses = splitClauses(text);
  // One folded key for the item: a clause's key is its slice (folding keeps lengths).
  const itemKey = fold(text);
  // "2. Chỉ tiêu cụ thể đến hết năm 2026 tại 10 xã thí điểm" over its targets: the heading's count after "tại" is where they apply
  const scoped = item.children.length > 0 && item.block.lines.length === 1 && opensWithTargetLabel(itemKey);
  const out: Target[] = [];
  const found: { clause: Clause; key: string; facts: ClauseFacts; quantities: Quantity[] }[] = [];
  for (const clause of clauses) {
    if (!hasDigit(clause.text)) continue;
    const key = itemKey.slice(clause.start, clause.end);
    const read = scanQuantities(clause.text, key).filter(isTarget);
    const quantities = dropQualifiers(key, scoped ? read.filter((q) => !afterScopeWord(clause.text, q)) : read, context.issued);
    if (quantities.length) found.push({ clause, key, facts: new ClauseFacts(clause, key), quantities });
  }
  const flat: { clause: Clause; key: string; facts: ClauseFacts; q: Quantity }[] = [];
  for (const { clause, key, facts, quantities } of found) for (const q of quantities) flat.push({ clause, key, facts, q });
  if (flat.length === 0) return out;
  const inherited = leadYear ?? ancestorYear(item) ?? fallbackYear;
  const leads = sentenceLeads(clauses);
  const units = shareDenominators(flat);
  const indicators: string[] = [];
  let head = '';
  let sentence = -1;
  let k = 0;
  for (const { clause, quantities } of found) {
    const sameSentence = clause.sentence === sentence;
    if (!sameSentence) {
      sentence = clause.sentence;
      head = '';
    }
    const own = indicatorsOf(clause.text, quantities, units.slice(k, k + quantities.length));
    // "Tỷ lệ hộ … được tuyên truyền: Quý I: 30%; Quý II: 60%": each value for a period, of the head before them all
    const period = periodBefore(clause.text, quantities[0]!.start);
    if (period) {
      if (period.head) head = period.head;
      if (head) own[0] = `${head} (${period.label})`;
    }
    // "Giảm tỷ suất tử vong: trẻ dưới 5 tuổi còn <19 ‰; dưới 1 tuổi còn ≤ 13‰": the head before the colon carries on.
    else if (head && /^\s*\p{Ll}/u.test(clause.text)) own[0] = `${head} ${own[0]}`;
    // "Tỷ lệ người … được sàng lọc tăng huyết áp đạt 75%; được sàng lọc đái tháo đường đạt 60%": the subject carries on.
    else if (sameSentence && k > 0 && opensOnPredicate(own[0]!)) {
      const subject = subjectOf(indicators[k - 1]!);
      if (subject) own[0] = `${subject} ${own[0]}`;
    }
    // "… chăm sóc sau sinh tại nhà trong tuần đầu không dưới 85%; trong 42 ngày sau sinh từ 90% trở lên": the same
    // indicator for another time or place, in place of the one the value before it names
    else if (sameSentence && k > 0) {
      const qualified = requalified(indicators[k - 1]!, own[0]!);
      if (qualified) own[0] = qualified;
    }
    for (const indicator of own) indicators.push(indicator);
    k += quantities.length;
    const colon = clause.text.indexOf(':');
    if (!period && colon >= 0 && colon < quantities[0]!.start) head = clause.text.slice(0, colon).replace(/^[\s\-+]+/, '').trim();
  }
  flat.forEach(({ clause, key, facts, q }, i) => {
    const indicator = indicators[i]!;
    const offset = skip + clause.start + q.valueStart;
    const valueText = clause.text.slice(q.valueStart, q.valueEnd);
    const span = context.at.inBlockAt(item.block, offset, valueText);
    lintQuantity(q, valueText, units[i] ?? null, span, context.diagnostics);
    context.decimals.note(valueText, span);
    const next = flat[i + 1]?.clause === clause ? flat[i + 1]!.q.start : null;
    const stated = ownYear(key, q, next ?? key.length) ?? clauseYear(facts, q, next, context.issued) ?? sentenceYear(itemKey, clause, leads);
    // "Năm 2026 toàn xã có 186 trẻ …" in a plan issued in 2027: what a year before the plan's says is a result, no target
    if (stated !== null && context.issued !== null && stated < context.issued) return;
    const source = sourceOf(clause, q.valueStart, q.valueEnd);
    out.push({
      id: context.ids.next('tgt', span.line),
      indicator: indicator || source,
      cmp: q.cmp,
      value: wholeCount(q, valueText, units[i] ?? null),
      valueMax: q.valueMax,
      unit: units[i] ?? null,
      year: stated ?? inherited,
      aspiration: facts.aspiresBefore(q.start),
      change: q.change,
      source,
      tableColumn: null,
      section: section.id,
      task: task?.id ?? null,
      ...span,
    });
  });
  return out;
}

/**
 * Values that only qualify the indicator of another: "từ 2 mũi trở lên … đạt
 * trên 90%", "cân nặng dưới 2.500 gram không quá 5%" (a compared count before
 * a rate), "trẻ chưa tiêm đủ 2 mũi … đạt 95%" (a count in the rate's words
 * before it); "90% hộ gia đình tại 14 thôn …", "95% trẻ … chưa tiêm đủ 2 mũi" (a
 * count inside the words of the rate before it, no comma or conjunction
 * between); "(năm 2024 là 0,32‰)" in a plan issued in 2025 (the figure of a
 * year before the plan, in parentheses: a baseline; "(năm 2025 có 05 Trạm Y
 * tế)" is a step of the plan); and whatever follows "không để xảy ra" (a
 * limit never to reach).
 */
function dropQualifiers(key: string, quantities: Quantity[], issued: number | null): Quantity[] {
  let firstNegation = Infinity;
  for (const negation of quantityVocabulary().negations) {
    const at = key.indexOf(negation);
    if (at >= 0 && at < firstNegation) firstNegation = at;
  }
  // "từ “đạt ít nhất 70%” điều chỉnh thành “đạt ít nhất 90%”": an amending plan's old value, from "từ" to the amendment, is
  // no target; the new one after it is
  const amended = amendedSpan(key);
  // The index of the last rate: a compared count before it qualifies a rate (one look, not one per count).
  let lastRate = -1;
  for (let i = 0; i < quantities.length; i++) if (isRateUnit(quantities[i]!.unit)) lastRate = i;
  return quantities.filter((q, i) => {
    if (q.start > firstNegation || isBaselineAside(key, q, issued)) return false;
    if (amended && q.start >= amended.from && q.end <= amended.to) return false;
    if (isRateUnit(q.unit)) return true;
    const previous = quantities[i - 1];
    if (previous && isCoverage(previous) && q.fraction === null && qualifies(key, previous, q)) return false;
    // "100% điểm thi (08/08 điểm thi)": the rate said again as a fraction in brackets, one target
    if (previous && isRateUnit(previous.unit) && restates(key, previous, q)) return false;
    const next = quantities[i + 1];
    // "trẻ … chưa tiêm đủ 2 mũi vắc xin … đạt 95%": a count inside the words of the rate after it
    if (!q.compared) return !(next && isRateUnit(next.unit) && q.fraction === null && !joins(key.slice(q.end, next.start)));
    if (lastRate < i) return true;
    // "không quá 05 cặp, giảm ít nhất 50% so với năm 2026": a count of its own, then a change after a comma, each a target
    return next !== undefined && isRateUnit(next.unit) && opensChange(key.slice(q.end, next.start));
  });
}

/** A folded text (an item's, its label gone) that opens with a word that names targets: "chỉ tiêu", "mục tiêu". */
function opensWithTargetLabel(key: string): boolean {
  return quantityVocabulary().targetLabelWords.some((w) => key.startsWith(`${w} `));
}

/** A value right after a word of scope ("tại 10 xã"): the place a heading's targets apply to, not one of them. */
function afterScopeWord(text: string, q: Quantity): boolean {
  return quantityVocabulary().scopeWords.has(wordsBefore(text, q.start, 24).last);
}

/**
 * Where an amended value stands in a folded clause: from the "từ" before the
 * first amendment to the quote that closes the old value; null for none
 * (most clauses hold no quote, and "thay băng vết thương" is no amendment).
 */
function amendedSpan(key: string): { from: number; to: number } | null {
  if (!key.includes('”') && !key.includes('"')) return null;
  const amendment = quantityVocabulary().amendment.exec(key);
  if (!amendment) return null;
  const from = key.lastIndexOf(quantityVocabulary().amendedFrom, amendment.index);
  return from >= 0 ? { from, to: amendment.index + 1 } : null;
}

/**
 * Whether a count qualifies the rate before it: no comma or conjunction
 * between them; or the count is what the counted have ("95% đám cưới, đám
 * giỗ có từ 30 mâm cỗ trở lên"), or a bare count the counted do ("100% khoa,
 * phòng xây dựng và triển khai ít nhất 01 đề án": no unit, the counted right
 * after the rate, and no comma or conjunction right before the count),
 * outside any parenthesis opened between.
 */
function qualifies(key: string, rate: Quantity, count: Quantity): boolean {
  const gap = key.slice(rate.end, count.start);
  if (!joins(gap)) return true;
  if (isBracketOpen(gap)) return false;
  const before = gap.trimEnd();
  // a bare count, or sessions ("100% chi đoàn … tổ chức ít nhất 01 buổi sinh hoạt"), the counted hold
  if ((count.unit === null || isSessions(count.unit)) && isWhatTheCountedDo(gap)) return true;
  return quantityVocabulary().propertyVerbs.some((v) => before === v || before.endsWith(` ${v}`));
}

/** Whether a fraction in brackets after a rate is the rate said again: "100% điểm thi (08/08 điểm thi)". */
function restates(key: string, rate: Quantity, q: Quantity): boolean {
  if (q.fraction === null || q.fraction.den === 0) return false;
  const gap = key.slice(rate.end, q.start);
  return isBracketOpen(gap) && Math.abs((q.fraction.num / q.fraction.den) * 100 - rate.value) < 0.5;
}

/** A count of sessions or times ("01 buổi", "02 lần"), which a rate's counted hold. */
function isSessions(unit: string): boolean {
  return quantityVocabulary().frequencyUnits.has(foldKey(unit));
}

/** The words between a rate and a bare count go on from the rate's counted to the count: no comma or conjunction opens or closes them. */
function isWhatTheCountedDo(gap: string): boolean {
  const words = gap.trim().split(' ');
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return !first.startsWith(',') && !joins(` ${first.replace(/,$/, '')} `) && !joins(` ${last} `);
}

/** ", giảm ít nhất": a gap that parts two values and opens a change ("giảm", "tăng") for the second. */
function opensChange(gap: string): boolean {
  const comma = gap.indexOf(',');
  if (comma < 0) return false;
  const after = gap.slice(comma + 1).trimStart();
  return quantityVocabulary().change.some((c) => after.startsWith(`${c.key} `));
}

/** Whether the words between two values start a new statement: a comma, a conjunction ("và", "hoặc"), or a parenthesis still open at the second. */
function joins(gap: string): boolean {
  return isBracketOpen(gap) || quantityVocabulary().conjunctionKeys.some((c) => gap.includes(c === ',' ? c : `${c} `));
}

/** "(năm 2024 là 0,32‰)": a value in parentheses after a year before the plan's is that year's figure, a baseline. */
function isBaselineAside(key: string, q: Quantity, issued: number | null): boolean {
  if (issued === null) return false;
  // Only the 40 characters before the value are looked at: a search through the whole clause would cost it quadratic time.
  const floor = Math.max(0, q.start - 40);
  const before = key.slice(floor, q.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  const year = YEAR_IN.exec(before.slice(open));
  return year !== null && Number(year[1]) < issued;
}

const YEAR_IN = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;


/** How much of a whole a value covers: a rate ("100%"), or a count out of the whole ("104/104 Trạm Y tế"). */
function isCoverage(q: Quantity): boolean {
  return isRateUnit(q.unit) || q.fraction !== null;
}

/** A value is a target when it carries a unit or a comparator, stands after a colon, or counts out of a whole ("07/07"). */
function isTarget(q: Quantity): boolean {
  return q.unit !== null || q.compared || q.afterColon || q.fraction !== null;
}

/** "1,200": a comma before three figures, decimals to a Vietnamese reader and thousands to an English one. */
const AMBIGUOUS_THOUSANDS = /^(\d{1,3}),(\d{3})$/;

/**
 * "ít nhất 1,200 lượt": a value printed with three figures after its comma
 * that counts whole things (a unit that is no rate, span, age or measure)
 * is a count with English thousands, 1.200; KH501 says so all the same.
 */
function wholeCount(q: Quantity, printed: string, unit: string | null): number {
  if (unit === null || isRateUnit(unit) || unit.includes('/') || !AMBIGUOUS_THOUSANDS.test(printed)) return q.value;
  const v = quantityVocabulary();
  const key = foldKey(unit);
  return v.measureUnits.has(key) || v.spanUnits.has(key) || v.ageUnits.has(key) ? q.value : Number(printed.replace(',', ''));
}

/** Numbers worth a second look: "1,500" (English or Vietnamese?), a rate above 100%, a fraction that disagrees with its percentage. */
function lintQuantity(q: Quantity, printed: string, unit: string | null, span: Span, diagnostics: Diagnostics): void {
  const ambiguous = AMBIGUOUS_THOUSANDS.exec(printed);
  if (ambiguous) {
    diagnostics.report('KH501', span, { text: printed, decimal: String(q.value).replace('.', ','), thousands: `${ambiguous[1]}.${ambiguous[2]}` });
  }
  if (unit === '%' && q.value > 100 && !q.change) diagnostics.report('KH502', span, { value: q.value });
  checkShare(q, span, diagnostics);
}

/**
 * "đạt 80% năm 2025, 85% năm 2026 và 90% năm 2027": a year printed right
 * after a value, with nothing after it but a comma or a conjunction before
 * the next value (or the clause's end), is that value's own. In "90%, đến
 * năm 2030 đạt 95%" the year leads the next value instead.
 */
function ownYear(key: string, q: Quantity, next: number): number | null {
  const gap = key.slice(q.end, next);
  // "70% (năm 2026) lên 80% (năm 2027)": a year in brackets right after a value is that value's, whatever follows
  const vocabulary = quantityVocabulary();
  const bracketed = vocabulary.ownYearBracketed.exec(gap);
  if (bracketed) return Number(bracketed[1]);
  const m = vocabulary.ownYear.exec(gap);
  if (!m) return null;
  // what follows the year: an aside in parentheses ("(năm 2024 đạt 64,2%)") says nothing of the next value
  const rest = gap.slice(m.index + m[0].length).replace(/\([^()]*\)/g, '').trim();
  return /^[,.;]?$/.test(rest) || vocabulary.conjunctionKeys.some((c) => c !== ',' && rest.replace(/^,\s*/, '') === c.trim()) ? Number(m[1]) : null;
}

/** The first clause of each sentence, where a year that leads the sentence is printed. */
function sentenceLeads(clauses: readonly Clause[]): Map<number, Clause> {
  const leads = new Map<number, Clause>();
  for (const clause of clauses) if (!leads.has(clause.sentence)) leads.set(clause.sentence, clause);
  return leads;
}

/** "Đến năm 2027, 100% …; ít nhất 60% …": a year that leads the sentence (in its first clause) holds for its later clauses. */
function sentenceYear(itemKey: string, clause: Clause, leads: ReadonlyMap<number, Clause>): number | null {
  const first = leads.get(clause.sentence);
  if (!first || first === clause) return null;
  return yearInKey(itemKey.slice(first.start, first.end), { needLead: true, first: true });
}

/**
 * "đến năm 2030" before the value in its clause (given folded), else after it
 * (unless a year before the plan's). Where another value follows in the
 * clause, a year after a comma leads that value, not this one ("đạt trên 95%
 * dân số, phấn đấu đến năm 2030 đạt trên 98%").
 */
function clauseYear(facts: ClauseFacts, q: Quantity, next: number | null, issued: number | null): number | null {
  const before = facts.leadYearBefore(q.start);
  if (before !== null) return before;
  const key = facts.key;
  let rest = key.slice(q.end, next ?? key.length);
  if (next !== null && rest.includes(',')) rest = rest.slice(0, rest.indexOf(','));
  // "… còn dưới 0,15‰ (năm 2024 là 0,32‰)": a year before the plan's, printed after the value, is its baseline's.
  const after = yearInKey(rest, { needLead: true, first: true });
  return after !== null && issued !== null && after < issued ? null : after;
}

/**
 * The period a value is stated for, as the words right before it print its label after a colon ("…: Quý I: 30%",
 * "Quý II: 60%"), and the head before that label in the same clause, if any; null where those words are no period's.
 */
function periodBefore(text: string, valueStart: number): { label: string; head: string | null } | null {
  const lead = text.slice(0, valueStart).trimEnd();
  if (!lead.endsWith(':')) return null;
  const colon = lead.lastIndexOf(':', lead.length - 2);
  const label = lead.slice(colon + 1, -1).replace(/^[\s\-+]+/, '').trim();
  if (!label || !quantityVocabulary().periodLabel.test(foldKey(label))) return null;
  const head = colon >= 0 ? lead.slice(0, colon).replace(/^[\s\-+]+/, '').trim() : '';
  return { label, head: head || null };
}

/** A native scan for a digit: most items have none, and are left at once. */
const DIGIT = /[0-9]/;

function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

/**
 * "Đạt 45,7 giường bệnh; 14,5 bác sỹ và 3,5 dược sỹ đại học/vạn dân": the
 * denominator printed once applies to the counts before it in the sentence;
 * "báo cáo trên 100.000 dân còn dưới 08 ca" puts it before the value.
 */
function shareDenominators(values: readonly { clause: Clause; facts: ClauseFacts; q: Quantity }[]): (string | null)[] {
  const units: (string | null)[] = [];
  for (const { q } of values) units.push(q.unit);
  for (let i = values.length - 1; i > 0; i--) {
    const unit = units[i];
    if (!unit || !unit.includes('/') || isRateUnit(unit)) continue;
    const denominator = unit.slice(unit.indexOf('/'));
    for (let k = i - 1; k >= 0 && values[k]!.clause.sentence === values[i]!.clause.sentence; k--) {
      const u = units[k];
      if (!u || u.includes('/') || u === '%' || u === '‰') break;
      units[k] = u + denominator;
    }
  }
  for (let i = 0; i < values.length; i++) {
    const denominator = values[i]!.facts.rateDenominator();
    const u = units[i];
    if (denominator && u && !u.includes('/') && u !== '%' && u !== '‰') units[i] = `${u}/${denominator}`;
    // "Số bác sĩ trên 10.000 dân … đạt ít nhất 12,5": a bare value counts what the rate names
    const counted = denominator && !u ? values[i]!.facts.rateCounted() : null;
    if (counted) units[i] = `${counted}/${denominator}`;
  }
  return units;
}

function lineAt(rows: readonly Line[], index: number): Line {
  return rows.find((r) => r.index === index) ?? { ...rows[0]!, index, start: 0, end: 0 };
}
