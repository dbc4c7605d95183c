/**
 * `--cache`: what a batch learnt of each document, kept in a file between
 * runs, so that a CI job converting a folder on every commit compiles only
 * the plans that changed. A document is taken from the cache when its bytes
 * hash as they did, it is named and sent to the output it was, and (with
 * --out-dir) its output file is still there at the size it was written; its
 * diagnostics are then reported again as they were, so exit codes and
 * reports are those of a full run.
 *
 * Everything that could change a result is in the cache's fingerprint: the
 * options that shape the output and the messages, and the compiler itself
 * (its code and its grammar, read from disk). A cache made under another
 * fingerprint, or one that cannot be read, is started afresh, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../model/schema.js';
import type { Job, JobOptions, JobResult } from './job.js';
import { writeWholeFile } from './output.js';
import { packageVersion } from './version.js';

/** What a document's run left behind, enough to report it again without compiling it. */
export interface CachedResult {
  /** The SHA-1 of the document's bytes. */
  readonly hash: string;
  /** The size of the output file written (--out-dir), or null for `check`. */
  readonly outSize: number | null;
  readonly diagnostics: Diagnostic[];
  readonly excerpts: Record<number, string>;
}

interface Entry extends CachedResult {
  /** What the plan recorded as its file, and where its output went: a document named otherwise is compiled again. */
  readonly file: string | null;
  readonly out: string | null;
}

interface Stored {
  readonly fingerprint: string;
  readonly entries: Record<string, Entry>;
}

export class ResultCache {
  private constructor(
    readonly path: string,
    private readonly fingerprint: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** The cache at `path` if it was made under `fingerprint`; else an empty one that will replace it. */
  static load(path: string, fingerprint: string): ResultCache {
    let entries = new Map<string, Entry>();
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<Stored> | null;
      if (stored?.fingerprint === fingerprint && stored.entries && typeof stored.entries === 'object') {
        entries = new Map(Object.entries(stored.entries));
      }
    } catch {
      // No cache yet, or one that is not JSON: start afresh.
    }
    return new ResultCache(path, fingerprint, entries);
  }

  /** What the last run left for this job, when it was named and sent to its output as now. */
  lookup(job: Job): CachedResult | undefined {
    const entry = job.path === null ? undefined : this.entries.get(job.path);
    if (!entry || entry.file !== job.file || entry.out !== job.outPath) return undefined;
    return { hash: entry.hash, outSize: entry.outSize, diagnostics: entry.diagnostics, excerpts: entry.excerpts };
  }

  /** Keeps a converted document's result; a failed one is forgotten, so that it is tried again. */
  record(job: Job, result: JobResult): void {
    if (job.path === null) return;
    if (result.failure !== null || result.hash === undefined) {
      this.entries.delete(job.path);
      return;
    }
    this.entries.set(job.path, {
      hash: result.hash,
      outSize: result.outSize ?? null,
      diagnostics: result.diagnostics,
      excerpts: result.excerpts,
      file: job.file,
      out: job.outPath,
    });
  }

  /** Writes the cache (atomically: a run stopped halfway leaves the last whole one), forgetting the documents that are gone. */
  save(): void {
    for (const path of this.entries.keys()) if (!existsSync(path)) this.entries.delete(path);
    const stored: Stored = { fingerprint: this.fingerprint, entries: Object.fromEntries(this.entries) };
    writeWholeFile(this.path, JSON.stringify(stored) + '\n');
  }
}

/** The SHA-1 of a document's bytes: what tells a changed document from an unchanged one. */
export function hashOf(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** A cache is good for runs with the same options and the same compiler: its version, code and grammar. */
export function fingerprintOf(options: JobOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: packageVersion(), options }));
  // This module sits in src/cli or dist/cli: the code is the folder above, the grammar beside that one.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const code = fileURLToPath(new URL('..', import.meta.url));
  for (const file of [...filesIn(code, /\.(js|ts)$/), ...filesIn(join(root, 'grammar'), /\.json$/)]) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

function filesIn(folder: string, name: RegExp): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && name.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** Whether an output written last time is still there, at the size it was written. */
export function outputIntact(path: string | null, size: number | null): boolean {
  if (path === null) return size === null;
  return statSync(path, { throwIfNoEntry: false })?.size === size;
}
