/**
 * The names of the output formats and of the CSV tables. Plain data with no
 * imports, so the command line can offer and check them without loading an
 * emitter (and zod with it).
 */
export const OUTPUT_FORMATS = ['json', 'yaml', 'csv', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The field separators a CSV sheet can use: a comma (RFC 4180), a semicolon (what Excel expects where the decimal mark is a comma, as in Vietnamese), a tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export const CSV_TABLES = ['targets', 'tasks', 'assignees', 'sections', 'recipients', 'references', 'budget', 'diagnostics'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
