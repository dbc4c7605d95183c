/**
 * `kehoach check <input...>`: compile documents for their diagnostics only.
 * Nothing but the report goes to standard output; with the text reporter
 * each file also gets a one-line count. Exit codes as for `parse`.
 */
import { runBatch, type BatchOptions } from './batch.js';
import type { ExitCode } from './exit.js';
import type { Io } from './io.js';

export type CheckOptions = Omit<BatchOptions, 'emit' | 'format' | 'table' | 'bom' | 'output' | 'outDir'>;

export function runCheck(inputs: readonly string[], options: CheckOptions, io: Io): Promise<ExitCode> {
  return runBatch(inputs, { ...options, emit: false, perFileSummary: true }, io);
}
