/**
 * The text reporter: each diagnostic as compilers print it, the source line
 * and a caret under the span (see diagnostics/render.ts).
 */
import { renderDiagnostics } from '../../diagnostics/render.js';
import type { JobResult } from '../job.js';
import { excerptLines, type Reporter } from './reporter.js';

export class TextReporter implements Reporter {
  constructor(private readonly color: boolean) {}

  file(result: JobResult): string {
    return renderDiagnostics(result.diagnostics, { file: result.name, lines: excerptLines(result), color: this.color });
  }

  end(): string {
    return '';
  }
}
