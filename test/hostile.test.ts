/**
 * Hostile and damaged input: each document compiles, or fails cleanly, and
 * the result is a valid Plan whose positions lie inside the text. Nothing
 * here is timed (the benchmark measures growth); a pattern with catastrophic
 * backtracking would show as a test that never ends.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { Plan } from '../src/model/schema.js';
import { emitCsv, CSV_TABLES } from '../src/emit/csv.js';
import { emitYaml } from '../src/emit/yaml.js';
import { SAMPLE_PLAN } from './support/sample-plan.js';
import { hostileInputs } from '../bench/hostile-inputs.mjs';

function spansInside(text: string, plan: Plan): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const bad: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const v = value as Record<string, unknown>;
    if (typeof v.line === 'number' && typeof v.endLine === 'number' && typeof v.column === 'number' && typeof v.endColumn === 'number') {
      const ok = v.line >= 1 && v.endLine >= v.line && v.endLine <= lines.length
        && v.column >= 1 && v.column <= lines[v.line - 1]!.length + 1 && v.endColumn <= lines[v.endLine - 1]!.length + 1;
      if (!ok) bad.push(JSON.stringify({ line: v.line, column: v.column, endLine: v.endLine, endColumn: v.endColumn }));
    }
    Object.values(v).forEach(visit);
  };
  visit(plan);
  return bad;
}

describe('hostile input', () => {
  for (const { name, text } of hostileInputs(SAMPLE_PLAN, 1)) {
    it(`compiles ${name} into a valid plan`, async () => {
      const { plan } = compile(text, { file: `${name}.txt` });
      expect(Plan.safeParse(JSON.parse(JSON.stringify(plan))).success).toBe(true);
      expect(spansInside(text, plan)).toEqual([]);
      for (const table of CSV_TABLES) expect(typeof emitCsv([plan], table)).toBe('string');
      expect(typeof (await emitYaml([plan]))).toBe('string');
    });
  }

  // A record that repeats what it was read from (a target's clause) would make the output grow with the square of a long
  // clause: 105 KB of one clause once gave 468 MB of JSON.
  const [half, whole] = [0.25, 0.5].map((scale) => hostileInputs(SAMPLE_PLAN, scale));
  for (const [i, { name, text }] of whole!.entries()) {
    const smaller = half![i]!.text;
    if (smaller.length === text.length) continue;
    it(`gives output that grows no faster than the input for ${name}`, () => {
      const size = (doc: string): number => JSON.stringify(compile(doc).plan).length;
      expect(size(text) / size(smaller)).toBeLessThanOrEqual((text.length / smaller.length) * 1.2);
    });
  }

  it('reports an empty document as an error, once: not each part of a plan as missing from it', () => {
    expect(compile('').diagnostics.map((d) => d.code)).toEqual(['KH001']);
    expect(compile(' \n\t\n   \r\n').diagnostics.map((d) => d.code)).toEqual(['KH001']);
    // one line of text is a document, however short: what it lacks is said
    expect(compile('x').diagnostics.map((d) => d.code)).toContain('KH101');
  });

  it('reads a pipe table whose heading row is a pipe alone, as damage leaves it, without failing on its empty row', () => {
    // found by the property soak: "|" over "|---|---|" made a row of no cells, which the closing's search read as a cell
    const doc = ['**KẾ HOẠCH**', '', '## I. NHIỆM VỤ', '', '1. Giám sát.', '', '|', '|---|---|', '| - Như trên; | **THỨ TRƯỞNG** |', '| - Lưu: VT. | |'].join('\n');
    const { plan } = compile(doc, { file: 'plan.md' });
    expect(plan.syntax).toBe('markdown');
    expect(plan.sections.map((s) => s.label)).toEqual(['I']);
  });

  it('keeps control characters out of the records’ structure but never fails on them', () => {
    const { plan } = compile(SAMPLE_PLAN.replace('KẾ HOẠCH', 'KẾ\u0000 HOẠCH\u0007').replace('I. MỤC', '\u001bI. MỤC'));
    expect(plan.sections.length).toBeGreaterThan(0);
  });
});
