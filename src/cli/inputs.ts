/**
 * Reading the documents named on the command line: a path, or `-` for
 * standard input. Reading either gives the decoded text, or the one line that
 * says why there is none: missing, a directory, unreadable, or not text.
 * Bytes are decoded here, before compiling, so that binary input is a
 * failure of the file (exit 2) and not a document with errors.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeInput } from '../compile.js';
import { splitLines } from '../reader/source.js';
import { readAll, type Io } from './io.js';
import type { Messages } from './messages.js';

/** The argument that names standard input. */
export const STDIN = '-';

export interface Input {
  /** How messages name the input: the path as typed, or `<stdin>`. */
  readonly name: string;
  /** What the plan records as its file: the path as typed; null for standard input. */
  readonly file: string | null;
  /** The decoded text, byte-order mark removed. */
  readonly text: string;
  /** The text's lines as stored, for the excerpts under diagnostics. */
  readonly lines: readonly string[];
}

export type InputResult = { readonly ok: true; readonly input: Input } | { readonly ok: false; readonly message: string };

/** Reads inputs in turn; standard input is read once however often `-` is named. */
export class InputReader {
  private stdin: Promise<Uint8Array> | null = null;

  constructor(
    private readonly io: Io,
    private readonly messages: Messages,
  ) {}

  async read(argument: string): Promise<InputResult> {
    const fromStdin = argument === STDIN;
    const name = fromStdin ? '<stdin>' : argument;
    let bytes: Uint8Array;
    try {
      bytes = fromStdin ? await this.readStdin() : await readFile(resolve(this.io.cwd, argument));
    } catch (error) {
      return { ok: false, message: this.messages.cannotRead(name, this.reason(error)) };
    }
    const decoded = decodeInput(bytes);
    if (!decoded.ok) {
      const reason = decoded.reason === 'binary' ? this.messages.binary(decoded.offset) : this.messages.invalidUtf8(decoded.offset);
      return { ok: false, message: this.messages.cannotRead(name, reason) };
    }
    const input = { name, file: fromStdin ? null : argument, text: decoded.text, lines: splitLines(decoded.text) };
    return { ok: true, input };
  }

  private readStdin(): Promise<Uint8Array> {
    this.stdin ??= readAll(this.io.stdin);
    return this.stdin;
  }

  private reason(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    switch (code) {
      case 'ENOENT':
      case 'ENOTDIR':
        return this.messages.noSuchFile;
      case 'EISDIR':
        return this.messages.isDirectory;
      case 'EACCES':
      case 'EPERM':
        return this.messages.permissionDenied;
      default:
        return error instanceof Error ? error.message : String(error);
    }
  }
}
