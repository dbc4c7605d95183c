/**
 * The budget: the total and the items of the KINH PHÍ section, in đồng, with
 * their grouping ("a) Kinh phí theo dự án", "b) … theo nguồn vốn", the "+"
 * lines "trong đó" under a "-" line). Each group is checked against what it
 * should add up to, and the amount in words against the figures. A table
 * with a money column (tables.ts) gives items and a total as lines do. A
 * budget section without amounts keeps its text.
 */
import type { Budget, BudgetItem, Section, Span } from '../../model/schema.js';
import type { Diagnostics } from '../../diagnostics/collector.js';
import type { ItemNode, SectionNode, TableNode } from '../../parser/tree.js';
import { grammar, onFirstUse } from '../../grammar/load.js';
import { alternation } from '../../grammar/pattern.js';
import { foldKey } from '../../text/fold.js';
import type { Locator } from '../locate.js';
import { Ways } from '../habits.js';
import type { Ids } from '../ids.js';
import { findAmounts, groupedAmount, scaleOfUnitLine, totalKeys } from './amounts.js';
import { parseAmountWords } from './words.js';
import { readBudgetTable } from './tables.js';

export interface BudgetContext {
  readonly nodes: readonly SectionNode[];
  readonly sections: ReadonlyMap<SectionNode, Section>;
  readonly at: Locator;
  readonly ids: Ids;
  readonly diagnostics: Diagnostics;
  /** What the appendices hold: a budget table there gives the lines a budget section leaves out. */
  readonly appendices: readonly SectionNode[];
}

interface MoneyWords {
  /** The words that name a total ("tổng kinh phí"), folded. */
  readonly totalKeys: readonly string[];
  /** The words that open a line whose amount, written out in words too, is the total ("kinh phí"), folded. */
  readonly spelledTotalLeads: readonly string[];
  /** An amount repeated in words between brackets, perhaps after its lead: "(Hai trăm triệu đồng)", "(Bằng chữ: …)". */
  readonly inWords: RegExp;
  /** How an amount is printed in messages: "đồng". */
  readonly currencyName: string;
}

/** grammar/money.json in the shapes this pass uses, built once. */
const moneyWords = onFirstUse((): MoneyWords => {
  const m = grammar<{ totalWords: string[]; wordsLeads: string[]; wordsEnd: string[]; currencyName: string; spelledTotalLeads: string[] }>('money');
  return {
    totalKeys: totalKeys(),
    spelledTotalLeads: m.spelledTotalLeads.map(foldKey),
    inWords: new RegExp(`\\(\\s*(?:(?:${alternation(m.wordsLeads)})\\s*:?\\s*)?([^()]{6,160}?(?:${alternation(m.wordsEnd)}))\\s*\\)`, 'iu'),
    currencyName: m.currencyName,
  };
});

export function normalizeBudget(context: BudgetContext): Budget | null {
  const nodes = context.nodes.filter((n) => context.sections.get(n)?.kind === 'budget');
  if (nodes.length === 0) return null;
  const totalWords = moneyWords().totalKeys;
  let total: Budget['total'] = null;
  /** Where the total stands (its item, or the 0-based line of a table's total row), for the amount in words after it. */
  let totalItem: ItemNode | null = null;
  let totalLine = -1;
  const items: BudgetItem[] = [];
  const byItem = new Map<ItemNode, BudgetItem>();
  const texts: string[] = [];
  /** How the amounts of the text group their thousands ("14.000.000", "14 000 000"), for KH505. */
  const groupings = new Ways<{ readonly text: string; readonly span: Span }>();

  /** A budget table's rows: its total row (unless a total is known) and its lines. */
  const readTable = (container: SectionNode, table: TableNode): void => {
    const { amounts, slips, products } = readBudgetTable(table, totalWords, unitAbove(container, table));
    // a cost estimate's line whose quantity times unit price is not its amount (KH603)
    for (const slip of products) {
      context.diagnostics.report('KH603', context.at.fragment(slip.row, slip.text, slip.start), {
        quantity: groupedAmount(slip.quantity), price: formatDong(slip.price), product: formatDong(slip.quantity * slip.price), amount: formatDong(slip.amount),
      });
    }
    for (const slip of slips) {
      const lines = context.diagnostics.term(slip.kind === 'column' ? 'columnCells' : 'yearsOf', { name: slip.name });
      context.diagnostics.report('KH601', context.at.fragment(slip.row, slip.text, slip.start), { lines, sum: formatDong(slip.sum), amount: formatDong(slip.amount) });
    }
    /** The last line of the table that is no part of another: the parent of the sub-lines under it. */
    let above: BudgetItem | null = null;
    for (const row of amounts) {
      const span = context.at.fragment(row.row, row.text, row.start);
      if (row.total && total === null) {
        total = { amount: row.amount, words: null, ...span };
        totalLine = row.row.index;
      } else if (!row.total) {
        // a line starts where its row does, its amount in the same cell row or on a line of its own
        const opening = context.at.line(row.first);
        const whole = opening.line < span.line ? { ...span, line: opening.line, column: opening.column } : span;
        const item: BudgetItem = { id: context.ids.next('bud', whole.line), label: row.label, amount: row.amount, group: null, parent: row.sub ? above?.id ?? null : null, ...whole };
        items.push(item);
        if (!row.sub) above = item;
      }
    }
  };
  for (const node of nodes) for (const table of node.tables) readTable(node, table);
  /** What the tables' lines add up to, against a total the text states otherwise. */
  const tableSum = items.length > 0 ? items.reduce((sum, item) => sum + item.amount, 0) : null;
  for (const node of nodes) {
    for (const item of node.all) {
      const text = item.block.text.slice(item.label?.rest ?? 0).trim();
      texts.push(text);
      const amounts = findAmounts(text);
      for (const amount of amounts) {
        if (!amount.grouping) continue;
        const at = context.at.inBlockAt(item.block, item.block.text.length - text.length + amount.start, amount.text);
        groupings.note(amount.grouping, { text: amount.text, span: at }, at.line);
      }
      const words = moneyWords().inWords.exec(text)?.[1] ?? null;
      if (amounts.length === 0) {
        if (words && total && total.words === null && isNear(item, totalItem, totalLine)) checkWords(words, total, context.diagnostics, context.at.lines(item.block.lines));
        continue;
      }
      // "780 công dân x 180.000 đồng/công dân = 140.400.000 đồng": a line's amount is its product, after the equals sign
      const first = amounts.find((a) => text.slice(0, a.start).trimEnd().endsWith('=')) ?? amounts[0]!;
      const offset = item.block.text.length - text.length;
      const span = context.at.inBlockAt(item.block, offset + first.start, first.text);
      const key = foldKey(text.slice(0, first.start));
      const namesTotal = (): boolean => totalWords.some((w) => key.startsWith(w) || key.includes(` ${w}`));
      // "Kinh phí thực hiện Kế hoạch: 64.800.000 đồng (Sáu mươi bốn triệu …)": the first amount, spelled out, after the budget's word
      const spelledTotal = words !== null && items.length === 0 && moneyWords().spelledTotalLeads.some((w) => key.startsWith(w));
      if (total === null && (namesTotal() || spelledTotal)) {
        total = { amount: first.amount, words, ...span };
        totalItem = item;
        if (words) checkWords(words, total, context.diagnostics, span);
        continue;
      }
      // The total of a table said again in the text ("Tổng kinh phí: 300 triệu đồng") is no line of its own; said before
      // the table, the total is where the text first states it.
      if (total !== null && first.amount === total.amount && namesTotal()) {
        if (totalItem === null && span.line - 1 < totalLine) {
          total = { amount: total.amount, words: total.words, ...span };
          totalItem = item;
        }
        if (words && total.words === null) checkWords(words, total, context.diagnostics, context.at.inBlock(item.block, words));
        continue;
      }
      // The text's total against another in the table's total row: a slip in one of the two, and no line of the budget.
      if (total !== null && totalItem === null && totalLine >= 0 && totalWords.some((w) => key.startsWith(w))) {
        const lines = context.diagnostics.term('tableLines');
        context.diagnostics.report('KH601', span, { lines, sum: formatDong(tableSum ?? total.amount), amount: formatDong(first.amount) });
        if (words) checkAmountInWords(words, first.amount, context.diagnostics, context.at.inBlock(item.block, words));
        continue;
      }
      // "Ngân sách xã: 80.000.000 đồng (Tám mươi lăm triệu đồng)": a line's amount in words is checked as the total's is.
      if (words) checkAmountInWords(words, first.amount, context.diagnostics, context.at.inBlock(item.block, words));
      // A line starts where its item does, its amount wrapped onto the next line or not ("…cộng đồng:" / "850 triệu đồng;").
      const opening = context.at.line(item.block.lines[0]!);
      const whole = { line: opening.line, column: opening.column, endLine: span.endLine, endColumn: span.endColumn };
      const record: BudgetItem = {
        id: context.ids.next('bud', whole.line),
        label: labelOf(text.slice(0, first.start)),
        amount: first.amount,
        group: groupOf(item),
        parent: item.parent ? byItem.get(item.parent)?.id ?? null : null,
        ...whole,
      };
      items.push(record);
      byItem.set(item, record);
    }
  }
  // A section that gives its lines "tại Phụ lục II" leaves them to a budget table in an appendix; one that names no amount
  // at all ("Kinh phí thực hiện các hoạt động nêu tại điểm 4 mục III …"), to a table of money in another section.
  const grouped = groupings.chosen();
  if (grouped) {
    const { kept, slip } = grouped;
    context.diagnostics.report('KH505', slip.first.span, { text: slip.first.text, other: kept.first.text, line: kept.first.span.line });
  }
  if (items.length === 0) for (const appendix of context.appendices) for (const table of appendix.tables) readTable(appendix, table);
  if (items.length === 0 && total === null) {
    for (const node of context.nodes) if (!nodes.includes(node)) for (const table of node.tables) readTable(node, table);
  }
  if (total === null && items.length === 0) return { total: null, items: [], text: texts.join('\n') || null };
  if (total === null) total = totalByItsParts(items);
  checkSums(total, items, context.diagnostics);
  return { total, items, text: null };
}

/**
 * A budget that names no "Tổng …": its first amount is the total when the
 * lines after it add up to it ("Dự kiến kinh phí: 45.000.000 đồng" over its parts).
 */
function totalByItsParts(items: BudgetItem[]): Budget['total'] {
  if (items.length < 3) return null;
  const [first, ...rest] = items;
  const sum = rest.filter((i) => i.parent === null).reduce((s, i) => s + i.amount, 0);
  if (Math.abs(sum - first!.amount) > 0.5) return null;
  items.shift();
  const { amount, line, column, endLine, endColumn } = first!;
  return { amount, words: null, line, column, endLine, endColumn };
}

/**
 * The scale a unit line gives a table: "Đơn vị tính: triệu đồng" ending the
 * text just above it (a line of its own, or the end of the table's title);
 * null when the line above names no unit of money.
 */
function unitAbove(container: SectionNode, table: TableNode): number | null {
  const first = table.rows[0]!.index;
  let above: ItemNode | null = null;
  for (const item of container.all) {
    const last = item.block.lines[item.block.lines.length - 1]!.index;
    if (last < first && (!above || last > above.block.lines[above.block.lines.length - 1]!.index)) above = item;
  }
  return above ? scaleOfUnitLine(above.block.text) : null;
}

/** The words of a total may stand on the next line, "(Năm trăm … đồng)", or under the table whose last row is the total. */
function isNear(item: ItemNode, totalItem: ItemNode | null, totalLine: number): boolean {
  const line = item.block.lines[0]!.index;
  if (totalItem === null) return totalLine >= 0 && line > totalLine && line - totalLine <= 3;
  return item.parent === totalItem || line - totalItem.block.lines[0]!.index <= 3;
}

function checkWords(words: string, total: NonNullable<Budget['total']>, diagnostics: Diagnostics, span: Span): void {
  total.words = words;
  checkAmountInWords(words, total.amount, diagnostics, span);
}

/** An amount in words that says another number than its figures (KH602). */
function checkAmountInWords(words: string, amount: number, diagnostics: Diagnostics, span: Span): void {
  const value = parseAmountWords(words);
  if (value !== null && value !== amount) diagnostics.report('KH602', span, { words, value: formatDong(value), amount: formatDong(amount) });
}

/** What a group of items should add up to: the total for the top level, the parent item for the lines under it. */
function checkSums(total: Budget['total'], items: BudgetItem[], diagnostics: Diagnostics): void {
  const groups = new Map<string, BudgetItem[]>();
  for (const item of items) {
    const key = item.parent ? `parent:${item.parent}` : `group:${item.group ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const [key, members] of groups) {
    const sum = members.reduce((s, i) => s + i.amount, 0);
    const parent = key.startsWith('parent:') ? items.find((i) => i.id === key.slice(7)) ?? null : null;
    const expected = parent ?? (total ? { ...total, label: null } : null);
    if (!expected || members.length < 2 && !parent) continue;
    if (Math.abs(sum - expected.amount) > 0.5) {
      const where: Span = { line: expected.line, column: expected.column, endLine: expected.endLine, endColumn: expected.endColumn };
      const name = parent ? parent.label : members[0]!.group;
      const lines = name ? diagnostics.term('linesOf', { name }) : diagnostics.term('budgetLines');
      diagnostics.report('KH601', where, { lines, sum: formatDong(sum), amount: formatDong(expected.amount) });
    }
  }
}

/** The nearest heading above a budget line that names a grouping ("a) Kinh phí theo dự án"). */
function groupOf(item: ItemNode): string | null {
  for (let node = item.parent; node; node = node.parent) {
    if (findAmounts(node.block.text).length === 0) return (node.title ?? node.body).replace(/:$/, '').trim() || null;
  }
  return null;
}

function labelOf(before: string): string {
  const head = before.split(':')[0] ?? before;
  return head.replace(/^[-+•*\s]+/, '').replace(/[\s,:;]+$/, '').trim();
}

/** An amount in đồng as Vietnamese prints it: "1.250.000 đồng". */
function formatDong(value: number): string {
  return `${groupedAmount(value)} ${moneyWords().currencyName}`;
}
