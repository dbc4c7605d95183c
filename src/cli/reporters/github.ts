/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice`
 * annotation per diagnostic, which the runner shows on the file and line.
 * GitHub reads the file's path from the root of the checkout
 * (GITHUB_WORKSPACE), whatever the step's working directory, so files are
 * named from there.
 * GitHub shows only ten annotations of each kind per step, so the run ends
 * with a notice that counts them all, and, where the runner provides a step
 * summary file, a table of every file's counts.
 */
import { appendFileSync } from 'node:fs';
import type { Diagnostic } from '../../model/schema.js';
import type { JobResult } from '../job.js';
import { forwardSlashes, pathUnder } from '../paths.js';
import type { Reporter, Totals } from './reporter.js';

const COMMAND: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };
/** Annotations of one kind GitHub shows per step. */
const SHOWN_PER_KIND = 10;

export class GithubReporter implements Reporter {
  private readonly rows: string[] = [];

  constructor(private readonly env: Readonly<Record<string, string | undefined>>) {}

  file(result: JobResult): string {
    const counts = { error: 0, warning: 0, info: 0 };
    const file = this.pathOf(result);
    const lines = result.diagnostics.map((d) => {
      counts[d.severity]++;
      const properties = [
        `file=${property(file)}`, `line=${d.line}`, `col=${d.column}`,
        `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${property(`${d.code} ${d.name}`)}`,
      ].join(',');
      return `::${COMMAND[d.severity]} ${properties}::${data(d.message)}\n`;
    });
    if (result.failure) lines.push(`::error file=${property(file)},title=kehoach::${data(result.failure)}\n`);
    this.rows.push(`| ${result.name.replace(/\|/g, '\\|')} | ${counts.error} | ${counts.warning} | ${counts.info} |${result.failure ? ' cannot read |' : ' |'}`);
    return lines.join('');
  }

  end(totals: Totals): string {
    this.writeStepSummary(totals);
    const hidden = totals.errors > SHOWN_PER_KIND || totals.warnings > SHOWN_PER_KIND || totals.infos > SHOWN_PER_KIND
      ? ` GitHub shows at most ${SHOWN_PER_KIND} annotations of each kind per step; the log above has them all.`
      : '';
    const summary = `kehoach: ${totals.files} files, ${totals.failed} failed; ${totals.errors} errors, ${totals.warnings} warnings, ${totals.infos} notes.${hidden}`;
    return `::notice title=kehoach::${data(summary)}\n`;
  }

  /** The file from the root of the checkout; as named outside a checkout, or outside GitHub. */
  private pathOf(result: JobResult): string {
    const workspace = this.env.GITHUB_WORKSPACE;
    const under = workspace && result.path ? pathUnder(workspace, result.path) : null;
    return under === null ? result.name : forwardSlashes(under);
  }

  private writeStepSummary(totals: Totals): void {
    const path = this.env.GITHUB_STEP_SUMMARY;
    if (!path) return;
    const table = [
      `### kehoach: ${totals.files} files, ${totals.errors} errors, ${totals.warnings} warnings`,
      '',
      '| file | errors | warnings | notes | |',
      '| --- | --- | --- | --- | --- |',
      ...this.rows,
      '',
    ].join('\n');
    try {
      appendFileSync(path, table + '\n');
    } catch {
      // The summary is a courtesy: the annotations and the log still carry everything.
    }
  }
}

/** Escapes the message of a workflow command. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
