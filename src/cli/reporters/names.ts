/** The reporters' names, apart from their code, so that the command line can list them without loading any. */
export const REPORTERS = ['text', 'json', 'github', 'sarif'] as const;
export type ReporterName = (typeof REPORTERS)[number];
