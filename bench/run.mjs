#!/usr/bin/env node
/**
 * `npm run bench`: the speed of kehoach, measured in one run on a corpus it
 * builds from the fixtures (bench/corpus.mjs), against the goals of the
 * batch-conversion issue. Not part of the tests: timings belong here, never in
 * a test. Each throughput is the best of several rounds, which is what a
 * noisy machine can measure reliably.
 *
 *   node bench/run.mjs            the whole table
 *   node bench/run.mjs --quick    smaller samples
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus, corpusDir } from './corpus.mjs';
import { hostileInputs } from './hostile-inputs.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, '..');
const bin = path.join(root, 'bin', 'kehoach.js');
const quick = process.argv.includes('--quick');
const { compile } = await import(path.join(root, 'dist', 'compile.js'));
const require = createRequire(path.join(root, 'package.json'));
const { unified } = require('unified');
const remarkParse = require('remark-parse').default;

const corpus = buildCorpus(10_000);
const rows = [];
const row = (measure, value, goal, ok) => rows.push({ measure, value, goal, ok });

// ---------------------------------------------------------------- one worker, in process

const paths = (ext, n) => corpus.files.filter((f) => f.endsWith(ext)).slice(0, n);
const textPaths = paths('.txt', quick ? 500 : 2000);
const textFiles = textPaths.map((f) => readFileSync(f));
const mdFiles = paths('.md', quick ? 200 : 800).map((f) => readFileSync(f));
const mb = (files) => files.reduce((n, b) => n + b.length, 0) / 1e6;

function best(rounds, fn) {
  return bestOf(rounds, { fn })[0];
}

/** The best time of each function over the rounds, taking turns, so that a machine slower for a while slows all alike. */
function bestOf(rounds, fns) {
  const names = Object.keys(fns);
  const min = Object.fromEntries(names.map((n) => [n, Infinity]));
  for (let i = 0; i < rounds; i++) {
    for (const n of names) {
      const t0 = performance.now();
      fns[n]();
      min[n] = Math.min(min[n], performance.now() - t0);
    }
  }
  return names.map((n) => min[n] / 1000);
}

const decoder = new TextDecoder();
// Both sides read each file from disk: reading is part of the unavoidable work the issue names.
const baseline = (file) => decoder.decode(readFileSync(file)).normalize('NFC').split(/\r\n|\r|\n/);
const remark = unified().use(remarkParse);
const texts = mdFiles.map((b) => decoder.decode(b));

// warm up every path before timing
for (const b of [...textFiles.slice(0, 200), ...mdFiles.slice(0, 100)]) compile(b);
for (const t of texts.slice(0, 100)) remark.parse(t);

const rounds = quick ? 3 : 7;
const [tText, tBase, tTextInMemory] = bestOf(rounds, {
  text: () => textPaths.forEach((f) => compile(readFileSync(f))),
  base: () => textPaths.forEach(baseline),
  inMemory: () => textFiles.forEach((b) => compile(b)),
});
const [tMd, tRemark] = bestOf(rounds, {
  markdown: () => mdFiles.forEach((b) => compile(b)),
  remark: () => texts.forEach((t) => remark.parse(t)),
});
const large = readFileSync(corpus.large);
const tLarge = best(quick ? 2 : 3, () => compile(large));

const textRate = mb(textFiles) / tText;
const baseRate = mb(textFiles) / tBase;
row(`plain-text path, 1 worker (${textFiles.length} plans, ${mb(textFiles).toFixed(1)} MB): read + compile`, `${textRate.toFixed(1)} MB/s`, '≥ 10 MB/s', textRate >= 10);
row('  the same, files already in memory: compile alone', `${(mb(textFiles) / tTextInMemory).toFixed(1)} MB/s`, '', null);
row('baseline: read, decode, NFC, split lines', `${baseRate.toFixed(1)} MB/s`, '', null);
row('plain-text path / baseline', `${(textRate / baseRate).toFixed(2)}`, '≥ 0.25', textRate / baseRate >= 0.25);
row(`one plan of ${(large.length / 1e6).toFixed(1)} MB (plain text)`, `${(large.length / 1e6 / tLarge).toFixed(1)} MB/s`, '', null);
// Real plans, where the shared material is beside the project (a user's clone has none): the seeds the plain-text path reads.
const seedDir = path.join(root, '..', 'shared', 'seeds');
const seedPaths = existsSync(seedDir)
  ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => path.join(seedDir, f)).filter((f) => compile(readFileSync(f)).plan.syntax === 'text')
  : [];
if (seedPaths.length > 0) {
  const seedBytes = seedPaths.reduce((n, f) => n + readFileSync(f).length, 0) / 1e6;
  const repeat = 40;
  const [tSeeds, tSeedBase] = bestOf(rounds, {
    seeds: () => { for (let i = 0; i < repeat; i++) seedPaths.forEach((f) => compile(readFileSync(f))); },
    base: () => { for (let i = 0; i < repeat; i++) seedPaths.forEach(baseline); },
  });
  const seedRate = (seedBytes * repeat) / tSeeds;
  row(`real plans: the plain-text seeds of ../shared (${seedPaths.length}, ${(seedBytes * 1000).toFixed(0)} KB): read + compile`, `${seedRate.toFixed(1)} MB/s`, '', null);
  row('  their plain-text path / baseline', `${(seedRate / ((seedBytes * repeat) / tSeedBase)).toFixed(2)}`, '', null);
}
row(`markdown path, 1 worker (${mdFiles.length} plans, ${mb(mdFiles).toFixed(1)} MB)`, `${(mb(mdFiles) / tMd).toFixed(1)} MB/s`, '', null);
row('remark-parse alone, same files', `${(mb(mdFiles) / tRemark).toFixed(1)} MB/s`, '', null);
row('markdown path time / remark-parse time', `${(tMd / tRemark).toFixed(2)}`, '≤ 1.5', tMd / tRemark <= 1.5);

// ---------------------------------------------------------------- workers, through the command

// Outputs go to a RAM-backed folder where the machine has one: on a shared virtual disk, creating thousands of
// files is serialised by the file system, and the rows below would measure the disk rather than the workers.
const ramDisk = existsSync('/dev/shm') ? '/dev/shm' : null;
const work = mkdtempSync(path.join(ramDisk ?? tmpdir(), 'kehoach-bench-'));
const outputsOn = ramDisk ? `outputs in ${ramDisk}` : 'outputs on disk';
const listOf = (files, name) => {
  const file = path.join(work, `list-${name}.txt`);
  writeFileSync(file, files.join('\n') + '\n');
  return file;
};
let batches = 0;

/**
 * A script for a fresh process that runs the command's entry point with `argv` and writes, as the last line of
 * `report` (stdout or stderr), its exit code, its wall time from the first argument read to the exit code, the
 * CPU time of all its threads over that time, and its peak RSS in MB.
 */
function batchScript(argv, report) {
  return `
    const { main } = await import(${JSON.stringify(path.join(root, 'dist', 'cli', 'main.js'))});
    const io = { argv: ${JSON.stringify(argv)}, stdin: async () => new Uint8Array(), stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
    // The CPU time of the main thread alone, from Linux's per-thread figures (null elsewhere).
    const { readFileSync } = await import('node:fs');
    const mainThreadCpu = () => {
      try {
        const stat = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        return NaN;
      }
    };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const m0 = mainThreadCpu();
    const code = await main(io);
    const seconds = (performance.now() - t0) / 1000;
    const { user, system } = process.cpuUsage(c0);
    process.${report}.write('\\n' + JSON.stringify({ code, seconds, cpu: (user + system) / 1e6, main: mainThreadCpu() - m0, rss: process.resourceUsage().maxRSS / 1024 }));`;
}

/** The figures a batch script reported: the last line of what it wrote. */
const reported = (text) => JSON.parse(text.trim().split('\n').pop() ?? '{}');

/** One batch through the command's entry point, in a fresh process, with --out-dir: its batchScript figures. */
function convert(files, options = []) {
  const out = path.join(work, `out-${++batches}`);
  const script = batchScript(['parse', '--files-from', listOf(files, batches), '--out-dir', out, '-q', ...options], 'stdout');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }, (error, stdout, stderr) => {
      rmSync(out, { recursive: true, force: true });
      if (error) return reject(new Error(`a batch of ${files.length} failed: ${stderr || error.message}`));
      const run = reported(stdout);
      if (run.code !== 0 && run.code !== 1) return reject(new Error(`a batch of ${files.length} ended with exit code ${run.code}`));
      resolve(run);
    });
  });
}

const batch = corpus.files.slice(0, quick ? 1000 : 3000);
// Rounds in turns, as above: a machine that slows down for a while slows all alike.
let one = { seconds: Infinity };
let two = { seconds: Infinity };
let apart = Infinity;
for (let i = 0; i < 2; i++) {
  const a = await convert(batch, ['--jobs', '1']);
  if (a.seconds < one.seconds) one = a;
  const b = await convert(batch, ['--jobs', '2']);
  if (b.seconds < two.seconds) two = b;
  // What the machine allows: two separate processes converting half the batch each, at the same time.
  const half = batch.length / 2;
  const halves = await Promise.all([batch.slice(0, half), batch.slice(half)].map((files) => convert(files, ['--jobs', '1'])));
  apart = Math.min(apart, Math.max(...halves.map((h) => h.seconds)));
}
const cores = (r) => `${(r.cpu / r.seconds).toFixed(2)} cores busy`;
row(`documents per second, 1 worker (${batch.length} plans, --out-dir, ${outputsOn})`, `${(batch.length / one.seconds).toFixed(0)} docs/s, ${cores(one)}`, '', null);
row('documents per second, 2 workers', `${(batch.length / two.seconds).toFixed(0)} docs/s, ${cores(two)}`, '', null);
row('2 workers / 1 worker', `${(one.seconds / two.seconds).toFixed(2)}×`, '≥ 1.7×', one.seconds / two.seconds >= 1.7);
row('CPU time of the batch, 2 workers / 1 worker', `${(two.cpu / one.cpu).toFixed(2)}×`, '', null);
// 1.7× leaves the two workers a wall time of (1-worker wall) / 1.7 on at most two cores: the CPU time that allows, against what they spent.
const cores2 = Math.min(2, availableParallelism());
const budget = (cores2 * one.seconds) / 1.7;
row('  CPU time 1.7× allows 2 workers (cores × 1-worker wall / 1.7)', `${budget.toFixed(1)} s; spent ${two.cpu.toFixed(1)} s (1 worker: ${one.cpu.toFixed(1)} s)`, '', null);
// The 1-worker run already keeps more than one core busy: V8 optimises the code and collects garbage on threads
// of its own. Two workers need at least its CPU time (the same documents, and each its own optimised code), on at
// most two cores: they cannot beat it by more than those cores ÷ the cores it keeps busy.
if (Number.isFinite(one.main)) {
  row('  1 worker: CPU of the converting thread; of the others (V8\'s optimising compiler, collector)', `${one.main.toFixed(1)} s; ${(one.cpu - one.main).toFixed(1)} s`, '', null);
}
row(`  the most 2 workers can give: ${cores2} cores ÷ the ${(one.cpu / one.seconds).toFixed(2)} 1 worker keeps busy`, `${(cores2 / (one.cpu / one.seconds)).toFixed(2)}×`, '', null);
row('the machine\'s ceiling: 2 separate processes / 1', `${(one.seconds / apart).toFixed(2)}×`, '', null);

/**
 * What is left once each thread has warmed up: a fresh process compiles its files in memory once (loading the code,
 * which V8 then compiles and optimises), then again, timed. Against the rows above, the gap between the two is what
 * every worker pays on its own before it runs at full speed.
 */
function warmPass(files) {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { compile } = await import(${JSON.stringify(path.join(root, 'dist', 'compile.js'))});
    const bytes = readFileSync(${JSON.stringify(listOf(files, ++batches))}, 'utf8').trim().split('\\n').map((f) => readFileSync(f));
    for (const b of bytes) compile(b);
    const t0 = performance.now();
    for (const b of bytes) compile(b);
    process.stdout.write(String((performance.now() - t0) / 1000));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`a warm pass failed: ${stderr || error.message}`));
      resolve(Number(stdout));
    });
  });
}
let warmOne = Infinity;
let warmApart = Infinity;
for (let i = 0; i < 2; i++) {
  warmOne = Math.min(warmOne, await warmPass(batch));
  const half = batch.length / 2;
  const halves = await Promise.all([batch.slice(0, half), batch.slice(half)].map(warmPass));
  warmApart = Math.min(warmApart, Math.max(...halves));
}
row('  the same once warm: 2 processes / 1, compiling in memory a second time', `${(warmOne / warmApart).toFixed(2)}×`, '', null);

/**
 * The machine, without kehoach: a loop that builds and searches strings (allocation and garbage collection, as a
 * compiler's work is) and one of plain arithmetic, each timed in one process alone and in two at once. Two cores
 * that share nothing give 2× on both; memory, caches or the collector's threads shared between them show in the first.
 */
function calibration(kind) {
  const work = kind === 'strings'
    ? `const words = []; for (let i = 0; i < 1e6; i++) words.push('từ ' + i + ' đến ' + i * 3);
       let x = 0; for (let r = 0; r < 4; r++) for (const w of words) x += w.toUpperCase().indexOf('Đ');`
    : 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0;';
  const script = `const t0 = performance.now(); ${work} process.stdout.write(String((performance.now() - t0) / 1000 + (x & 0)));`;
  const once = () => new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(Number(stdout))));
  });
  return async () => {
    const alone = await once();
    const together = Math.max(...(await Promise.all([once(), once()])));
    // two processes did twice the work in `together`
    return (2 * alone) / together;
  };
}
for (const kind of ['strings', 'arithmetic']) {
  const ratio = calibration(kind);
  const best = Math.max(await ratio(), await ratio());
  row(`  the machine alone: a loop of ${kind === 'strings' ? 'string building' : 'arithmetic'}, 2 processes / 1`, `${best.toFixed(2)}×`, '', null);
}

// ---------------------------------------------------------------- memory

const sizes = quick ? [2500, 10000] : [2500, 5000, 10000];
// with the default number of workers, one per core
const rss = [];
for (const n of sizes) rss.push([n, (await convert(corpus.files.slice(0, n))).rss]);
const [n0, r0] = rss[0];
const [n1, r1] = rss[rss.length - 1];
row(`peak RSS, --out-dir (${rss.map(([n, r]) => `${n}: ${r.toFixed(0)} MB`).join(', ')})`, `${r1.toFixed(0)} MB at ${n1}`, '< 200 MB', r1 < 200);
row('growth of peak RSS per doubling of documents', `${((r1 / r0) ** (1 / Math.log2(n1 / n0))).toFixed(2)}×`, '≤ 2× (linear)', r1 / r0 <= n1 / n0);

/**
 * Peak RSS of a batch whose plans all go one way: into one JSON file (-o), or as NDJSON to standard output read by
 * a reader that first pauses, as a slow pipe does. Either must stay near the --out-dir figure: the output is
 * written as it comes (and waits for its reader), never held in memory.
 */
function oneOutput(files, target, pauseMs = 0) {
  const file = path.join(work, `one-${++batches}.json`);
  const argv = ['parse', '--files-from', listOf(files, batches), '-q', ...(target === 'file' ? ['-o', file] : ['--format', 'ndjson'])];
  // standard output carries the plans: the figures go to standard error
  const script = batchScript(argv, 'stderr');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // The reader: nothing for pauseMs, then everything as fast as it comes (and thrown away).
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), pauseMs);
    child.on('close', () => {
      rmSync(file, { force: true });
      const run = reported(stderr);
      if (run.code !== 0 && run.code !== 1) return reject(new Error(`a batch of ${files.length} into ${target} ended with ${stderr.slice(0, 500)}`));
      resolve(run);
    });
  });
}
const toFile = await oneOutput(batch, 'file');
const toReader = await oneOutput(batch, 'stdout', 3000);
row(`  peak RSS, ${batch.length} plans into one JSON file (-o)`, `${toFile.rss.toFixed(0)} MB`, '', null);
row(`  peak RSS, ${batch.length} plans as NDJSON into a reader that pauses 3 s`, `${toReader.rss.toFixed(0)} MB`, '', null);

// ---------------------------------------------------------------- hostile input, 1× 4× 16×

const sampleText = readFileSync(path.join(root, 'fixtures', 'running-footer', 'input.txt'), 'utf8');
for (const { name, runs } of hostileGrowth(sampleText)) {
  const [a, , c] = runs;
  // the growth exponent from 1× to 16×: 1 is linear, 2 quadratic (timings under 5 ms say nothing)
  const exponent = c.ms >= 5 ? Math.log(c.ms / Math.max(a.ms, 0.5)) / Math.log(c.bytes / a.bytes) : null;
  const value = runs.map((r) => `${(r.bytes / 1024).toFixed(0)} KB ${r.ms.toFixed(0)} ms`).join(', ');
  row(`hostile: ${name} (1×, 4×, 16×)`, exponent === null ? value : `${value}; ×${exponent.toFixed(2)}`, exponent === null ? '' : '≤ ×1.3 (linear)', exponent === null ? null : exponent <= 1.3);
}

function hostileGrowth(sample) {
  const byName = new Map();
  for (const scale of [1, 4, 16]) {
    for (const { name, text } of hostileInputs(sample, scale)) {
      const t0 = performance.now();
      compile(text);
      const ms = performance.now() - t0;
      byName.set(name, [...(byName.get(name) ?? []), { bytes: Math.max(1, Buffer.byteLength(text)), ms }]);
    }
  }
  return [...byName.entries()].map(([name, runs]) => ({ name, runs }));
}

// ---------------------------------------------------------------- start-up

function median(command, args, n = 15) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    spawnSync(command, args);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}
const bare = median(process.execPath, ['-e', '0']);
const version = median(process.execPath, [bin, '--version']);
row('start-up: node -e 0', `${bare.toFixed(0)} ms`, '', null);
row('start-up: kehoach --version', `${version.toFixed(0)} ms`, '', null);
row('start-up ratio', `${(version / bare).toFixed(2)}×`, '≤ 2×', version / bare <= 2);

rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- the table

const width = Math.max(...rows.map((r) => r.measure.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`kehoach bench — node ${process.version}, corpus ${corpusDir}`);
console.log(`${'measure'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  goal`);
for (const r of rows) {
  const verdict = r.ok === null ? '' : r.ok ? '  ok' : '  MISSED';
  console.log(`${r.measure.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.goal}${verdict}`);
}
process.exitCode = rows.some((r) => r.ok === false) ? 1 : 0;
