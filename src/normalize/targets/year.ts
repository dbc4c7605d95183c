/**
 * The year a target is for: "đến năm 2030" in its own sentence, else the
 * nearest heading that names one ("Mục tiêu cụ thể năm 2024", "Mục tiêu đến
 * 2030"), else the year of the plan itself ("… năm 2025" in its title).
 * "so với năm 2024" names a baseline, not a target year.
 */
import { grammar, onFirstUse } from '../../grammar/load.js';
import { alternation } from '../../grammar/pattern.js';
import { fold, foldKey } from '../../text/fold.js';

interface TargetYearWords {
  baselineLeads: string[];
  horizonLeads: string[];
  leads: string[];
  yearWords: string[];
  periodWords: string[];
  schoolYear: string;
  until: string;
}

/** grammar/quantities.json's targetYear, folded, and the pattern of a year with the words before it, built once. */
interface YearGrammar {
  /** A year and the words before it, in a folded text: group 1 the words, 2 the year, 3 the end of a span. */
  readonly phrase: RegExp;
  /** A year word and its year in a folded title, perhaps a span: group 1 a horizon lead, 2 the word, 3 the year, 4 the end of a span. */
  readonly titleYear: RegExp;
  readonly baselineLeads: readonly string[];
  /** A quarter or a month and the slash before a year, at the end of a folded text: "quy iii/", "thang 7/". */
  readonly periodBefore: RegExp;
  readonly schoolYear: string;
  readonly until: string;
}

const yearGrammar = onFirstUse((): YearGrammar => {
  const words = grammar<{ targetYear: TargetYearWords }>('quantities').targetYear;
  const folded = (list: string[]): string[] => list.map(foldKey);
  const optional = (list: string[]): string => `(?:(?:${alternation(folded(list))}) )?`;
  return {
    phrase: new RegExp(
      `(?:^|[^\\p{L}])(${optional(words.baselineLeads)}${optional(words.leads)}${optional(words.yearWords)})((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?(?![\\d/])`,
      'gu',
    ),
    titleYear: new RegExp(
      `(?:^|[^\\p{L}])((?:${alternation(folded(words.horizonLeads))}) )?(${alternation(folded(words.yearWords))}) ((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?(?![\\d/])`,
      'gu',
    ),
    baselineLeads: folded(words.baselineLeads),
    periodBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alternation(folded(words.periodWords))}) (?:[ivx]{1,4}|\\d{1,2})\\s*\\/$`, 'u'),
    schoolYear: foldKey(words.schoolYear),
    until: foldKey(words.until),
  };
});

/** The last target year named in a text (or, with `first`, the first). */
export function yearIn(text: string, options: YearOptions = {}): number | null {
  return yearInKey(fold(text), options);
}

interface YearOptions {
  readonly first?: boolean;
  readonly needLead?: boolean;
}

/** yearIn() of a text already folded. */
export function yearInKey(key: string, options: YearOptions = {}): number | null {
  let found: number | null = null;
  eachYear(key, options.needLead ?? false, ({ year }) => {
    found = year;
    return options.first === true;
  });
  return found;
}

/** A target year named in a folded text, and where its words end. */
export interface YearAt {
  readonly year: number;
  readonly end: number;
}

/** Every target year a folded text names after a lead ("đến năm 2030"), in order. */
export function leadYearsInKey(key: string): YearAt[] {
  const out: YearAt[] = [];
  eachYear(key, true, (at) => {
    out.push(at);
    return false;
  });
  return out;
}

/** Calls `found` with each target year of a folded text, in order, until it returns true; with `needLead`, only those after a lead. */
function eachYear(key: string, needLead: boolean, found: (at: YearAt) => boolean): void {
  // Every year has a 19 or a 20 in it: most texts are ruled out before the pattern runs.
  if (!key.includes('19') && !key.includes('20')) return;
  const { phrase, baselineLeads, periodBefore, schoolYear, until } = yearGrammar();
  phrase.lastIndex = 0;
  for (let m = phrase.exec(key); m; m = phrase.exec(key)) {
    const lead = m[1] ?? '';
    if (baselineLeads.some((b) => lead.startsWith(b))) continue;
    // "trong quý III/2027", "tháng 7/2027": the year of a quarter or a month, as after a lead; a date's ("15/12/2027") none
    const period = lead === '' && key.charCodeAt(m.index) === 0x2f && periodBefore.test(key.slice(Math.max(0, m.index - PERIOD_REACH), m.index + 1));
    if (!period && /\d\/\s*$/.test(key.slice(Math.max(0, m.index - 3), m.index + 1))) continue;
    if (needLead && lead === '' && !period) continue;
    const start = Number(m[2]);
    const end = m[3] ? Number(m[3]) : null;
    // A school year "năm học 2024 - 2025" ends in its second year; a bare span "2021 - 2025" is a period, not a year.
    if (end !== null && !lead.includes(schoolYear) && !lead.includes(until)) continue;
    if (found({ year: end ?? start, end: m.index + m[0].length })) return;
  }
}

/**
 * The plan's own year, from its title: "… năm 2025", the second year of a
 * school year ("năm học 2026 - 2027"); none from a horizon ("đến năm 2030")
 * nor from a period ("năm 2021 - 2025", "giai đoạn 2021 - 2025").
 */
export function planYear(title: string | null): number | null {
  if (!title) return null;
  const key = foldKey(title);
  const { titleYear, schoolYear } = yearGrammar();
  titleYear.lastIndex = 0;
  for (let m = titleYear.exec(key); m; m = titleYear.exec(key)) {
    const [, horizon, word, start, end] = m;
    if (end !== undefined && word !== schoolYear) continue;
    return horizon ? null : Number(end ?? start);
  }
  return null;
}

/** How far before a year its quarter or month is looked for ("thang 12/"). */
const PERIOD_REACH = 12;
