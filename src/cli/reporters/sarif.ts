/**
 * SARIF 2.1.0, for code-scanning upload: one run of the tool, a rule per
 * diagnostic code seen, a result per diagnostic with its region. Files are
 * named relative to the root of the checkout (GITHUB_WORKSPACE, else the
 * working folder), which the log declares as %SRCROOT%, as code scanning
 * expects; a file outside it by its file: URI.
 */
import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogue, type DiagnosticCode } from '../../diagnostics/catalogue.js';
import type { Diagnostic } from '../../model/schema.js';
import type { JobResult } from '../job.js';
import { forwardSlashes, pathUnder } from '../paths.js';
import type { Reporter } from './reporter.js';

const LEVEL: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };
/** The base the files' URIs are relative to: the root of the sources. */
const SRCROOT = '%SRCROOT%';

export class SarifReporter implements Reporter {
  private readonly results: object[] = [];
  private readonly codes = new Set<string>();
  /** Files that could not be read: tool execution notifications, not results. */
  private readonly notifications: object[] = [];

  constructor(
    private readonly version: string,
    private readonly root: string,
  ) {}

  file(result: JobResult): string {
    if (result.failure) {
      this.notifications.push({
        level: 'error',
        message: { text: result.failure },
        locations: [{ physicalLocation: { artifactLocation: this.locationOf(result) } }],
      });
    }
    for (const d of result.diagnostics) {
      this.codes.add(d.code);
      this.results.push({
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: this.locationOf(result),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.column) },
          },
        }],
      });
    }
    return '';
  }

  end(): string {
    const rules = [...this.codes].sort().map((code) => {
      const definition = catalogue[code as DiagnosticCode];
      return {
        id: code,
        name: definition.name,
        shortDescription: { text: definition.en.replace(/\{\w+\}/g, '…') },
        defaultConfiguration: { level: LEVEL[definition.severity] },
      };
    });
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: 'kehoach', version: this.version, informationUri: 'https://www.npmjs.com/package/kehoach', rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(this.root.endsWith(sep) ? this.root : this.root + sep).href } },
        invocations: [{ executionSuccessful: this.notifications.length === 0, toolExecutionNotifications: this.notifications }],
        results: this.results,
      }],
    };
    return JSON.stringify(log, null, 2) + '\n';
  }

  /** A file below the root as a reference relative to %SRCROOT%; another by its file: URI; standard input by its name. */
  private locationOf(result: JobResult): { uri: string; uriBaseId?: string } {
    if (result.path === null) return { uri: encodeURIComponent(result.name) };
    const under = pathUnder(this.root, result.path);
    if (under === null) return { uri: pathToFileURL(result.path).href };
    return { uri: forwardSlashes(under).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
}
