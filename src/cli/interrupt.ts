/**
 * Ctrl-C (SIGINT) or SIGTERM during a batch: the batch stops taking documents
 * and lets those already being converted finish, so that every output file is
 * renamed into place whole and no temporary file stays behind; it then ends
 * with the shell's code for the signal. A second signal finds no listener and
 * ends the process at once, as it would without kehoach.
 */
import { ExitCode } from './exit.js';

const EXIT_CODES = { SIGINT: ExitCode.interrupted, SIGTERM: ExitCode.terminated } as const;

export type StopSignal = keyof typeof EXIT_CODES;

const NAMES = Object.keys(EXIT_CODES) as StopSignal[];

export class Interrupt {
  /** The signal that arrived, if one did. */
  received: StopSignal | null = null;
  private readonly controller = new AbortController();

  constructor() {
    for (const name of NAMES) process.once(name, this.onSignal);
  }

  /** Aborted when the first signal arrives. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The exit code for the signal received: 130 for SIGINT, 143 for SIGTERM. */
  get exitCode(): ExitCode | null {
    return this.received ? EXIT_CODES[this.received] : null;
  }

  /** Stops listening; the batch calls it when it is over. */
  dispose(): void {
    for (const name of NAMES) process.off(name, this.onSignal);
  }

  private readonly onSignal = (name: StopSignal): void => {
    this.received = name;
    this.dispose();
    this.controller.abort();
  };
}
