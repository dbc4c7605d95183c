/**
 * JSON output: keys in the order the compiler builds its records, which is the
 * schema order (the tests hold it to that), two-space indent, and a
 * trailing newline so the file ends like any text file.
 */
import type { Plan } from '../model/schema.js';

/** One plan as a JSON object. */
export function emitJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}

/** Several plans as one JSON array (an empty batch gives `[]`). */
export function emitJsonArray(plans: Plan[]): string {
  return JSON.stringify(plans, null, 2) + '\n';
}
