/**
 * Run-on lines: a PDF-to-markdown converter that never sees a paragraph end
 * (pdf2md, on a PDF whose lines pdf.js reports without gaps) prints the
 * blocks of a page on one line, each marked only by its emphasis:
 *
 *   "- … hiệu quả. **III. MỤC TIÊU**"
 *   "**2. Giám sát** a) Tại cửa khẩu: … b) Tại cộng đồng: …"
 *   "… giải quyết./. **_Nơi nhận:_**"
 *   "SỞ Y TẾ **TRUNG TÂM Y TẾ …** Số: 38/KH-TTYT **CỘNG HÒA …** _…, ngày …_ **KẾ HOẠCH …** Căn cứ …"
 *
 * Such a line is cut where a block starts: before an emphasised run that
 * opens with a section or item label, the recipients heading or a table's
 * heading ("**TT Chỉ tiêu ĐVT …**"), after a sentence's end (a section's
 * heading in capitals after anything); before a chain of points "a) … b) …" run together; before
 * the closing sentence; and, in a header run together with the Quốc hiệu, at
 * every change of emphasis and before each sentence of the preamble. A cut
 * is made only after the end of a sentence or of an emphasised run, so that
 * bold words inside a sentence stay where they are.
 */
import { readLabel } from '../parser/labels.js';
import { startsWithPhrase, vocabulary } from '../grammar/vocabulary.js';
import { foldKey, foldStart } from '../text/fold.js';
import { isOrdinalHeading } from '../lexer/cell-tables.js';

export interface Segment {
  readonly text: string;
  readonly bold: boolean;
  /** The emphasised run (bold or italic) the text is in, numbered from 1; 0 for text outside every run. */
  readonly run: number;
}

/** A stretch of a line's text in one emphasis: [start, end) offsets of the joined text. */
interface Run {
  readonly start: number;
  readonly end: number;
  /** Where its last non-blank character ends. */
  readonly last: number;
  readonly emphasised: boolean;
}

/** The marks that end a sentence, or a clause before a list. */
const SENTENCE_ENDS = new Set([...'.:;!?…']);
/** How much of a text is folded to look for a phrase at its start. */
const PHRASE_REACH = 48;
/** Where a point's letter may stand in a run-on line: after a blank. */
const POINT = /(?<=\s)([a-zđ])\)\s/gu;
/** A sentence's end and the blanks after it (a space, or a no-break space an HTML export writes as &nbsp;). */
const SENTENCE_BREAK = /\.\s+/g;
/** A sentence's end inside a header's preamble, before the capital of the next ("…; Căn cứ", "…: Thực hiện"). */
const PREAMBLE_BREAK = /[;:.]\s+(?=\p{Lu})/gu;

/**
 * Where the chain of points stands, across the lines of a document: the
 * index of the last point read, -2 for none (so that only an "a)" opens a
 * chain). A chain goes on past the lines under its last point ("a) … b)
 * Cách ly:" over bullets, then "… c) Xét nghiệm: …" run on after the last
 * of them).
 */
export interface Points {
  last: number;
}

/** How far into a block its label is read. */
const LABEL_REACH = 24;

/** The segments of each block a line holds; most lines hold one, and are returned whole. */
export function cutRunOn(segments: readonly Segment[], points: Points): (readonly Segment[])[] {
  const text = segments.length === 1 ? segments[0]!.text : segments.map((s) => s.text).join('');
  const cuts = new Set<number>();
  if (segments.length > 1 || text.includes(') ')) {
    const runs = runsOf(segments);
    const ending = new Map(runs.filter((r) => r.emphasised).map((r) => [r.last, r]));
    const header = headerEnd(text, runs);
    if (header > 0) cutHeader(text, runs, header, cuts);
    cutAtEmphasis(text, runs, cuts);
    cutAtClosing(text, cuts);
    cutAtPoints(text, ending, cuts, points);
    cuts.delete(0);
  }
  const starts = [0, ...[...cuts].sort((a, b) => a - b)];
  for (const start of starts) follow(points, text.slice(firstText(text, start), start + LABEL_REACH));
  return starts.length === 1 ? [segments] : pieces(segments, starts.slice(1));
}

/** The chain of points after a block that opens so: a point goes on with it, a number or a section ends it. */
function follow(points: Points, opening: string): void {
  const label = readLabel(opening);
  if (label?.style === 'letter') points.last = vocabulary().pointLetters.indexOf(label.value!);
  else if (label && label.style !== 'dash' && label.style !== 'plus' && label.style !== 'star') points.last = -2;
}

/** The runs of a line: consecutive segments of one emphasised run, or of none. */
function runsOf(segments: readonly Segment[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  let current = -1;
  for (const s of segments) {
    const end = at + s.text.length;
    const last = s.text.trim() === '' ? null : at + s.text.trimEnd().length;
    if (s.run !== current) {
      runs.push({ start: at, end, last: last ?? at, emphasised: s.run !== 0 });
      current = s.run;
    } else {
      const run = runs[runs.length - 1]!;
      runs[runs.length - 1] = { ...run, end, last: last ?? run.last };
    }
    at = end;
  }
  return runs;
}

/** The first non-blank offset at or after `at`. */
function firstText(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** A text's first word: up to its first space. */
function firstWord(text: string): string {
  const space = text.search(/\s/);
  return space < 0 ? text : text.slice(0, space);
}

/** Where the text before `at` ends: past its last non-blank character. */
function endBefore(text: string, at: number): number {
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** Whether the text before `at` ends a sentence. */
function afterSentence(text: string, at: number): boolean {
  const end = endBefore(text, at);
  return end > 0 && SENTENCE_ENDS.has(text[end - 1]!);
}

/**
 * A header run together with its Quốc hiệu (or the Party's heading): where
 * the header ends, at the first run that opens a section; 0 for a line
 * that holds no such header.
 */
function headerEnd(text: string, runs: readonly Run[]): number {
  if (runs.filter((r) => r.emphasised).length < 2) return 0;
  const key = foldKey(text);
  const { nationalName, partyHeading } = vocabulary();
  if (![...nationalName, ...partyHeading].some((phrase) => key.includes(phrase))) return 0;
  const section = runs.find((r) => r.emphasised && r.start > 0 && readLabel(text.slice(firstText(text, r.start), r.end))?.style === 'roman');
  return section ? section.start : text.length;
}

/** The header's parts: each emphasised run, the text between them, the kind apart from the title, and each sentence of the preamble. */
function cutHeader(text: string, runs: readonly Run[], end: number, cuts: Set<number>): void {
  const { kinds, preambleStarts } = vocabulary();
  for (const run of runs) {
    if (run.start >= end) break;
    cuts.add(firstText(text, run.start));
    if (!run.emphasised) continue;
    // "KẾ HOẠCH Phòng, chống …": the kind, and the title after it
    const printed = text.slice(firstText(text, run.start), run.end);
    const kind = kinds.find((k) => printed.startsWith(k.name + ' '));
    if (kind) cuts.add(firstText(text, firstText(text, run.start) + kind.name.length));
  }
  PREAMBLE_BREAK.lastIndex = 0;
  for (let m = PREAMBLE_BREAK.exec(text); m && m.index < end; m = PREAMBLE_BREAK.exec(text)) {
    const at = m.index + m[0].length;
    if (startsWithPhrase(foldStart(text.slice(at, at + PHRASE_REACH)), preambleStarts)) cuts.add(at);
  }
}

/** An emphasised run after a sentence's end that opens a section, an item or the recipients: a block of its own. */
function cutAtEmphasis(text: string, runs: readonly Run[], cuts: Set<number>): void {
  const { recipientsHeading } = vocabulary();
  for (const run of runs) {
    if (!run.emphasised || run.start === 0) continue;
    const at = firstText(text, run.start);
    const printed = text.slice(at, run.end);
    const label = readLabel(printed);
    // a section's heading in capitals ("**IV. NHIỆM VỤ VÀ GIẢI PHÁP**") stands apart after whatever ends before it, a table's last cell
    const section = label?.style === 'roman' && printed === printed.toUpperCase();
    if (!section && !afterSentence(text, at)) continue;
    if (label && (label.style === 'roman' || label.style === 'arabic' || label.style === 'decimal')) {
      cuts.add(at);
      // a section's heading, and the text run on after it
      if (label.style === 'roman' && firstText(text, run.end) < text.length) cuts.add(firstText(text, run.end));
    } else if (foldStart(printed).startsWith(recipientsHeading) || isOrdinalHeading(firstWord(printed))) cuts.add(at);
  }
}

/** The closing sentence ("Trên đây là Kế hoạch …") run on after the last sentence of the body. */
function cutAtClosing(text: string, cuts: Set<number>): void {
  const { closingSentences } = vocabulary();
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    const start = m.index + m[0].length;
    if (startsWithPhrase(foldStart(text.slice(start, start + PHRASE_REACH)), closingSentences)) {
      cuts.add(start);
      return;
    }
  }
}

/**
 * Points run together ("a) … b) … c) …"): each after a sentence's end or an
 * emphasised run, in the order of the alphabet, a chain starting at "a)"
 * only when "b)" follows it. An emphasised run before the chain's "a)" that
 * follows a sentence's end is a heading over the points ("**Tình huống 1: …**").
 */
function cutAtPoints(text: string, ending: ReadonlyMap<number, Run>, cuts: Set<number>, points: Points): void {
  const { pointLetters } = vocabulary();
  const candidates: { at: number; index: number }[] = [];
  POINT.lastIndex = 0;
  for (let m = POINT.exec(text); m; m = POINT.exec(text)) {
    if (afterSentence(text, m.index) || ending.has(endBefore(text, m.index))) candidates.push({ at: m.index, index: pointLetters.indexOf(m[1]!) });
  }
  if (candidates.length === 0) return;
  const opening: Points = { last: points.last };
  follow(opening, text.slice(firstText(text, 0), firstText(text, 0) + LABEL_REACH));
  let previous = opening.last;
  candidates.forEach((c, i) => {
    const starts = c.index === 0 && candidates[i + 1]?.index === 1;
    if (c.index !== previous + 1 && !starts) return;
    previous = c.index;
    cuts.add(c.at);
    if (c.index !== 0) return;
    const heading = ending.get(endBefore(text, c.at));
    if (heading && heading.start > 0 && afterSentence(text, heading.start)) cuts.add(firstText(text, heading.start));
  });
}

/** The segments cut at the offsets given, in order. */
function pieces(segments: readonly Segment[], cuts: readonly number[]): Segment[][] {
  const out: Segment[][] = [[]];
  let at = 0;
  let next = 0;
  for (const s of segments) {
    let from = 0;
    while (next < cuts.length && cuts[next]! < at + s.text.length) {
      const cut = cuts[next++]! - at;
      if (cut > from) out[out.length - 1]!.push({ ...s, text: s.text.slice(from, cut) });
      out.push([]);
      from = cut;
    }
    if (from < s.text.length) out[out.length - 1]!.push(from === 0 ? s : { ...s, text: s.text.slice(from) });
    at += s.text.length;
  }
  return out.filter((piece) => piece.some((s) => s.text.trim() !== ''));
}
