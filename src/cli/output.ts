/**
 * Writing the result: to stdout, or with `-o FILE` to a file, atomically.
 *
 * The text goes to a temporary file in the target's directory, which is then
 * renamed over the target: a reader never sees half a file, and a failed run
 * leaves the old file as it was. An existing target keeps its permissions.
 *
 * The output may never replace one of the inputs (`parse a.txt -o a.txt`
 * would destroy the document): that is refused before anything is read,
 * comparing paths and, for files that exist, device and inode, so links and
 * different spellings of one path are caught too.
 */
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CliFailure, ExitCode } from './exit.js';
import { STDIN } from './inputs.js';
import type { Io } from './io.js';
import type { Messages } from './messages.js';

/** `-o -` or no -o at all: standard output. */
export function isStdout(target: string | undefined): boolean {
  return target === undefined || target === STDIN;
}

/** Throws a usage failure when `target` is one of the input files. */
export function refuseOverwritingInputs(target: string, inputs: readonly string[], io: Io, messages: Messages): void {
  const targetPath = resolve(io.cwd, target);
  const targetStats = statOrNull(targetPath);
  for (const input of inputs) {
    if (input === STDIN) continue;
    const inputPath = resolve(io.cwd, input);
    const inputStats = targetStats ? statOrNull(inputPath) : null;
    if (inputPath === targetPath || (targetStats && inputStats && sameFile(targetStats, inputStats))) {
      throw new CliFailure(messages.overwritesInput(input), ExitCode.failure);
    }
  }
}

/**
 * Writes a whole file at once: atomically, or to a device or pipe as it is
 * (see openOutputFile). Synchronous on purpose: a batch writes from worker
 * threads, or one file at a time, and a thread-pool round trip per call costs
 * more than the call.
 */
export function writeWholeFile(path: string, text: string): void {
  const file = openOutputFile(path);
  file.write(text);
  file.commit();
}

/** Where -o writes, piece by piece: `commit` when the batch is done, `abort` when it stops short. */
export interface OutputFile {
  /** Appends text; false once a write has failed (the failure is thrown by `commit`), when nothing more is written. */
  write(text: string): boolean;
  commit(): void;
  abort(): void;
}

/**
 * The output of -o PATH. A file (or what is not there yet) is written
 * atomically; through a symbolic link, the file it points to, and the link
 * stays. A device or a pipe (/dev/null, /dev/stdout, a named pipe) is written
 * to as it is: renaming a file over it would put a file in its place, and as
 * root would replace /dev/null itself.
 */
export function openOutputFile(path: string): OutputFile {
  // one call for what is nearly always there: nothing yet, or a file
  const entry = lstatSync(path, { throwIfNoEntry: false });
  if (!entry || entry.isFile()) return AtomicFile.open(path);
  const target = statSync(path, { throwIfNoEntry: false });
  if (target && !target.isFile() && !target.isDirectory()) return new DeviceFile(openSync(path, 'w'));
  return AtomicFile.open(entry.isSymbolicLink() && target ? realpathSync.native(path) : path);
}

/** Writes all of `text` to `fd`: a string without a buffer of its own; a short write (a full disk) sends the rest as bytes. */
function writeWhole(fd: number, text: string): void {
  const written = writeSync(fd, text);
  if (written === Buffer.byteLength(text)) return;
  const bytes = Buffer.from(text);
  for (let done = written; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/** An open output that keeps its first failed write: nothing more is written, and `commit` throws it. */
abstract class OpenOutput implements OutputFile {
  protected failure: unknown = null;
  private fd: number | null;

  protected constructor(fd: number) {
    this.fd = fd;
  }

  write(text: string): boolean {
    if (this.fd === null || this.failure !== null) return false;
    try {
      writeWhole(this.fd, text);
      return true;
    } catch (error) {
      this.failure = error;
      return false;
    }
  }

  abstract commit(): void;
  abstract abort(): void;

  protected close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    closeSync(fd);
  }
}

/** A device or pipe written as the text comes: nothing to put in place, nothing to take back. */
class DeviceFile extends OpenOutput {
  constructor(fd: number) {
    super(fd);
  }

  commit(): void {
    this.close();
    if (this.failure !== null) throw this.failure;
  }

  abort(): void {
    this.close();
  }
}

/** Temporary files this thread has opened: the last part of their names. */
let temporaries = 0;
/** Names a new temporary file tries before giving up. */
const MAX_ATTEMPTS = 100;

/**
 * A file written piece by piece into a temporary file beside its target,
 * then renamed over it (`commit`), or removed (`abort`): a batch's one output
 * (-o FILE) goes to disk as it is produced, not held in memory, and a reader
 * never sees half of it. A failed write is kept and thrown by `commit`.
 */
export class AtomicFile extends OpenOutput {
  private settled = false;

  private constructor(readonly path: string, readonly temporary: string, fd: number) {
    super(fd);
  }

  /**
   * Creates the temporary file: what would stop the write (no such folder, no permission) is thrown now. Its name
   * is unique to this process, thread and file; one left behind by a crashed run of the same process id is
   * stepped over rather than reused.
   */
  static open(path: string): AtomicFile {
    for (let attempt = 1; ; attempt++) {
      const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}-${++temporaries}.tmp`);
      try {
        return new AtomicFile(path, temporary, openSync(temporary, 'wx'));
      } catch (error) {
        // A folder that says every name exists is no place to write either.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Puts the file in place (an existing target keeps its permissions); on failure removes it and throws. */
  commit(): void {
    try {
      if (this.failure !== null) throw this.failure;
      this.close();
      const existing = statSync(this.path, { throwIfNoEntry: false });
      if (existing) chmodSync(this.temporary, existing.mode & 0o7777);
      renameSync(this.temporary, this.path);
      this.settled = true;
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** Removes the temporary file; the target is left as it was. Nothing after `commit`. */
  abort(): void {
    if (this.settled) return;
    this.settled = true;
    try {
      this.close();
    } catch {
      // The descriptor is lost either way; the file still goes.
    }
    try {
      unlinkSync(this.temporary);
    } catch {
      // It is gone already.
    }
  }
}

/** Folders this thread has made or found: a batch mirrors many files into few folders. */
const madeFolders = new Set<string>();

/** Makes the folder a file goes in, and its parents, once per folder. */
export function ensureFolderOf(path: string): void {
  const folder = dirname(path);
  if (madeFolders.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  madeFolders.add(folder);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** A failed read or write in the user's words. */
export function describeError(error: unknown, messages: Messages, reading = false): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return reading ? messages.noSuchFile : messages.noSuchDirectory;
  if (code === 'EISDIR') return messages.isDirectory;
  if (code === 'EACCES' || code === 'EPERM') return messages.permissionDenied;
  if (code === 'ENOSPC' || code === 'EDQUOT') return messages.noSpace;
  if (code === 'EROFS') return messages.readOnly;
  return error instanceof Error ? error.message : String(error);
}

/** A full disk or quota, or a read-only file system: no later write there can succeed either. */
export function stopsAllWrites(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS';
}
