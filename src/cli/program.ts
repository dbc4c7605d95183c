/**
 * The command line's grammar, declared with commander: the commands, their
 * arguments and options, help and version. Each action loads its command
 * module on demand, so `--version`, `--help` and usage errors load neither
 * the compiler nor the emitters.
 *
 * Commander writes through the injected streams and throws instead of
 * exiting (`exitOverride`); `main` turns what it throws into exit codes.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { REPORTERS } from './reporters/names.js';
import { DEFAULT_CACHE_FILE, DEFAULT_MAX_SIZE, DEFAULT_WORKER_MEMORY, MIN_WORKER_MEMORY } from './limits.js';
import type { Syntax } from '../compile.js';
import { LANGUAGES, languageFromEnv } from '../diagnostics/language.js';
import { CSV_TABLES, OUTPUT_FORMATS, type CsvDelimiter } from '../emit/formats.js';
import type { CheckOptions } from './check.js';
import type { ExitCode } from './exit.js';
import type { Io } from './io.js';
import type { ParseOptions } from './parse.js';
import { packageVersion } from './version.js';

const SYNTAXES = ['auto', 'text', 'markdown', 'mediawiki'] as const satisfies readonly Syntax[];

/** Builds the program; `finish` receives the exit code of the command that ran. */
export function buildProgram(io: Io, finish: (code: ExitCode) => void): Command {
  const program = new Command('kehoach')
    .description('Compile Vietnamese plan documents (KẾ HOẠCH) into structured data.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      getOutHelpWidth: () => columnsOf(io.stdout),
      getErrHelpWidth: () => columnsOf(io.stderr),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError('(kehoach --help for usage)');

  const parse = program
    .command('parse')
    .description('compile documents and print the plans')
    .argument('[input...]', "plan files (.txt, .md), directories, quoted glob patterns; '-' reads standard input")
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .addOption(new Option('-o, --output <file>', 'write to FILE instead of standard output (atomically; never over an input)').conflicts('outDir'))
    .option('--out-dir <dir>', 'write one file per document under DIR, mirroring the input tree')
    .addOption(new Option('--table <name>', 'the table written as CSV').choices(CSV_TABLES).default('targets'))
    .option('--bom', 'CSV: begin with a UTF-8 byte order mark, for Excel')
    .addOption(new Option('--delimiter <sep>', "CSV: the field separator: ',', ';' or tab").argParser(delimiter).default(',', "','"))
    .option('--decimal-comma', 'CSV: write decimals with a comma (97,5), as Excel reads them under a Vietnamese locale');
  documentOptions(parse, io).action(async (inputs: string[], options: ParseOptions) => {
    refuseCsvOptionsWithout(parse, options.format);
    const { runParse } = await import('./parse.js');
    finish(await runParse(inputs, options, io));
  });

  const check = program
    .command('check')
    .description('compile documents and report their diagnostics only')
    .argument('[input...]', "plan files (.txt, .md), directories, quoted glob patterns; '-' reads standard input");
  documentOptions(check, io).action(async (inputs: string[], options: CheckOptions) => {
    const { runCheck } = await import('./check.js');
    finish(await runCheck(inputs, options, io));
  });

  program
    .command('schema')
    .description('print the JSON Schema of the output of parse')
    .action(async () => {
      const { runSchema } = await import('./schema.js');
      finish(await runSchema(io));
    });

  program.addHelpText('after', EPILOGUE);
  return program;
}

/** The options of every command that compiles documents. */
function documentOptions(command: Command, io: Io): Command {
  return command
    .addOption(new Option('--syntax <syntax>', 'read the input as').choices(SYNTAXES).default('auto'))
    .addOption(
      new Option('--lang <lang>', 'language of the messages').choices(LANGUAGES).default(languageFromEnv(io.env), 'from LC_ALL, LC_MESSAGES, LANG'),
    )
    .option('--strict', 'warnings fail too (exit code 1)')
    .addOption(new Option('--max-warnings <n>', 'more than N warnings in all fail (exit code 1)').argParser(count))
    .addOption(new Option('--max-size <size>', 'refuse files larger than SIZE (bytes, or with KB, MB, GB)').argParser(size).default(DEFAULT_MAX_SIZE, '25MB'))
    .option('-q, --quiet', 'print no diagnostics and no summary')
    .option('--files-from <file>', "read more input paths from FILE, one per line ('-': standard input)")
    .option('--ignore <pattern>', 'leave out the files a glob matches, as .gitignore does: README.md, drafts, plans/**/*.tmp.txt (repeatable)', ignorePattern, [])
    .addOption(new Option('-j, --jobs <n>', 'documents compiled at once (default: one per core, at most one per 100 documents)').argParser(positive))
    .addOption(new Option('--worker-memory <size>', 'the heap of each worker thread (with KB, MB, GB)').argParser(workerMemory).default(DEFAULT_WORKER_MEMORY, '256MB'))
    .addOption(new Option('--reporter <name>', 'how diagnostics are reported').choices(REPORTERS).default('text'))
    .option('--cache', `skip the documents unchanged since the last run with --cache (check, or parse --out-dir); kept in ${DEFAULT_CACHE_FILE}`)
    .option('--cache-location <file>', 'where --cache keeps what it knows (implies --cache)');
}

/** A CSV option with another format is a mistake worth saying: the output would silently not be what was asked. */
function refuseCsvOptionsWithout(command: Command, format: string): void {
  if (format === 'csv') return;
  const given = ['table', 'bom', 'delimiter', 'decimalComma'].filter((name) => command.getOptionValueSource(name) === 'cli');
  if (given.length === 0) return;
  const flags = given.map((name) => command.options.find((o) => o.attributeName() === name)!.long).join(', ');
  command.error(`error: ${flags} ${given.length === 1 ? 'applies' : 'apply'} to CSV output only (add --format csv)`, { exitCode: 2 });
}

/** The --ignore patterns, in the order given. "!" would read as "all but", the opposite of .gitignore's "except": refused. */
function ignorePattern(value: string, previous: readonly string[]): string[] {
  if (value.trim() === '') throw new InvalidArgumentError('a glob pattern, such as README.md or drafts');
  if (value.startsWith('!')) throw new InvalidArgumentError('a pattern of what to leave out; "!" (keep what matches) is not supported');
  return [...previous, value];
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number of 0 or more');
  return n;
}

function size(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('a size such as 500KB, 25MB or 1GB');
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

function workerMemory(value: string): number {
  const bytes = size(value);
  if (bytes < MIN_WORKER_MEMORY) throw new InvalidArgumentError(`at least ${MIN_WORKER_MEMORY / 2 ** 20}MB`);
  return bytes;
}

function delimiter(value: string): CsvDelimiter {
  const named: Record<string, CsvDelimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\t': '\t', '\\t': '\t' };
  const found = named[value.toLowerCase()];
  if (!found) throw new InvalidArgumentError("',' (comma), ';' (semicolon) or tab");
  return found;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of 1 or more');
  return n;
}

function columnsOf(stream: object): number {
  const columns = (stream as { columns?: unknown }).columns;
  return typeof columns === 'number' && columns > 0 ? columns : 80;
}

const EPILOGUE = `
Examples:
  kehoach parse ke-hoach.txt                      the plan as JSON
  kehoach parse *.txt --format csv --table tasks  every task of every plan, one sheet
  kehoach parse - --format yaml < ke-hoach.md     from standard input
  kehoach check --strict ke-hoach.txt             lint; warnings fail

Exit codes: 0 compiled (warnings allowed); 1 a document has errors, or
warnings under --strict; 2 usage, input/output or internal failure.`;
