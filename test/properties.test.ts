/**
 * Properties over damaged documents: fixtures with lines deleted, duplicated,
 * swapped or cut and markers or garbage inserted. Whatever the damage,
 * compile() does not throw, every position lies inside the source, and the
 * same input gives the same output.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { Plan } from '../src/model/schema.js';
import { CSV_TABLES, emitCsv } from '../src/emit/csv.js';
import { emitYaml } from '../src/emit/yaml.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');
/** The fixtures' inputs, and the held-out plans (their docs folders), which hold the widest range of exports. */
const documents = readdirSync(root)
  .flatMap((name) => {
    const docs = path.join(root, name, 'docs');
    const heldOut = existsSync(docs) ? readdirSync(docs).map((f) => path.join(docs, f)) : [];
    return [...['input.txt', 'input.md'].map((f) => path.join(root, name, f)), ...heldOut];
  })
  .filter(existsSync)
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }));

const NOISE = ['- ', '+ ', '1. ', 'II. ', 'a) ', '**', '|', '\t', 'Nơi nhận:', 'Số: /KH-', 'ngày  tháng  năm', '\u0301', '\u0000', '####', '\\*', '1.1.', 'TM. ', '(', '  '];

type Edit =
  | { kind: 'delete' | 'duplicate' | 'truncate'; at: number; size: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'truncate'), at: fc.nat(), size: fc.nat(40) }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 12 })) }),
) as fc.Arbitrary<Edit>;

function damage(text: string, edits: Edit[]): string {
  const lines = text.split('\n');
  for (const e of edits) {
    if (lines.length === 0) break;
    const i = e.at % lines.length;
    switch (e.kind) {
      case 'delete': lines.splice(i, 1); break;
      case 'duplicate': lines.splice(i, 0, lines[i]!); break;
      case 'truncate': lines[i] = lines[i]!.slice(0, e.size); break;
      case 'swap': { const j = e.other % lines.length; [lines[i], lines[j]] = [lines[j]!, lines[i]!]; break; }
      case 'insert': { const line = lines[i]!; const k = line.length ? e.at % line.length : 0; lines[i] = line.slice(0, k) + e.text + line.slice(k); break; }
    }
  }
  return lines.join('\n');
}

/** Every span-bearing record in the plan. */
function spans(plan: Plan): { line: number; column: number; endLine: number; endColumn: number }[] {
  const out: { line: number; column: number; endLine: number; endColumn: number }[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (typeof v.line === 'number' && typeof v.column === 'number' && typeof v.endLine === 'number') out.push(v as never);
      Object.values(v).forEach(visit);
    }
  };
  visit(plan);
  return out;
}

function insideSource(text: string, plan: Plan): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const bad: string[] = [];
  for (const s of spans(plan)) {
    const ok = s.line >= 1 && s.line <= lines.length && s.endLine >= s.line && s.endLine <= lines.length
      && s.column >= 1 && s.column <= lines[s.line - 1]!.length + 1
      && s.endColumn >= 1 && s.endColumn <= lines[s.endLine - 1]!.length + 1
      && (s.endLine > s.line || s.endColumn >= s.column);
    if (!ok) bad.push(`${JSON.stringify(s)} in ${JSON.stringify(lines[s.line - 1])}`);
  }
  return bad;
}

describe('compile on damaged documents', () => {
  it('never throws, keeps positions inside the text and is deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), (doc, edits, crlf) => {
        let text = damage(doc.text, edits);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const file = path.basename(doc.file);
        const first = compile(text, { file });
        const outside = insideSource(text, first.plan);
        if (outside.length) throw new Error(`spans outside the text: ${outside.join(' ')}`);
        expect(JSON.stringify(compile(text, { file }).plan)).toBe(JSON.stringify(first.plan));
        const parsed = Plan.safeParse(JSON.parse(JSON.stringify(first.plan)));
        if (!parsed.success) throw new Error(`not a valid Plan: ${parsed.error.message.slice(0, 300)}`);
        for (const table of CSV_TABLES) emitCsv([first.plan], table);
      }),
      { numRuns: 1500 },
    );
  }, 300_000);

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const { plan } = compile(text);
        const outside = insideSource(text, plan);
        if (outside.length) throw new Error(`spans outside the text: ${outside.join(' ')}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('emits YAML that reads back equal, whatever the damage', async () => {
    const YAML = await import('yaml');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 8 }), async (doc, edits) => {
        const { plan } = compile(damage(doc.text, edits), { file: path.basename(doc.file) });
        expect(YAML.parse(await emitYaml([plan]))).toEqual(JSON.parse(JSON.stringify(plan)));
      }),
      { numRuns: 200 },
    );
  });
});
