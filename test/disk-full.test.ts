/**
 * A batch whose disk fills up: the document that meets the full disk fails,
 * the batch stops there rather than fail every document after it one line at
 * a time, and the outputs already written stay whole.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { SAMPLE_PLAN } from './support/sample-plan.js';

/** Writes to files succeed until `disk.room` of them have been made; after that the disk is full. */
const disk = vi.hoisted(() => ({ room: Infinity, writes: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof real.writeSync>) => {
    if (++disk.writes > disk.room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    return (real.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof real.writeSync;
  return { ...real, default: { ...real, writeSync }, writeSync };
});

let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'kehoach-full-'));
  for (let i = 1; i <= 5; i++) {
    const plan = SAMPLE_PLAN.replace('Số: 15/KH-UBND', `Số: ${i}/KH-UBND`);
    // The third, which meets the full disk, has a warning: it counts among the failed, not among those converted with warnings.
    // The fifth has one too: it shows whether the fifth was compiled at all.
    fs.writeFileSync(join(dir, `plan-${i}.txt`), i === 3 || i === 5 ? plan.replace('ngày 25 tháng 3', 'ngày 5 tháng 3') : plan);
  }
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the command in the plans' folder on a disk with room for `room` writes: its exit code and what it said. */
async function onFullDisk(argv: string[], room: number): Promise<{ code: number; stderr: string; said: string[] }> {
  disk.writes = 0;
  disk.room = room;
  let stderr = '';
  try {
    const code = await main({
      argv,
      stdin: async () => new Uint8Array(),
      stdout: { write: () => true },
      stderr: { write: (text: string) => void (stderr += text) },
      env: {},
      cwd: dir,
    });
    return { code, stderr, said: stderr.split('\n').filter((line) => line.startsWith('kehoach:')) };
  } finally {
    disk.room = Infinity;
  }
}

describe('a disk that fills up during a batch', () => {
  it('fails the document that meets it, stops the batch with one message, and keeps what was written', async () => {
    const { code, stderr, said } = await onFullDisk(['parse', '.', '--out-dir', 'out'], 2);
    expect(code).toBe(2);
    expect(stderr).toContain('plan-3.txt:6:1: warning KH113');
    expect(stderr).not.toContain('plan-5.txt');
    expect(said).toEqual([
      `kehoach: cannot write ${join(dir, 'out', 'plan-3.json')}: no space left on the disk`,
      'kehoach: stopped after 3 of 5 documents: no space left on the disk, so no other output could be written; the outputs written are whole, the others were not converted',
      'kehoach: 2 converted (0 with warnings), 1 failed',
    ]);
    expect(fs.readdirSync(join(dir, 'out')).sort()).toEqual(['plan-1.json', 'plan-2.json']);
    expect(JSON.parse(fs.readFileSync(join(dir, 'out', 'plan-2.json'), 'utf8')).file).toBe('plan-2.txt');
  });

  it('stops compiling for -o FILE at the first write that fails, and leaves the file as it was', async () => {
    fs.writeFileSync(join(dir, 'all.json'), 'old');
    const { code, stderr, said } = await onFullDisk(['parse', 'plan-1.txt', 'plan-2.txt', 'plan-3.txt', 'plan-4.txt', 'plan-5.txt', '-o', 'all.json'], 2);
    expect(code).toBe(2);
    // the third plan's write failed: the third is reported (its warning), the fourth and fifth were never compiled
    expect(stderr).toContain('plan-3.txt:6:1: warning KH113');
    expect(said).toEqual(['kehoach: cannot write all.json: no space left on the disk']);
    expect(stderr).not.toContain('plan-5.txt');
    expect(fs.readFileSync(join(dir, 'all.json'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
