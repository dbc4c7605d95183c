/**
 * Reporting obligations: where the text asks for a report ("báo cáo") by a
 * deadline — "báo cáo 6 tháng (trước ngày 10/6), báo cáo năm (trước ngày
 * 10/12) về Sở Y tế" is two — with the period it recurs with, the deadline
 * (day and month; "trước ngày 20 của tháng cuối quý" has no month) and the
 * body reported to. A report asked for without a deadline is not recorded.
 */
import type { Reporting } from '../model/schema.js';
import type { SectionNode, ItemNode, TableNode } from '../parser/tree.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { alternation, looseWord } from '../grammar/pattern.js';
import { foldedKeys, vocabulary } from '../grammar/vocabulary.js';
import { fold } from '../text/fold.js';
import { tidySpaces } from '../text/spaces.js';
import { isBracketOpen } from '../text/brackets.js';
import type { Locator } from './locate.js';
import type { Ids } from './ids.js';
import { isBodyName, tidyName } from './assignees/names.js';

interface ReportingFile {
  reportWords: string[];
  sendWords: string[];
  periods: string[];
  recipientLeads: string[];
  recipientEnds: string[];
  deadlineLeads: string[];
  deadlineCopula: string[];
  deadlineJoiners: string[];
  recurrencePrefixes: string[];
  bodyEnds: string[];
  yearEnd: { period: string; months: number[] };
  weekdays: string[];
  hourWords: string[];
  minuteWords: string[];
  dayPlurals: string[];
  tableColumns: { deadline: string[]; recipient: string[] };
  periodEnds: { phrase: string; period: string }[];
  week: { word: string; period: string };
}

/** grammar/reporting.json folded for matching, and the patterns made from it, built once. */
interface ReportingWords {
  readonly reportKeys: readonly string[];
  /** A send word ("gửi", "nộp"), folded: a deadline for sending what a report word after it names. */
  readonly sendWord: RegExp;
  /** Period words folded, longest first. */
  readonly periodKeys: readonly string[];
  /** The same as printed, in small letters: a period printed with its marks must be one ("đột quỵ" holds no "quý"). */
  readonly periodsPrinted: ReadonlySet<string>;
  /** A recipient lead ("về", "gửi về") and what follows it, longest lead first. */
  readonly leadPatterns: readonly RegExp[];
  /** Where a recipient's name stops. */
  readonly recipientStop: RegExp;
  /** The day word folded ("ngay"). */
  readonly dayKey: string;
  /** A cheap first look: no day word followed by a number, no deadline. */
  readonly deadlineHint: RegExp;
  /** A deadline: "trước ngày 15/12", "chậm nhất là ngày 20 tháng 6". */
  readonly deadline: RegExp;
  /** A weekly deadline, on a day of the week ("trước 10 giờ 00 thứ Sáu hằng tuần"), and the period it gives. */
  readonly weekly: { readonly pattern: RegExp; readonly period: string };
  /** A second deadline joined to the one before it: "… và ngày 20/12", ", ngày 20/12". */
  readonly andDeadline: RegExp;
  /** "hằng " before a period, which the period is recorded without. */
  readonly recurrence: RegExp;
  /** The report word at the start of a text. */
  readonly reportWord: RegExp;
  /** A body's name right after the report word: "Sở Y tế" in "báo cáo Sở Y tế kết quả …". */
  readonly bodyAfterReport: RegExp;
  /** A deadline on a period's last day ("ngày làm việc cuối cùng của tháng"), and the period of each phrase, as printed in lower case. */
  readonly periodEnd: { readonly pattern: RegExp; readonly periods: ReadonlyMap<string, string> };
  /** The headings, folded, of a reporting table's column of deadlines and of its column of bodies reported to. */
  readonly tableColumns: { readonly deadline: readonly string[]; readonly recipient: readonly string[] };
  /** The period of a report due in the year's last months that names none ("năm"), and those months. */
  readonly yearEnd: { readonly period: string; readonly months: readonly number[] };
}

const reportingWords = onFirstUse((): ReportingWords => {
  const file = grammar<ReportingFile>('reporting');
  // the date's words with or without their marks: a draft typed without diacritics writes "truoc ngay 25"
  const dateWords = vocabulary().dateWords;
  const [day, month, year] = [dateWords.day, dateWords.month, dateWords.year].map(looseWord);
  // "ngày 15/12", "ngày 15 tháng 12 năm 2026", "ngày 20" (of a month the text names elsewhere): the day, then the month when printed.
  const date = `${day}\\s+(\\d{1,2})(?:\\s*(?:\\/|${month})\\s*(\\d{1,2})(?:\\s*(?:\\/|${year})\\s*\\d{2,4})?)?`;
  // "16 giờ 00", "16h30", "9 giờ 30 phút" before the day: not read
  const hour = `\\d{1,2}\\s*(?:${alternation(file.hourWords)})(?:\\s*\\d{1,2}(?:\\s*(?:${alternation(file.minuteWords)}))?)?\\s+`;
  // after a joiner, a day in figures without its word: "các ngày 11/6/2026 và 12/6/2026"
  const bareDate = `(\\d{1,2})\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*\\d{2,4})?(?![\\d/])`;
  return {
    reportKeys: file.reportWords.map(fold),
    sendWord: new RegExp(`(?:^|\\s)(?:${alternation(foldedKeys(file.sendWords))})\\s`, 'u'),
    periodKeys: foldedKeys(file.periods),
    periodsPrinted: new Set(file.periods.map((p) => p.toLowerCase())),
    leadPatterns: foldedKeys(file.recipientLeads).map((lead) => new RegExp(`(?:^|\\s)${lead}\\s+`, 'gu')),
    recipientStop: new RegExp(`[,.;:()]|\\s(?:${alternation(file.recipientEnds)})\\s`, 'u'),
    dayKey: fold(dateWords.day),
    deadlineHint: new RegExp(`${day}\\s+\\d|(?:${alternation(file.weekdays)})\\s|(?:${alternation(file.periodEnds.map((e) => e.phrase))})`, 'iu'),
    weekly: {
      pattern: new RegExp(
        `(?:${alternation(file.deadlineLeads)})\\s+(?:\\d{1,2}\\s*(?:${alternation(file.hourWords)})(?:\\s*\\d{1,2})?\\s+)?(?:${alternation(file.weekdays)})\\s+(?:(?:${alternation(file.recurrencePrefixes)})\\s+)?${file.week.word}(?!\\p{L})`,
        'giu',
      ),
      period: file.week.period,
    },
    deadline: new RegExp(`(?:${alternation(file.deadlineLeads)})\\s+(?:(?:${alternation(file.deadlineCopula)})\\s+)?(?:${hour})?(?:(?:${alternation(file.dayPlurals)})\\s+)?${date}`, 'giu'),
    andDeadline: new RegExp(`^\\s*(?:,|${alternation(file.deadlineJoiners)})\\s*(?:(?:${alternation(file.deadlineLeads)})\\s+)?(?:${date}|${bareDate})`, 'iu'),
    recurrence: new RegExp(`^(?:${file.recurrencePrefixes.map(looseWord).join('|')})\\s+`, 'u'),
    reportWord: new RegExp(`^(?:${alternation(file.reportWords)})\\s+`, 'iu'),
    yearEnd: file.yearEnd,
    tableColumns: { deadline: foldedKeys(file.tableColumns.deadline), recipient: foldedKeys(file.tableColumns.recipient) },
    periodEnd: {
      pattern: new RegExp(`(?<!\\p{L})(?:${alternation(file.periodEnds.map((e) => e.phrase))})(?!\\p{L})`, 'giu'),
      periods: new Map(file.periodEnds.map((e) => [e.phrase, e.period])),
    },
    bodyAfterReport: new RegExp(`^(\\p{Lu}[^,.;:()]*?)(?=\\s(?:${alternation(file.bodyEnds)})(?:\\s|$)|[,.;:(]|$)`, 'u'),
  };
});

/** `reports`: the sections about reporting (CHẾ ĐỘ BÁO CÁO), where a deadline for sending is a report's without the report word. */
export function normalizeReporting(nodes: readonly SectionNode[], reports: ReadonlySet<SectionNode>, at: Locator, ids: Ids): Reporting[] {
  const words = reportingWords();
  const out: Reporting[] = [];
  for (const node of nodes) {
    const records: Reporting[] = [];
    for (const item of node.all) for (const record of fromItem(item, words, at, ids, reports.has(node))) records.push(record);
    const rows = node.tables.flatMap((table) => fromTable(table, words, at, ids));
    // a section's records in the order they are printed, its tables' rows among its items'
    out.push(...(rows.length > 0 ? [...records, ...rows].sort((a, b) => a.line - b.line || a.column - b.column) : records));
  }
  return out;
}

/**
 * A reporting table (Loại báo cáo | Thời hạn | Nơi nhận): each row whose
 * deadline cell holds a deadline is a report to the body of its recipient
 * cell, of the period its deadline or its other cells name, where its row
 * starts.
 */
function fromTable(table: TableNode, words: ReportingWords, at: Locator, ids: Ids): Reporting[] {
  const [head, ...rows] = table.rows;
  if (!head?.cells) return [];
  const headings = head.cells.map((c) => fold(c.text.replace(/[*_]/g, '')).trim());
  const column = (names: readonly string[]): number => headings.findIndex((h) => names.some((n) => h === n || h.startsWith(`${n} `)));
  const deadline = column(words.tableColumns.deadline);
  const recipient = column(words.tableColumns.recipient);
  if (deadline < 0 || recipient < 0) return [];
  const out: Reporting[] = [];
  for (const row of rows) {
    const cells = row.cells ?? [];
    const due = cells[deadline]?.text ?? '';
    const others = cells.filter((_, i) => i !== deadline && i !== recipient).map((c) => c.text).join(' ');
    for (const m of deadlines(due, words)) {
      const span = at.line(row);
      out.push({
        id: ids.next('rep', span.line),
        period: m.period ?? periodIn(due, words) ?? periodIn(others, words) ?? (m.month !== null && words.yearEnd.months.includes(m.month) ? words.yearEnd.period : null),
        deadline: { day: m.day, month: m.month },
        to: tidyName(cells[recipient]?.text ?? '') || null,
        text: cells.map((c) => c.text).join(' | '),
        ...span,
      });
    }
  }
  return out;
}

function fromItem(item: ItemNode, words: ReportingWords, at: Locator, ids: Ids, aboutReports: boolean): Reporting[] {
  const text = item.block.text;
  if (!words.deadlineHint.test(text)) return [];
  const key = fold(text);
  if (!aboutReports && !words.reportKeys.some((w) => key.includes(w))) return [];
  const out: Reporting[] = [];
  let previous = 0;
  for (const m of deadlines(text, words)) {
    const reportBefore = lastIndexOfAny(key, words.reportKeys, m.index);
    const end = m.index + m.text.length;
    // Without a report word before it, a deadline for sending, or a period's, counts when the report word follows in its clause.
    const before = reportBefore >= 0 && m.index - reportBefore <= 200;
    // under CHẾ ĐỘ BÁO CÁO, "gửi số liệu … về Phòng Kế hoạch tổng hợp trước ngày 05 hằng tháng" is a report of its own
    const reportAt = before ? reportBefore : aboutReports ? sendingClause(text, key, m, words) : leadingClause(text, key, m, words);
    if (reportAt < 0) continue;
    const span = at.inBlockAt(item.block, m.index, m.text);
    const period = m.period ?? periodIn(text.slice(Math.max(previous, reportAt), m.index), words) ?? periodAfter(text.slice(end), words);
    out.push({
      id: ids.next('rep', span.line),
      period: period ?? (m.month !== null && words.yearEnd.months.includes(m.month) ? words.yearEnd.period : null),
      deadline: { day: m.day, month: m.month },
      // the body may be named right after the report word, wherever that stands
      to: recipientIn(text, end, reportAt, before ? reportAt : firstIndexOfAny(key, words.reportKeys, end), words),
      text: sentenceAround(text, m.index, item.label?.rest ?? 0),
      ...span,
    });
    previous = end;
  }
  return out;
}

interface Deadline {
  readonly index: number;
  readonly text: string;
  /** The day of the month; null for a deadline on a day of the week. */
  readonly day: number | null;
  readonly month: number | null;
  /** The period the deadline itself names ("… thứ Sáu hằng tuần"). */
  readonly period?: string;
}

/** Every deadline of a text: "trước ngày 10/6", and one joined to it, "… và ngày 20/12". */
function deadlines(text: string, words: ReportingWords): Deadline[] {
  const out: Deadline[] = [];
  const push = (index: number, matched: string, day: string, month: string | undefined): boolean => {
    const d = Number(day);
    const mo = month ? Number(month) : null;
    if (d < 1 || d > 31 || (mo !== null && (mo < 1 || mo > 12))) return false;
    out.push({ index, text: matched, day: d, month: mo });
    return true;
  };
  const { deadline, andDeadline } = words;
  deadline.lastIndex = 0;
  for (let m = deadline.exec(text); m; m = deadline.exec(text)) {
    if (!push(m.index, m[0], m[1]!, m[2])) continue;
    let end = m.index + m[0].length;
    for (let next = andDeadline.exec(text.slice(end)); next; next = andDeadline.exec(text.slice(end))) {
      // the joined deadline starts at its day word ("ngày 20/12" of "… và ngày 20/12"), or at its day in figures
      const day = next[1] !== undefined ? fold(next[0]).indexOf(words.dayKey) : next[0].search(/\d/);
      if (!push(end + next.index + day, next[0].slice(day), (next[1] ?? next[3])!, next[1] !== undefined ? next[2] : next[4])) break;
      end += next.index + next[0].length;
    }
    deadline.lastIndex = end;
  }
  // "vào ngày làm việc cuối cùng của tháng": the last day of a period, each period
  const { periodEnd } = words;
  periodEnd.pattern.lastIndex = 0;
  for (let m = periodEnd.pattern.exec(text); m; m = periodEnd.pattern.exec(text)) {
    out.push({ index: m.index, text: m[0], day: null, month: null, period: periodEnd.periods.get(tidySpaces(m[0]).toLowerCase()) });
  }
  // "trước 10 giờ 00 thứ Sáu hằng tuần": a day of the week, each week
  const { weekly } = words;
  weekly.pattern.lastIndex = 0;
  for (let m = weekly.pattern.exec(text); m; m = weekly.pattern.exec(text)) out.push({ index: m.index, text: m[0], day: null, month: null, period: weekly.period });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Where the clause of a deadline starts, when the report word comes after the
 * deadline in it and the deadline opens the clause ("Trước ngày 05/12, các
 * xã báo cáo …"), or before it stands a send word ("Tổng hợp kết quả năm,
 * gửi Sở Y tế trước ngày 05/12 để tổng hợp, báo cáo UBND tỉnh") or the
 * period the deadline is for ("Định kỳ 6 tháng (trước ngày 15/6) và năm
 * (trước ngày 15/12), các đơn vị báo cáo … về Sở Y tế", "Hằng tháng, trước
 * ngày 25, …"); else -1.
 */
function leadingClause(text: string, key: string, m: Deadline, words: ReportingWords): number {
  const start = clauseStart(text, m.index, 0);
  const end = m.index + m.text.length;
  const after = key.slice(end, end + 120);
  const stop = after.search(/[;.](?:\s|$)/);
  const follows = words.reportKeys.some((w) => {
    const i = after.indexOf(w);
    return i >= 0 && (stop < 0 || i < stop);
  });
  if (!follows) return -1;
  const before = key.slice(start, m.index);
  // "Trước ngày 05/12, Ủy ban nhân dân các xã báo cáo …": a deadline that opens its clause is the report's.
  const opens = /^[\s\-+•*]*$/.test(before);
  return opens || words.sendWord.test(before) || periodRightBefore(before, words) ? start : -1;
}

/** Where the clause of a deadline starts when a send word stands before the deadline in it, or a report word after it; else -1. */
function sendingClause(text: string, key: string, m: Deadline, words: ReportingWords): number {
  const start = clauseStart(text, m.index, 0);
  return words.sendWord.test(key.slice(start, m.index)) ? start : leadingClause(text, key, m, words);
}

/** "6 tháng (", "năm (", "Hằng tháng, ": a period word just before a deadline (given folded), its bracket open or a comma after it. */
function periodRightBefore(before: string, words: ReportingWords): boolean {
  const key = before.slice(-24).replace(/[\s(,]+$/, '');
  return words.periodKeys.some((p) => key.endsWith(p) && !/[\p{L}\p{N}]/u.test(key[key.length - p.length - 1] ?? ' '));
}

function lastIndexOfAny(key: string, needles: readonly string[], before: number): number {
  return Math.max(...needles.map((n) => key.lastIndexOf(n, before)));
}

function firstIndexOfAny(key: string, needles: readonly string[], from: number): number {
  const found = needles.map((n) => key.indexOf(n, from)).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : from;
}

/** The period a deadline belongs to: the period word that ends nearest before it ("6 tháng", "năm", "hằng quý"). */
function periodIn(text: string, words: ReportingWords): string | null {
  const key = fold(text);
  const { periodKeys } = words;
  let best: { end: number; period: string } | null = null;
  for (const k of periodKeys) {
    let i = key.lastIndexOf(k);
    while (i >= 0 && (/[\p{L}\p{N}]/u.test(key[i + k.length] ?? ' ') || /[\p{L}\p{N}]/u.test(key[i - 1] ?? ' ') || !asPrinted(text.slice(i, i + k.length), words))) i = i > 0 ? key.lastIndexOf(k, i - 1) : -1;
    if (i < 0) continue;
    const end = i + k.length;
    if (best === null || end > best.end || (end === best.end && k.length > best.period.length)) best = { end, period: text.slice(i, end) };
  }
  return best ? best.period.replace(words.recurrence, '') : null;
}

/** Whether a period found folded is printed as one: with its marks as the grammar spells it, or typed without any. */
function asPrinted(printed: string, words: ReportingWords): boolean {
  const lower = printed.toLowerCase();
  return words.periodsPrinted.has(lower) || !/[^\x00-\x7f]/.test(lower);
}

/** "… trước ngày 25/11 hằng năm": a period printed right after the deadline. */
function periodAfter(text: string, words: ReportingWords): string | null {
  const { periodKeys } = words;
  const key = fold(text.slice(0, 24)).trimStart();
  const found = periodKeys.find((p) => key.startsWith(p) && !/[\p{L}\p{N}]/u.test(key[p.length] ?? ' '));
  return found ? periodIn(text.slice(0, 24), words) : null;
}

/**
 * "… về Sở Y tế để tổng hợp": the body the report goes to, after the
 * deadline or between where the report's clause starts and it, else the body
 * printed right after the report word ("báo cáo Ủy ban nhân dân tỉnh …").
 */
function recipientIn(text: string, after: number, reportAt: number, wordAt: number, words: ReportingWords): string | null {
  // after the deadline, the first lead; before it, the one nearest it ("gửi số liệu … về Phòng Kế hoạch tổng hợp trước …")
  const look = (from: number, to: number, nearestEnd: boolean): string | null => {
    const slice = text.slice(from, to);
    const key = fold(slice);
    const found: { at: number; name: string }[] = [];
    for (const lead of words.leadPatterns) {
      lead.lastIndex = 0;
      const m = nearestEnd ? lastMatch(lead, key) : lead.exec(key);
      // a lead in brackets names a copy or a channel: "báo cáo Sở Y tế (đồng gửi Trung tâm …)"
      if (!m || isBracketOpen(slice, m.index)) continue;
      const rest = slice.slice(m.index + m[0].length);
      const stop = rest.search(words.recipientStop);
      const name = tidyName(stop >= 0 ? rest.slice(0, stop) : rest);
      if (name && isBodyName(name)) {
        if (!nearestEnd) return name;
        found.push({ at: m.index, name });
      }
    }
    return found.length > 0 ? found.reduce((a, b) => (b.at > a.at ? b : a)).name : null;
  };
  const direct = text.slice(wordAt).replace(words.reportWord, '');
  const named = words.bodyAfterReport.exec(direct);
  return look(after, Math.min(text.length, after + 120), false) ?? look(reportAt, after, true) ?? (named && isBodyName(named[1]!) ? tidyName(named[1]!) : null);
}

/** The last match of a global pattern in a text, from its start. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = m;
    pattern.lastIndex = m.index + 1;
  }
  return last;
}

/** Where the clause around an offset starts: after the last ". " or "; " before it, and not before `from`. */
function clauseStart(text: string, at: number, from: number): number {
  return Math.max(text.lastIndexOf('. ', at) + 1, text.lastIndexOf('; ', at) + 1, from);
}

/** The sentence of a text around an offset; `from` is where the text starts after its label ("- ", "2.1."), which is no part of it. */
function sentenceAround(text: string, at: number, from: number): string {
  const start = clauseStart(text, at, from);
  const end = [text.indexOf('. ', at), text.indexOf('; ', at)].filter((i) => i >= 0);
  return text.slice(start, end.length ? Math.min(...end) + 1 : text.length).trim();
}
