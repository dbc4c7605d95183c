/**
 * Cited documents: every số ký hiệu in the text (preamble, body, title,
 * appendices), once each, in order of first appearance, with the kind, date
 * and issuer the citation gives ("Quyết định số 721/QĐ-UBND ngày 04/3/2021
 * của UBND tỉnh Lào Cai"). The plan's own number is not a reference.
 */
import type { DateParts, Reference, Span } from '../model/schema.js';
import type { Diagnostics } from '../diagnostics/collector.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { alternation } from '../grammar/pattern.js';
import { vocabulary } from '../grammar/vocabulary.js';
import { foldKey } from '../text/fold.js';
import type { Line } from '../lexer/line.js';
import type { Locator } from './locate.js';
import type { Ids } from './ids.js';
import { citation, cutNumber, lookalikes, parseNumber } from '../grammar/document-number.js';
import { isRealDate } from './date.js';

/** A cheap first look: a số ký hiệu has a digit, "/" or "-" (a year between for laws) and a capital; a date has none. */
const NUMBER_HINT = /\d ?[/-] ?(?:\d{4} ?\/ ?)?[A-ZĐÐ]/;

interface ReferencesFile {
  issuedWords: string[];
  issuerLeads: string[];
  issuerEnds: string[];
}

/** grammar/references.json and the header's date and number words, as the patterns this pass uses. */
interface CitationWords {
  /** The date right after a number: "ngày 04/3/2021", "ban hành ngày 15 tháng 6 năm 2020". */
  readonly dateAfter: RegExp;
  /** The issuer after the date: "của UBND tỉnh Lào Cai" (group 1). */
  readonly issuerAfter: RegExp;
}

const citationWords = onFirstUse((): CitationWords => {
  const file = grammar<ReferencesFile>('references');
  const { day, month, year } = vocabulary().dateWords;
  return {
    dateAfter: new RegExp(
      `^\\s*,?\\s*(?:(?:${alternation(file.issuedWords)})\\s+)?${day}\\s+(\\d{1,2})\\s*(?:[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|${month}\\s+(\\d{1,2})\\s+${year}\\s+(\\d{4}))`,
      'u',
    ),
    issuerAfter: new RegExp(
      `^\\s*,?\\s*(?:${alternation(file.issuerLeads)})\\s+([^\\s,;:.()]+(?:\\s+[^\\s,;:.()]+){0,9}?)(?=\\s+(?:${alternation(file.issuerEnds)})\\s|\\s*[,;:.(]|$)`,
      'u',
    ),
  };
});

export function normalizeReferences(
  lines: readonly Line[],
  ownNumber: string | null,
  ownDate: DateParts | null,
  skipLines: ReadonlySet<Line>,
  at: Locator,
  ids: Ids,
  diagnostics: Diagnostics,
): Reference[] {
  const seen = new Set<string>();
  const references: Reference[] = [];
  if (ownNumber) seen.add(ownNumber);
  /** A number as printed, with the text before it on its line, the line above, where it stands, and the text after it. */
  const cite = (printed: string, before: string, lineAbove: string | undefined, locate: () => Span, after: string): void => {
    const parsed = parseNumber(printed.replace(/\s+/g, ''));
    if (!parsed) return;
    // A number cited again is listed once, but a look-alike in any of its printings is a slip of its own.
    const lookalike = lookalikes().any.exec(printed)?.[0];
    const repeated = seen.has(parsed.number);
    if (repeated && !lookalike) return;
    const kind = kindBefore(before, lineAbove);
    // A number without a type code (a công văn: 1120/SYT-NVY) counts only where the text names its kind.
    if (parsed.parts.type === null && !/QH\d/.test(parsed.number) && kind === null) return;
    const span = locate();
    if (lookalike) diagnostics.report('KH401', span, { number: parsed.number, char: lookalike });
    if (repeated) return;
    seen.add(parsed.number);
    const dated = dateAfter(after);
    const date = dated?.date ?? null;
    const afterDate = dated ? after.slice(dated.length) : after;
    // A plan cannot carry out what was issued after it: a slip in one of the two dates.
    if (date && ownDate && isLater(date, ownDate)) diagnostics.report('KH402', span, { number: parsed.number });
    if (date && date.year !== null && date.month !== null && date.day !== null && !isRealDate(date.year, date.month, date.day)) {
      diagnostics.report('KH403', span, { number: parsed.number, day: date.day, month: date.month, year: date.year });
    }
    references.push({
      id: ids.next('ref', span.line),
      number: parsed.number,
      parts: parsed.parts,
      kind: kind ?? (parsed.parts.type ? vocabulary().typeCodes.get(parsed.parts.type) ?? null : null),
      date,
      issuer: citationWords().issuerAfter.exec(afterDate)?.[1]?.trim() ?? null,
      ...span,
    });
  };
  // The start of a line taken by the rest of a number cut at the end of the line above.
  let carried = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const skip = carried;
    carried = 0;
    if (skipLines.has(line)) continue;
    const text = line.cells ? line.cells.map((c) => c.text).join(' ') : line.text;
    const next = lines[i + 1];
    // Every form of số ký hiệu has a slash ("496/KH-TTYT", "141-KH/HU", "15/2023/QH15"): a native search rules most lines out.
    if (text.includes('/') && NUMBER_HINT.test(text)) {
      const pattern = citation();
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const printed = m[0];
        if (m.index < skip) continue;
        cite(printed, text.slice(0, m.index), lines[i - 1]?.text, () => at.fragment(line, printed), text.slice(m.index + printed.length) + ' ' + (next?.text ?? ''));
      }
    }
    // A number cut by a wrapped line goes on on the next physical line.
    const wrapped = next && next.index === line.index + 1 && !line.cells && !next.cells && !skipLines.has(next) ? next : null;
    const cut = wrapped ? cutNumber(line.text, wrapped.text) : null;
    if (wrapped && cut) {
      carried = cut.head.length;
      const across = (): Span => {
        const from = at.fragment(line, cut.tail);
        const to = at.fragment(wrapped, cut.head);
        return { line: from.line, column: from.column, endLine: to.endLine, endColumn: to.endColumn };
      };
      cite(cut.tail + cut.head, line.text.slice(0, -cut.tail.length), lines[i - 1]?.text, across, wrapped.text.slice(cut.head.length) + ' ' + (lines[i + 2]?.text ?? ''));
    }
  }
  return references;
}

/** Whether a full date falls after another; a date with a part left blank is after nothing. */
function isLater(a: DateParts, b: DateParts): boolean {
  if (a.year === null || a.month === null || a.day === null || b.year === null || b.month === null || b.day === null) return false;
  return a.year !== b.year ? a.year > b.year : a.month !== b.month ? a.month > b.month : a.day > b.day;
}

/**
 * "Quyết định số 721/…", "Nghị quyết 42/…": the kind word just before the number, on this line or the one above, or
 * cut between them ("… và Công" over "văn số 312/PB-BTN …").
 */
function kindBefore(before: string, lineAbove: string | undefined): string | null {
  const text = (lineAbove && before.length < KIND_REACH ? lineAbove.trimEnd() + ' ' : '') + before;
  // the number word may stand between the kind and the number: "Quyết định số 721/…"
  const numberWord = ` ${vocabulary().numberKey}`;
  const tail = foldKey(text.slice(-KIND_REACH));
  const key = tail.endsWith(numberWord) ? tail.slice(0, -numberWord.length) : tail;
  for (const { word, key: w } of foldedKindWords()) {
    if (key.endsWith(w) && (key.length === w.length || key[key.length - w.length - 1] === ' ')) return word;
  }
  return null;
}

/** How far before a number its kind word is looked for. */
const KIND_REACH = 40;

/** The kind words with their folded keys. */
const foldedKindWords = onFirstUse(() => vocabulary().kindWords.map((word) => ({ word, key: foldKey(word) })));

/** The date right after a citation's number, and how many characters it takes. */
function dateAfter(text: string): { date: DateParts; length: number } | null {
  const m = citationWords().dateAfter.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { date: { year, month, day }, length: m[0].length };
}
