/**
 * Collects the diagnostics of one compile: each has a stable code from the
 * catalogue, a severity, a message in the chosen language and a span.
 */
import type { Diagnostic, Span } from '../model/schema.js';
import { catalogue, type DiagnosticCode } from './catalogue.js';
import type { Language } from './language.js';

export type MessageParams = Record<string, string | number>;

export class Diagnostics {
  private readonly list: Diagnostic[] = [];

  constructor(readonly language: Language) {}

  report(code: DiagnosticCode, span: Span, params: MessageParams = {}): void {
    const definition = catalogue[code];
    this.list.push({
      code,
      name: definition.name,
      severity: definition.severity,
      message: format(definition[this.language], params),
      ...span,
    });
  }

  count(): number {
    return this.list.length;
  }

  /** In source order, then by code. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  }
}

export function format(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
