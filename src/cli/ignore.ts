/**
 * --ignore: the files a batch leaves out, such as the README.md of a folder
 * of plans. Each pattern is a glob read from the working folder, the way a
 * .gitignore line is read: a pattern with a slash matches a path
 * ("plans/drafts/**", "plans/*.tmp.txt"); one without matches a file or a
 * folder of that name at any depth ("README.md", "*.draft.txt", "drafts"),
 * and a folder matched takes everything under it. A file outside the working
 * folder is matched by its absolute path. Letter case counts, as in a shell.
 */
import { isAbsolute, relative, sep } from 'node:path';

/** Whether the file at an absolute path is left out. */
export type IgnoreTest = (path: string) => boolean;

/** The test for the patterns given, or null when none were (picomatch is loaded only then). */
export async function ignoreTest(patterns: readonly string[], cwd: string): Promise<IgnoreTest | null> {
  if (patterns.length === 0) return null;
  const { default: picomatch } = await import('picomatch');
  const tidied = patterns.map(tidyPattern);
  const matcher = (list: string[]): ((path: string) => boolean) | null => (list.length ? picomatch(list, { dot: true }) : null);
  // A name matches any file or folder on the path; a relative path matches from the working folder; an absolute one, from the root.
  const byName = matcher(tidied.filter((p) => !p.includes('/')));
  const fromCwd = matcher(tidied.filter((p) => p.includes('/') && !isAbsolute(p)));
  const fromRoot = matcher(tidied.filter((p) => p.includes('/') && isAbsolute(p)));
  return (path) => {
    const absolute = forward(path);
    const inside = insideKey(path, cwd);
    const key = inside ?? absolute;
    if (byName && key.split('/').some((name) => name !== '' && byName(name))) return true;
    return (fromCwd !== null && inside !== null && onPath(inside, fromCwd)) || (fromRoot !== null && onPath(absolute, fromRoot));
  };
}

/** Whether a path, or one of the folders it is under, matches ("plans/drafts" takes "plans/drafts/a.txt"). */
function onPath(key: string, matches: (path: string) => boolean): boolean {
  for (let slash = key.indexOf('/', 1); slash > 0; slash = key.indexOf('/', slash + 1)) {
    if (matches(key.slice(0, slash))) return true;
  }
  return matches(key);
}

/** "./plans/drafts/" → "plans/drafts": a leading "./" and a trailing slash say nothing a pattern needs. */
function tidyPattern(pattern: string): string {
  return forward(pattern).replace(/^(?:\.\/)+/, '').replace(/(?<=.)\/+$/, '');
}

/** The path from the working folder, or null for a path outside it. */
function insideKey(path: string, cwd: string): string | null {
  const fromCwd = relative(cwd, path);
  const outside = fromCwd === '..' || fromCwd.startsWith(`..${sep}`) || isAbsolute(fromCwd);
  return outside ? null : forward(fromCwd);
}

/** Forward slashes, as patterns are written (Windows paths use backslashes). */
function forward(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
