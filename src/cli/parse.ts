/**
 * `kehoach parse <input...>`: compile documents and print the plans as JSON,
 * YAML, CSV or NDJSON, on stdout or into a file (-o).
 *
 * Several inputs: JSON prints an array (an array whenever several inputs were
 * named, even if only one could be read, so a script sees one shape), NDJSON
 * one line per plan, YAML one document per plan, CSV one sheet with the rows
 * of every plan. Files that cannot be read are skipped and reported; nothing
 * is written when no input could be read.
 *
 * The emitters are loaded only once there is something to emit: they bring
 * the zod schema (key order, CSV columns) and, for YAML, the yaml package.
 */
import type { Syntax } from '../compile.js';
import type { Language } from '../diagnostics/language.js';
import type { CsvTable, OutputFormat } from '../emit/formats.js';
import type { Plan } from '../model/schema.js';
import { compileBatch } from './batch.js';
import type { ExitCode } from './exit.js';
import type { Io } from './io.js';
import { messagesFor } from './messages.js';
import { isStdout, refuseOverwritingInputs, writeOutput } from './output.js';

export interface ParseOptions {
  readonly format: OutputFormat;
  readonly output?: string;
  readonly table: CsvTable;
  readonly bom?: boolean;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  readonly lang: Language;
  readonly syntax: Syntax;
}

export async function runParse(inputs: readonly string[], options: ParseOptions, io: Io): Promise<ExitCode> {
  const messages = messagesFor(options.lang);
  if (!isStdout(options.output)) refuseOverwritingInputs(options.output!, inputs, io, messages);

  const batch = await compileBatch(inputs, { ...options, summary: false }, io);
  if (batch.plans.length === 0) return batch.exitCode;

  const text = await render(batch.plans, inputs.length > 1, options);
  await writeOutput(text, options.output, io, messages);
  return batch.exitCode;
}

async function render(plans: Plan[], batch: boolean, options: ParseOptions): Promise<string> {
  const { emit, emitJsonArray } = await import('../emit/index.js');
  if (options.format === 'json' && batch) return emitJsonArray(plans);
  return emit(plans, options.format, { table: options.table, bom: options.bom ?? false });
}
