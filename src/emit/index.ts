/**
 * The output formats and the one entry point the CLI calls.
 *
 * JSON prints the plan object itself when there is one plan and an array of
 * plans otherwise; NDJSON and YAML write one plan per line / document; CSV
 * writes one table (`options.table`) of all plans as a single sheet.
 */
import type { Plan } from '../model/schema.js';
import { CSV_TABLES, emitCsv } from './csv.js';
import type { CsvDelimiter, CsvTable } from './csv.js';
import { emitJson, emitJsonArray } from './json.js';
import { emitNdjson } from './ndjson.js';
import { emitYaml } from './yaml.js';
import { OUTPUT_FORMATS, type OutputFormat } from './formats.js';

export { CSV_TABLES, emitCsv, emitJson, emitJsonArray, emitNdjson, emitYaml };
export type { CsvDelimiter, CsvTable };

export { OUTPUT_FORMATS };
export type { OutputFormat };

export interface EmitOptions {
  /** The table to write as CSV; required for the csv format. */
  table?: CsvTable;
  /** CSV only: start with a UTF-8 byte order mark. */
  bom?: boolean;
  /** CSV only: the field separator (default: a comma). */
  delimiter?: CsvDelimiter;
  /** CSV only: numbers with a decimal comma (97,5). */
  decimalComma?: boolean;
}

export async function emit(plans: Plan[], format: OutputFormat, options: EmitOptions = {}): Promise<string> {
  switch (format) {
    case 'json':
      return plans.length === 1 ? emitJson(plans[0]!) : emitJsonArray(plans);
    case 'ndjson':
      return emitNdjson(plans);
    case 'yaml':
      return emitYaml(plans);
    case 'csv':
      if (!options.table) {
        throw new Error(`CSV output needs a table: one of ${CSV_TABLES.join(', ')}`);
      }
      return emitCsv(plans, options.table, { bom: options.bom ?? false, delimiter: options.delimiter, decimalComma: options.decimalComma });
  }
}
