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
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { statSync, type Stats } from 'node:fs';
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
    await writeAtomically(path, text);
  } catch (error) {
    throw new CliFailure(messages.cannotWrite(target!, describeError(error, messages)), ExitCode.failure);
  }
}

export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const existing = await stat(path).catch(() => null);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
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
