/**
 * One document's work in a batch, the same in the main thread and in a
 * worker: read, decode, compile, then either write the output file (with
 * --out-dir) or hand back the document's piece of the standard-output stream.
 * What comes back is small and cloneable: diagnostics, the source lines they
 * point at, and counts.
 */
import { compile, decodeInput, type Syntax } from '../compile.js';
import type { Language } from '../diagnostics/language.js';
import type { CsvDelimiter, CsvTable, OutputFormat } from '../emit/formats.js';
import type { Diagnostic, Plan } from '../model/schema.js';
import { splitLines } from '../reader/source.js';
import { messagesFor, type Messages } from './messages.js';
import type { CachedResult } from './cache.js';
import { describeError, ensureFolderOf, stopsAllWrites, writeWholeFile } from './output.js';
import { readInput, StoppedReading } from './read-input.js';

export interface JobOptions {
  readonly syntax: Syntax;
  readonly lang: Language;
  readonly format: OutputFormat;
  readonly table: CsvTable;
  readonly bom: boolean;
  readonly delimiter: CsvDelimiter;
  readonly decimalComma: boolean;
  /** Whether this run prints plans at all (`parse`) or only diagnostics (`check`). */
  readonly emit: boolean;
  /** Files larger than this many bytes are refused (--max-size). */
  readonly maxSize: number;
  /** --cache: hash each document, and skip one whose bytes match what `Job.cached` says. */
  readonly cache: boolean;
}

export interface Job {
  readonly index: number;
  /** Absolute path, or null for standard input (its bytes then come in `bytes`). */
  readonly path: string | null;
  readonly bytes?: Uint8Array;
  /** How messages name the input. */
  readonly name: string;
  /** What the plan records as its file. */
  readonly file: string | null;
  /** With --out-dir: where this document's output goes. */
  readonly outPath: string | null;
  /** With --cache: what the last run left for this document, used if its bytes have not changed. */
  readonly cached?: CachedResult;
}

export interface JobResult {
  readonly index: number;
  readonly name: string;
  /** The file's absolute path, or null for standard input. */
  readonly path: string | null;
  /** A failure to read or write: one line, exit code 2. */
  readonly failure: string | null;
  /** Why no later output can be written either (a full disk), when that is why this one was not: the batch stops. */
  readonly stopsBatch?: string;
  readonly diagnostics: Diagnostic[];
  /** The source lines the diagnostics point at, by line number, for excerpts. */
  readonly excerpts: Record<number, string>;
  /** This document's piece of the standard-output stream. */
  readonly output: string | null;
  /** With --cache: the hash of the document's bytes and the size of its output file, for the next run. */
  readonly hash?: string;
  readonly outSize?: number;
  /** With --cache: taken from the cache, not compiled (its bytes had not changed, and its output was still there). */
  readonly unchanged?: boolean;
  /** The stack of a bug met converting this document, shown under KEHOACH_DEBUG. */
  readonly stack?: string;
}

type Named = Pick<Job, 'index' | 'name' | 'path'>;

/** The result of a document that could not be converted: the one line that says why, and nothing else. */
export function failedResult(job: Named, failure: string): JobResult {
  return resultOf(job, { failure });
}

function resultOf(job: Named, fields: Partial<JobResult>): JobResult {
  return { index: job.index, name: job.name, path: job.path, failure: null, diagnostics: [], excerpts: {}, output: null, ...fields };
}

/** `stop` ends the wait for a pipe's data (Ctrl-C). */
export async function runJob(job: Job, options: JobOptions, stop?: AbortSignal): Promise<JobResult> {
  const messages = messagesFor(options.lang);
  const result = (fields: Partial<JobResult>): JobResult => resultOf(job, fields);
  let bytes: Uint8Array;
  try {
    const input = job.bytes ? { bytes: job.bytes, size: job.bytes.length } : await readInput(job.path!, options.maxSize, stop);
    if (input.size > options.maxSize) return result({ failure: messages.cannotRead(job.name, tooLarge(input.size, options.maxSize, messages)) });
    bytes = input.bytes!;
  } catch (error) {
    const reason = error instanceof StoppedReading ? messages.stoppedReading : describeError(error, messages, true);
    return result({ failure: messages.cannotRead(job.name, reason) });
  }
  const known = options.cache ? await lookUpCache(job, bytes) : null;
  if (known?.unchanged) return result(known.unchanged);
  const hashed = known ? { hash: known.hash } : {};
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    const reason = decoded.reason === 'binary' ? messages.binary(decoded.offset) : messages.invalidUtf8(decoded.offset);
    return result({ failure: messages.cannotRead(job.name, reason) });
  }
  // compile() and the emitters throw only for a bug of kehoach's: it costs this document, and the others still convert.
  let converted: { diagnostics: Diagnostic[]; text: string | null };
  try {
    const { plan, diagnostics } = compile(decoded.text, { file: job.file, syntax: options.syntax, lang: options.lang, encoding: decoded.encoding });
    converted = { diagnostics, text: options.emit ? await render(plan, options, job.outPath !== null) : null };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    return result({ failure: messages.cannotConvert(job.name, messages.internalError(message), !options.emit), ...(stack ? { stack } : {}) });
  }
  const { diagnostics, text } = converted;
  const excerpts = excerptsOf(decoded.text, diagnostics);
  if (text === null) return result({ diagnostics, excerpts, ...hashed });
  if (job.outPath) {
    try {
      ensureFolderOf(job.outPath);
      writeWholeFile(job.outPath, text);
    } catch (error) {
      const reason = describeError(error, messages);
      return result({ diagnostics, excerpts, failure: messages.cannotWrite(job.outPath, reason), ...(stopsAllWrites(error) ? { stopsBatch: reason } : {}) });
    }
    return result({ diagnostics, excerpts, ...hashed, ...(known ? { outSize: Buffer.byteLength(text) } : {}) });
  }
  return result({ diagnostics, excerpts, output: text });
}

/**
 * With --cache: the hash of the document's bytes, and the result the cache
 * holds for it when nothing has changed since (its bytes, and its output
 * file, still there at the size it was written).
 */
async function lookUpCache(job: Job, bytes: Uint8Array): Promise<{ hash: string; unchanged: Partial<JobResult> | null }> {
  const { hashOf, outputIntact } = await import('./cache.js');
  const hash = hashOf(bytes);
  const cached = job.cached;
  if (!cached || cached.hash !== hash || !outputIntact(job.outPath, cached.outSize)) return { hash, unchanged: null };
  const outSize = cached.outSize === null ? {} : { outSize: cached.outSize };
  return { hash, unchanged: { diagnostics: cached.diagnostics, excerpts: cached.excerpts, hash, ...outSize, unchanged: true } };
}

/**
 * A document's text: a whole file with --out-dir, else its piece of the
 * stream (one NDJSON line, one YAML document, its CSV rows without the
 * header, its JSON object — the batch adds brackets and separators).
 */
async function render(plan: Plan, options: JobOptions, whole: boolean): Promise<string> {
  switch (options.format) {
    case 'json': {
      const { emitJson } = await import('../emit/json.js');
      return emitJson(plan);
    }
    case 'ndjson': {
      const { emitNdjson } = await import('../emit/ndjson.js');
      return emitNdjson([plan]);
    }
    case 'yaml': {
      const { emitYaml } = await import('../emit/yaml.js');
      return emitYaml([plan]);
    }
    case 'csv': {
      const { emitCsv } = await import('../emit/csv.js');
      return emitCsv([plan], options.table, { bom: whole && options.bom, header: whole, delimiter: options.delimiter, decimalComma: options.decimalComma });
    }
  }
}

/** Why a document over --max-size is refused: its size, or (a stream, whose size shows only as it is read) that it ran past the limit. */
export function tooLarge(size: number, maxSize: number, messages: Messages): string {
  return size === Infinity ? messages.streamTooLarge(formatSize(maxSize)) : messages.tooLarge(formatSize(size), formatSize(maxSize));
}

/** "25 MB", "512 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} bytes`;
}

function excerptsOf(text: string, diagnostics: readonly Diagnostic[]): Record<number, string> {
  if (diagnostics.length === 0) return {};
  const lines = splitLines(text);
  const out: Record<number, string> = {};
  for (const d of diagnostics) out[d.line] = lines[d.line - 1] ?? '';
  return out;
}
