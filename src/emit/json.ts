/**
 * JSON output: keys in schema order (see order.ts), two-space indent, and a
 * trailing newline so the file ends like any text file.
 */
import type { Plan } from '../model/schema.js';
import { inSchemaOrder } from './order.js';

/** One plan as a JSON object. */
export function emitJson(plan: Plan): string {
  return JSON.stringify(inSchemaOrder(plan), null, 2) + '\n';
}

/** Several plans as one JSON array (an empty batch gives `[]`). */
export function emitJsonArray(plans: Plan[]): string {
  return JSON.stringify(plans.map(inSchemaOrder), null, 2) + '\n';
}
