/**
 * Fixture folders: fixtures/<name>/input.{txt,md} beside expected.json (a
 * partial Plan) and, optionally, expected-diagnostics.json (diagnostics that
 * must be reported, by code and line). Task parents are written as the
 * parent task's line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { Plan } from '../src/model/schema.js';
import { mismatches } from './support/partial.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');

interface Fixture {
  name: string;
  input: string;
  expected: Record<string, unknown>;
  diagnostics: { code: string; line: number }[];
}

function load(): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(root, d.name))
    .filter((dir) => existsSync(path.join(dir, 'expected.json')))
    .map((dir) => {
      const input = ['input.txt', 'input.md'].map((f) => path.join(dir, f)).find(existsSync);
      if (!input) throw new Error(`fixture ${dir} has no input.txt or input.md`);
      const diagnosticsFile = path.join(dir, 'expected-diagnostics.json');
      return {
        name: path.basename(dir),
        input,
        expected: JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>,
        diagnostics: existsSync(diagnosticsFile) ? JSON.parse(readFileSync(diagnosticsFile, 'utf8')) : [],
      };
    });
}

/** Task parents as lines, the way fixtures write them. */
function withParentLines(plan: Plan): unknown {
  const lineOf = new Map(plan.tasks.map((t) => [t.id, t.line]));
  return { ...plan, tasks: plan.tasks.map((t) => ({ ...t, parent: t.parent === null ? null : lineOf.get(t.parent) ?? t.parent })) };
}

const fixtures = load();

describe('fixtures', () => {
  it('are present', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const { plan } = compile(readFileSync(fixture.input), { file: path.basename(fixture.input), lang: 'en' });

      it('compiles to the expected records', () => {
        expect(mismatches(withParentLines(plan), fixture.expected)).toEqual([]);
      });

      if (fixture.diagnostics.length === 0) return;
      it('reports the expected diagnostics', () => {
        const reported = plan.diagnostics.map((d) => `${d.code}@${d.line}`);
        const missing = fixture.diagnostics.map((d) => `${d.code}@${d.line}`).filter((d) => !reported.includes(d));
        expect(missing, `reported: ${reported.join(', ')}`).toEqual([]);
      });
    });
  }
});
