/**
 * The JSON reporter: one array, a record per document with its diagnostics,
 * for programs that post-process a batch.
 */
import type { Diagnostic } from '../../model/schema.js';
import type { JobResult } from '../job.js';
import type { Reporter, Totals } from './reporter.js';

export class JsonReporter implements Reporter {
  private readonly files: { file: string; failure: string | null; diagnostics: Diagnostic[] }[] = [];

  file(result: JobResult): string {
    this.files.push({ file: result.name, failure: result.failure, diagnostics: result.diagnostics });
    return '';
  }

  end(totals: Totals): string {
    return JSON.stringify({ totals, files: this.files }, null, 2) + '\n';
  }
}
