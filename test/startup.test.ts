/**
 * Start-up: `--version` and `parse` on a text file load no package but
 * commander; the markdown stack (unified, remark-parse, micromark), the YAML
 * library and zod are loaded when a document or an output needs them. Run
 * through the built command with every module load recorded
 * (support/trace-modules.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = path.resolve(import.meta.dirname, '..');
const bin = path.join(project, 'bin', 'kehoach.js');
const tracer = path.join(import.meta.dirname, 'support', 'trace-modules.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'kehoach-startup-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The packages `kehoach …args` loads, by name. */
function packagesLoadedBy(args: string[]): Set<string> {
  if (!existsSync(path.join(project, 'dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
  const trace = path.join(work, `trace-${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
  const run = spawnSync(process.execPath, ['--import', tracer, bin, ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, KEHOACH_TRACE_MODULES: trace } });
  expect(run.status, run.stderr).toBe(0);
  const packages = new Set<string>();
  for (const loaded of readFileSync(trace, 'utf8').split('\n')) {
    const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(loaded);
    if (inModules) packages.add(inModules[1]!);
    else if (/^[\w@]/.test(loaded) && !loaded.startsWith('node:') && !loaded.startsWith('file:') && !builtinModules.includes(loaded)) {
      packages.add(loaded.split('/').slice(0, loaded.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return packages;
}

const HEAVY = ['unified', 'remark-parse', 'micromark', 'mdast-util-from-markdown', 'decode-named-character-reference', 'character-entities', 'yaml', 'zod', 'csv-stringify'];

describe('what a command loads', () => {
  it('--version loads commander alone', () => {
    expect([...packagesLoadedBy(['--version'])]).toEqual(['commander']);
  });

  it('parse on a text file loads neither the markdown stack, nor YAML, nor zod', () => {
    const loaded = packagesLoadedBy(['parse', 'fixtures/page-breaks/input.txt']);
    expect(HEAVY.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('parse on a markdown file into YAML loads those stacks, when they are needed', () => {
    const loaded = packagesLoadedBy(['parse', 'fixtures/header-pipe-table/input.md', '--format', 'yaml']);
    expect(['unified', 'remark-parse', 'yaml'].filter((name) => !loaded.has(name))).toEqual([]);
    expect(loaded.has('zod')).toBe(false);
  });
});
