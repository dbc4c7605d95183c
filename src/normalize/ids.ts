/**
 * Stable record ids: a prefix and the line the record starts on ("task-55"),
 * with a counter where one line starts several ("tgt-39.2"). The same input
 * always gives the same ids.
 */
export class Ids {
  private readonly used = new Map<string, number>();

  next(prefix: string, line: number): string {
    const base = `${prefix}-${line}`;
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}.${n}`;
  }
}
