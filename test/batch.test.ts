/**
 * Batches end to end, through the built command (bin/kehoach.js over dist/,
 * which `npm ci` builds): a folder of good, damaged and unreadable plans in,
 * mirrored files, one stream or reports out, the same whatever the number of
 * workers, with honest exit codes and nothing half-written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadsFor } from '../src/cli/pool.js';

const project = path.resolve(import.meta.dirname, '..');
const bin = path.join(project, 'bin', 'kehoach.js');
let work = '';

/** The environment of a run: this one's, without the GitHub runner's variables the tests may run under, and with `extra`. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_')));
  return { ...env, NO_COLOR: '1', LANG: 'C', ...extra };
}

function kehoach(args: string[], input?: string, options: { cwd?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? work, encoding: 'utf8', input, env: environment(options.env) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

beforeAll(() => {
  if (!existsSync(path.join(project, 'dist', 'cli', 'main.js'))) throw new Error('build first: npm run build');
  work = mkdtempSync(path.join(tmpdir(), 'kehoach-batch-'));
  const fixture = (name: string, file = 'input.txt') => path.join(project, 'fixtures', name, file);
  mkdirSync(path.join(work, 'plans', '2024'), { recursive: true });
  mkdirSync(path.join(work, 'plans', '2025', 'q1'), { recursive: true });
  cpSync(fixture('page-breaks'), path.join(work, 'plans', '2024', 'a.txt'));
  cpSync(fixture('party-plan'), path.join(work, 'plans', '2024', 'b.txt'));
  cpSync(fixture('header-pipe-table', 'input.md'), path.join(work, 'plans', '2025', 'c.md'));
  cpSync(fixture('numbering-ladder'), path.join(work, 'plans', '2025', 'q1', 'd.txt'));
  writeFileSync(path.join(work, 'plans', '2025', 'damaged.txt'), readFileSync(fixture('tables', 'input.md'), 'utf8').split('\n').reverse().join('\n'));
  writeFileSync(path.join(work, 'plans', '2025', 'binary.txt'), Buffer.from([0x4b, 0x48, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(work, 'plans', '2025', 'latin1.txt'), Buffer.from([0x4b, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d]));
  writeFileSync(path.join(work, 'plans', 'notes.csv'), 'not a plan');
  mkdirSync(path.join(work, 'good'));
  cpSync(fixture('page-breaks'), path.join(work, 'good', 'a.txt'));
  cpSync(fixture('number-and-date-lint'), path.join(work, 'good', 'b.txt'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a mixed folder', () => {
  it('converts the readable plans into a mirrored tree, reports the others and exits 2', () => {
    const run = kehoach(['parse', 'plans', '--out-dir', 'out', '--jobs', '2']);
    expect(run.code).toBe(2);
    expect(files(path.join(work, 'out'))).toEqual([
      'plans/2024/a.json', 'plans/2024/b.json', 'plans/2025/c.json', 'plans/2025/damaged.json', 'plans/2025/q1/d.json',
    ]);
    for (const f of files(path.join(work, 'out'))) expect(() => JSON.parse(readFileSync(path.join(work, 'out', f), 'utf8'))).not.toThrow();
    expect(run.stderr).toContain('kehoach: cannot read plans/2025/binary.txt: not a text file');
    expect(run.stderr).toContain('kehoach: cannot read plans/2025/latin1.txt: not text in UTF-8');
    expect(run.stderr).toMatch(/kehoach: 5 converted \(\d+ with warnings\), 2 failed\n$/);
    expect(run.stdout).toBe('');
  });

  it('writes the same files with one worker as with two', () => {
    kehoach(['parse', 'plans', '--out-dir', 'one', '--jobs', '1']);
    kehoach(['parse', 'plans', '--out-dir', 'two', '--jobs', '2']);
    const one = files(path.join(work, 'one'));
    expect(one).toEqual(files(path.join(work, 'two')));
    for (const f of one) expect(readFileSync(path.join(work, 'two', f), 'utf8')).toBe(readFileSync(path.join(work, 'one', f), 'utf8'));
  });

  it('streams NDJSON in input order, the same with any number of workers', () => {
    const one = kehoach(['parse', 'plans', '--format', 'ndjson', '--jobs', '1', '-q']);
    const two = kehoach(['parse', 'plans', '--format', 'ndjson', '--jobs', '2', '-q']);
    expect(two.stdout).toBe(one.stdout);
    const order = one.stdout.trim().split('\n').map((l) => JSON.parse(l).file);
    expect(order).toEqual(['plans/2024/a.txt', 'plans/2024/b.txt', 'plans/2025/c.md', 'plans/2025/damaged.txt', 'plans/2025/q1/d.txt']);
  });

  it('writes one CSV sheet across the documents, with a single header', () => {
    const run = kehoach(['parse', 'good', '--format', 'csv', '--table', 'sections', '-q']);
    const rows = run.stdout.trim().split('\r\n');
    expect(rows.filter((r) => r.startsWith('number,file,'))).toHaveLength(1);
    expect(new Set(rows.slice(1).map((r) => r.split(',')[1]))).toEqual(new Set(['good/a.txt', 'good/b.txt']));
  });

  it('writes a JSON array for a folder, and leaves no temporary file behind', () => {
    const run = kehoach(['parse', 'good', '-o', 'all.json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(work, 'all.json'), 'utf8'))).toHaveLength(2);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('inputs', () => {
  it('expands a quoted glob pattern', () => {
    const run = kehoach(['parse', 'plans/**/*.md', '--format', 'ndjson', '-q']);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['plans/2025/c.md']);
  });

  it('converts a file reached through a symbolic link, or a folder linking back to its parent, once', () => {
    mkdirSync(path.join(work, 'linked', 'sub'), { recursive: true });
    cpSync(path.join(work, 'good', 'a.txt'), path.join(work, 'linked', 'a.txt'));
    symlinkSync('a.txt', path.join(work, 'linked', 'also-a.txt'));
    symlinkSync('..', path.join(work, 'linked', 'sub', 'up'));
    const run = kehoach(['parse', 'linked', 'linked/also-a.txt', '--out-dir', 'linked-out', '-q']);
    expect(run.code).toBe(0);
    expect(files(path.join(work, 'linked-out'))).toEqual(['linked/a.json']);
  });

  it('finds plan files in a folder whatever the letter case of their extension, and keeps a pattern case-sensitive', () => {
    mkdirSync(path.join(work, 'upper'), { recursive: true });
    cpSync(path.join(work, 'good', 'a.txt'), path.join(work, 'upper', 'KE-HOACH.TXT'));
    cpSync(path.join(work, 'plans', '2025', 'c.md'), path.join(work, 'upper', 'Bang.Md'));
    const run = kehoach(['parse', 'upper', '--format', 'ndjson', '-q']);
    expect(run.stdout.trim().split('\n').map((l) => [JSON.parse(l).file, JSON.parse(l).syntax])).toEqual([['upper/Bang.Md', 'markdown'], ['upper/KE-HOACH.TXT', 'text']]);
    expect(kehoach(['parse', 'upper/*.txt', '-q']).stderr).toContain('upper/*.txt matches no file');
  });

  it('reads a list of paths with --files-from, from a file or standard input', () => {
    writeFileSync(path.join(work, 'list.txt'), '# two plans\ngood/a.txt\n\ngood/b.txt\n');
    const fromFile = kehoach(['parse', '--files-from', 'list.txt', '--format', 'ndjson', '-q']);
    const fromStdin = kehoach(['parse', '--files-from', '-', '--format', 'ndjson', '-q'], 'good/a.txt\ngood/b.txt\n');
    expect(fromFile.stdout.trim().split('\n')).toHaveLength(2);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('reads a list written on Windows: UTF-8 with a byte-order mark, or UTF-16 as PowerShell 5 writes it, with CRLF', () => {
    const lines = 'good/a.txt\r\ngood/b.txt\r\n';
    writeFileSync(path.join(work, 'list-utf8-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines)]));
    writeFileSync(path.join(work, 'list-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]));
    writeFileSync(path.join(work, 'list-utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(lines, 'utf16le').swap16()]));
    for (const list of ['list-utf8-bom.txt', 'list-utf16le.txt', 'list-utf16be.txt']) {
      const run = kehoach(['parse', '--files-from', list, '--format', 'ndjson', '-q']);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['good/a.txt', 'good/b.txt']);
    }
  });

  it('reads a list in UTF-16 without its byte-order mark, and refuses whole a list that holds NUL bytes otherwise', () => {
    const lines = 'good/a.txt\ngood/b.txt\n';
    writeFileSync(path.join(work, 'list-utf16le-bare.txt'), Buffer.from(lines, 'utf16le'));
    writeFileSync(path.join(work, 'list-utf16be-bare.txt'), Buffer.from(lines, 'utf16le').swap16());
    for (const list of ['list-utf16le-bare.txt', 'list-utf16be-bare.txt']) {
      const run = kehoach(['parse', '--files-from', list, '--format', 'ndjson', '-q']);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['good/a.txt', 'good/b.txt']);
    }
    writeFileSync(path.join(work, 'list-binary.txt'), Buffer.concat([Buffer.from('good/a.txt\n'), Buffer.from([0x7f, 0x45, 0x00, 0x01, 0x00]), Buffer.from('\n')]));
    const refused = kehoach(['parse', '--files-from', 'list-binary.txt', '--format', 'ndjson']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('kehoach: cannot read list-binary.txt: not a list of paths (NUL byte at offset 13); write one path per line, in UTF-8 or UTF-16\n');
  });

  it('mirrors files named one by one outside the working folder from the folder that holds them all', () => {
    // plans/2024/a.txt and good/a.txt share a name; from another folder they are named by absolute paths
    const elsewhere = path.join(work, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    const named = [path.join(work, 'plans', '2024', 'a.txt'), path.join(work, 'good', 'a.txt')];
    const out = path.join(work, 'out-loose');
    const run = kehoach(['parse', ...named, '--out-dir', out, '-q'], undefined, { cwd: elsewhere });
    expect(run.code).toBe(0);
    expect(files(out)).toEqual([path.join('good', 'a.json'), path.join('plans', '2024', 'a.json')]);
    // the same from a list of absolute paths, as `find /data -name '*.txt'` writes one
    writeFileSync(path.join(elsewhere, 'list.txt'), named.join('\n') + '\n');
    const listed = kehoach(['parse', '--files-from', 'list.txt', '--out-dir', path.join(work, 'out-listed'), '-q'], undefined, { cwd: elsewhere });
    expect(listed.code).toBe(0);
    expect(files(path.join(work, 'out-listed'))).toEqual(files(out));
    // one file alone is written under its own name
    const one = kehoach(['parse', named[0]!, '--out-dir', path.join(work, 'out-one'), '-q'], undefined, { cwd: elsewhere });
    expect(one.code).toBe(0);
    expect(files(path.join(work, 'out-one'))).toEqual(['a.json']);
  });

  it('reports a listed path that is missing, expands a listed folder, and converts the rest', () => {
    writeFileSync(path.join(work, 'mixed-list.txt'), 'good/a.txt\nnowhere.txt\ngood\n');
    // A folder in the list stands for its plan files; a.txt, listed twice, is converted once.
    const run = kehoach(['parse', '--files-from', 'mixed-list.txt', '--format', 'ndjson', '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['good/a.txt', 'good/b.txt']);
    expect(run.stderr).toContain('cannot read nowhere.txt: no such file');
  });

  it('reports an output that cannot be written, writes the others, and leaves no temporary file', () => {
    const out = path.join(work, 'blocked');
    // A folder where a.json should go: the rename onto it fails.
    mkdirSync(path.join(out, 'good', 'a.json'), { recursive: true });
    const run = kehoach(['parse', 'good/a.txt', 'good/b.txt', '--out-dir', 'blocked', '--jobs', '1', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*blocked\/good\/a\.json: is a folder/);
    expect(files(out)).toEqual(['good/b.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'good', 'b.json'), 'utf8')).file).toBe('good/b.txt');
  });

  it('refuses a second document bound for the same output, in its turn, and converts the rest', () => {
    mkdirSync(path.join(work, 'twins'), { recursive: true });
    cpSync(path.join(work, 'plans', '2025', 'c.md'), path.join(work, 'twins', 'a.md'));
    cpSync(path.join(work, 'good', 'a.txt'), path.join(work, 'twins', 'a.txt'));
    cpSync(path.join(work, 'good', 'b.txt'), path.join(work, 'twins', 'b.txt'));
    const run = kehoach(['check', 'twins', '--reporter', 'json', '-q']);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual(['twins/a.md', 'twins/a.txt', 'twins/b.txt']);
    const parse = kehoach(['parse', 'twins', '--out-dir', 'twins-out', '--reporter', 'json', '-q']);
    expect(parse.code).toBe(2);
    const report = JSON.parse(parse.stdout);
    expect(report.files.map((f: { file: string; failure: string | null }) => [f.file, f.failure !== null])).toEqual([['twins/a.md', false], ['twins/a.txt', true], ['twins/b.txt', false]]);
    expect(report.files[1].failure).toContain('twins/a.txt would be written to the same output as twins/a.md');
    expect(files(path.join(work, 'twins-out'))).toEqual(['twins/a.json', 'twins/b.json']);
  });

  it('refuses an --out-dir that is a file, in one line, before compiling anything', () => {
    writeFileSync(path.join(work, 'not-a-folder'), 'x');
    const run = kehoach(['parse', 'good', '--out-dir', 'not-a-folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kehoach: cannot write not-a-folder: is a file, not a folder (name a folder for --out-dir)\n');
  });

  it('fails the one document a worker runs out of memory on, and converts the others', () => {
    const folder = path.join(work, 'one-too-big');
    mkdirSync(folder, { recursive: true });
    const small = readFileSync(path.join(work, 'good', 'a.txt'));
    for (const name of ['a1', 'a2', 'a3', 'c1', 'c2', 'c3']) writeFileSync(path.join(folder, `${name}.txt`), small);
    // some 5 MB of plan text: far more than a worker of 32 MB can hold as a syntax tree
    writeFileSync(path.join(folder, 'b-big.txt'), Buffer.concat(Array.from({ length: 1100 }, () => small)));
    const run = kehoach(['parse', 'one-too-big', '--out-dir', 'too-big-out', '--jobs', '2', '--worker-memory', '32MB', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'kehoach: cannot convert one-too-big/b-big.txt: it needs more memory than a worker has (32 MB); raise --worker-memory, or convert it with --jobs 1\n',
    );
    expect(files(path.join(work, 'too-big-out'))).toEqual(['a1', 'a2', 'a3', 'c1', 'c2', 'c3'].map((name) => `one-too-big/${name}.json`));
  });

  it('gives a JSON array for a folder or a pattern, even of one plan; one object for one file named', () => {
    mkdirSync(path.join(work, 'single'));
    cpSync(path.join(work, 'good', 'a.txt'), path.join(work, 'single', 'a.txt'));
    for (const input of ['single', 'single/*.txt']) {
      const run = kehoach(['parse', input, '-q']);
      expect(run.code).toBe(0);
      const parsed = JSON.parse(run.stdout);
      expect(Array.isArray(parsed)).toBe(true);
      expect(parsed.map((p: { file: string }) => p.file)).toEqual(['single/a.txt']);
    }
    const one = JSON.parse(kehoach(['parse', 'single/a.txt', '-q']).stdout);
    expect(Array.isArray(one)).toBe(false);
    expect(one.file).toBe('single/a.txt');
  });

  it('reports a pattern that matches nothing and exits 2', () => {
    const run = kehoach(['parse', 'nowhere/*.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nowhere/*.txt matches no file');
  });

  it('never writes over an input', () => {
    writeFileSync(path.join(work, 'good', 'c.json'), readFileSync(path.join(work, 'good', 'a.txt')));
    const run = kehoach(['parse', 'good/c.json', '--out-dir', '.', '--jobs', '1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('refusing to write the output over the input file good/c.json');
    expect(readFileSync(path.join(work, 'good', 'c.json'), 'utf8')).toBe(readFileSync(path.join(work, 'good', 'a.txt'), 'utf8'));
  });
});

describe('leaving files out: --ignore', () => {
  let folder = '';
  beforeAll(() => {
    // A folder of plans as a repository keeps it: a README beside them, drafts in a folder of their own.
    folder = path.join(work, 'kept');
    mkdirSync(path.join(folder, '2025', 'drafts'), { recursive: true });
    cpSync(path.join(work, 'good', 'a.txt'), path.join(folder, '2025', 'a.txt'));
    cpSync(path.join(work, 'good', 'b.txt'), path.join(folder, '2025', 'drafts', 'b.txt'));
    writeFileSync(path.join(folder, 'README.md'), '# Kế hoạch của Trung tâm\n\nThư mục này chứa các kế hoạch năm 2025.\n');
    writeFileSync(path.join(folder, '2025', 'README.md'), '# Năm 2025\n');
  });
  const converted = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line).file).sort();

  it('without it, a README in the folder is read as a plan and fails --strict', () => {
    const run = kehoach(['check', 'kept', '--strict', '-q']);
    expect(run.code).toBe(1);
  });

  it('a name leaves out every file, or every folder and what it holds, of that name', () => {
    const run = kehoach(['parse', 'kept', '--ignore', 'README.md', '--ignore', 'drafts', '--format', 'ndjson', '--strict']);
    expect(run.code).toBe(0);
    expect(converted(run.stdout)).toEqual(['kept/2025/a.txt']);
    expect(run.stderr).toContain('kehoach: 3 files left out by --ignore');
  });

  it('a path is read from the working folder, with or without "./" and a closing slash; an absolute one from the root', () => {
    const relative = kehoach(['parse', 'kept', '--ignore', './kept/2025/drafts/', '--ignore', 'kept/*.md', '--format', 'ndjson', '-q']);
    expect(converted(relative.stdout)).toEqual(['kept/2025/README.md', 'kept/2025/a.txt']);
    const absolute = kehoach(['parse', folder, '--ignore', `${folder}/**/*.md`, '--format', 'ndjson', '-q']);
    expect(converted(absolute.stdout)).toEqual(['kept/2025/a.txt', 'kept/2025/drafts/b.txt']);
  });

  it('leaves out files named one by one or listed by --files-from, and writes no output for them', () => {
    const named = kehoach(['parse', 'kept/README.md', 'kept/2025/a.txt', '--ignore', '*.md', '--out-dir', 'ignored-out']);
    expect(named.code).toBe(0);
    expect(files(path.join(work, 'ignored-out'))).toEqual(['kept/2025/a.json']);
    const listed = kehoach(['check', '--files-from', '-', '--ignore', 'drafts', '-q', '--reporter', 'json'], 'kept/2025/a.txt\nkept/2025/drafts/b.txt\n');
    expect(JSON.parse(listed.stdout).files.map((f: { file: string }) => f.file)).toEqual(['kept/2025/a.txt']);
  });

  it('leaves an empty array when every file is left out, on standard output and in -o', () => {
    const printed = kehoach(['parse', 'kept', '--ignore', '*.txt', '--ignore', '*.md']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe('[]\n');
    const written = kehoach(['parse', 'kept', '--ignore', '*.txt', '--ignore', '*.md', '-o', 'none.json', '-q']);
    expect(written.code).toBe(0);
    expect(readFileSync(path.join(work, 'none.json'), 'utf8')).toBe('[]\n');
  });

  it('refuses an empty pattern, and one that starts with "!", as usage errors', () => {
    for (const [pattern, reason] of [['', 'a glob pattern'], ['!a.txt', '"!" (keep what matches) is not supported']]) {
      const run = kehoach(['check', 'kept', '--ignore', pattern!]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`error: option '--ignore <pattern>' argument '${pattern}' is invalid. `);
      expect(run.stderr).toContain(reason);
    }
  });

  it('matches letter case as a shell does, and says nothing under --quiet', () => {
    const run = kehoach(['parse', 'kept', '--ignore', 'readme.md', '--ignore', 'Drafts', '--format', 'ndjson', '-q']);
    expect(converted(run.stdout)).toEqual(['kept/2025/README.md', 'kept/2025/a.txt', 'kept/2025/drafts/b.txt', 'kept/README.md']);
    expect(run.stderr).toBe('');
  });
});

describe('limits and encodings', () => {
  it('refuses a file over --max-size, naming the limit, and converts the rest', () => {
    const run = kehoach(['parse', 'good', '--max-size', '1KB', '--format', 'ndjson']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read good\/a\.txt: it is [\d.]+ KB, over the 1 KB limit; raise --max-size to read it/);
  });

  it('converts a file in the TCVN3 (ABC) font encoding, and says so', () => {
    const tcvn3 = Buffer.from('Uû ban nh©n d©n huyÖn B¶o L©m\n\nKÕ ho¹ch\n\nI. Môc tiªu\n\n- §¹t 95% d©n sè.\n', 'latin1');
    writeFileSync(path.join(work, 'abc.txt'), tcvn3);
    const run = kehoach(['parse', 'abc.txt', '--format', 'ndjson', '--reporter', 'json']);
    const plan = JSON.parse(run.stdout);
    expect(plan.sections[0].title).toBe('Mục tiêu');
    expect(plan.diagnostics.map((d: { code: string }) => d.code)).toContain('KH005');
  });
});

describe('--cache', () => {
  /** A folder of its own for each test: a copy of good/ (b.txt has warnings). */
  function plans(name: string): string {
    const folder = path.join(work, `cached-${name}`);
    cpSync(path.join(work, 'good'), path.join(folder, 'plans'), { recursive: true });
    return folder;
  }
  const said = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('kehoach:'));
  const diagnostics = (stderr: string) => stderr.split('\n').filter((line) => !line.startsWith('kehoach:'));

  it('converts once, then takes unchanged plans from the cache: same outputs, diagnostics and exit code, nothing rewritten', () => {
    const cwd = plans('again');
    const args = ['parse', 'plans', '--out-dir', 'out', '--cache'];
    const first = kehoach(args, undefined, { cwd });
    expect(said(first.stderr)).toEqual(['kehoach: 2 converted (1 with warnings), 0 failed', 'kehoach: 0 unchanged since the last run, taken from .kehoach-cache']);
    const written = statSync(path.join(cwd, 'out', 'plans', 'b.json')).mtimeMs;
    const again = kehoach(args, undefined, { cwd });
    expect(again.code).toBe(first.code);
    expect(diagnostics(again.stderr)).toEqual(diagnostics(first.stderr));
    expect(said(again.stderr)[1]).toBe('kehoach: 2 unchanged since the last run, taken from .kehoach-cache');
    expect(statSync(path.join(cwd, 'out', 'plans', 'b.json')).mtimeMs).toBe(written);
  });

  it('gives worker threads the cached plans too, with the same results as a run without the cache', () => {
    const cwd = plans('workers');
    kehoach(['parse', 'plans', '--out-dir', 'out', '--cache'], undefined, { cwd });
    // two plans more to compile: two workers, each sent cached plans as well
    cpSync(path.join(work, 'plans', '2024'), path.join(cwd, 'plans', 'more'), { recursive: true });
    const cached = kehoach(['parse', 'plans', '--out-dir', 'out', '--cache', '--jobs', '2'], undefined, { cwd });
    expect(said(cached.stderr)[1]).toBe('kehoach: 2 unchanged since the last run, taken from .kehoach-cache');
    const whole = kehoach(['parse', 'plans', '--out-dir', 'whole', '--jobs', '2'], undefined, { cwd });
    expect(cached.code).toBe(whole.code);
    expect(diagnostics(cached.stderr)).toEqual(diagnostics(whole.stderr));
    expect(files(path.join(cwd, 'out')).map((f) => readFileSync(path.join(cwd, 'out', f), 'utf8'))).toEqual(
      files(path.join(cwd, 'whole')).map((f) => readFileSync(path.join(cwd, 'whole', f), 'utf8')),
    );
  });

  it('compiles again a plan whose bytes changed, and one whose output is gone', () => {
    const cwd = plans('changed');
    const args = ['parse', 'plans', '--out-dir', 'out', '--cache'];
    kehoach(args, undefined, { cwd });
    writeFileSync(path.join(cwd, 'plans', 'b.txt'), readFileSync(path.join(cwd, 'plans', 'b.txt'), 'utf8').replace('Bắc Kạn', 'Cao Bằng'));
    const changed = kehoach(args, undefined, { cwd });
    expect(said(changed.stderr)[1]).toBe('kehoach: 1 unchanged since the last run, taken from .kehoach-cache');
    expect(JSON.parse(readFileSync(path.join(cwd, 'out', 'plans', 'b.json'), 'utf8')).document.place).toBe('Cao Bằng');
    rmSync(path.join(cwd, 'out', 'plans', 'a.json'));
    const gone = kehoach(args, undefined, { cwd });
    expect(said(gone.stderr)[1]).toBe('kehoach: 1 unchanged since the last run, taken from .kehoach-cache');
    expect(existsSync(path.join(cwd, 'out', 'plans', 'a.json'))).toBe(true);
    // a plan deleted is forgotten
    const kept = () => Object.keys(JSON.parse(readFileSync(path.join(cwd, '.kehoach-cache'), 'utf8')).entries).map((p) => path.basename(p)).sort();
    expect(kept()).toEqual(['a.txt', 'b.txt']);
    rmSync(path.join(cwd, 'plans', 'b.txt'));
    kehoach(args, undefined, { cwd });
    expect(kept()).toEqual(['a.txt']);
  });

  it('starts afresh under other options, or from a cache that is not one', () => {
    const cwd = plans('afresh');
    const args = ['parse', 'plans', '--out-dir', 'out', '--cache-location', 'kept.cache'];
    kehoach(args, undefined, { cwd });
    // the messages are part of what is kept: another language is another cache
    const otherLanguage = kehoach([...args, '--lang', 'vi'], undefined, { cwd });
    expect(said(otherLanguage.stderr)[1]).toBe('kehoach: 0 tệp không đổi từ lần chạy trước, lấy kết quả từ kept.cache');
    writeFileSync(path.join(cwd, 'kept.cache'), 'not a cache');
    const damaged = kehoach([...args, '--lang', 'vi'], undefined, { cwd });
    expect(damaged.code).toBe(0);
    expect(said(damaged.stderr)[1]).toBe('kehoach: 0 tệp không đổi từ lần chạy trước, lấy kết quả từ kept.cache');
    expect(said(kehoach([...args, '--lang', 'vi'], undefined, { cwd }).stderr)[1]).toContain('2 tệp không đổi');
  });

  it('check: reports a cached plan\'s errors again, with exit code 1', () => {
    const cwd = plans('check');
    // a document with no text is an error (KH001)
    writeFileSync(path.join(cwd, 'plans', 'b.txt'), '  \n\n');
    const first = kehoach(['check', 'plans', '--cache'], undefined, { cwd });
    expect(first.code).toBe(1);
    const again = kehoach(['check', 'plans', '--cache'], undefined, { cwd });
    expect(again.code).toBe(1);
    expect(diagnostics(again.stderr)).toEqual(diagnostics(first.stderr));
    expect(said(again.stderr)).toContain('kehoach: 2 unchanged since the last run, taken from .kehoach-cache');
  });

  it('refuses a stream of plans, and a cache file that is an input, before compiling anything', () => {
    const cwd = plans('refused');
    const stream = kehoach(['parse', 'plans', '--cache'], undefined, { cwd });
    expect(stream.code).toBe(2);
    expect(stream.stderr).toContain('--cache keeps the results of check, or of parse with --out-dir');
    const overInput = kehoach(['check', 'plans', '--cache-location', 'plans/a.txt'], undefined, { cwd });
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain('refusing to write the output over the input file plans/a.txt');
    expect(readFileSync(path.join(cwd, 'plans', 'a.txt'))).toEqual(readFileSync(path.join(work, 'good', 'a.txt')));
  });
});

describe('exit codes', () => {
  it('is 0 for plans with warnings, 1 under --strict or past --max-warnings', () => {
    expect(kehoach(['check', 'good', '-q']).code).toBe(0);
    expect(kehoach(['check', 'good', '-q', '--strict']).code).toBe(1);
    expect(kehoach(['check', 'good', '-q', '--max-warnings', '0']).code).toBe(1);
    expect(kehoach(['check', 'good', '-q', '--max-warnings', '1000']).code).toBe(0);
  });

  it('is 1 when a document has errors', () => {
    writeFileSync(path.join(work, 'empty.txt'), '   \n\n');
    expect(kehoach(['check', 'empty.txt', 'good', '-q']).code).toBe(1);
  });
});

describe('reporters', () => {
  it('github: one workflow command per diagnostic, and a closing count', () => {
    const run = kehoach(['check', 'plans', '--reporter', 'github', '-q']);
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+)?(,title=kehoach)?::.+$/);
    expect(lines.at(-1)).toMatch(/^::notice title=kehoach::kehoach: 7 files, 2 failed; /);
  });

  it('sarif: a SARIF 2.1.0 log with rules, results and the files that could not be read', () => {
    const run = kehoach(['check', 'plans', '--reporter', 'sarif', '-q']);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    const [only] = log.runs;
    expect(only.tool.driver.name).toBe('kehoach');
    expect(only.results.length).toBeGreaterThan(0);
    for (const r of only.results) expect(only.tool.driver.rules.map((x: { id: string }) => x.id)).toContain(r.ruleId);
    expect(only.invocations[0].toolExecutionNotifications).toHaveLength(2);
  });

  it('github and sarif: files named from the root of the checkout, in a step with another working directory', () => {
    const inPlans = { cwd: path.join(work, 'plans'), env: { GITHUB_WORKSPACE: work } };
    const github = kehoach(['check', '2025/q1/d.txt', '--reporter', 'github', '-q'], undefined, inPlans);
    const files = new Set([...github.stdout.matchAll(/ file=([^,]+),/g)].map((m) => m[1]));
    expect(files).toEqual(new Set(['plans/2025/q1/d.txt']));
    const sarif = JSON.parse(kehoach(['check', '2025/q1/d.txt', '--reporter', 'sarif', '-q'], undefined, inPlans).stdout).runs[0];
    expect(sarif.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(work + path.sep).href);
    expect(sarif.results.length).toBeGreaterThan(0);
    for (const r of sarif.results) expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'plans/2025/q1/d.txt', uriBaseId: '%SRCROOT%' });
  });

  it('github: outside GitHub, or for a file outside the checkout, the file as it was named', () => {
    const local = kehoach(['check', 'plans/2025/q1/d.txt', '--reporter', 'github', '-q']);
    expect(local.stdout).toContain('file=plans/2025/q1/d.txt,');
    const elsewhere = kehoach(['check', 'plans/2025/q1/d.txt', '--reporter', 'github', '-q'], undefined, { env: { GITHUB_WORKSPACE: path.join(work, 'good') } });
    expect(elsewhere.stdout).toContain('file=plans/2025/q1/d.txt,');
    const sarif = JSON.parse(kehoach(['check', 'plans/2025/q1/d.txt', '--reporter', 'sarif', '-q'], undefined, { env: { GITHUB_WORKSPACE: path.join(work, 'good') } }).stdout).runs[0];
    expect(sarif.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(path.join(work, 'plans', '2025', 'q1', 'd.txt')).href });
  });

  it('json: totals and each file with its diagnostics', () => {
    const run = kehoach(['check', 'plans', '--reporter', 'json', '-q']);
    const report = JSON.parse(run.stdout);
    expect(report.totals).toMatchObject({ files: 7, failed: 2 });
    expect(report.files.map((f: { file: string }) => f.file)).toContain('plans/2025/binary.txt');
  });

  it('draws no progress bar when standard error is not a terminal', () => {
    expect(kehoach(['parse', 'plans', '--out-dir', 'quiet-bar']).stderr).not.toContain('\r');
  });
});

describe('how many threads convert a batch', () => {
  it('gives a small batch no workers unless asked: starting one costs more than it saves', () => {
    expect(threadsFor(2, undefined, 8)).toBe(1);
    expect(threadsFor(199, undefined, 8)).toBe(1);
    expect(threadsFor(200, undefined, 8)).toBe(2);
    expect(threadsFor(650, undefined, 8)).toBe(6);
    expect(threadsFor(10_000, undefined, 8)).toBe(8);
    expect(threadsFor(10_000, undefined, 1)).toBe(1);
  });

  it('gives --jobs what it asks, but never more threads than documents', () => {
    expect(threadsFor(5, 2, 8)).toBe(2);
    expect(threadsFor(5, 16, 2)).toBe(5);
    expect(threadsFor(0, 4, 2)).toBe(1);
    expect(threadsFor(10_000, 100, 2)).toBe(32);
  });
});

describe('an interrupted batch', () => {
  /** A folder of 2,000 plans. */
  /** A folder of 2,000 copies of a plan of good/ (b.txt has warnings, so each copy adds to a report). */
  function many(name: string, plan = 'a.txt'): string {
    const folder = path.join(work, `many-${name}`);
    mkdirSync(folder, { recursive: true });
    const bytes = readFileSync(path.join(work, 'good', plan));
    for (let i = 0; i < 2000; i++) writeFileSync(path.join(folder, `p${String(i).padStart(4, '0')}.txt`), bytes);
    return folder;
  }

  /** Runs `kehoach parse …args`, sends `signal` once `started()` says the batch has written something, and resolves to how it ended. */
  function interrupt(signal: NodeJS.Signals, args: string[], started: () => boolean) {
    const child = spawn(process.execPath, [bin, 'parse', ...args, '-q'], { cwd: work, env: environment() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      if (started()) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 10);
    return new Promise<{ code: number | null; stderr: string }>((resolve) => {
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr });
      });
    });
  }

  for (const [signal, jobs, code] of [['SIGINT', '1', 130], ['SIGTERM', '2', 143]] as const) {
    it(`stops on ${signal} (${jobs === '1' ? 'one thread' : 'two workers'}), with every output whole and no temporary file`, async () => {
      const out = path.join(work, `many-out-${signal}`);
      const run = await interrupt(signal, [many(signal), '--out-dir', out, '--jobs', jobs], () => existsSync(out) && files(out).some((f) => f.endsWith('.json')));
      expect(run.code).toBe(code);
      const stopped = new RegExp(`kehoach: stopped by ${signal} after (\\d+) of 2000 documents`).exec(run.stderr);
      expect(stopped).not.toBeNull();
      const written = files(out);
      expect(written.length).toBeGreaterThan(0);
      expect(written.length).toBeLessThan(2000);
      expect(written.every((f) => f.endsWith('.json'))).toBe(true);
      for (const f of written) expect(JSON.parse(readFileSync(path.join(out, f), 'utf8')).file).toMatch(/p\d{4}\.txt$/);
      // The documents under way when the signal came were finished and counted.
      expect(written).toHaveLength(Number(stopped![1]));
    });
  }

  it('stops when the reader of standard output goes away (kehoach parse … | head)', async () => {
    const child = spawn(process.execPath, [bin, 'parse', many('reader-gone'), '--format', 'ndjson', '--jobs', '1'], { cwd: work, env: environment() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const converted = /kehoach: (\d+) converted/.exec(stderr);
    expect(Number(converted?.[1])).toBeLessThan(2000);
  });

  it('stops when the reader of a report on standard output goes away (kehoach check … --reporter github | head)', async () => {
    const child = spawn(process.execPath, [bin, 'check', many('reported', 'b.txt'), '--reporter', 'github', '--jobs', '1'], { cwd: work, env: environment() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    await new Promise((resolve) => child.on('close', resolve));
    const checked = /kehoach: (\d+) checked/.exec(stderr);
    expect(Number(checked?.[1])).toBeLessThan(2000);
  });

  it('leaves the file of -o as it was, and no temporary file', async () => {
    const folder = path.join(work, 'one-output');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'all.json'), 'the last good run');
    const growing = () => readdirSync(folder).some((f) => f.endsWith('.tmp') && statSync(path.join(folder, f)).size > 0);
    const run = await interrupt('SIGINT', [many('one-output'), '-o', path.join(folder, 'all.json'), '--jobs', '1'], growing);
    expect(run.code).toBe(130);
    expect(readdirSync(folder)).toEqual(['all.json']);
    expect(readFileSync(path.join(folder, 'all.json'), 'utf8')).toBe('the last good run');
  });
});

/** A FIFO at `file`, where the platform has mkfifo: false where it has none. */
function makeFifo(file: string): boolean {
  return spawnSync('mkfifo', [file]).status === 0;
}

describe('inputs that are no regular files: pipes, devices, standard input', () => {
  const unix = process.platform !== 'win32' && existsSync('/dev/zero');

  it.skipIf(!unix)('refuses an endless device at --max-size, named or found in a folder through a link, and converts the rest', () => {
    const named = kehoach(['parse', '/dev/zero', '--max-size', '1MB']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('kehoach: cannot read /dev/zero: it runs past the 1 MB limit; raise --max-size to read it');
    const folder = path.join(work, 'devices');
    mkdirSync(folder);
    cpSync(path.join(work, 'good', 'a.txt'), path.join(folder, 'a.txt'));
    symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
    const found = kehoach(['parse', 'devices', '--format', 'ndjson', '--max-size', '1MB']);
    expect(found.code).toBe(2);
    expect(found.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual(['devices/a.txt']);
    expect(found.stderr).toContain('kehoach: cannot read devices/zero.txt: it runs past the 1 MB limit');
  });

  it('refuses standard input past --max-size without reading the rest of it', () => {
    const run = kehoach(['parse', '-', '--max-size', '1KB'], 'Nội dung kế hoạch.\n'.repeat(200));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('kehoach: cannot read <stdin>: it runs past the 1 KB limit; raise --max-size to read it');
    const within = kehoach(['parse', '-', '--max-size', '1MB', '--format', 'ndjson', '-q'], 'Nội dung kế hoạch.\n'.repeat(200));
    expect(within.code).toBe(0);
    expect(JSON.parse(within.stdout).file).toBeNull();
  });

  it('reads a --files-from list as it reads documents: within --max-size, from a device or standard input too', () => {
    const fromStdin = kehoach(['parse', '--files-from', '-', '--max-size', '1KB'], 'good/a.txt\n'.repeat(200));
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stdout).toBe('');
    expect(fromStdin.stderr).toBe('kehoach: cannot read -: it runs past the 1 KB limit; raise --max-size to read it\n');
    if (!unix) return;
    const fromDevice = kehoach(['parse', '--files-from', '/dev/zero', '--max-size', '1MB']);
    expect(fromDevice.code).toBe(2);
    expect(fromDevice.stderr).toBe('kehoach: cannot read /dev/zero: it runs past the 1 MB limit; raise --max-size to read it\n');
  });

  const bash = unix && spawnSync('bash', ['-c', 'true']).status === 0;

  it.skipIf(!bash)('reads the pipe of `<(command)` to its end, even an empty one, at once', () => {
    const shell = (command: string) => spawnSync('bash', ['-c', command], { cwd: work, env: environment(), encoding: 'utf8', timeout: 20_000 });
    const command = `"${process.execPath}" "${bin}"`;
    const late = shell(`${command} parse <(sleep 0.3; cat good/a.txt) --format ndjson -q`);
    expect(late.status).toBe(0);
    expect(JSON.parse(late.stdout).document.kind).toBe('KẾ HOẠCH');
    // a writer that sends nothing: the end, not a wait (a named pipe would be waited on)
    const empty = shell(`${command} check <(true)`);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/\/dev\/fd\/\d+:1:1: error KH001 the document has no text/);
  });

  it.skipIf(!unix)('waits on a named pipe until its writer sends the plan, as cat does', async () => {
    const fifo = path.join(work, 'late-writer.txt');
    if (!makeFifo(fifo)) return;
    const child = spawn(process.execPath, [bin, 'parse', fifo, '--format', 'ndjson', '-q'], { cwd: work, env: environment() });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    // the writer opens the pipe only after the reader has started, and was looking at it
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(fifo, readFileSync(path.join(work, 'good', 'a.txt')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).document.kind).toBe('KẾ HOẠCH');
  });

  it.skipIf(!unix)('stops waiting on a named pipe nobody writes to at Ctrl-C, with the signal\'s exit code', async () => {
    const fifo = path.join(work, 'no-writer.txt');
    if (!makeFifo(fifo)) return;
    const child = spawn(process.execPath, [bin, 'parse', 'no-writer.txt'], { cwd: work, env: environment() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('kehoach: cannot read no-writer.txt: interrupted while waiting for its data');
  });

  it.skipIf(!unix)('stops a worker waiting on a named pipe at the first Ctrl-C too, and the documents beside it convert', async () => {
    const fifo = path.join(work, 'no-writer-in-worker.txt');
    if (!makeFifo(fifo)) return;
    const out = path.join(work, 'beside-the-pipe');
    const child = spawn(process.execPath, [bin, 'parse', 'no-writer-in-worker.txt', 'good/a.txt', '--out-dir', out, '--jobs', '2'], { cwd: work, env: environment() });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // the signal comes once the other document is written: the pipe's worker is then the one still at work
    const converted = path.join(out, 'good', 'a.json');
    for (let waited = 0; !existsSync(converted) && waited < 15_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(converted)).toBe(true);
    child.kill('SIGINT');
    // a worker that is not told goes on waiting: the run is ended after a while, and the exit code says it hung
    const hung = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await closed;
    clearTimeout(hung);
    expect(code).toBe(130);
    expect(stderr).toContain('kehoach: cannot read no-writer-in-worker.txt: interrupted while waiting for its data');
    expect(stderr).toMatch(/kehoach: stopped by SIGINT after 2 of 2 documents/);
  });
});
