/**
 * The command line, driven in-process through `main` with injected streams:
 * output formats, exit codes, unreadable inputs, -o, stdin, version, schema,
 * the rendered diagnostics and their language; and the renderer itself.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { main } from '../src/cli/main.js';
import { whenWritable, type OutputStream } from '../src/cli/io.js';
import { AtomicFile } from '../src/cli/output.js';
import { commonFolder } from '../src/cli/paths.js';
import { runJobs } from '../src/cli/pool.js';
import type { JobResult } from '../src/cli/job.js';
import { InOrder } from '../src/cli/in-order.js';
import { messagesFor } from '../src/cli/messages.js';
import { Progress } from '../src/cli/progress.js';
import type { Io } from '../src/cli/io.js';
import { renderDiagnostic, type RenderOptions } from '../src/diagnostics/render.js';
import type { Diagnostic } from '../src/model/schema.js';
import { SAMPLE_PLAN } from './support/sample-plan.js';

// ---------------------------------------------------------------------------
// A plan to compile, and variants with a warning and an error

const PLAN = SAMPLE_PLAN;

/** The day without its leading zero: warning KH113 on line 6. */
const WARNING_PLAN = PLAN.replace('ngày 25 tháng 3', 'ngày 5 tháng 3');
/** A date that does not exist: warning KH114 on line 6 (the plan compiles, with its date as printed). */
const INVALID_DATE_PLAN = PLAN.replace('ngày 25 tháng 3', 'ngày 31 tháng 4');
/** A document with no text: error KH001, the one error a readable text can have. */
const ERROR_PLAN = ' \n\n';

const SEED = join(import.meta.dirname, '..', '..', 'shared', 'seeds', '004_250389f68f95a3e6.txt');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** `file:line:col: severity CODE message` */
const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+): (error|warning|info) (KH\d{3}) (.+)$/;

// ---------------------------------------------------------------------------
// Running main in-process

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  stdin?: string | Uint8Array | Io['stdin'];
  env?: Record<string, string | undefined>;
  stderrIsTTY?: boolean;
}

let dir = '';

async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin ?? '';
  const stdin: Io['stdin'] =
    typeof input === 'string' ? async () => new TextEncoder().encode(input) : input instanceof Uint8Array ? async () => input : input;
  const code = await main({
    argv,
    stdin,
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text), isTTY: options.stderrIsTTY ?? false },
    env: options.env ?? {},
    cwd: dir,
  });
  return { code, stdout, stderr };
}

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

function stderrLines(result: Run): string[] {
  return result.stderr.split('\n').filter((line) => line !== '');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
  write('plan.txt', PLAN);
  write('other.txt', PLAN.replace('Số: 15/KH-UBND', 'Số: 16/KH-UBND'));
  write('warning.txt', WARNING_PLAN);
  write('error.txt', ERROR_PLAN);
  write('invalid-date.txt', INVALID_DATE_PLAN);
  write('binary.txt', Uint8Array.from([0x4b, 0x45, 0x00, 0x01, 0x02, 0x00, 0x48]));
  write('latin1.txt', Uint8Array.from([0x4b, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d])); // bytes that are text in no encoding
  mkdirSync(join(dir, 'folder'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------

describe('parse: output formats', () => {
  it('prints one plan as a JSON object', async () => {
    const result = await run(['parse', 'plan.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const plan = JSON.parse(result.stdout);
    expect(plan.file).toBe('plan.txt');
    expect(plan.document.number).toBe('15/KH-UBND');
    expect(plan.sections.map((s: { label: string }) => s.label)).toEqual(['I', 'II', 'III']);
  });

  it('prints YAML that reads back to the same plan as the JSON', async () => {
    const json = JSON.parse((await run(['parse', 'plan.txt'])).stdout);
    const result = await run(['parse', 'plan.txt', '--format', 'yaml']);
    expect(result.code).toBe(0);
    expect(YAML.parse(result.stdout)).toEqual(json);
  });

  it('prints CSV with a header row, the targets table by default', async () => {
    const result = await run(['parse', 'plan.txt', '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header] = result.stdout.split('\r\n');
    expect(header!.split(',').slice(0, 2)).toEqual(['number', 'file']);
    expect(header).toContain('indicator');
  });

  it('prints the CSV table asked for, with a BOM on request', async () => {
    const result = await run(['parse', 'plan.txt', '--format', 'csv', '--table', 'tasks', '--bom']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFFnumber,file,id,')).toBe(true);
    const rows = result.stdout.trimEnd().split('\r\n');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[1]).toContain('15/KH-UBND,plan.txt,');
  });

  it('prints one sheet for Excel under a Vietnamese locale with --delimiter ";" --decimal-comma, and refuses another separator', async () => {
    const result = await run(['parse', 'plan.txt', 'other.txt', '--format', 'csv', '--delimiter', ';', '--decimal-comma']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\r\n');
    expect(rows.filter((r) => r.startsWith('number;file;place;'))).toHaveLength(1);
    expect(new Set(rows.slice(1).map((r) => r.split(';')[1]))).toEqual(new Set(['plan.txt', 'other.txt']));
    const tab = await run(['parse', 'plan.txt', '--format', 'csv', '--delimiter', 'tab']);
    expect(tab.stdout.split('\r\n')[0]!.startsWith('number\tfile\t')).toBe(true);
    const bad = await run(['parse', 'plan.txt', '--format', 'csv', '--delimiter', '|']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument '|' is invalid");
  });

  it('refuses -o with --out-dir, and the CSV options with another format, writing nothing', async () => {
    const both = await run(['parse', 'plan.txt', '-o', 'both.json', '--out-dir', 'both']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("option '-o, --output <file>' cannot be used with option '--out-dir <dir>'");
    expect(existsSync(join(dir, 'both.json')) || existsSync(join(dir, 'both'))).toBe(false);
    const csvOnly = await run(['parse', 'plan.txt', '--table', 'tasks', '--decimal-comma']);
    expect(csvOnly.code).toBe(2);
    expect(csvOnly.stderr).toContain('--table, --decimal-comma apply to CSV output only (add --format csv)');
    expect(csvOnly.stdout).toBe('');
  });

  it('prints NDJSON, one parsable line per plan', async () => {
    const result = await run(['parse', 'plan.txt', 'other.txt', '--format', 'ndjson']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line).document.number)).toEqual(['15/KH-UBND', '16/KH-UBND']);
  });

  it('prints a JSON array, several YAML documents and one CSV sheet for several inputs', async () => {
    const json = await run(['parse', 'plan.txt', 'other.txt']);
    expect(JSON.parse(json.stdout).map((p: { file: string }) => p.file)).toEqual(['plan.txt', 'other.txt']);

    const yaml = await run(['parse', 'plan.txt', 'other.txt', '--format', 'yaml']);
    const documents = YAML.parseAllDocuments(yaml.stdout);
    expect(documents.map((d) => (d.toJS() as { file: string }).file)).toEqual(['plan.txt', 'other.txt']);

    const csv = await run(['parse', 'plan.txt', 'other.txt', '--format', 'csv', '--table', 'sections']);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows.filter((row) => row.startsWith('number,file,')).length).toBe(1);
    expect(rows.filter((row) => row.startsWith('16/KH-UBND,other.txt,')).length).toBe(3);
  });

  it('refuses an unknown format with a usage error listing the formats', async () => {
    const result = await run(['parse', 'plan.txt', '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const format of ['json', 'yaml', 'csv', 'ndjson']) expect(result.stderr).toContain(format);
  });

  it('refuses an unknown CSV table', async () => {
    const result = await run(['parse', 'plan.txt', '--format', 'csv', '--table', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('targets');
  });

  it.skipIf(!existsSync(SEED))('converts the seed document in every format', async () => {
    const seed = SEED;
    const json = await run(['parse', seed]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).document.number).toBe('496/KH-TTYT');
    const yaml = await run(['parse', seed, '--format', 'yaml']);
    expect(yaml.code).toBe(0);
    expect(YAML.parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
    const csv = await run(['parse', seed, '--format', 'csv', '--table', 'tasks']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^number,file,id,parent,section,/);
    expect(csv.stdout.split('\r\n').length).toBeGreaterThan(10);
    const ndjson = await run(['parse', seed, '--format', 'ndjson']);
    expect(ndjson.code).toBe(0);
    expect(JSON.parse(ndjson.stdout.trimEnd())).toEqual(JSON.parse(json.stdout));
  });
});

describe('exit codes', () => {
  it('exits 0 with warnings, and prints them on stderr', async () => {
    const result = await run(['parse', 'warning.txt']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).diagnostics[0].code).toBe('KH113');
    expect(result.stderr).toMatch(/^warning\.txt:6:\d+: warning KH113 /);
  });

  it('exits 1 on warnings under --strict, still printing the output', async () => {
    const result = await run(['parse', 'warning.txt', '--strict']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).file).toBe('warning.txt');
    expect((await run(['check', '--strict', 'warning.txt'])).code).toBe(1);
    expect((await run(['check', '--strict', 'plan.txt'])).code).toBe(0);
  });

  it('exits 1 when a document has errors', async () => {
    const result = await run(['parse', 'error.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error\.txt:1:1: error KH001 /m);
  });

  it('exits 0 for a date that does not exist, a warning in a plan that compiles, and 1 under --strict', async () => {
    const result = await run(['parse', 'invalid-date.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^invalid-date\.txt:6:\d+: warning KH114 the date 31\/4\/2024 does not exist$/m);
    expect(JSON.parse(result.stdout).document.date).toEqual({ year: 2024, month: 4, day: 31 });
    expect((await run(['check', '--strict', 'invalid-date.txt'])).code).toBe(1);
  });

  it('prints no diagnostics under --quiet, with the same exit code', async () => {
    const result = await run(['parse', 'error.txt', '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('exits 2 on usage errors: no command, unknown command, missing input', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run(['parse']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('input');
  });

  it('exits 0 for --help, on stdout', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: kehoach');
    expect(result.stdout).toContain('parse');
    const parse = await run(['parse', '--help']);
    expect(parse.code).toBe(0);
    expect(parse.stdout).toContain('--format');
  });
});

describe('inputs that cannot be read', () => {
  it('a missing file: one line naming it, exit 2', async () => {
    const result = await run(['parse', 'plans/x.txt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual(['kehoach: cannot read plans/x.txt: no such file (check the path and the current folder)']);
  });

  it('a folder without plan files: one line, exit 2', async () => {
    const result = await run(['parse', 'folder']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['kehoach: folder holds no plan file (.txt, .md)']);
  });

  it('a binary file (NUL bytes): one line, exit 2', async () => {
    const result = await run(['parse', 'binary.txt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toMatch(/^kehoach: cannot read binary\.txt: not a text file \(NUL byte at offset 2\)/);
  });

  it('a file that is not UTF-8: one line, exit 2', async () => {
    const result = await run(['check', 'latin1.txt']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['kehoach: cannot read latin1.txt: not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI (invalid byte at offset 1); save it as UTF-8 and try again']);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file: one line, exit 2', async () => {
    write('secret.txt', PLAN);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const result = await run(['parse', 'secret.txt']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['kehoach: cannot read secret.txt: permission denied (check the file\'s permissions)']);
  });

  it('a batch with a missing and a good file outputs the good one and exits 2', async () => {
    const result = await run(['parse', 'missing.txt', 'plan.txt']);
    expect(result.code).toBe(2);
    const plans = JSON.parse(result.stdout);
    expect(Array.isArray(plans)).toBe(true);
    expect(plans.map((p: { file: string }) => p.file)).toEqual(['plan.txt']);
    expect(stderrLines(result)).toEqual(['kehoach: cannot read missing.txt: no such file (check the path and the current folder)', 'kehoach: 1 converted (0 with warnings), 1 failed']);
  });

  it('exits with the worst code of the batch', async () => {
    expect((await run(['check', 'error.txt', 'plan.txt'])).code).toBe(1);
    expect((await run(['check', 'error.txt', 'folder'])).code).toBe(2);
  });

  it('names the problem in Vietnamese under --lang vi', async () => {
    const result = await run(['parse', '--lang', 'vi', 'plans/x.txt']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['kehoach: không đọc được plans/x.txt: không có tệp này (hãy kiểm tra đường dẫn và thư mục hiện tại)']);
  });
});

describe('parse -o', () => {
  it('writes the file and nothing on stdout', async () => {
    const result = await run(['parse', 'plan.txt', '-o', 'out.json']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).file).toBe('plan.txt');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing output file', async () => {
    write('old.yaml', 'old: true\n');
    const result = await run(['parse', 'plan.txt', '--format', 'yaml', '--output', 'old.yaml']);
    expect(result.code).toBe(0);
    expect(YAML.parse(readFileSync(join(dir, 'old.yaml'), 'utf8')).file).toBe('plan.txt');
  });

  it('refuses to write over an input, however it is spelt', async () => {
    for (const target of ['plan.txt', './plan.txt', join(dir, 'plan.txt')]) {
      const result = await run(['parse', 'other.txt', 'plan.txt', '-o', target]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('refusing to write the output over the input file plan.txt');
      expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(PLAN);
    }
  });

  it('refuses to write over an input through a symbolic link', async () => {
    symlinkSync(join(dir, 'plan.txt'), join(dir, 'link.txt'));
    const result = await run(['parse', 'plan.txt', '-o', 'link.txt']);
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(PLAN);
  });

  it('reports a directory that does not exist in one line, exit 2', async () => {
    const result = await run(['parse', 'plan.txt', '-o', 'nowhere/out.json']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['kehoach: cannot write nowhere/out.json: no such folder (create it first)']);
  });

  it('refuses a folder as the output before compiling anything', async () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const result = await run(['parse', 'warning.txt', '-o', 'a-folder']);
    expect(result.code).toBe(2);
    // no diagnostics of the document: nothing was compiled
    expect(stderrLines(result)).toEqual(['kehoach: cannot write a-folder: is a folder (name a file)']);
  });

  it('writes nothing when no input could be read', async () => {
    const result = await run(['parse', 'missing.txt', '-o', 'never.json']);
    expect(result.code).toBe(2);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('outputs that are a link, a device or a pipe', () => {
  it('replaces the file a symbolic link points to, and keeps the link', async () => {
    writeFileSync(join(dir, 'real.json'), 'the last run');
    symlinkSync('real.json', join(dir, 'linked.json'));
    const result = await run(['parse', 'plan.txt', '-q', '-o', 'linked.json']);
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'linked.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).file).toBe('plan.txt');
  });

  // A character device made for the test, as /dev/null is one: root alone may make one.
  const root = process.platform === 'linux' && process.getuid?.() === 0;

  it.skipIf(!root)('writes to a device as it is, and leaves it a device (renaming a file over /dev/null would replace it)', async () => {
    const device = join(tmpdir(), `kehoach-null-${process.pid}`);
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    try {
      const result = await run(['parse', 'plan.txt', '-q', '-o', device]);
      expect(result.code).toBe(0);
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      expect(readdirSync(tmpdir()).filter((f) => f.startsWith(`.kehoach-null-${process.pid}`))).toEqual([]);
    } finally {
      rmSync(device, { force: true });
    }
  });

  it.skipIf(!root)('leaves a device a device as the --cache file, or linked from the place of an --out-dir output', async () => {
    const device = join(tmpdir(), `kehoach-null-${process.pid}-2`);
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    try {
      expect((await run(['check', 'plan.txt', '-q', '--cache-location', device])).code).toBe(0);
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      mkdirSync(join(dir, 'linked-out'));
      symlinkSync(device, join(dir, 'linked-out', 'plan.json'));
      expect((await run(['parse', 'plan.txt', '-q', '--out-dir', 'linked-out'])).code).toBe(0);
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
      expect(lstatSync(join(dir, 'linked-out', 'plan.json')).isSymbolicLink()).toBe(true);
    } finally {
      rmSync(device, { force: true });
    }
  });
});

describe('the folder that holds files named one by one', () => {
  it('is the deepest one that holds them all', () => {
    expect(commonFolder([join('/', 'data', 'a', 'x.txt')])).toBe(join('/', 'data', 'a'));
    expect(commonFolder([join('/', 'data', 'a', '2024', 'x.txt'), join('/', 'data', 'b', 'x.txt')])).toBe(join('/', 'data'));
    expect(commonFolder([join('/', 'data', 'ab', 'x.txt'), join('/', 'data', 'a', 'x.txt')])).toBe(join('/', 'data'));
    expect(commonFolder([join('/', 'x', '1.txt'), join('/', 'y', '2.txt')])).toBe('/');
  });
});

describe('a file written atomically', () => {
  it('steps over a temporary file left by a crashed run with the same name, and leaves it alone', () => {
    const target = join(dir, 'atomic.json');
    const first = AtomicFile.open(target);
    first.abort();
    // the name the next file would take, as a run of this process id that crashed would have left it
    const stale = first.temporary.replace(/-(\d+)\.tmp$/, (_, n: string) => `-${Number(n) + 1}.tmp`);
    writeFileSync(stale, 'stale');
    const file = AtomicFile.open(target);
    expect(file.temporary).not.toBe(stale);
    file.write('Kế hoạch số 496/KH-TTYT\n');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('Kế hoạch số 496/KH-TTYT\n');
    expect(readFileSync(stale, 'utf8')).toBe('stale');
    rmSync(stale);
  });
});

describe('standard input', () => {
  it("reads '-' from a function", async () => {
    const result = await run(['parse', '-'], { stdin: PLAN });
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.file).toBeNull();
    expect(plan.document.number).toBe('15/KH-UBND');
  });

  it("reads '-' from a readable stream, and names it <stdin> in diagnostics", async () => {
    const result = await run(['parse', '-'], { stdin: Readable.from([Buffer.from(WARNING_PLAN)]) });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^<stdin>:6:\d+: warning KH113 /);
  });

  it("refuses standard input as both the list of files and a document", async () => {
    const result = await run(['parse', '-', '--files-from', '-'], { stdin: 'plan.txt\n' });
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(["kehoach: standard input cannot carry both the list of files (--files-from -) and a document ('-'); put the list in a file"]);
    expect(result.stdout).toBe('');
  });

  it('rejects binary standard input', async () => {
    const result = await run(['parse', '-'], { stdin: Uint8Array.from([0, 1, 2]) });
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['kehoach: cannot read <stdin>: not a text file (NUL byte at offset 0); export the document as plain text or markdown']);
  });
});

describe('check', () => {
  it('renders each diagnostic with its source line and a caret, and a summary per file', async () => {
    const result = await run(['check', 'warning.txt', 'plan.txt']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    const header = DIAGNOSTIC_LINE.exec(lines[0]!);
    expect(header).not.toBeNull();
    const [, file, line, column, severity, code] = header!;
    expect([file, line, severity, code]).toEqual(['warning.txt', '6', 'warning', 'KH113']);
    expect(lines[1]).toMatch(/^\s+6 \| Giang Thành, ngày 5 tháng 3 năm 2024$/);
    const caret = /^\s+\| ( *)\^~*$/.exec(lines[2]!);
    expect(caret).not.toBeNull();
    expect(caret![1]!.length).toBe(Number(column) - 1);
    expect(lines[3]).toBe('warning.txt: 0 errors, 1 warning, 0 notes');
    expect(lines[4]).toBe('plan.txt: no problems');
    // check converts nothing: its closing line says what it did
    expect(lines[5]).toBe('kehoach: 2 checked (1 with warnings), 0 failed');
    expect((await run(['check', '--lang', 'vi', 'warning.txt', 'plan.txt'])).stderr).toContain('kehoach: đã kiểm tra 2 tệp (1 tệp có cảnh báo), 0 tệp lỗi');
  });

  it('prints only the exit code under --quiet', async () => {
    const result = await run(['check', '--quiet', 'error.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('speaks Vietnamese under --lang vi', async () => {
    const result = await run(['check', '--lang', 'vi', 'invalid-date.txt']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^invalid-date\.txt:6:\d+: warning KH114 ngày 31\/4\/2024 không tồn tại$/m);
    expect(result.stderr).toContain('invalid-date.txt: 0 lỗi, 1 cảnh báo, 0 ghi chú');
    expect((await run(['check', '--lang', 'vi', 'error.txt'])).stderr).toMatch(/^error\.txt:1:1: error KH001 văn bản không có nội dung$/m);
  });

  it('takes the language from the environment by default', async () => {
    const result = await run(['check', 'invalid-date.txt'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(result.stderr).toContain('không tồn tại');
    expect((await run(['check', 'invalid-date.txt'], { env: { LANG: 'en_US.UTF-8' } })).stderr).toContain('does not exist');
    expect((await run(['check', '--lang', 'en', 'invalid-date.txt'], { env: { LANG: 'vi_VN.UTF-8' } })).stderr).toContain('does not exist');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';

  it('is off when stderr is not a terminal', async () => {
    expect((await run(['check', 'warning.txt'])).stderr).not.toContain(ESC);
  });

  it('is on for a terminal, unless NO_COLOR is set', async () => {
    expect((await run(['check', 'warning.txt'], { stderrIsTTY: true })).stderr).toContain(ESC);
    expect((await run(['check', 'warning.txt'], { stderrIsTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toContain(ESC);
  });

  it('is forced by FORCE_COLOR, and never reaches stdout', async () => {
    const result = await run(['parse', 'warning.txt'], { env: { FORCE_COLOR: '1' } });
    expect(result.stderr).toContain(ESC);
    expect(result.stdout).not.toContain(ESC);
  });
});

describe('version and schema', () => {
  it('--version prints the version of package.json', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(PACKAGE_VERSION);
  });

  it('schema prints the JSON Schema of the output', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema ?? schema.type).toBeTruthy();
    expect(schema.type).toBe('object');
    expect(schema.properties.document.type).toBe('object');
    expect(schema.properties.document.properties.number).toBeDefined();
  });
});

describe('failures inside kehoach', () => {
  it('become one line "internal error", exit 2, with the stack only under KEHOACH_DEBUG', async () => {
    const failing = (env: Record<string, string>) =>
      main({
        argv: ['parse', 'plan.txt'],
        stdin: async () => new Uint8Array(),
        stdout: {
          write: () => {
            throw new Error('disk on fire');
          },
        },
        stderr: { write: (text: string) => void (stderr += text) },
        env,
        cwd: dir,
      });
    let stderr = '';
    expect(await failing({})).toBe(2);
    expect(stderr).toBe('kehoach: internal error: disk on fire (please report it; KEHOACH_DEBUG=1 shows the details)\n');
    stderr = '';
    expect(await failing({ KEHOACH_DEBUG: '1' })).toBe(2);
    expect(stderr.split('\n')[0]).toBe('kehoach: internal error: disk on fire (please report it; KEHOACH_DEBUG=1 shows the details)');
    expect(stderr).toContain('    at ');
  });
});

describe('renderDiagnostic', () => {
  const at = (line: number, column: number, endLine: number, endColumn: number): Diagnostic => ({
    code: 'KH113',
    name: 'date-padding',
    severity: 'warning',
    message: 'write the day as 05',
    line,
    column,
    endLine,
    endColumn,
  });
  const excerpt = (d: Diagnostic, lines: string[], options: Partial<RenderOptions> = {}) =>
    renderDiagnostic(d, { file: 'x.txt', lines, ...options }).split('\n');

  it('puts the caret under the span, clipped to the first line', () => {
    const lines = ['Số: 15/KH-UBND', 'Hà Nội, ngày 5 tháng 3 năm 2024'];
    expect(excerpt(at(2, 9, 2, 15), lines)).toEqual([
      'x.txt:2:9: warning KH113 write the day as 05',
      '    2 | Hà Nội, ngày 5 tháng 3 năm 2024',
      '      |         ^~~~~~',
      '',
    ]);
    expect(excerpt(at(1, 5, 2, 3), lines)[2]).toBe('      |     ^~~~~~~~~~');
  });

  it('keeps the caret in place after decomposed text, which takes fewer cells than units', () => {
    const line = 'Hà Nội'.normalize('NFD') + ', ngày 5';
    const column = line.indexOf('ngày') + 1; // 11: two combining marks before it
    const [, source, caret] = excerpt(at(1, column, 1, column + 4), [line]);
    expect(source).toBe(`    1 | ${line}`);
    expect(caret).toBe('      |         ^~~~');
  });

  it('expands tabs the same way in both lines', () => {
    const [, source, caret] = excerpt(at(1, 3, 1, 4), ['a\tb\tc'], { tabWidth: 4 });
    expect(source).toBe('    1 | a   b   c');
    expect(caret).toBe('      |     ^');
  });

  it('cuts a long line to a window around the span', () => {
    const line = 'x'.repeat(300) + ' ngày 5 ' + 'y'.repeat(300);
    const [, source, caret] = excerpt(at(1, 302, 1, 308), [line], { maxWidth: 60 });
    const text = source!.slice('    1 | '.length);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBe(62);
    const offset = caret!.indexOf('^') - '      | '.length;
    expect(text.slice(offset, offset + 6)).toBe('ngày 5');
  });

  it('shows control characters as U+FFFD and has no excerpt without the line', () => {
    expect(excerpt(at(1, 1, 1, 2), ['a\u001b[31mb'])[1]).toBe('    1 | a\uFFFD[31mb');
    expect(excerpt(at(3, 1, 3, 1), ['only one line'])).toEqual(['x.txt:3:1: warning KH113 write the day as 05', '']);
  });

  it('colours only when asked', () => {
    const lines = ['Hà Nội, ngày 5'];
    expect(renderDiagnostic(at(1, 9, 1, 15), { file: 'x.txt', lines })).not.toContain('\u001b[');
    const colored = renderDiagnostic(at(1, 9, 1, 15), { file: 'x.txt', lines, color: true });
    expect(colored).toContain('\u001b[');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(renderDiagnostic(at(1, 9, 1, 15), { file: 'x.txt', lines }));
  });
});

describe('the progress bar', () => {
  function bar(total: number, tty = true) {
    const written: string[] = [];
    let clock = 0;
    const progress = new Progress({ isTTY: tty, write: (text: string) => written.push(text) }, total, true, messagesFor('en').timeLeft, () => clock);
    return { progress, written, advance: (ms: number) => (clock += ms) };
  }

  it('shows the count, then the rate and the time left once the first second is over', () => {
    const { progress, written, advance } = bar(1000);
    advance(200);
    progress.tick();
    expect(written.at(-1)).toBe(`\r[${' '.repeat(30)}] 1/1000`);
    for (let i = 0; i < 199; i++) progress.tick();
    advance(800);
    progress.tick();
    // 201 documents in a second: 799 more take 4 seconds
    expect(written.at(-1)).toBe(`\r[======${' '.repeat(24)}] 201/1000  201/s  4 s left`);
    advance(60_000);
    progress.tick();
    // 202 in 61 seconds: 798 more take 241 seconds
    expect(written.at(-1)).toBe(`\r[======${' '.repeat(24)}] 202/1000  3/s  4 min 1 s left`);
  });

  it('redraws at most ten times a second, always draws the last document, and wipes the whole line at the end', () => {
    const { progress, written, advance } = bar(3);
    advance(2000);
    progress.tick();
    progress.tick();
    expect(written).toHaveLength(1);
    const first = written[0]!;
    expect(first).toBe(`\r[${'='.repeat(10)}${' '.repeat(20)}] 1/3  1/s  4 s left`);
    progress.tick();
    const last = written.at(-1)!;
    // the last count, padded over the longer line before it
    expect(last.trimEnd()).toBe(`\r[${'='.repeat(30)}] 3/3`);
    expect(last).toHaveLength(first.length);
    progress.clear();
    expect(written.at(-1)).toBe(`\r${' '.repeat(first.length - 1)}\r`);
  });

  it('draws nothing when standard error is not a terminal', () => {
    const { progress, written } = bar(10, false);
    for (let i = 0; i < 10; i++) progress.tick();
    progress.clear();
    expect(written).toEqual([]);
  });
});

describe('a reader that falls behind', () => {
  /** A stand-in for process.stdout with `length` bytes waiting to be read. */
  function pipe(length: number) {
    const stream = new EventEmitter() as EventEmitter & OutputStream & { writableLength: number };
    stream.writableLength = length;
    stream.write = () => true;
    return stream;
  }

  it('lets the output run up to a megabyte ahead, then waits for the reader to drain it or go away', async () => {
    expect(whenWritable(pipe(1024 * 1024))).toBeNull();
    expect(whenWritable({ write: () => true })).toBeNull();
    for (const event of ['drain', 'close']) {
      const stream = pipe(1024 * 1024 + 1);
      let resumed = false;
      void whenWritable(stream)!.then(() => (resumed = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(resumed).toBe(false);
      stream.emit(event);
      await new Promise((resolve) => setImmediate(resolve));
      expect(resumed).toBe(true);
      expect(stream.listenerCount('drain') + stream.listenerCount('close')).toBe(0);
    }
  });

  it('holds a batch back while standard error, where its diagnostics go, has fallen behind its reader', async () => {
    // the command's modules loaded first, so that the wait below is spent on the batch
    expect((await run(['parse', 'plan.txt', '-o', 'paced-warm-up.json'])).code).toBe(0);
    const stderr = pipe(2 * 1024 * 1024);
    let said = '';
    stderr.write = (text: string) => ((said += text), true);
    const out = join(dir, 'paced');
    const running = main({ argv: ['parse', 'warning.txt', 'plan.txt', '--out-dir', out], stdin: async () => new Uint8Array(), stdout: { write: () => true }, stderr, env: {}, cwd: dir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(out)).toBe(false);
    stderr.writableLength = 0;
    stderr.emit('drain');
    expect(await running).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['plan.json', 'warning.json']);
    expect(said).toContain('KH');
  });

  it('starts no document while the output has no room', async () => {
    const jobs = [0, 1, 2].map((index) => ({ index, path: null, bytes: new TextEncoder().encode(PLAN), name: `<${index}>`, file: null, outPath: null }));
    const options = { syntax: 'auto', lang: 'en', format: 'ndjson', table: 'targets', bom: false, delimiter: ',', decimalComma: false, emit: true, maxSize: 1e6, cache: false } as const;
    let release = (): void => {};
    let full: Promise<void> | null = new Promise((resolve) => (release = resolve));
    const taken: number[] = [];
    const running = runJobs(jobs, options, 1, (result) => taken.push(result.index), { room: () => full });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(taken).toEqual([]);
    full = null;
    release();
    await running;
    expect(taken).toEqual([0, 1, 2]);
  });
});

describe('results in input order', () => {
  it('hands each result on once all before it have gone, whatever order they come in', () => {
    const delivered: number[] = [];
    const inOrder = new InOrder<{ index: number }>((item) => delivered.push(item.index));
    for (const index of [2, 0, 3]) inOrder.add({ index });
    expect(delivered).toEqual([0]);
    inOrder.add({ index: 1 });
    expect(delivered).toEqual([0, 1, 2, 3]);
  });
});

describe('a bug met while converting', () => {
  it('fails the document it was met on, named after it, keeping the original stack', async () => {
    const job = { index: 0, path: null, bytes: new TextEncoder().encode(PLAN), name: 'ke-hoach.txt', file: null, outPath: null };
    // A table no emitter knows: the CSV emitter throws, as a bug would.
    const options = { syntax: 'auto', lang: 'en', format: 'csv', table: 'nope', bom: false, delimiter: ',', decimalComma: false, emit: true, maxSize: 1e6 } as unknown as Parameters<typeof runJobs>[1];
    const results: JobResult[] = [];
    await runJobs([job], options, 1, (result) => results.push(result));
    expect(results).toHaveLength(1);
    expect(results[0]!.failure).toMatch(/^cannot convert ke-hoach\.txt: internal error: .+ \(please report it; KEHOACH_DEBUG=1 shows the details\)$/);
    expect(results[0]!.output).toBeNull();
    expect(results[0]!.stack).toContain('csv.');
  });
});
