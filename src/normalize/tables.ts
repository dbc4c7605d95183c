/**
 * Tables as they stand in the document: the first row is the header.
 */
import type { Section, Table } from '../model/schema.js';
import type { SectionNode } from '../parser/tree.js';
import type { Locator } from './locate.js';
import type { Ids } from './ids.js';

export function normalizeTables(nodes: SectionNode[], byNode: Map<SectionNode, Section>, at: Locator, ids: Ids): Table[] {
  const tables: Table[] = [];
  for (const node of nodes) {
    for (const table of node.tables) {
      const [head, ...rest] = table.rows;
      if (!head) continue;
      const span = at.lines(table.rows);
      tables.push({
        id: ids.next('tbl', span.line),
        section: byNode.get(node)?.id ?? null,
        header: head.cells!.map((c) => c.text),
        rows: rest.map((r) => r.cells!.map((c) => c.text)),
        rowLines: rest.map((r) => r.index + 1),
        ...span,
      });
    }
  }
  return tables;
}
