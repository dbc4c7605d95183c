/**
 * Exit codes, and the failure that ends a command with one line on stderr.
 *
 *   0  every document compiled (warnings allowed)
 *   1  a document has errors, or warnings under --strict
 *   2  usage, input/output or internal failure
 *   130, 143  a batch interrupted by SIGINT (Ctrl-C) or SIGTERM
 *
 * A batch exits with the worst code of its files.
 */
export const ExitCode = {
  ok: 0,
  documentErrors: 1,
  failure: 2,
  interrupted: 130,
  terminated: 143,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function worst(a: ExitCode, b: ExitCode): ExitCode {
  return a >= b ? a : b;
}

/** A usage or I/O failure: its message is printed as one line, "kehoach: …", with no stack. */
export class CliFailure extends Error {
  constructor(message: string, readonly exitCode: ExitCode = ExitCode.failure) {
    super(message);
    this.name = 'CliFailure';
  }
}
