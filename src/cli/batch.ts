/**
 * The work `parse` and `check` share: read each input, compile it, write its
 * diagnostics to stderr, and work out the exit code of the whole batch.
 *
 * A file that cannot be read costs one line on stderr and exit code 2; the
 * other files are still compiled. A document with errors gives 1, and so do
 * warnings under --strict. The batch exits with the worst code.
 */
import { compile, type Syntax } from '../compile.js';
import type { Language } from '../diagnostics/language.js';
import { renderDiagnostics } from '../diagnostics/render.js';
import type { Diagnostic, Plan } from '../model/schema.js';
import { colorEnabled } from './color.js';
import { ExitCode, worst } from './exit.js';
import { InputReader } from './inputs.js';
import type { Io } from './io.js';
import { messagesFor } from './messages.js';

export interface BatchOptions {
  readonly lang: Language;
  readonly syntax: Syntax;
  readonly strict?: boolean;
  readonly quiet?: boolean;
  /** A one-line count of the diagnostics after each file (for `check`). */
  readonly summary: boolean;
}

export interface BatchResult {
  /** The plans of the inputs that could be read, in argument order. */
  readonly plans: Plan[];
  readonly exitCode: ExitCode;
}

export async function compileBatch(inputs: readonly string[], options: BatchOptions, io: Io): Promise<BatchResult> {
  const messages = messagesFor(options.lang);
  const reader = new InputReader(io, messages);
  const color = colorEnabled(io.stderr, io.env);
  const plans: Plan[] = [];
  let exitCode: ExitCode = ExitCode.ok;

  for (const argument of inputs) {
    const result = await reader.read(argument);
    if (!result.ok) {
      io.stderr.write(`kehoach: ${result.message}\n`);
      exitCode = worst(exitCode, ExitCode.failure);
      continue;
    }
    const { name, file, text, lines } = result.input;
    const { plan, diagnostics } = compile(text, { file, syntax: options.syntax, lang: options.lang });
    plans.push(plan);
    exitCode = worst(exitCode, exitCodeOf(diagnostics, options.strict ?? false));
    if (options.quiet) continue;
    io.stderr.write(renderDiagnostics(diagnostics, { file: name, lines, color }));
    if (options.summary) {
      const n = countBySeverity(diagnostics);
      io.stderr.write(messages.summary(name, n.error, n.warning, n.info) + '\n');
    }
  }
  return { plans, exitCode };
}

function exitCodeOf(diagnostics: readonly Diagnostic[], strict: boolean): ExitCode {
  const failing = diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing ? ExitCode.documentErrors : ExitCode.ok;
}

function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
