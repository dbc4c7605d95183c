/**
 * The command line's entry: `main(io)` runs one command and resolves to its
 * exit code. It never exits the process and never lets an exception out:
 *
 *   help, version            → 0 (commander's exit, overridden)
 *   usage errors             → 2, with commander's message
 *   unreadable inputs, I/O   → 2, one line "kehoach: …"
 *   anything unexpected      → 2, one line "kehoach: internal error: …"
 *                              (the stack too when KEHOACH_DEBUG is set)
 *
 * bin/kehoach.js calls it with the process's streams.
 */
import { CommanderError } from 'commander';
import { languageFromEnv, type Language } from '../diagnostics/language.js';
import { CliFailure, ExitCode } from './exit.js';
import { tolerateClosedPipe, type Io } from './io.js';
import { messagesFor } from './messages.js';
import { buildProgram } from './program.js';

export type { Io, InputSource, OutputStream } from './io.js';
export { ExitCode } from './exit.js';

export async function main(io: Io): Promise<number> {
  tolerateClosedPipe(io.stdout);
  tolerateClosedPipe(io.stderr);
  let exitCode: ExitCode = ExitCode.ok;
  try {
    const program = buildProgram(io, (code) => {
      exitCode = code;
    });
    await program.parseAsync([...io.argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return failed(error, io);
  }
}

function failed(error: unknown, io: Io): ExitCode {
  if (error instanceof CommanderError) {
    // commander has already written the help, version or usage message
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.failure;
  }
  if (error instanceof CliFailure) {
    io.stderr.write(`kehoach: ${error.message}\n`);
    return error.exitCode;
  }
  const messages = messagesFor(languageOf(io));
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`kehoach: ${messages.internalError(detail)}\n`);
  if (io.env.KEHOACH_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
  return ExitCode.failure;
}

/** The language asked for on the command line (`--lang vi`, `--lang=vi`), else the environment's. */
function languageOf(io: Io): Language {
  const args = io.argv;
  for (let i = 0; i < args.length; i++) {
    const value = args[i] === '--lang' ? args[i + 1] : args[i]!.startsWith('--lang=') ? args[i]!.slice(7) : undefined;
    if (value === 'vi' || value === 'en') return value;
  }
  return languageFromEnv(io.env);
}
