/**
 * A bug of kehoach's met on one document costs that document only: the
 * compiler is made to throw on a marked document (compile() throws for no
 * input of its own; the property tests hold it to that), and the batch around
 * it must still convert the others, say which one failed, and exit 2.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { SAMPLE_PLAN } from './support/sample-plan.js';

/** The text that makes the compiler below throw. */
const TRIGGER = 'KÍCH HOẠT LỖI';

vi.mock('../src/compile.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/compile.js')>();
  return {
    ...real,
    compile: (input: string | Uint8Array, options?: Parameters<typeof real.compile>[1]) => {
      if (typeof input === 'string' && input.includes(TRIGGER)) throw new TypeError('a bug met on this document');
      return real.compile(input, options);
    },
  };
});

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-isolation-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'a.txt'), SAMPLE_PLAN);
  writeFileSync(join(dir, 'plans', 'b.txt'), SAMPLE_PLAN.replace('KẾ HOẠCH', `KẾ HOẠCH\n${TRIGGER}`));
  writeFileSync(join(dir, 'plans', 'c.txt'), SAMPLE_PLAN);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    stdin: async () => new Uint8Array(),
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    env: { LANG: 'C', NO_COLOR: '1', ...env },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('a bug met on one document of a batch', () => {
  it('fails that document alone: the others convert, the failure is said, and the exit code is 2', async () => {
    const result = await run(['parse', 'plans', '--format', 'ndjson', '-q']);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual(['plans/a.txt', 'plans/c.txt']);
    expect(result.stderr).toBe(
      'kehoach: cannot convert plans/b.txt: internal error: a bug met on this document (please report it; KEHOACH_DEBUG=1 shows the details)\n',
    );
  });

  it('writes the outputs of the others with --out-dir, and none for it', async () => {
    const result = await run(['parse', 'plans', '--out-dir', 'out']);
    expect(result.code).toBe(2);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'plans', 'a.json'), 'utf8')).file).toBe('plans/a.txt');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'plans', 'c.json'), 'utf8')).file).toBe('plans/c.txt');
    expect(() => readFileSync(join(dir, 'out', 'plans', 'b.json'))).toThrow();
    expect(result.stderr).toContain('kehoach: 2 converted (0 with warnings), 1 failed');
  });

  it('says "check" for check, and shows the stack under KEHOACH_DEBUG', async () => {
    const result = await run(['check', 'plans/b.txt'], { KEHOACH_DEBUG: '1' });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'kehoach: cannot check plans/b.txt: internal error: a bug met on this document (please report it; KEHOACH_DEBUG=1 shows the details)',
    );
    expect(result.stderr).toContain('TypeError: a bug met on this document\n    at ');
  });
});
