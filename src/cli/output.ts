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
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/** Writes `text` to stdout or to the file; a failure to write is one line and exit 2. */
export async function writeOutput(text: string, target: string | undefined, io: Io, messages: Messages): Promise<void> {
  if (isStdout(target)) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, target!);
  try {
    writeAtomically(path, text);
  } catch (error) {
    throw new CliFailure(messages.cannotWrite(target!, describeError(error, messages)), ExitCode.failure);
  }
}

/**
 * Synchronous on purpose: a batch writes from worker threads, or one file at
 * a time, and a thread-pool round trip per call costs more than the call.
 */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const existing = statSync(path, { throwIfNoEntry: false });
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (existing) chmodSync(temporary, existing.mode & 0o7777);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // It was never written.
    }
    throw error;
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
  return error instanceof Error ? error.message : String(error);
}
