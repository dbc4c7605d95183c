/**
 * What the command line talks to: arguments, the three standard streams, the
 * environment and the working directory. `main` receives them, so tests run
 * it in-process and nothing reaches for `process`.
 */

import type { Input } from './read-input.js';

/** Where text is written: process.stdout, or a test's collector. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Standard input: a readable stream (any async iterable of chunks), or a function giving all its bytes. */
export type InputSource = AsyncIterable<Uint8Array | string> | (() => Promise<Uint8Array>);

export interface Io {
  /** The arguments after the program name: `['parse', 'x.txt']`. */
  readonly argv: readonly string[];
  readonly stdin: InputSource;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths are resolved against this directory. */
  readonly cwd: string;
}

/** Every byte of standard input, as a file is read (readInput): none once there are more than `limit`, the rest left unread. */
export async function readAtMost(source: InputSource, limit: number): Promise<Input> {
  if (typeof source === 'function') {
    const bytes = await source();
    // refused as a stream is, whose size shows only as it is read
    return bytes.length > limit ? { bytes: null, size: Infinity } : { bytes, size: bytes.length };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > limit) return { bytes: null, size: Infinity };
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks), size };
}

/** How far a batch's output may run ahead of a slow reader, held in memory: enough to ride out a pause, not a whole batch. */
const AHEAD_BYTES = 1024 * 1024;

/**
 * Null when the stream takes more text now; else a promise of when it will:
 * its reader has fallen more than AHEAD_BYTES behind (a slow pipe), and the
 * promise waits for it to catch up, or for the stream to close. Waiting keeps
 * a batch that outruns its reader from holding its output in memory.
 */
export function whenWritable(stream: OutputStream): Promise<void> | null {
  const writable = stream as Partial<NodeJS.EventEmitter> & { writableLength?: number; destroyed?: boolean };
  const behind = writable.writableLength ?? 0;
  if (behind <= AHEAD_BYTES || writable.destroyed === true || typeof writable.once !== 'function') return null;
  return new Promise((resolve) => {
    const resume = (): void => {
      writable.off!('drain', resume);
      writable.off!('close', resume);
      resolve();
    };
    writable.once!('drain', resume);
    writable.once!('close', resume);
  });
}

/**
 * Aborted when the stream closes before the end: its reader has gone away
 * (`kehoach parse … | head`), and whatever is still to be written is wasted.
 */
export function closedSignal(stream: OutputStream): AbortSignal {
  const controller = new AbortController();
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.once === 'function') emitter.once('close', () => controller.abort());
  return controller.signal;
}

/**
 * A stream whose reader may go away (`kehoach parse … | head`): when it is a
 * Node stream, a broken pipe ends the output quietly instead of crashing.
 */
export function tolerateClosedPipe(stream: OutputStream): void {
  const emitter = stream as Partial<NodeJS.EventEmitter>;
  if (typeof emitter.on !== 'function') return;
  emitter.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}
