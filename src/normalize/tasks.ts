/**
 * Tasks: every item of the task and solution sections, flat in document
 * order, each pointing at its parent.
 */
import type { Section, Task } from '../model/schema.js';
import type { ItemNode, SectionNode } from '../parser/tree.js';
import type { Locator } from './locate.js';
import type { Ids } from './ids.js';

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
  const byItem = new Map<ItemNode, Task>();
  for (const node of nodes) {
    const section = byNode.get(node);
    if (!section || !isTaskSection(section)) continue;
    for (const item of node.all) {
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
    }
  }
  return { tasks, byItem };
}
