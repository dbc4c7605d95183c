/**
 * Collects the diagnostics of one compile: each has a stable code from the
 * catalogue, a severity, a message in the chosen language and a span.
 */
import type { Diagnostic, Span } from '../model/schema.js';
import { catalogue, type DiagnosticCode } from './catalogue.js';
import type { Language } from './language.js';
import { terms, type Term } from './terms.js';

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

  /** A word of a message in this collector's language, its `{name}` placeholders filled: terms.ts. */
  term(term: Term, params: MessageParams = {}): string {
    return format(terms[term][this.language], params);
  }

  count(): number {
    return this.list.length;
  }

  /** In source order, then by code. */
  sorted(): Diagnostic[] {
    return [...this.list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  }
}

/** Fills a message's `{name}` placeholders; an unknown name stays as written. */
export function format(template: string, params: MessageParams): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in params ? String(params[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}

/** A template cut at its placeholders (text, name, text, name, …, text), cut once per template. */
const templates = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  return parts;
}
