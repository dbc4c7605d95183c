/**
 * `kehoach check <input...>`: compile documents for their diagnostics only.
 * Nothing goes to stdout; stderr gets each diagnostic with its source excerpt
 * and, unless --quiet, a one-line count per file. Exit codes as for `parse`.
 */
import type { Syntax } from '../compile.js';
import type { Language } from '../diagnostics/language.js';
import { compileBatch } from './batch.js';
import type { ExitCode } from './exit.js';
import type { Io } from './io.js';

export interface CheckOptions {
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly lang: Language;
  readonly syntax: Syntax;
}

export async function runCheck(inputs: readonly string[], options: CheckOptions, io: Io): Promise<ExitCode> {
  const batch = await compileBatch(inputs, { ...options, summary: true }, io);
  return batch.exitCode;
}
