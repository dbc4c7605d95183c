/**
 * A batch: the documents the arguments name, compiled one per job (on a pool
 * of worker threads when there are several), and their results taken back in
 * input order whatever order they finish in. Each document's output goes to
 * its own file (--out-dir) or into one stream (standard output or -o); each
 * document's diagnostics go to the reporter; a document that cannot be read or
 * written costs one line and the others still convert.
 *
 * Exit code: 2 when any input could not be read or output written, else 1
 * when any document has errors (or warnings under --strict, or more warnings
 * than --max-warnings), else 0.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import type { Syntax } from '../compile.js';
import type { Language } from '../diagnostics/language.js';
import type { CsvDelimiter, CsvTable, OutputFormat } from '../emit/formats.js';
import { colorEnabled } from './color.js';
import { expandInputs, ListNotText, ListTooLarge, type Source } from './expand.js';
import { STDIN } from './inputs.js';
import { CliFailure, ExitCode, worst } from './exit.js';
import { closedSignal, readAtMost, whenWritable, type Io, type OutputStream } from './io.js';
import { failedResult, tooLarge, type Job, type JobOptions, type JobResult } from './job.js';
import { messagesFor, type Messages } from './messages.js';
import { describeError, isStdout, openOutputFile, refuseOverwritingInputs, type OutputFile } from './output.js';
import { InOrder } from './in-order.js';
import { Interrupt } from './interrupt.js';
import { runJobs, threadsFor } from './pool.js';
import type { ResultCache } from './cache.js';
import { Progress } from './progress.js';
import { DEFAULT_CACHE_FILE, DEFAULT_MAX_SIZE, DEFAULT_WORKER_MEMORY } from './limits.js';
import { loadReporter, type ReporterName, type Totals } from './reporters/reporter.js';
import { packageVersion } from './version.js';

export interface BatchOptions {
  readonly lang: Language;
  readonly syntax: Syntax;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly maxWarnings?: number;
  readonly jobs?: number;
  readonly reporter?: ReporterName;
  readonly filesFrom?: string;
  /** Patterns of the files to leave out (--ignore). */
  readonly ignore?: readonly string[];
  /** `parse` prints plans; `check` only diagnostics. */
  readonly emit: boolean;
  readonly format?: OutputFormat;
  readonly table?: CsvTable;
  readonly bom?: boolean;
  readonly delimiter?: CsvDelimiter;
  readonly decimalComma?: boolean;
  readonly output?: string;
  readonly outDir?: string;
  /** A one-line count of the diagnostics after each file (`check`, text reporter). */
  readonly perFileSummary?: boolean;
  /** Files larger than this many bytes are refused. */
  readonly maxSize?: number;
  /** Each worker's heap, in bytes (--worker-memory). */
  readonly workerMemory?: number;
  /** --cache: skip the documents unchanged since the last run; `cacheLocation` is its file (it implies --cache). */
  readonly cache?: boolean;
  readonly cacheLocation?: string;
}

const EXTENSION: Record<OutputFormat, string> = { json: '.json', yaml: '.yaml', csv: '.csv', ndjson: '.ndjson' };

export async function runBatch(args: readonly string[], options: BatchOptions, io: Io): Promise<ExitCode> {
  const messages = messagesFor(options.lang);
  const format = options.format ?? 'json';
  if (args.length === 0 && !options.filesFrom) throw new CliFailure(messages.noInput);
  if (options.filesFrom === STDIN && args.includes(STDIN)) throw new CliFailure(messages.stdinTwice);
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const { sources, missing, empty, ignored, collective } = await expandInputs(args, options.filesFrom, io, maxSize, options.ignore).catch((error: unknown) => {
    // Reading the --files-from list is what can fail here; anything else is a bug, said as one.
    if (options.filesFrom === undefined) throw error;
    const reason = error instanceof ListNotText
      ? messages.listNotText(error.offset)
      : error instanceof ListTooLarge
        ? tooLarge(error.size, maxSize, messages)
        : describeError(error, messages, true);
    throw new CliFailure(messages.cannotRead(options.filesFrom ?? '', reason));
  });
  let exitCode: ExitCode = ExitCode.ok;
  for (const problem of [...missing.map(messages.matchedNothing), ...empty.map(messages.noPlanFiles)]) {
    io.stderr.write(`kehoach: ${problem}\n`);
    exitCode = ExitCode.failure;
  }
  if (options.emit && options.outDir && statSync(resolve(io.cwd, options.outDir), { throwIfNoEntry: false })?.isDirectory() === false) {
    throw new CliFailure(messages.cannotWrite(options.outDir, messages.notAFolder));
  }
  const toFile = options.emit && !options.outDir && !isStdout(options.output);
  const inputNames = sources.flatMap((s) => (s.path ? [s.name] : []));
  if (toFile) refuseOverwritingInputs(options.output!, inputNames, io, messages);
  const cacheFile = cacheFileOf(options);
  if (cacheFile !== null && options.emit && !options.outDir) throw new CliFailure(messages.cacheNeedsOutDir);
  if (cacheFile !== null) refuseOverwritingInputs(cacheFile, inputNames, io, messages);

  const perJob = jobOptions(options, format, maxSize);
  const cache = cacheFile === null ? null : await loadCache(resolve(io.cwd, cacheFile), perJob);
  const jobs = withCached(await buildJobs(sources, options, perJob, io, messages), cache);
  // Diagnostics for people go to standard error; reports for programs (json, sarif, github) to standard output when it carries no plans.
  const reporterName = options.reporter ?? 'text';
  const reportTo = reporterName !== 'text' && (!options.emit || Boolean(options.outDir) || toFile) ? io.stdout : io.stderr;
  const reporter = await loadReporter(reporterName, {
    color: reporterName === 'text' && colorEnabled(reportTo, io.env),
    version: packageVersion(),
    env: io.env,
    cwd: io.cwd,
  });
  const sheetHeader = await csvHeader(format, options);
  // -o FILE: the stream goes to a temporary file as it comes, renamed into place at the end; removed if the batch stops short.
  const file = toFile ? openOutput(options.output!, io, messages) : null;
  /** Stops the batch when no output can be written any more (a full disk): compiling the rest would be wasted. */
  const halt = new AbortController();
  try {
    // One file named gives its plan alone; anything that may name several (a folder, a pattern, a list) gives a JSON array,
    // however many files it holds, so that a script reads the same shape whether the folder holds one plan or forty.
    const many = sources.length > 1 || args.length > 1 || Boolean(options.filesFrom) || collective;
    const stream = options.emit && !options.outDir
      ? new Stream(format, many, sheetHeader, (text) => {
        if (!file) io.stdout.write(text);
        // A write to -o that failed fails the whole file (said when it would have been committed): nothing more is compiled for it.
        else if (!file.write(text)) halt.abort();
      })
      : null;
    const progress = new Progress(io.stderr, jobs.length, !options.quiet, messages.timeLeft);
    const totals = { files: 0, failed: 0, errors: 0, warnings: 0, infos: 0, withWarnings: 0, unchanged: 0 };

    /** One document's result, in input order: counted, its failure said, its plan streamed, its diagnostics reported. */
    const deliver = (ready: JobResult): void => {
      const counts = count(ready);
      totals.files++;
      if (ready.failure) {
        totals.failed++;
        exitCode = ExitCode.failure;
        progress.clear();
        io.stderr.write(`kehoach: ${ready.failure}\n`);
        if (ready.stack && io.env.KEHOACH_DEBUG) io.stderr.write(`${ready.stack}\n`);
      }
      totals.errors += counts.error;
      totals.warnings += counts.warning;
      totals.infos += counts.info;
      // "N converted (M with warnings)": a document whose output could not be written is among the failed, not the converted.
      if (counts.warning > 0 && !ready.failure) totals.withWarnings++;
      if (counts.error > 0 || (options.strict && counts.warning > 0)) exitCode = worst(exitCode, ExitCode.documentErrors);
      if (ready.unchanged) totals.unchanged++;
      const job = jobs[ready.index];
      if (cache && job && !('failure' in job)) cache.record(job, ready);
      if (ready.output !== null) stream?.add(ready.output);
      // --quiet silences what people read; a report for a program is the output asked for.
      if (reporterName !== 'text' || !options.quiet) {
        const report = reporter.file(ready);
        if (report) {
          progress.clear();
          reportTo.write(report);
        }
      }
      if (!options.quiet && !ready.failure && options.perFileSummary && reporterName === 'text') {
        io.stderr.write(messages.summary(ready.name, counts.error, counts.warning, counts.info) + '\n');
      }
    };
    const inOrder = new InOrder(deliver);
    let finished = 0;
    /** Set when an output could not be written for a reason that stops every other (a full disk): the batch stops. */
    let cannotWrite: string | null = null;
    const take = (result: JobResult): void => {
      finished++;
      progress.tick();
      inOrder.add(result);
      if (result.stopsBatch && cannotWrite === null) {
        cannotWrite = result.stopsBatch;
        halt.abort();
      }
    };
    // The documents refused before compiling (an output path they may not have) take their turn in input order, holding up no other.
    for (const failed of jobs.filter((j): j is JobResult => 'failure' in j)) take(failed);
    const runnable = jobs.filter((j): j is Job => !('failure' in j));
    const interrupt = new Interrupt();
    try {
      // What each document adds to a stream (its plan on standard output, its diagnostics or report) waits for a slow reader,
      // rather than be held in memory; when standard output carries plans or a report, the batch stops if its reader goes away.
      const toStdout = stream !== null && !file;
      const paced = new Set([reportTo, io.stderr]);
      if (toStdout) paced.add(io.stdout);
      const room = roomIn([...paced]);
      const readerGone = toStdout || reportTo === io.stdout ? [closedSignal(io.stdout)] : [];
      const stop = AbortSignal.any([interrupt.signal, halt.signal, ...readerGone]);
      // Threads for the documents to compile: one the cache holds is most likely unchanged, a read and a hash.
      const threads = threadsFor(runnable.filter((job) => job.cached === undefined).length, options.jobs, availableParallelism());
      const workerMemoryMb = Math.ceil((options.workerMemory ?? DEFAULT_WORKER_MEMORY) / 2 ** 20);
      const outOfMemory = (job: Job): JobResult => failedResult(job, messages.outOfMemory(job.name, workerMemoryMb, !options.emit));
      await runJobs(runnable, perJob, threads, take, { stop, room, workerMemoryMb, outOfMemory });
    } finally {
      interrupt.dispose();
    }
    progress.clear();
    // What the documents delivered so far taught the cache is kept, however the batch ended.
    if (cache) saveCache(cache, cacheFile!, io, messages);
    if (interrupt.received) {
      // What was converted stays (each file whole); a stream or -o file is left unfinished or unwritten.
      io.stderr.write(`kehoach: ${messages.interrupted(interrupt.received, finished, jobs.length, !options.emit)}\n`);
      return interrupt.exitCode!;
    }
    if (cannotWrite !== null) io.stderr.write(`kehoach: ${messages.stoppedWriting(cannotWrite, finished, jobs.length)}\n`);

    // With -o, a batch in which no document converted leaves the file as it was, unless there was none to convert and
    // nothing went wrong (every file left out by --ignore): its output is then the empty array it printed.
    if (stream && (stream.count > 0 || !file || (jobs.length === 0 && exitCode === ExitCode.ok))) {
      stream.finish();
      if (file) commitOutput(file, options.output!, messages);
    }
    const ending: Totals = totals;
    if (reporterName !== 'text' || !options.quiet) {
      const end = reporter.end(ending);
      if (end) reportTo.write(end);
    }
    if (!options.quiet && jobs.length > 1) {
      io.stderr.write(`kehoach: ${messages.batchSummary(totals.files - totals.failed, totals.withWarnings, totals.failed, !options.emit)}\n`);
    }
    if (!options.quiet && cache) io.stderr.write(`kehoach: ${messages.fromCache(totals.unchanged, cacheFile!)}\n`);
    if (!options.quiet && ignored > 0) io.stderr.write(`kehoach: ${messages.ignored(ignored)}\n`);
    if (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings) exitCode = worst(exitCode, ExitCode.documentErrors);
    return exitCode;
  } finally {
    file?.abort();
  }
}

/** Null while each stream takes more text; else a promise of when the first one behind will. */
function roomIn(streams: readonly OutputStream[]): () => Promise<void> | null {
  return () => {
    for (const stream of streams) {
      const waiting = whenWritable(stream);
      if (waiting) return waiting;
    }
    return null;
  };
}

async function loadCache(path: string, options: JobOptions): Promise<ResultCache> {
  const { ResultCache, fingerprintOf } = await import('./cache.js');
  return ResultCache.load(path, fingerprintOf(options));
}

/** Each job with what the cache holds for it. */
function withCached(jobs: (Job | JobResult)[], cache: ResultCache | null): (Job | JobResult)[] {
  if (!cache) return jobs;
  return jobs.map((job) => {
    if ('failure' in job) return job;
    const cached = cache.lookup(job);
    return cached ? { ...job, cached } : job;
  });
}

/** A cache that cannot be written costs the next run its time, not this run its results: said, and the exit code kept. */
function saveCache(cache: ResultCache, location: string, io: Io, messages: Messages): void {
  try {
    cache.save();
  } catch (error) {
    io.stderr.write(`kehoach: ${messages.cannotSaveCache(location, describeError(error, messages))}\n`);
  }
}

/** The temporary file of -o FILE, made before any document is compiled: a path that cannot be written stops the batch at once. */
function openOutput(target: string, io: Io, messages: Messages): OutputFile {
  const path = resolve(io.cwd, target);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new CliFailure(messages.cannotWrite(target, messages.isDirectory));
  try {
    return openOutputFile(path);
  } catch (error) {
    throw new CliFailure(messages.cannotWrite(target, describeError(error, messages)));
  }
}

function commitOutput(file: OutputFile, target: string, messages: Messages): void {
  try {
    file.commit();
  } catch (error) {
    throw new CliFailure(messages.cannotWrite(target, describeError(error, messages)));
  }
}

/** The header row of a CSV sheet: the emitter's sheet of no plans. */
async function csvHeader(format: OutputFormat, options: BatchOptions): Promise<string> {
  if (format !== 'csv') return '';
  const { emitCsv } = await import('../emit/csv.js');
  return (options.bom ? '\uFEFF' : '') + emitCsv([], options.table ?? 'targets', { delimiter: options.delimiter });
}

function count(result: JobResult): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of result.diagnostics) counts[d.severity]++;
  return counts;
}

function jobOptions(options: BatchOptions, format: OutputFormat, maxSize: number): JobOptions {
  return {
    syntax: options.syntax,
    lang: options.lang,
    format,
    table: options.table ?? 'targets',
    bom: options.bom ?? false,
    delimiter: options.delimiter ?? ',',
    decimalComma: options.decimalComma ?? false,
    emit: options.emit,
    maxSize,
    cache: cacheFileOf(options) !== null,
  };
}

/** The file of --cache (as given, or the default), or null without it: --cache-location implies --cache. */
function cacheFileOf(options: BatchOptions): string | null {
  return options.cache || options.cacheLocation ? options.cacheLocation ?? DEFAULT_CACHE_FILE : null;
}

/**
 * A job per source. With --out-dir each gets its mirrored output path, which
 * must stay inside the output folder, must not be an input, and must not be
 * another document's output; a source that breaks this fails on its own.
 */
async function buildJobs(sources: Source[], options: BatchOptions, perJob: JobOptions, io: Io, messages: Messages): Promise<(Job | JobResult)[]> {
  const inputs = new Set(sources.flatMap((s) => (s.path ? [s.path] : [])));
  const outRoot = options.outDir ? resolve(io.cwd, options.outDir) : null;
  const taken = new Map<string, string>();
  // Standard input has no size to check first: it is read up to the limit, and refused past it.
  const stdin = sources.some((s) => s.path === null) ? await readAtMost(io.stdin, perJob.maxSize) : null;
  return sources.map((source, index): Job | JobResult => {
    let outPath: string | null = null;
    if (outRoot && options.emit) {
      outPath = resolve(outRoot, source.mirror + EXTENSION[perJob.format]);
      const problem = !outPath.startsWith(outRoot + sep)
        ? messages.outsideOutDir(outPath)
        : inputs.has(outPath)
          ? messages.overwritesInput(source.name)
          : taken.has(outPath)
            ? messages.sameOutput(source.name, taken.get(outPath)!)
            : null;
      if (problem) return failedResult({ index, name: source.name, path: source.path }, problem);
      taken.set(outPath, source.name);
    }
    if (source.path === null && !stdin?.bytes) return failedResult({ index, name: source.name, path: null }, messages.cannotRead(source.name, tooLarge(stdin!.size, perJob.maxSize, messages)));
    return {
      index,
      path: source.path,
      ...(source.path === null ? { bytes: stdin!.bytes! } : {}),
      name: source.name,
      file: source.path === null ? null : source.name,
      outPath,
    };
  });
}

/**
 * The one output stream of a batch without --out-dir: a JSON object, or a
 * JSON array of them; NDJSON lines; YAML documents; one CSV sheet with a
 * single header. Pieces arrive in input order and go straight to the sink.
 */
class Stream {
  count = 0;

  constructor(
    private readonly format: OutputFormat,
    private readonly many: boolean,
    private readonly csvHeader: string,
    private readonly sink: (text: string) => void,
  ) {}

  add(piece: string): void {
    this.sink(this.frame(piece));
    this.count++;
  }

  /** Closes a JSON array; an empty batch is an empty array. */
  finish(): void {
    if (this.format === 'json' && this.many) this.sink(this.count === 0 ? '[]\n' : '\n]\n');
  }

  private frame(piece: string): string {
    const first = this.count === 0;
    switch (this.format) {
      case 'json':
        return this.many ? (first ? '[\n' : ',\n') + piece.trimEnd().replace(/^/gm, '  ') : piece;
      case 'yaml':
        return first ? piece : `---\n${piece}`;
      case 'csv':
        return first ? this.csvHeader + piece : piece;
      case 'ndjson':
        return piece;
    }
  }
}
