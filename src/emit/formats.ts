/**
 * The names of the output formats and of the CSV tables. Plain data with no
 * imports, so the command line can offer and check them without loading an
 * emitter (and zod with it).
 */
export const OUTPUT_FORMATS = ['json', 'yaml', 'csv', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const CSV_TABLES = ['targets', 'tasks', 'assignees', 'sections', 'recipients', 'references', 'budget', 'diagnostics'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
