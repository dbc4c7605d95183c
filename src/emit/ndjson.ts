/**
 * NDJSON output (newline-delimited JSON): one plan per line, keys in schema
 * order, no indentation, every line ended by "\n". JSON.stringify escapes the
 * newlines inside strings, so a plan never spans two lines.
 */
import type { Plan } from '../model/schema.js';

export function emitNdjson(plans: Plan[]): string {
  return plans.map((plan) => JSON.stringify(plan) + '\n').join('');
}
