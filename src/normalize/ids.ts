/**
 * Stable record ids: a prefix and the line the record starts on ("task-55"),
 * with a counter where one line starts several ("tgt-39.2"). The same input
 * always gives the same ids.
 */
export class Ids {
  /** Per prefix, how many ids each line has given (keyed by number: no string is built to look one up). */
  private readonly used = new Map<string, Map<number, number>>();

  next(prefix: string, line: number): string {
    let lines = this.used.get(prefix);
    if (!lines) this.used.set(prefix, (lines = new Map()));
    const n = (lines.get(line) ?? 0) + 1;
    lines.set(line, n);
    return n === 1 ? `${prefix}-${line}` : `${prefix}-${line}.${n}`;
  }
}
