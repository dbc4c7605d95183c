/**
 * `kehoach parse <input...>`: compile documents and print their plans — to
 * standard output, to one file (-o), or a file per document (--out-dir).
 */
import type { CsvTable, OutputFormat } from '../emit/formats.js';
import { runBatch, type BatchOptions } from './batch.js';
import type { ExitCode } from './exit.js';
import type { Io } from './io.js';

export interface ParseOptions extends Omit<BatchOptions, 'emit' | 'format' | 'table'> {
  readonly format: OutputFormat;
  readonly table: CsvTable;
}

export function runParse(inputs: readonly string[], options: ParseOptions, io: Io): Promise<ExitCode> {
  return runBatch(inputs, { ...options, emit: true }, io);
}
