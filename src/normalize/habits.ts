/**
 * A document that writes one thing two ways (tone marks, decimals, a level's
 * labels): the way it keeps is the one it uses most (of ways used as often,
 * the first to appear), and the slip to report is the first appearance among
 * the others. Four lints (KH007, KH205, KH504, KH505) choose so.
 */

/** One way of writing, where it first appears (an offset or a line: any order of position), and how often. */
export interface Way<T> {
  readonly first: T;
  readonly at: number;
  count: number;
}

/** The way kept and the slip, or null when the ways are fewer than two. */
export function keptAndSlip<T>(ways: readonly Way<T>[]): { kept: Way<T>; slip: Way<T> } | null {
  if (ways.length < 2) return null;
  const [kept, ...others] = [...ways].sort((a, b) => b.count - a.count || a.at - b.at);
  const slip = others.reduce((earliest, way) => (way.at < earliest.at ? way : earliest));
  return { kept: kept!, slip };
}

/** The ways a document writes one thing, noted as they are read: each one's first appearance and count. */
export class Ways<T> {
  private readonly ways = new Map<string, Way<T>>();

  /** One more appearance of `way`; `first` and `at` say where, the first time. */
  note(way: string, first: T, at: number): void {
    const seen = this.ways.get(way);
    if (seen) seen.count++;
    else this.ways.set(way, { first, at, count: 1 });
  }

  /** The way kept and the slip, or null when one way or none was seen. */
  chosen(): { kept: Way<T>; slip: Way<T> } | null {
    return keptAndSlip([...this.ways.values()]);
  }
}
