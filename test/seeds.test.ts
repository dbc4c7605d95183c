/**
 * Accuracy on the five real plans of ../shared/seeds, scored field by field
 * by ../shared/eval/score.mjs against ../shared/gold through the built CLI.
 * The floors are the acceptance figures of the issues that have been done.
 * A clone without ../shared skips this file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const project = path.resolve(import.meta.dirname, '..');
const scorer = path.resolve(project, '..', 'shared', 'eval', 'score.mjs');
const available = existsSync(scorer) && existsSync(path.join(project, 'dist', 'cli', 'main.js'));

/** Floors per field (issue 3: document structure). */
const FLOORS: Record<string, number> = {
  header: 0.95,
  sections: 1,
  sectionTitles: 0.95,
  taskLabels: 0.95,
  taskTitles: 0.9,
  leaves: 0.95,
  recipients: 0.95,
  archive: 0.95,
  references: 0.9,
  diagnostics: 0.8,
};

describe.skipIf(!available)('accuracy on the seeds', () => {
  const report = available
    ? (JSON.parse(execFileSync(process.execPath, [scorer, '--json'], { cwd: project, encoding: 'utf8', maxBuffer: 64 << 20 })) as {
        fields: Record<string, number>;
        docs: { file: string; error: string | null }[];
      })
    : { fields: {}, docs: [] };

  it('compiles every seed', () => {
    expect(report.docs.filter((d) => d.error)).toEqual([]);
    expect(report.docs.length).toBe(5);
  });

  for (const [field, floor] of Object.entries(FLOORS)) {
    it(`${field} ≥ ${floor}`, () => {
      expect(report.fields[field]).toBeGreaterThanOrEqual(floor);
    });
  }
});
