/**
 * What a clause says once for all the values in it: the years its leads
 * name ("đến năm 2030"), whether it aspires ("phấn đấu"), the denominator
 * of a rate it prints ("trên 100.000 dân"). Each is worked out on first need
 * and kept: read again for each value, a clause of thousands of values would
 * cost quadratic time.
 */
import type { Clause } from './clauses.js';
import { quantityVocabulary } from './vocabulary.js';
import { leadYearsInKey, type YearAt } from './year.js';

export class ClauseFacts {
  private years: readonly YearAt[] | null = null;
  /** Where the first aspiration word ends; -1 for none, undefined until asked. */
  private aspirationEnd: number | undefined = undefined;
  private rate: { readonly per: string; readonly counted: string | null } | null | undefined = undefined;

  /** `key` is the clause's folded text. */
  constructor(
    readonly clause: Clause,
    readonly key: string,
  ) {}

  /** The year of the last lead whose words end by `at` ("đến năm 2030, … đạt 95%"). */
  leadYearBefore(at: number): number | null {
    this.years ??= leadYearsInKey(this.key);
    // the last whose end is at most `at`: the years are in order
    let low = 0;
    let high = this.years.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.years[mid]!.end <= at) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? this.years[low - 1]!.year : null;
  }

  /** Whether an aspiration word ("phấn đấu") stands whole before `at`. */
  aspiresBefore(at: number): boolean {
    if (this.aspirationEnd === undefined) {
      let first = -1;
      for (const word of quantityVocabulary().aspiration) {
        const i = this.key.indexOf(word);
        if (i >= 0 && (first < 0 || i + word.length < first)) first = i + word.length;
      }
      this.aspirationEnd = first;
    }
    return this.aspirationEnd >= 0 && this.aspirationEnd <= at;
  }

  /** The denominator of a rate the clause prints ("100.000 dân" of "trên 100.000 dân"), or null. */
  rateDenominator(): string | null {
    return this.rateOf()?.per ?? null;
  }

  /** What the rate counts, where the clause names it before its denominator ("bác sĩ" of "Số bác sĩ trên 10.000 dân"), or null. */
  rateCounted(): string | null {
    return this.rateOf()?.counted ?? null;
  }

  private rateOf(): { readonly per: string; readonly counted: string | null } | null {
    if (this.rate === undefined) {
      const { rateDenominator, countedBefore } = quantityVocabulary();
      const m = rateDenominator.exec(this.clause.text);
      this.rate = m ? { per: m[1]!, counted: countedBefore.exec(this.clause.text.slice(0, m.index))?.[1] ?? null } : null;
    }
    return this.rate;
  }
}
