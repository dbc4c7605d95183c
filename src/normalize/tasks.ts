/**
 * Tasks: every item of the task and solution sections, flat in document
 * order, each pointing at its parent; and each row of a table of work in
 * those sections (STT | Nội dung công việc | Thời gian | …), under the item
 * the table stands in.
 */
import type { Section, Task } from '../model/schema.js';
import type { ItemNode, SectionNode, TableNode } from '../parser/tree.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { foldKey } from '../text/fold.js';
import { tidySpaces } from '../text/spaces.js';
import type { Locator } from './locate.js';
import type { Ids } from './ids.js';
import { totalKeys } from './budget/amounts.js';

/** grammar/sections.json's headings of the column a table of work names its tasks in, folded. */
const taskColumns = onFirstUse((): string[] => grammar<{ taskColumns: string[] }>('sections').taskColumns.map(foldKey));

const TASK_KINDS = new Set(['tasks', 'solutions']);

export function isTaskSection(section: Section): boolean {
  return TASK_KINDS.has(section.kind);
}

export function normalizeTasks(
  nodes: SectionNode[],
  byNode: Map<SectionNode, Section>,
  at: Locator,
  ids: Ids,
): { tasks: Task[]; byItem: Map<ItemNode, Task> } {
  const tasks: Task[] = [];
  const rows: Task[] = [];
  const byItem = new Map<ItemNode, Task>();
  for (const node of nodes) {
    const section = byNode.get(node);
    if (!section || !isTaskSection(section)) continue;
    node.all.forEach((item, i) => {
      if (isIntroduction(item, node.all[i + 1])) return;
      const span = at.lines(item.block.lines);
      const task: Task = {
        id: ids.next('task', span.line),
        parent: item.parent ? byItem.get(item.parent)?.id ?? null : null,
        section: section.id,
        label: item.label?.value ?? null,
        labelStyle: item.style === 'roman' ? 'paragraph' : item.style,
        title: item.title,
        text: item.body,
        ...span,
      };
      tasks.push(task);
      byItem.set(item, task);
    });
    for (const table of node.tables) for (const task of tableTasks(table, section, byItem, at, ids)) rows.push(task);
  }
  if (rows.length === 0) return { tasks, byItem };
  // A table's rows stand among the items: document order is line order.
  return { tasks: [...tasks, ...rows].sort((a, b) => a.line - b.line), byItem };
}

/**
 * A paragraph that only introduces the numbered items after it ("Các nhiệm
 * vụ trọng tâm gồm:" over "1. Rà soát …", "2. …"): no task of its own. One
 * with items under it is the task they detail, and stays, as does a long
 * one ("Triển khai đồng bộ các nhiệm vụ … Tổ chức thực hiện các nội dung sau:").
 */
function isIntroduction(item: ItemNode, next: ItemNode | undefined): boolean {
  const text = item.block.text.trimEnd();
  return item.style === 'paragraph' && item.children.length === 0 && text.endsWith(':') && text.length <= MAX_INTRODUCTION
    && next !== undefined && next.parent === item.parent && next.label !== null && next.style !== 'dash' && next.style !== 'plus' && next.style !== 'star';
}

/** An introduction is a sentence or two; a paragraph longer than this states work of its own before its colon. */
const MAX_INTRODUCTION = 160;

/** The column of a table of work that names its tasks ("Nội dung công việc"), or -1 for a table of another kind. */
export function workColumn(table: TableNode): number {
  const headings = table.rows[0]?.cells?.map((c) => foldKey(c.text.replace(/[*_]/g, ''))) ?? [];
  const columns = taskColumns();
  return headings.findIndex((h) => columns.some((c) => h === c || h.startsWith(`${c} `)));
}

/** The rows of a table of work as tasks: the ordinal as label, the work as title and text. */
function tableTasks(table: TableNode, section: Section, byItem: ReadonlyMap<ItemNode, Task>, at: Locator, ids: Ids): Task[] {
  const work = workColumn(table);
  if (work < 0) return [];
  const rows = table.rows.slice(1);
  const parent = table.owner ? byItem.get(table.owner)?.id ?? null : null;
  const out: Task[] = [];
  for (const row of rows) {
    const title = tidySpaces(row.cells?.[work]?.text ?? '');
    if (!title) continue;
    const ordinal = tidySpaces(row.cells?.[0]?.text ?? '').replace(/\.$/, '');
    // the row of a table of work that sums its costs ("Tổng cộng … 464") is no work
    if (!ordinal && totalKeys().includes(foldKey(title))) continue;
    const span = at.line(row);
    out.push({
      id: ids.next('task', span.line),
      parent,
      section: section.id,
      label: work > 0 && /^\d{1,3}$/.test(ordinal) ? ordinal : null,
      labelStyle: work > 0 && /^\d{1,3}$/.test(ordinal) ? 'arabic' : 'paragraph',
      title,
      text: title,
      ...span,
    });
  }
  return out;
}
