/**
 * A reporter turns the diagnostics of a batch into text for a reader: a
 * person at a terminal, a program, GitHub's annotations, a code-scanning
 * upload. `file` is called for each document in input order; `end` once.
 */
import type { JobResult } from '../job.js';

import type { ReporterName } from './names.js';

export type { ReporterName } from './names.js';

export interface Totals {
  readonly files: number;
  readonly failed: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export interface Reporter {
  file(result: JobResult): string;
  end(totals: Totals): string;
}

export interface ReporterOptions {
  readonly color: boolean;
  readonly version: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working folder, which relative paths are read from. */
  readonly cwd: string;
}

export async function loadReporter(name: ReporterName, options: ReporterOptions): Promise<Reporter> {
  switch (name) {
    case 'text': return new (await import('./text.js')).TextReporter(options.color);
    case 'json': return new (await import('./json.js')).JsonReporter();
    case 'github': return new (await import('./github.js')).GithubReporter(options.env);
    case 'sarif': return new (await import('./sarif.js')).SarifReporter(options.version, options.env.GITHUB_WORKSPACE || options.cwd);
  }
}

/** The excerpt lines of a result as a sparse array of source lines, for the renderer. */
export function excerptLines(result: JobResult): string[] {
  const lines: string[] = [];
  for (const [line, text] of Object.entries(result.excerpts)) lines[Number(line) - 1] = text;
  return lines;
}
