/**
 * A document's bytes from its path, within --max-size. A regular file is read
 * synchronously, in one call: jobs run in worker threads or one at a time,
 * where waiting on the thread pool for each of open, stat, read and close
 * costs more than the calls. Anything else a path can name (a named pipe, the
 * pipe of `<(command)`, a terminal, /dev/zero) has no size to check first and
 * may have no end, or no writer yet: it is opened without waiting for one and
 * read in chunks, the thread yielding between them, until it ends or runs past
 * the limit. A named pipe is waited on until a writer sends something, as
 * `cat` waits; an endless device is refused at the limit; and the wait ends
 * when `stop` is aborted (Ctrl-C), the thread being free to hear it.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The bytes read, or null when there were more than the limit; `size` is then the file's, or Infinity for a stream. */
export interface Input {
  readonly bytes: Uint8Array | null;
  readonly size: number;
}

/** A stream read a chunk at a time. */
const CHUNK = 64 * 1024;

/** How long to wait before reading again a stream that has nothing yet. */
const POLL_MS = 10;

/** Thrown when `stop` ends the wait for a stream's data. */
export class StoppedReading extends Error {
  constructor() {
    super('stopped while waiting for data');
  }
}

export async function readInput(path: string, maxSize: number, stop?: AbortSignal): Promise<Input> {
  // O_NONBLOCK changes nothing for a file; without it, opening a named pipe waits for a writer, in a system call no
  // signal gets the thread out of.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    // (a folder is read too, so that it fails as a file cannot: EISDIR)
    // A named pipe is one on the disk; the pipe of `<(command)` is reached through a link (/dev/fd/63), its writer there from the start.
    if (!stats.isFile() && !stats.isDirectory()) return await readStream(fd, maxSize, stats.isFIFO() && lstatSync(path).isFIFO(), stop);
    return stats.size > maxSize ? { bytes: null, size: stats.size } : { bytes: readFileSync(fd), size: stats.size };
  } finally {
    closeSync(fd);
  }
}

/**
 * A stream's bytes. Reading nothing means the end, except from a named pipe
 * before its first bytes: its writer may not have opened it yet.
 */
async function readStream(fd: number, maxSize: number, namedPipe: boolean, stop?: AbortSignal): Promise<Input> {
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, buffer, 0, CHUNK, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      count = -1;
    }
    if (count > 0) {
      size += count;
      if (size > maxSize) return { bytes: null, size: Infinity };
      chunks.push(Buffer.from(buffer.subarray(0, count)));
      continue;
    }
    if (count === 0 && !(namedPipe && size === 0)) return { bytes: Buffer.concat(chunks, size), size };
    if (stop?.aborted) throw new StoppedReading();
    await sleep(POLL_MS);
  }
}
