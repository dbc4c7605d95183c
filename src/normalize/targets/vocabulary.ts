/**
 * grammar/quantities.json in the shapes the target grammar uses.
 */
import type { Target } from '../../model/schema.js';
import { periodLabel } from '../../grammar/periods.js';
import { grammar, onFirstUse } from '../../grammar/load.js';
import { alternation } from '../../grammar/pattern.js';
import { foldedKeys, groupByInitial, phraseFinals, phraseInitials } from '../../grammar/vocabulary.js';
import { foldKey } from '../../text/fold.js';
import { figure } from '../../grammar/figures.js';

type Cmp = Target['cmp'];

interface QuantitiesFile {
  comparators: { phrase: string; cmp: Cmp; needsAfter?: string }[];
  after: { phrase: string; cmp: Cmp }[];
  aspiration: string[];
  change: { phrase: string; direction: 'increase' | 'decrease' }[];
  units: string[];
  denominators: string[];
  frequencyUnits: string[];
  frequencyPeriods: string[];
  namedDays: string[];
  nameMarkers: string[];
  nameMarkerVerbs: string[];
  durationLeads: string[];
  lifeExpectancy: string[];
  baselineLeads: string[];
  baselineColumns: string[];
  indicatorColumns: string[];
  localityColumns: string[];
  unitColumns: string[];
  ordinalColumns: string[];
  noteColumns: string[];
  amendments: string[];
  negations: string[];
  indicatorEdges: string[];
  indicatorTrailers: string[];
  qualifierStarts: string[];
  yearLeads: string[];
  ownYearLeads: string[];
  dateLeads: string[];
  clockWords: string[];
  targetLabels: string[];
  rangeFromWords: string[];
  rangeToWords: string[];
  danglingVerbs: string[];
  conjunctions: string[];
  perWords: string[];
  countLeads: string[];
  measureUnits: string[];
  scopeWords: string[];
  doneWords: string[];
  propertyVerbs: string[];
  populationWords: string[];
  rateBases: string[];
  ageUnits: string[];
  occasionUnits: string[];
  spanUnits: string[];
  planColumns: string[];
  periodColumns: string[];
  yearUnit: string;
  sharedPredicates: string[];
}

export interface QuantityVocabulary {
  /** Comparators by folded phrase, longest first. */
  readonly comparators: readonly Comparator[];
  /** The comparators that are words ("trên", "không quá"), not signs, longest first. */
  readonly wordComparators: readonly Comparator[];
  /** The comparators by the last character of their key, longest first in each list. */
  readonly comparatorsByLast: ReadonlyMap<string, readonly Comparator[]>;
  readonly after: readonly { key: string; cmp: Cmp }[];
  readonly aspiration: readonly string[];
  /** The letters aspiration words start with, as printed in either case: a phrase that starts otherwise is not folded to look for one. */
  readonly aspirationInitials: ReadonlySet<string>;
  readonly change: readonly { key: string; direction: 'increase' | 'decrease' }[];
  /** Units by folded phrase, longest first, with the form to print. */
  readonly units: readonly { key: string; unit: string }[];
  /** The same units by the first character of their key, each list longest first. */
  readonly unitsByInitial: ReadonlyMap<string, readonly { key: string; unit: string }[]>;
  readonly denominators: readonly string[];
  /** Denominators of more than one word that start with a letter ("dân số", "trẻ đẻ sống"): what may follow a rate. */
  readonly wordDenominators: readonly string[];
  readonly frequencyUnits: ReadonlySet<string>;
  /** Folded periods that make a count of sessions a frequency ("02 buổi … trong năm học"). */
  readonly frequencyPeriods: readonly string[];
  /** Lower case with diacritics: folding would make "mức" (a level) the "mục" (an item) it is not. */
  readonly nameMarkers: ReadonlySet<string>;
  /** Verbs that end in a name marker ("nâng cấp"): the number after them counts. */
  readonly nameMarkerVerbs: ReadonlySet<string>;
  readonly durationLeads: readonly string[];
  readonly lifeExpectancy: readonly string[];
  readonly baselineLeads: readonly string[];
  readonly baselineColumns: readonly string[];
  readonly indicatorColumns: readonly string[];
  /** The headings of a column of places, in a table of one row per place ("xa, thi tran"), folded. */
  readonly localityColumns: readonly string[];
  readonly unitColumns: readonly string[];
  readonly ordinalColumns: readonly string[];
  readonly noteColumns: readonly string[];
  readonly negations: readonly string[];
  /** The words an amending plan changes a quoted value with ("từ “70%” điều chỉnh thành “90%”"), folded, after the quote. */
  readonly amendment: RegExp;
  /** The word that opens an amended value ("từ"), folded, with the blank after it. */
  readonly amendedFrom: string;
  /** The same frame and all after it in an indicator's words, as printed: "…: từ “đạt trên 30%” điều chỉnh thành “ ”". */
  readonly amendmentFrame: RegExp;
  /** A word or mark at the start of an indicator's words that is not part of it ("đạt", "còn", ","). */
  readonly indicatorEdge: RegExp;
  /** Words at the end of an indicator's words that are not part of it, in lower case as printed. */
  readonly indicatorTrailers: readonly string[];
  /** A value's own year in brackets, which its indicator does not keep: "(năm 2027)". */
  readonly bracketedYear: RegExp;
  /** A value's own year, folded, right after it: "năm 2025", "vào năm 2025" (group 1 the year). */
  readonly ownYear: RegExp;
  /** The same in brackets, folded: "(năm 2026)", "(trong năm 2026)". */
  readonly ownYearBracketed: RegExp;
  /** A folded text that ends on a word before a day of a month: "ngày", "trước" (of "trước 10/6"). */
  readonly dateLeadAtEnd: RegExp;
  /** The name of a day kept each year opening, as printed ("Ngày Vệ"): a day and month after its name are its date. */
  readonly namedDay: RegExp;
  /** A folded text that ends on an hour and its word ("06 gio", "13h"): the number after it is the minutes. */
  readonly hourAtEnd: RegExp;
  /** A target's own label at the start of its words: "Chỉ tiêu 1:". */
  readonly targetLabel: RegExp;
  /** The words that name targets ("chỉ tiêu", "mục tiêu"), folded. */
  readonly targetLabelWords: readonly string[];
  /** The word to a range's second end and that end, right after its first ("đến 3" of "từ 2,5 đến 3 lần"; group 1 the figure). */
  readonly rangeTo: RegExp;
  /** A folded text that ends on the word before a range's first end ("từ "). */
  readonly rangeFrom: RegExp;
  /** The letters trailers end with, in either case. */
  readonly trailerFinals: ReadonlySet<string>;
  /** A phrase that only qualifies ("ở quy mô huyện"): it borrows the clause's subject. */
  readonly qualifierStart: RegExp;
  /** A phrase that only names a time: "đến năm 2030", "cuối năm 2026". */
  readonly timeOnly: RegExp;
  /** The time a phrase ends on: " đến năm 2027". */
  readonly timeAtEnd: RegExp;
  /** A phrase that stops on a verb ("thực hiện được"). */
  readonly danglingVerb: RegExp;
  /** What splits the words between two values: ", ", " và ", " hoặc ". */
  readonly conjunctions: readonly string[];
  /** The same, folded: for the folded key of a clause. */
  readonly conjunctionKeys: readonly string[];
  /** "tại" of "tại 12 trường": a count after one says where; in lower case as printed. */
  readonly scopeWords: ReadonlySet<string>;
  /** "đã" of "đã thí điểm năm 2024": a clause that says its work is done already, matched as printed (folded, "đã" is "da" of "Da liễu"). */
  readonly done: RegExp;
  /** "có" of "đám cưới có từ 30 mâm cỗ": a count after one, following a rate, says what the counted have; folded. */
  readonly propertyVerbs: readonly string[];
  /** "trên" of "trên 1.000 dân", in lower case as printed. */
  readonly perWords: ReadonlySet<string>;
  /** A rate's denominator printed after its unit: "trên 1.000 dân", "/100.000 trẻ đẻ sống". */
  readonly rateDenominator: RegExp;
  /** What a rate counts, named after a count's lead at the end of the text before its denominator: "Số bác sĩ" (group 1). */
  readonly countedBefore: RegExp;
  /** Units measured in parts ("kg", "triệu đồng"), folded: other units count whole things. */
  readonly measureUnits: ReadonlySet<string>;
  /** A unit of money ("đồng", "triệu đồng", "VNĐ"): grammar/money.json's currency at its end. */
  readonly currencyUnit: RegExp;
  /** Folded: a number followed by one of these is what a rate is counted per. */
  readonly rateBase: RegExp;
  /** Folded units that make a number an age ("dưới 5 tuổi") unless life expectancy is measured. */
  readonly ageUnits: ReadonlySet<string>;
  /** Folded units that count occasions or time, not things ("lượt bác sĩ", "30 phút"): an indicator does not name them. */
  readonly occasionUnits: ReadonlySet<string>;
  /** Folded units that make a number a span of time ("trong 24 giờ") after a duration lead. */
  readonly spanUnits: ReadonlySet<string>;
  /** Folded words of a table column that holds what is planned ("Kế hoạch 2025", "Chỉ tiêu"). */
  readonly planColumns: readonly string[];
  /** Folded words that open a column heading naming a period ("Quý I", "Cả năm"). */
  readonly periodColumns: readonly string[];
  /** A folded text that is only a period's label, its colon after it: "quy ii:", "nam 2027", "ca nam:". */
  readonly periodLabel: RegExp;
  /** The folded unit of a number that may be a year ("năm"). */
  readonly yearUnit: string;
  /**
   * Words that start a predicate values joined by a conjunction share ("thực
   * hiện", "được"), in lower case as printed: "được" is not "dược" (pharmacy),
   * though both fold to "duoc".
   */
  readonly predicateWords: readonly string[];
}

interface Comparator {
  readonly key: string;
  readonly cmp: Cmp;
  readonly needsAfter: string | null;
}

const byLength = <T extends { key: string }>(list: T[]): T[] => list.sort((a, b) => b.key.length - a.key.length);
const keys = foldedKeys;

export const quantityVocabulary = onFirstUse((): QuantityVocabulary => {
  const q = grammar<QuantitiesFile>('quantities');
  const units = byLength(q.units.map((u) => ({ key: foldKey(u), unit: u === '%o' || u === '%0' ? '‰' : u })));
  const denominators = keys(q.denominators);
  const comparators = byLength(q.comparators.map((c): Comparator => ({ key: foldKey(c.phrase), cmp: c.cmp, needsAfter: c.needsAfter ? foldKey(c.needsAfter) : null })));
  return {
    comparators,
    wordComparators: comparators.filter((c) => /^\p{L}/u.test(c.key)),
    comparatorsByLast: groupByInitial(comparators, (c) => c.key.slice(-1)),
    after: byLength(q.after.map((c) => ({ key: foldKey(c.phrase), cmp: c.cmp }))),
    aspiration: keys(q.aspiration),
    aspirationInitials: phraseInitials(q.aspiration),
    change: byLength(q.change.map((c) => ({ key: foldKey(c.phrase), direction: c.direction }))),
    units,
    unitsByInitial: groupByInitial(units, (u) => u.key),
    denominators,
    // "‰ trẻ đẻ sống", not "% phụ nữ": a count's unit after a rate is the subject it measures ("60% phụ nữ mang thai …")
    wordDenominators: denominators.filter((d) => /^\p{L}/u.test(d) && d.includes(' ') && !units.some((u) => u.key === d)),
    frequencyUnits: new Set(q.frequencyUnits.map(foldKey)),
    frequencyPeriods: keys(q.frequencyPeriods),
    nameMarkers: new Set(q.nameMarkers.map((m) => m.toLowerCase())),
    nameMarkerVerbs: new Set(q.nameMarkerVerbs.map((m) => m.toLowerCase())),
    durationLeads: keys(q.durationLeads),
    lifeExpectancy: keys(q.lifeExpectancy),
    baselineLeads: keys(q.baselineLeads),
    baselineColumns: keys(q.baselineColumns),
    indicatorColumns: keys(q.indicatorColumns),
    localityColumns: q.localityColumns.map(foldKey),
    unitColumns: keys(q.unitColumns),
    ordinalColumns: keys(q.ordinalColumns),
    noteColumns: keys(q.noteColumns),
    negations: keys(q.negations),
    amendedFrom: `${foldKey(q.rangeFromWords[0]!)} `,
    amendment: new RegExp(`[”"]\\s*(?:${alternation(keys(q.amendments))})`),
    amendmentFrame: new RegExp(`:?\\s*${q.rangeFromWords[0]}\\s*[“"][^“”"]{0,80}[”"]\\s*(?:${alternation(q.amendments)})[^]*$`, 'iu'),
    indicatorEdge: new RegExp(`^(?:${alternation(q.indicatorEdges)}|[,:\\-+.;])(?:\\s+|$)`, 'iu'),
    indicatorTrailers: [...q.indicatorTrailers].sort((a, b) => b.length - a.length),
    bracketedYear: new RegExp(`\\(\\s*${q.yearUnit}\\s+(?:19|20)\\d{2}\\s*\\)`, 'giu'),
    ownYear: new RegExp(`^\\s*(?:(?:${alternation(keys(q.ownYearLeads))}) )?${foldKey(q.yearUnit)} ((?:19|20)\\d{2})(?!\\d)`),
    ownYearBracketed: new RegExp(`^\\s*\\(\\s*(?:(?:${alternation(keys(q.ownYearLeads))}) )?${foldKey(q.yearUnit)} ((?:19|20)\\d{2})\\s*\\)`),
    dateLeadAtEnd: new RegExp(`(?:${alternation(keys(q.dateLeads))})\\s*$`),
    namedDay: new RegExp(`(?:^|\\s)(?:${alternation(q.namedDays)})\\s+\\p{Lu}`, 'u'),
    targetLabelWords: keys(q.targetLabels),
    targetLabel: new RegExp(`^(?:${alternation(q.targetLabels)})\\s+\\d{1,2}\\s*[:.]?(?:\\s+|$)`, 'iu'),
    rangeFrom: new RegExp(`(?:^|\\s)(?:${alternation(keys(q.rangeFromWords))})\\s$`),
    rangeTo: new RegExp(`^\\s+(?:${alternation(q.rangeToWords)})\\s+(${figure('(?![\\d.])')})(?![\\p{N}/])`, 'u'),
    hourAtEnd: new RegExp(`\\d\\s*(?:${alternation(keys(q.clockWords))})\\s*$`),
    trailerFinals: phraseFinals(q.indicatorTrailers),
    qualifierStart: new RegExp(`^(?:${alternation(q.qualifierStarts)})\\s`, 'iu'),
    timeOnly: new RegExp(`^(?:${alternation(q.yearLeads)})\\s+(?:19|20)\\d{2}$`, 'iu'),
    timeAtEnd: new RegExp(`\\s(?:${alternation(q.yearLeads)})\\s+(?:19|20)\\d{2}$`, 'iu'),
    danglingVerb: new RegExp(`(?:^|\\s)(?:${alternation(q.danglingVerbs)})$`, 'iu'),
    conjunctions: [',', ...q.conjunctions.map((w) => ` ${w}`)],
    conjunctionKeys: [',', ...q.conjunctions.map((w) => ` ${foldKey(w)}`)],
    perWords: new Set(q.perWords),
    scopeWords: new Set(q.scopeWords),
    done: new RegExp(`(?<!\\p{L})(?:${alternation(q.doneWords)})(?!\\p{L})`, 'iu'),
    propertyVerbs: keys(q.propertyVerbs),
    rateDenominator: new RegExp(
      `(?:${alternation(q.perWords)}|\\/)\\s*((?:\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(?:${alternation(q.populationWords)})|1(?:\\.000)+\\s+\\p{L}+(?:\\s+\\p{L}+)?)`,
      'u',
    ),
    measureUnits: new Set(q.measureUnits.map(foldKey)),
    currencyUnit: new RegExp(`(?:^|\\s)(?:${alternation(grammar<{ currency: string[] }>('money').currency)})$`, 'iu'),
    countedBefore: new RegExp(`(?:^|\\s)(?:${alternation(q.countLeads)})\\s+(\\p{L}+(?:\\s+\\p{L}+){0,3})\\s*$`, 'iu'),
    rateBase: new RegExp(`^[\\d.]+\\s+(?:${alternation(keys(q.rateBases))})`),
    ageUnits: new Set(q.ageUnits.map(foldKey)),
    occasionUnits: new Set(q.occasionUnits.map(foldKey)),
    spanUnits: new Set(q.spanUnits.map(foldKey)),
    planColumns: keys(q.planColumns),
    periodColumns: keys(q.periodColumns),
    periodLabel: new RegExp(`^${periodLabel().source}(?:\\/\\d{4})?\\s*:?$`),
    yearUnit: foldKey(q.yearUnit),
    predicateWords: q.sharedPredicates.map((word) => word.toLowerCase()),
  };
});
