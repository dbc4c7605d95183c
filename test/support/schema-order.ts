/**
 * The order in which the zod schema declares the fields, at every depth: what
 * the tests hold the compiler's records to. The emitters write keys in the
 * order the normaliser builds them, so this order is a property of the
 * compiler, checked here, not work redone on every output (which would load
 * zod on the JSON path).
 */
import { z } from 'zod';
import { Plan } from '../../src/model/schema.js';

/** A copy of `plan` whose keys, at every depth, follow the schema order. */
export function inSchemaOrder(plan: Plan): Plan {
  return orderBySchema(plan, Plan) as Plan;
}

function orderBySchema(value: unknown, schema: z.core.$ZodType): unknown {
  if (value === null || value === undefined) return value;

  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return orderBySchema(value, schema.unwrap());
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => orderBySchema(item, schema.element));
  }
  if (schema instanceof z.ZodObject && isPlainObject(value)) {
    return orderObject(value, schema.shape);
  }
  if (schema instanceof z.ZodRecord && isPlainObject(value)) {
    const ordered: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      ordered[key] = orderBySchema(item, schema.valueType);
    }
    return ordered;
  }
  return value;
}

function orderObject(value: Record<string, unknown>, shape: Record<string, z.core.$ZodType>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (key in value) ordered[key] = orderBySchema(value[key], fieldSchema);
  }
  for (const [key, item] of Object.entries(value)) {
    if (!(key in shape)) ordered[key] = item;
  }
  return ordered;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
