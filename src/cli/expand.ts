/**
 * What the arguments name: files, directories (searched recursively for .txt
 * and .md), glob patterns (quoted, for shells that do not expand them), `-`
 * for standard input, and the lines of a `--files-from` list. Each source
 * keeps the root it was found under, so that --out-dir can mirror the tree.
 * The order is deterministic: arguments in order, each directory's or
 * pattern's files sorted. A file named twice, by two arguments or through a
 * symbolic link, is converted once. Files that an --ignore pattern matches
 * are left out, however they were named.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { STDIN } from './inputs.js';
import { commonFolder, pathUnder } from './paths.js';
import type { Io } from './io.js';
import { readAtMost } from './io.js';
import { readInput } from './read-input.js';
import { ignoreTest } from './ignore.js';
import { utf16ByMark, utf16ByZeros } from '../reader/decode.js';

export interface Source {
  /** Absolute path, or null for standard input. */
  readonly path: string | null;
  /** How messages name it: as typed, or as found under a directory. */
  readonly name: string;
  /** Where --out-dir puts its output, relative to the output folder, without extension. */
  readonly mirror: string;
}

export interface Expansion {
  readonly sources: Source[];
  /** Patterns that match nothing: one message each. */
  readonly missing: string[];
  /** Folders that hold no plan file. */
  readonly empty: string[];
  /** How many files an --ignore pattern left out. */
  readonly ignored: number;
  /** Whether an argument names a folder or a pattern: something that may hold any number of files, one or none among them. */
  readonly collective: boolean;
}

const EXTENSIONS = ['txt', 'md', 'markdown', 'wiki'];
const GLOB_CHARS = /[*?[\]{}]/;

export async function expandInputs(
  args: readonly string[],
  filesFrom: string | undefined,
  io: Io,
  maxSize: number,
  ignore: readonly string[] = [],
): Promise<Expansion> {
  const listed = filesFrom ? await readList(filesFrom, io, maxSize) : [];
  const ignores = await ignoreTest(ignore, io.cwd);
  const sources: Source[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const left = new Set<string>();
  /** The sources named one by one that lie outside the working folder (their mirror is settled at the end). */
  const loose: number[] = [];
  let collective = false;
  /** Adds a source not met before and not ignored; whether it was added. */
  const add = (source: Source): boolean => {
    if (source.path !== null && ignores?.(source.path)) {
      left.add(realPath(source.path));
      return false;
    }
    const key = source.path === null ? STDIN : realPath(source.path);
    if (seen.has(key)) return false;
    seen.add(key);
    sources.push(source);
    return true;
  };
  for (const arg of [...args, ...listed]) {
    if (arg === STDIN) {
      add({ path: null, name: '<stdin>', mirror: 'stdin' });
      continue;
    }
    if (arg.trim() === '') {
      // An empty argument names nothing (and must not become the working folder).
      missing.push("''");
      continue;
    }
    const absolute = resolve(io.cwd, arg);
    const kind = kindOf(absolute);
    if (kind === 'dir') {
      collective = true;
      // Any case: exports from Windows are often named KE-HOACH.TXT.
      const files = await globIn(absolute, `**/*.{${EXTENSIONS.join(',')}}`, false);
      if (files.length === 0) empty.push(arg);
      for (const file of files) add({ path: file, name: displayName(io.cwd, file), mirror: stripExtension(mirrorPath(io.cwd, absolute, file)) });
    } else if (kind === 'file' || !GLOB_CHARS.test(arg)) {
      // A file, or a name that is neither file nor pattern: reading it reports what is wrong.
      const added = add({ path: absolute, name: arg, mirror: stripExtension(mirrorPath(io.cwd, null, absolute)) });
      if (added && pathUnder(io.cwd, absolute) === null) loose.push(sources.length - 1);
    } else {
      collective = true;
      const { base, pattern } = splitPattern(arg);
      const root = resolve(io.cwd, base);
      // A pattern matches as the shell would: letter case counts.
      const files = await globIn(root, pattern, true);
      if (files.length === 0) missing.push(arg);
      for (const file of files) add({ path: file, name: displayName(io.cwd, file), mirror: stripExtension(mirrorPath(io.cwd, root, file)) });
    }
  }
  mirrorLoose(sources, loose);
  return { sources, missing, empty, ignored: left.size, collective };
}

/**
 * Files named one by one outside the working folder ("/data/a/2024/x.txt",
 * "/data/b/2024/x.txt", or the absolute paths of a --files-from list) are
 * mirrored from the deepest folder that holds them all ("a/2024/x",
 * "b/2024/x"), as compilers lay out their output folders: their names alone
 * would put two files of one name on one output.
 */
function mirrorLoose(sources: Source[], loose: readonly number[]): void {
  if (loose.length === 0) return;
  const common = commonFolder(loose.map((i) => sources[i]!.path!));
  for (const i of loose) {
    const source = sources[i]!;
    const under = pathUnder(common, source.path!);
    if (under !== null) sources[i] = { ...source, mirror: stripExtension(under) };
  }
}

/** A folder, a file, or nothing there (a list of thousands of files is stat'ed synchronously: one call each, no thread-pool round trip). */
function kindOf(path: string): 'dir' | 'file' | null {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats ? (stats.isDirectory() ? 'dir' : 'file') : null;
  } catch {
    return null;
  }
}

/**
 * A file's path with every symbolic link resolved: a file reached twice, through
 * a link or a folder that links back to its parent, is converted once, under the
 * first name it was found by. A path that cannot be resolved stands for itself.
 */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

async function globIn(root: string, pattern: string, caseSensitiveMatch: boolean): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const files = await glob(pattern, {
    cwd: root, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: true, caseSensitiveMatch, ignore: ['**/node_modules/**'],
  });
  return files.map((f) => resolve(f)).sort();
}

/** "plans/**\/*.txt" → base "plans", pattern "**\/*.txt": the static folders before the first wildcard. */
function splitPattern(arg: string): { base: string; pattern: string } {
  const parts = arg.split(/[\\/]/);
  const first = parts.findIndex((p) => GLOB_CHARS.test(p));
  return { base: parts.slice(0, first).join('/') || '.', pattern: parts.slice(first).join('/') };
}

/** A --files-from list that is no text: a NUL byte where no path can hold one. */
export class ListNotText extends Error {
  constructor(readonly offset: number) {
    super(`NUL byte at offset ${offset}`);
  }
}

/** A --files-from list over --max-size (`size` Infinity for a stream): a list of paths is never that long. */
export class ListTooLarge extends Error {
  constructor(readonly size: number) {
    super(`a list over the size limit`);
  }
}

/**
 * The lines of a `--files-from` list (a file, or `-` for standard input), in UTF-8, or in UTF-16 with its mark
 * (PowerShell 5 writes `>` so) or without one; blank lines and `#` comments skipped. Any other list holding a NUL
 * byte is refused whole: no path holds one, and its lines would name files that cannot exist.
 */
async function readList(from: string, io: Io, maxSize: number): Promise<string[]> {
  // read as documents are: within the limit, and a pipe (`<(find …)`, a named one) without blocking the thread
  const input = from === STDIN ? await readAtMost(io.stdin, maxSize) : await readInput(resolve(io.cwd, from), maxSize);
  if (!input.bytes) throw new ListTooLarge(input.size);
  const bytes = input.bytes;
  const marked = utf16ByMark(bytes);
  const utf16 = marked ?? (bytes.includes(0) ? utf16ByZeros(bytes) : null);
  const text = utf16?.text ?? new TextDecoder().decode(bytes);
  const nul = text.indexOf('\0');
  // in UTF-8 a NUL byte is the NUL character itself; in UTF-16 the character stands at twice its index, after the mark
  if (nul >= 0) throw new ListNotText(utf16 ? (marked ? 2 : 0) + nul * 2 : bytes.indexOf(0));
  return text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function displayName(cwd: string, file: string): string {
  return pathUnder(cwd, file) ?? file;
}

/**
 * The output path of a file, relative to --out-dir: its path relative to the
 * working directory when it lies inside it ("plans/2024/a.txt"), else its path
 * under the directory or pattern it was found in, else its name. It never
 * climbs out of the output folder.
 */
function mirrorPath(cwd: string, root: string | null, file: string): string {
  const inCwd = pathUnder(cwd, file);
  if (inCwd !== null) return inCwd;
  if (root !== null) {
    const under = pathUnder(root, file);
    // under the folder's own name: "/srv/plans/2024/a.txt" found under /srv/plans → "plans/2024/a.txt"
    if (under !== null) return join(basename(root), under);
  }
  return basename(file);
}

function stripExtension(path: string): string {
  return path.replace(/\.[^./\\]+$/, '');
}
