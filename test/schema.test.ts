/**
 * The output contract: what compile() produces, once through JSON, validates
 * against the zod Plan schema and, with ajv, against the JSON Schema that
 * `kehoach schema` prints (z.toJSONSchema).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PLAN } from './support/sample-plan.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { compile } from '../src/compile.js';
import { emitJson } from '../src/emit/json.js';
import { Plan } from '../src/model/schema.js';

/** The sample plan with a cited document in its preamble. */
const PLAN = SAMPLE_PLAN.replace('\nI. MỤC ĐÍCH', '\nThực hiện Kế hoạch số 50/KH-SYT ngày 12/3/2024 của Sở Y tế;\nI. MỤC ĐÍCH');

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort() : [];

/** The plan as a consumer of `kehoach parse` sees it: through the JSON emitter and back. */
function outputOf(input: string | Uint8Array, file: string): unknown {
  return JSON.parse(emitJson(compile(input, { file }).plan));
}

const jsonSchema = z.toJSONSchema(Plan) as { type?: string; properties?: Record<string, unknown>; required?: string[] };

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema);

function expectValid(output: unknown): void {
  const valid = validate(output);
  expect(valid, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  const parsed = Plan.safeParse(output);
  expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  const properties = Object.keys(jsonSchema.properties ?? {});
  for (const key of Object.keys(output as object)) expect(properties).toContain(key);
  for (const key of jsonSchema.required ?? []) expect(output).toHaveProperty(key);
}

describe('the JSON Schema of the output', () => {
  it('is generated from the zod schema, as an object with the plan fields', () => {
    expect(jsonSchema.type).toBe('object');
    expect(Object.keys(jsonSchema.properties!)).toEqual(Object.keys(Plan.shape));
  });
});

describe('compiled output validates against the schema', () => {
  it('and the check can fail: a plan with a wrong field type is rejected', () => {
    const output = outputOf(PLAN, 'plan.txt') as { sections: { kind: string }[] };
    output.sections[0]!.kind = 'unknown-kind';
    expect(validate(output)).toBe(false);
  });

  it('for the inline plan', () => {
    const output = outputOf(PLAN, 'plan.txt');
    expectValid(output);
    expect(output).toMatchObject({ document: { number: '15/KH-UBND' } });
  });

  it('for an empty document and for bytes that are not text', () => {
    expectValid(outputOf('', 'empty.txt'));
    expectValid(outputOf(Uint8Array.from([0, 1, 2]), 'binary.bin'));
  });

  it('for the plan as markdown', () => {
    const markdown = PLAN.replace('KẾ HOẠCH', '# KẾ HOẠCH').replace(/^(I+)\. /gm, '## $1. ');
    expectValid(outputOf(markdown, 'plan.md'));
  });

  describe.skipIf(seedFiles.length === 0)('for the seed documents', () => {
    it.each(seedFiles.length > 0 ? seedFiles : ['(none)'])('%s', (name) => {
      const output = outputOf(readFileSync(join(SEEDS, name)), name);
      expectValid(output);
    });
  });
});
