/**
 * Paths below a folder: the one question that naming inputs, mirroring them
 * under --out-dir and reporting them to GitHub all ask.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** The path of `file` from `folder`, or null when the file does not lie below it. */
export function pathUnder(folder: string, file: string): string | null {
  const rel = relative(folder, file);
  return rel === '' || isAbsolute(rel) || rel === '..' || rel.startsWith('..' + sep) ? null : rel;
}

/** A relative path with forward slashes, as URIs and GitHub write them. */
export function forwardSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The deepest folder that holds every one of `files` (absolute paths): the folder itself for files in one folder. */
export function commonFolder(files: readonly string[]): string {
  let common = dirname(files[0]!);
  for (const file of files) {
    while (pathUnder(common, file) === null) {
      const parent = dirname(common);
      // the root of a drive holds everything on it; files on two drives (Windows) have no common folder
      if (parent === common) return common;
      common = parent;
    }
  }
  return common;
}
