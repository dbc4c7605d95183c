/**
 * Lines rewritten one by one, each to a text of the same length (so that
 * columns stay), copied only when one of them changes: most documents need
 * no rewrite, and keep their array.
 */
export function replacedLines(lines: readonly string[], replace: (line: string) => string): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const replaced = replace(line);
    if (replaced === line) continue;
    out ??= [...lines];
    out[i] = replaced;
  }
  return out ?? lines;
}
