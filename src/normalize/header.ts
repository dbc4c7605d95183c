/**
 * The header node into the document record: each cell is read for what it
 * is (national name, motto, issuing body, number, place and date), the kind
 * and title come from their lines, and the issuer falls back to the
 * preamble's "<body> xây dựng Kế hoạch…" when the header names none.
 */
import type { DocumentHeader, Span } from '../model/schema.js';
import type { Diagnostics } from '../diagnostics/collector.js';
import { vocabulary, startsWithPhrase } from '../grammar/vocabulary.js';
import { onFirstUse } from '../grammar/load.js';
import { foldKey, isMostlyUpper } from '../text/fold.js';
import type { Block, HeaderCell, HeaderNode } from '../parser/tree.js';
import { isFieldLabel, kindOf } from '../parser/header.js';
import { clean } from '../parser/body.js';
import type { Locator } from './locate.js';
import { readHeaderNumber } from '../grammar/document-number.js';
import { agencyVocabulary } from './assignees/vocabulary.js';
import { isRealDate, paddedForm, readPlaceDate, type PlaceDate } from './date.js';


export function normalizeHeader(
  node: HeaderNode,
  carrier: HeaderNode | null,
  preamble: Block[],
  at: Locator,
  diagnostics: Diagnostics,
): DocumentHeader {
  const v = vocabulary();
  const fields: Record<string, Span> = {};
  const cells = carrier ? [...carrier.cells, ...node.cells] : node.cells;
  let nationalMotto = false;
  let party = false;
  /** The upper-case cells that may name the issuer, each with its folded key. */
  const bodies: { cell: HeaderCell; key: string }[] = [];
  const pageEnd = pageHeaderEnd(cells);
  /** How many bodies stood above the first number, and whether a second number follows (a joint plan's, cell after cell). */
  let leadBodies = 0;
  let secondNumber = false;
  let number: DocumentHeader['number'] = null;
  let numberParts: DocumentHeader['numberParts'] = null;
  let place: string | null = null;
  let date: DocumentHeader['date'] = null;

  /** A cell read with the one before it (the rest of a wrapped date line). */
  let skip = -1;
  for (const [k, cell] of cells.entries()) {
    if (k === skip) continue;
    const key = foldKey(cell.text.replace(/[*_]/g, ''));
    if (v.nationalName.some((p) => key.includes(p)) || v.motto.some((p) => key.includes(p))) {
      nationalMotto = true;
      continue;
    }
    if (v.partyHeading.some((p) => key === p)) {
      nationalMotto = true;
      party = true;
      continue;
    }
    const numberMatch = v.numberCell.exec(cell.text);
    // "Số: 112/KH-TTYT" under the second body of a joint plan whose cells a converter printed one after the other: the
    // first number is the lead body's, and so is the issuer above it
    if (numberMatch && number !== null) {
      secondNumber = true;
      continue;
    }
    if (numberMatch) {
      leadBodies = bodies.length;
      const span = at.cell(cell, cell.text);
      fields.number = span;
      const read = readHeaderNumber(numberMatch[1]!);
      if (read) {
        number = read.parsed.number;
        numberParts = read.parsed.parts;
        if (read.malformed) diagnostics.report('KH102', span, { text: cell.text.trim(), number: read.parsed.number });
        // A draft leaves the sequence number for the clerk who issues it ("Số:      /KH-UBND"), as it leaves the day.
        else if (numberParts.seq === null) diagnostics.report('KH106', span, { text: cell.text.trim() });
        // A number below 10 takes a leading zero, in NĐ 30's numbers ("Số: 05/KH-UBND") as in the Party's ("Số 08-KH/TU").
        else if (numberParts.seq !== null && /^[1-9]$/.test(numberParts.seq)) {
          diagnostics.report('KH103', span, { expected: `0${number}` });
        }
      } else diagnostics.report('KH102', span, { text: cell.text.trim(), number: '?' });
      continue;
    }
    // "Tam Nông, ngày 02" over "tháng 6 năm 2027": a narrow cell wraps the date line
    const next = cells[k + 1];
    const wrapped: PlaceDate | null = date === null && next && cutDate().test(cell.text) ? readPlaceDate(`${cell.text.trim()} ${next.text.trim()}`) : null;
    const placeDate: PlaceDate | null = date === null ? readPlaceDate(cell.text) ?? wrapped : null;
    if (placeDate) {
      if (wrapped === placeDate) skip = k + 1;
      const first = at.cell(cell, cell.text);
      const last = wrapped === placeDate ? at.cell(next!, next!.text) : first;
      const span = { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
      fields.date = span;
      place = placeDate.place;
      date = placeDate.date;
      checkDate(placeDate, span, diagnostics);
      continue;
    }
    if (/^[*\-_=─\s\\]+$/.test(cell.text)) continue;
    if (cell.column === 0 && cell.line.index > pageEnd && isMostlyUpper(cell.text) && !kindOf(cell.text) && !opensWithKind(key) && cell.text.length <= 80) bodies.push({ cell, key });
  }

  const kindCell = node.kind;
  const kindName = kindCell ? kindOf(kindCell.text) : null;
  const kind = kindName ? v.kinds.find((k) => k.name === kindName)! : null;
  if (kindCell) fields.kind = at.cell(kindCell, kindCell.text);
  // "Kế hoạch" on the kind's line: read as the kind, and said to be a slip.
  if (kind && kindCell && !isMostlyUpper(kindCell.text)) diagnostics.report('KH123', fields.kind!, { text: kindCell.text.trim(), expected: kind.name });
  // A KẾ HOẠCH numbered as a QĐ: the type code names another kind. (A plan attached to a decision carries the decision's number.)
  if (kind?.code && numberParts?.type && numberParts.type !== kind.code && !carrier) {
    diagnostics.report('KH104', fields.number ?? fields.kind ?? at.start(), { type: numberParts.type, kind: kind.name, expected: kind.code });
  }
  const title = node.titleLines.length ? clean(node.titleLines.map((l) => l.text).join(' ')) : null;
  if (node.titleLines.length) fields.title = at.lines(node.titleLines);

  const { issuer, parentBody, span: issuerSpan } = issuerFrom(secondNumber && leadBodies > 0 ? bodies.slice(0, leadBodies) : bodies, at, numberParts?.issuerCode ?? null);
  if (issuerSpan) fields.issuer = issuerSpan;
  const fallback = issuer ?? issuerFromPreamble(preamble, at, fields);
  if (party && numberParts?.style === 'state') {
    // A Party heading with a state-style number is a slip worth a note, not a guess.
    diagnostics.report('KH105', fields.number ?? at.start(), { family: diagnostics.term('partyFamily'), style: diagnostics.term('stateStyle'), number: number ?? '' });
  }

  return {
    kind: kindCell ? printedKind(clean(kindCell.text).toUpperCase(), kind) : null,
    kindCode: kind?.code ?? null,
    isPlan: kind?.plan ?? false,
    number,
    numberParts,
    place,
    date,
    title: title || null,
    issuer: fallback,
    parentBody,
    nationalMotto,
    family: party ? 'party' : nationalMotto ? 'state' : numberParts?.style ?? null,
    fields,
  };
}

/** "KẾ HOẠCH PHÒNG, CHỐNG …": a web portal's headline in capitals, which opens with a document's kind as no body's name does. */
function opensWithKind(key: string): boolean {
  return vocabulary().kinds.some((kind) => key.startsWith(`${kind.key} `));
}

/**
 * Where a web portal's page ends above the document it shows: the last line
 * of its table about the document ("Số hiệu:⇥38/KH-UBND⇥Loại văn bản:⇥Kế
 * hoạch", fields and values side by side). What stands above it in capitals
 * is the portal's name ("THƯ VIỆN PHÁP LUẬT"), no body of the document's.
 * -1 where no such table stands in the header.
 */
function pageHeaderEnd(cells: readonly HeaderCell[]): number {
  let end = -1;
  for (const { line } of cells) {
    if (line.index > end && (line.cells?.filter((c) => isFieldLabel(c.text)).length ?? 0) >= 2) end = line.index;
  }
  return end;
}

/** The kind as printed, in capitals; letter-spaced or run together ("K Ế  H O Ạ C H"), as the grammar spells it. */
function printedKind(printed: string, kind: { readonly name: string } | null): string {
  return kind && printed.replaceAll(' ', '') === kind.name.replaceAll(' ', '') ? kind.name : printed;
}

function checkDate(placeDate: PlaceDate, span: Span, diagnostics: Diagnostics): void {
  const { date, printed } = placeDate;
  if (placeDate.numeric) {
    // The date as NĐ 30 writes it, each part with its leading zero where one is due (which also covers the padding rule below).
    const day = date.day !== null ? paddedForm('day', date.day) : printed.day!;
    const month = date.month !== null ? paddedForm('month', date.month) : printed.month!;
    diagnostics.report('KH115', span, { day, month, year: date.year! });
  }
  const blank = (['day', 'month', 'year'] as const).filter((p) => date[p] === null);
  if (blank.length > 0) {
    diagnostics.report('KH112', span, { parts: blank.map((p) => diagnostics.term(p)).join(', ') });
  }
  for (const part of placeDate.numeric ? [] : (['day', 'month'] as const)) {
    const value = date[part];
    const as = printed[part];
    if (value === null || as === null) continue;
    const expected = paddedForm(part, value);
    if (as !== expected) diagnostics.report('KH113', span, { part: diagnostics.term(part), expected });
  }
  if (date.year !== null && date.month !== null && date.day !== null && !isRealDate(date.year, date.month, date.day)) {
    diagnostics.report('KH114', span, { day: date.day, month: date.month, year: date.year });
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The issuing body from the header's upper-case lines: a line that starts
 * with an administrative level ("HUYỆN SƠN HÀ") carries on the body above it,
 * as does one the name breaks at "VÀ" (before or after the break);
 * otherwise the last body is the issuer and those above it its superiors.
 * A joint plan's bodies stand one above the other, each its own: where the
 * number's issuer code names as many bodies as the last lines, in their
 * order ("HCTĐ-SYT" under "HỘI CHỮ THẬP ĐỎ TỈNH …" and "SỞ Y TẾ …"), they
 * issue it together, the first the lead.
 */
function issuerFrom(
  bodies: readonly { cell: HeaderCell; key: string }[],
  at: Locator,
  issuerCode: string | null,
): { issuer: string | null; parentBody: string | null; span: Span | null } {
  const v = vocabulary();
  const groups: HeaderCell[][] = [];
  let joinsNext = false;
  for (const { cell, key } of bodies) {
    const partyBody = startsWithPhrase(key, v.partyBodies);
    // "TRUNG TÂM Y TẾ KHU VỰC LỆ" over "THỦY": one word of a name (not an abbreviation such as UBND) is the end of the name above, cut by a wrap;
    // "TRUNG TÂM KIỂM SOÁT" over "BỆNH TẬT": two or three words that name no body of their own, cut by a line break (calibre's)
    const cut = (!key.includes(' ') && NON_ASCII.test(cell.text)) || (key.split(' ').length <= MAX_NAME_REST && !partyBody && startsWithPhrase(key, agencyVocabulary().heads) === null && startsWithPhrase(key, v.adminLevels) === null);
    // "UBND" over "TỈNH LẠNG SƠN": a place under its body; not "HUYỆN ĐOÀN TAM NÔNG", a body whose name opens with the level
    const level = startsWithPhrase(key, v.adminLevels) !== null && startsWithPhrase(key, agencyVocabulary().heads) === null;
    const carriesOn = joinsNext || cut || (!partyBody && (level || startsWithPhrase(key, v.bodyJoiners) !== null));
    if (carriesOn && groups.length > 0) groups[groups.length - 1]!.push(cell);
    else groups.push([cell]);
    joinsNext = v.bodyJoiners.some((j) => key.endsWith(` ${j}`));
  }
  if (groups.length === 0) return { issuer: null, parentBody: null, span: null };
  const text = (g: HeaderCell[]): string => clean(g.map((c) => c.text).join(' '));
  const issuers = jointIssuers(groups.map(text), issuerCode);
  const lead = groups[groups.length - issuers]!;
  return {
    issuer: groups.slice(-issuers).map(text).join(' - '),
    parentBody: groups.length > issuers ? groups.slice(0, -issuers).map(text).join(' ') : null,
    span: at.cell(lead[0]!, lead[0]!.text),
  };
}

/** A place and date line cut after its day's word or its day ("Tam Nông, ngày 02"), the month and year on the next line. */
const cutDate = onFirstUse((): RegExp => new RegExp(`,\\s*(?:${vocabulary().dayWord.source})(?:\\s+\\d{1,2})?\\s*$`, 'iu'));

/** How many words the rest of a body's name cut from it may have. */
const MAX_NAME_REST = 3;

/** How many of the last bodies issue the plan: as many as the issuer code's parts, when each part abbreviates its body in turn; else one. */
function jointIssuers(bodies: readonly string[], issuerCode: string | null): number {
  const parts = issuerCode?.split('-').filter(Boolean) ?? [];
  if (parts.length < 2 || parts.length > bodies.length) return 1;
  const last = bodies.slice(-parts.length);
  return parts.every((part, i) => abbreviates(foldKey(part), initials(last[i]!))) ? parts.length : 1;
}

/**
 * Whether a part of an issuer code abbreviates a name by its words' first
 * letters, in order, the first the name's: "HCTĐ" for "hctdttn", and "SNNMT"
 * for "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" ("snnvmt"), whose "và" it leaves out.
 */
function abbreviates(part: string, letters: string): boolean {
  if (part === '' || part[0] !== letters[0]) return false;
  let k = 0;
  for (const letter of letters) if (letter === part[k]) k++;
  return k >= part.length;
}

/** The folded first letters of a name's words: "HỘI CHỮ THẬP ĐỎ TỈNH TÂY NINH" → "hctdttn", which "HCTĐ" abbreviates. */
function initials(name: string): string {
  return foldKey(name).split(' ').map((word) => word[0] ?? '').join('');
}

/** "Trung tâm Y tế Giang Thành xây dựng Kế hoạch …": the subject of the sentence that issues the plan. */
function issuerFromPreamble(preamble: Block[], at: Locator, fields: Record<string, Span>): string | null {
  const v = vocabulary();
  for (const block of preamble) {
    const key = foldKey(block.text);
    let first = -1;
    for (const verb of v.issuerVerbs) {
      for (const plan of v.planWords) {
        const i = key.indexOf(` ${verb} ${plan}`);
        if (i >= 0 && (first < 0 || i < first)) first = i;
      }
    }
    if (first < 0) continue;
    const before = block.text.slice(0, first);
    const boundary = Math.max(before.lastIndexOf('. '), before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '));
    const subject = before.slice(boundary < 0 ? 0 : boundary + 2).trim();
    if (subject && /^\p{Lu}/u.test(subject) && subject.split(/\s+/).length <= 10) {
      fields.issuer = at.inBlock(block, subject);
      return subject;
    }
  }
  return null;
}
