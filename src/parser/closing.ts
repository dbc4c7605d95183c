/**
 * The closing: the "Trên đây là…" sentence, the "Nơi nhận:" list and the
 * signature block, in whichever order the export put them, and also side by
 * side on the same lines as PDF text lays them out (recipients left,
 * signature right).
 */
import { movedLine, type Cell, type Line } from '../lexer/line.js';
import { onFirstUse } from '../grammar/load.js';
import { vocabulary, startsWithPhrase } from '../grammar/vocabulary.js';
import { fold, foldStart, isMostlyUpper } from '../text/fold.js';
import type { Block, ClosingNode } from './tree.js';
import { readLabel } from './labels.js';
import { isSignatureRow, signatureBlocks } from './signature-row.js';
import { looksLikeName } from '../text/names.js';

interface Piece {
  text: string;
  line: Line;
  start: number;
}

/** "Nơi nhận", also misspelt ("Noi nhận", "Nơi nhân") and in any markup. */
export function isRecipientsHeading(text: string): boolean {
  if (!/^[\s*_#]*[nN]/.test(text)) return false;
  const key = foldStart(text.replace(/[*_#]/g, ''));
  const heading = vocabulary().recipientsHeading;
  return key.startsWith(heading) && (key.length === heading.length || /^[\s:.]/.test(key.slice(heading.length)));
}

export function isClosingSentence(text: string): boolean {
  if (!/^[\s*_#]*[tT]/.test(text)) return false;
  return startsWithPhrase(foldStart(text), vocabulary().closingSentences) !== null;
}

export function parseClosing(lines: readonly Line[], from: number, to: number): ClosingNode {
  const own = lines.slice(from, to);
  // three signatures or more side by side: the head's, rightmost, is the plan's; the rest is read as a closing is
  const row = own.findIndex((line) => isSignatureRow(line, isSignerTitle));
  if (row < 0) return closingOf(own);
  const { blocks, end } = signatureBlocks(own, row, own.length, (text) => isRecipientsHeading(text) || isListEntry(text));
  const signed = blocks.map((block) => block.flatMap(gluedBlock).flatMap(gluedDeputy));
  return { ...closingOf([...own.slice(0, row), ...own.slice(end)]), signature: signed[signed.length - 1]!, cosignatures: signed.slice(0, -1) };
}

/** A signer's title, alone or after a prefix: "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN". */
export function isSignerTitle(text: string): boolean {
  return isSignatureLine(text) || titleAt(text) === 0;
}

function closingOf(lines: Line[]): ClosingNode {
  let sentence: Block | null = null;
  let heading: Piece | null = null;
  const recipients: Piece[] = [];
  const signature: Piece[] = [];
  const [left, right] = splitColumns(lines);
  let inRecipients = false;
  // where the list's archive entry stands ("- Lưu: VT, TTr."), and where the run of entries that ends with it starts: those
  // entries are the list's, whatever stands before them
  const archiveAt = left.findIndex((p) => isArchiveEntry(p.text));
  let runStart = archiveAt;
  while (runStart > 0 && isListEntry(left[runStart - 1]!.text)) runStart--;
  for (const [k, piece] of left.entries()) {
    if (!heading && isRecipientsHeading(piece.text)) {
      heading = piece;
      inRecipients = true;
      const after = piece.text.replace(/^[^:]*:\s*/, '');
      const rest = { text: after, line: piece.line, start: piece.start + piece.text.length - after.length };
      // "Nơi nhận: PHÓ GIÁM ĐỐC": the signature's title, one space beside the heading, as OCR closes the columns' gap
      if (after !== piece.text && after) (isTitleBeside(after) ? signature : recipients).push(rest);
      continue;
    }
    if (!heading && isClosingSentence(piece.text)) {
      sentence = { lines: [piece.line], text: piece.text };
      continue;
    }
    // the sentence goes on below it, unless it ended ("…/."): what follows is the signature's, or a list's
    if (sentence && !heading && !piece.line.blankBefore && signature.length === 0 && !endsClosingSentence(sentence.text)) {
      sentence.lines.push(piece.line);
      sentence.text += ' ' + piece.text;
      continue;
    }
    // "Nơi nhận: TM. ỦY BAN" over "NHÂN DÂN": the authority beside the heading, wrapped, goes on under it before any entry
    if (inRecipients && recipients.length === 0 && !isListEntry(piece.text) && isMostlyUpper(piece.text) && signature.at(-1)?.line.index === piece.line.index - 1) {
      signature.push(piece);
      continue;
    }
    // pdftotext's reading order can interleave the list with the signature beside it ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN",
    // "- Bộ Y tế (b/c);", "KT. CHỦ TỊCH", …): after the heading, a "- …" entry is the list's while the block above it
    // holds only its lines in capitals; after the signer's name, a list is something else (a portal's related news).
    // The signer's name among the entries (pandoc on pdftohtml's HTML: the closing's two cells line by line) does not end a
    // list that goes on to its archive entry.
    const interleaved = heading !== null && isListEntry(piece.text) && (signature.every((p) => isMostlyUpper(p.text)) || (archiveAt >= 0 && k >= runStart && k <= archiveAt));
    const entry = inRecipients ? recipientEntry(piece, recipients) : interleaved ? 'new' : 'none';
    // "- Sở Y tế (b/c); PHÓ GIÁM ĐỐC": the signature's title one space after an entry's end, as pdfplumber closes the columns' gap
    // (the signature has begun when its lines stand in the column to the right, above this one: "Nơi nhận:   KT. GIÁM ĐỐC")
    const beside = entry === 'new' ? titleAfterEntry(piece, signature.length > 0 || right.some((p) => p.line.index < piece.line.index)) : null;
    if (beside) {
      recipients.push(beside.entry);
      signature.push(beside.title);
      continue;
    }
    if (entry === 'new') recipients.push(piece);
    if (entry === 'continued') {
      const last = recipients[recipients.length - 1]!;
      recipients[recipients.length - 1] = { text: `${last.text} ${piece.text}`, line: last.line, start: last.start };
    }
    if (entry !== 'none') continue;
    inRecipients = false;
    signature.push(piece);
  }
  const entries = recipients.flatMap(gluedEntries);
  if (isJointSignature(signature, right)) {
    return { closingSentence: sentence, recipientsHeading: heading, recipients: entries, signature: right.flatMap(gluedBlock).flatMap(gluedDeputy), cosignatures: [signature.flatMap(gluedBlock).flatMap(gluedDeputy)] };
  }
  for (const piece of right) signature.push(piece);
  // in reading order: a block begun right of the archive line ("- Lưu: VT.⇥TM. ỦY BAN NHÂN DÂN") goes on below it, on the left
  signature.sort((a, b) => a.line.index - b.line.index || a.start - b.start);
  const signed = signature.flatMap(gluedBlock).flatMap(gluedDeputy);
  // a joint plan's blocks one after the other, as a converter prints a row's cells (the left's, then the right's, the lead's)
  const blocks = stackedBlocks(signed);
  if (blocks) return { closingSentence: sentence, recipientsHeading: heading, recipients: entries, signature: blocks[blocks.length - 1]!, cosignatures: blocks.slice(0, -1) };
  return { closingSentence: sentence, recipientsHeading: heading, recipients: entries, signature: signed, cosignatures: [] };
}

/**
 * Signature blocks printed one after the other, each its lines in capitals
 * and a signer's name under them ("TRUNG TÂM Y TẾ HUYỆN" / "GIÁM ĐỐC" /
 * "Phan Văn Hùng" / "HỘI LHPN HUYỆN YÊN THÀNH" / "TM. BAN THƯỜNG VỤ" / "CHỦ
 * TỊCH" / "Nguyễn Thị Thu Hà"): the blocks, two or more; null for one block.
 */
function stackedBlocks(pieces: readonly Piece[]): Piece[][] | null {
  const blocks: Piece[][] = [];
  let block: Piece[] = [];
  for (const [k, piece] of pieces.entries()) {
    // one run of lines: a block further down (a certified copy's "SAO Y" block under the plan's) is no joint signer's
    if (k > 0 && piece.line.index - pieces[k - 1]!.line.index > MAX_BLOCK_GAP) return null;
    block.push(piece);
    if (!looksLikeName(piece.text)) {
      // a block's lines over its name are titles in capitals: a number, a date or a list is some other block's
      if (!isSignatureHead(piece.text) || /\d/.test(piece.text)) return null;
      continue;
    }
    if (!block.slice(0, -1).some((p) => isMostlyUpper(p.text) && isSignatureHead(p.text))) return null;
    blocks.push(block);
    block = [];
  }
  return blocks.length >= 2 && block.length === 0 ? blocks : null;
}

/** The most lines between two lines of signature blocks one after the other (the space left for a signature is blank). */
const MAX_BLOCK_GAP = 4;


/**
 * A signature block run together on one line, as a converter that joins a
 * cell's paragraphs with spaces prints it ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Tăng
 * Văn Hiếu"): the signer's name is the words after the last word in
 * capitals, and before it, where an authority names the body, the signer's
 * title ends the line (grammar's signer titles); an authority's block may
 * hold the capacity too ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH …").
 * Each part becomes a piece, where it stands.
 */
function gluedBlock(piece: Piece): Piece[] {
  const text = piece.text;
  const cut = nameStart(text);
  if (cut <= 0) return [piece];
  const head = text.slice(0, cut).trimEnd();
  if (!isMostlyUpper(head) || !(isSignatureLine(head) || titleAt(head) === 0)) return [piece];
  const out: Piece[] = [];
  const { authorityPrefixes, capacityPrefixes } = vocabulary();
  const authority = authorityPrefixes.find((p) => head.startsWith(p));
  // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH …": the capacity opens a piece of its own
  const capacity = authority ? capacityAfter(head, capacityPrefixes) : -1;
  const block = capacity > 0 ? head.slice(0, capacity).trimEnd() : head;
  const title = authority && capacity < 0 ? titleAt(block) : -1;
  // the body the authority names keeps two words at least ("TM. BAN GIÁM ĐỐC" is a body, not "TM. BAN" and a title)
  if (title > 0 && block.slice(authority!.length, title).trim().split(/\s+/).length >= 2) {
    out.push({ ...piece, text: block.slice(0, title).trimEnd() }, { text: block.slice(title), line: piece.line, start: piece.start + title });
  } else out.push({ ...piece, text: block });
  if (capacity > 0) out.push({ text: head.slice(capacity), line: piece.line, start: piece.start + capacity });
  out.push({ text: text.slice(cut), line: piece.line, start: piece.start + cut });
  return out;
}

/** Where a signer's name starts after a block in capitals: after its last word in capitals, the rest two to six capitalised words in small letters; -1 for none. */
function nameStart(text: string): number {
  const word = /\S+/g;
  let start = -1;
  let names = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (/\p{Ll}/u.test(m[0])) {
      if (start < 0) start = m.index;
      if (!/^\p{Lu}\p{Ll}*$/u.test(m[0])) return -1;
      names++;
    } else if (/\p{Lu}/u.test(m[0])) {
      start = -1;
      names = 0;
    }
  }
  return names >= 2 && names <= 6 ? start : -1;
}

/** Where a signer's title ends the text (a word boundary before it), or -1. */
function titleAt(text: string): number {
  const key = fold(text);
  for (const title of vocabulary().signerTitles) {
    const at = key.length - title.length;
    if (at >= 0 && key.endsWith(title) && (at === 0 || key[at - 1] === ' ')) return at;
  }
  return -1;
}

/** Where a capacity prefix ending in a dot opens a later part of an authority's line ("… NHÂN DÂN KT. CHỦ TỊCH"), or -1. */
function capacityAfter(text: string, prefixes: readonly string[]): number {
  for (const prefix of prefixes) {
    if (!prefix.endsWith('.')) continue;
    const at = text.indexOf(` ${prefix}`, 1);
    if (at > 0) return at + 1;
  }
  return -1;
}

/**
 * "KT. GIÁM ĐỐCPHÓ GIÁM ĐỐC": the capacity and the deputy's title run
 * together on one line, as a converter that prints a cell's line breaks as
 * nothing leaves them; each a piece of its own. The deputy's title is the
 * head's after the deputy word, so the line says where it was cut.
 */
function gluedDeputy(piece: Piece): Piece[] {
  const { capacityPrefixes, deputyWord } = vocabulary();
  const text = piece.text.trim();
  const prefix = capacityPrefixes.find((p) => p.endsWith('.') && text.startsWith(p));
  if (!prefix) return [piece];
  const rest = text.slice(prefix.length).trimStart();
  for (const gap of ['', ' ']) {
    const head = (rest.length - gap.length - deputyWord.length - 1) / 2;
    if (!Number.isInteger(head) || head <= 0) continue;
    const role = rest.slice(0, head);
    const cut = text.length - rest.length + head + gap.length;
    if (rest.slice(head) === `${gap}${deputyWord} ${role}`) {
      return [{ ...piece, text: text.slice(0, cut).trimEnd() }, { text: text.slice(cut), line: piece.line, start: piece.start + cut }];
    }
  }
  return [piece];
}

/** Where an entry ends and the next one's dash follows with no line between: "(b/c);- Ban Giám đốc;". */
const GLUED_ENTRY = /;[ \t]*(?=[-–+][ \t]*\S)/g;

/**
 * The entries of a list run together on one line, as a converter that
 * prints a cell's line breaks as nothing leaves them ("- Sở Y tế (b/c);-
 * Ban Giám đốc;- Lưu: VT, KHTH."): each entry a piece of its own.
 */
function gluedEntries(piece: Piece): Piece[] {
  if (!piece.text.includes(';')) return [piece];
  const out: Piece[] = [];
  let from = 0;
  GLUED_ENTRY.lastIndex = 0;
  for (let m = GLUED_ENTRY.exec(piece.text); m; m = GLUED_ENTRY.exec(piece.text)) {
    const end = m.index + 1;
    out.push({ text: piece.text.slice(from, end).trim(), line: piece.line, start: piece.start + from });
    from = end + m[0].length - 1;
  }
  if (out.length === 0) return [piece];
  out.push({ text: piece.text.slice(from).trim(), line: piece.line, start: piece.start + from });
  return out;
}

/**
 * Two signature blocks side by side, as a joint plan is signed: the left
 * column, after the recipients, is itself a block (it opens with a title in
 * capitals, "KT. GIÁM ĐỐC") on at least two of the lines the right one uses.
 */
function isJointSignature(left: readonly Piece[], right: readonly Piece[]): boolean {
  if (left.length < 2 || right.length < 2 || !isMostlyUpper(left[0]!.text)) return false;
  const rightLines = new Set(right.map((p) => p.line.index));
  return left.filter((p) => rightLines.has(p.line.index)).length >= 2;
}

/**
 * What a line is to the list: a new entry (a "- …" line), the entry above
 * carried on (wrapped: in lower case, or its note in brackets right under
 * it, "(thực hiện);"), or no part of it.
 */
function recipientEntry(piece: Piece, entries: readonly Piece[]): 'new' | 'continued' | 'none' {
  if (isListEntry(piece.text)) return 'new';
  if (entries.length === 0) return !piece.line.blankBefore && !isSignatureLine(piece.text) ? 'new' : 'none';
  // A list written without markers, one entry per line: it runs to the first blank line.
  if (!readLabel(entries[0]!.text) && !piece.line.blankBefore && !isSignatureLine(piece.text)) return 'new';
  if (/^\p{Ll}/u.test(piece.text) || (piece.text.startsWith('(') && !piece.line.blankBefore)) return 'continued';
  // "- Sở Y tế tỉnh Điện" over "Biên;": an entry a narrow column wrapped, unfinished (no mark ends it), goes on on the next
  // line, unless that line opens the signature ("GIÁM ĐỐC")
  if (!piece.line.blankBefore && isUnfinished(entries[entries.length - 1]!) && !isSignatureHead(piece.text)) return 'continued';
  return 'none';
}

/** An entry that stops on a letter or a digit, on the line right above: "- Sở Y tế tỉnh Điện", not "- UBND huyện;". */
function isUnfinished(entry: Piece): boolean {
  return /[\p{L}\p{N}]$/u.test(entry.text);
}

/** A signature's title after the list's heading on its line: in capitals, no mark of a list's entry after it. */
function isTitleBeside(text: string): boolean {
  return isTitleInCapitals(text) && !/[;,.)]$/.test(text) && !isListEntry(text);
}

/**
 * An entry that ends ("…;", "- Lưu: VT, KHNV.") with a signature's first
 * line in capitals after it ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC"), or, once the
 * signature has begun (`signed`), with the signer's name ("- Trạm Y tế các
 * xã, phường;   Đoàn Thị Thu Hằng", as html2text prints Word's tab stops
 * between the two columns): the two apart.
 */
function titleAfterEntry(piece: Piece, signed: boolean): { entry: Piece; title: Piece } | null {
  if (!isListEntry(piece.text)) return null;
  for (const mark of ENTRY_ENDS) {
    for (let end = piece.text.indexOf(mark); end >= 0; end = piece.text.indexOf(mark, end + 1)) {
      const rest = piece.text.slice(end + mark.length).trim();
      if (!isTitleBeside(rest) && !(signed && nameStart(rest) === 0)) continue;
      const at = piece.text.indexOf(rest, end);
      return { entry: { ...piece, text: piece.text.slice(0, end + 1) }, title: { text: rest, line: piece.line, start: piece.start + at } };
    }
  }
  return null;
}

/** What ends an entry before the signature's line beside it. */
const ENTRY_ENDS = ['; ', '. '];

/** A signature's first line in capitals ("PHÓ CHỦ TỊCH", "TM. BAN THƯỜNG VỤ"), as one stands beside another column's words. */
function isTitleInCapitals(text: string): boolean {
  return isSignatureHead(text) && isMostlyUpper(text);
}

/** The list's archive entry: "- Lưu: VT, TTr.", "- Lưu VT". */
function isArchiveEntry(text: string): boolean {
  return isListEntry(text) && opensWithArchiveWord(text.slice(readLabel(text)!.rest));
}

/** An entry's text (its marker gone) that opens with the archive word: "Lưu: VT, TTr.", "Lưu VT". */
export function opensWithArchiveWord(text: string): boolean {
  const word = vocabulary().archiveWord;
  // the archive word and what follows it decide: the key of the entry's beginning is enough
  const key = foldStart(text, word.length + 8);
  return key.startsWith(word) && (key.length === word.length || /^[\s:.]/.test(key.slice(word.length)));
}

/** A line a list marker opens: "- Bộ Y tế (b/c);", "+ …", "* …". */
function isListEntry(text: string): boolean {
  const label = readLabel(text);
  return label !== null && (label.style === 'dash' || label.style === 'plus' || label.style === 'star');
}

/** Where the pipe stands in a line whose text after it opens a signature block ("… | KT. GIÁM ĐỐC"); -1 for none. */
function barredSignature(text: string): number {
  const bar = text.indexOf(' | ');
  return bar > 0 && isSignatureHead(text.slice(bar + 3).replace(/[*_]/g, '').trim()) ? bar + 1 : -1;
}

/** Whether a closing sentence has its end marker ("…giải quyết./."). */
function endsClosingSentence(text: string): boolean {
  const end = text.trimEnd();
  return vocabulary().endMarkers.some((marker) => end.endsWith(marker));
}

/** The first line of a signature block: a prefixed line ("KT. GIÁM ĐỐC") or a title in capitals ("GIÁM ĐỐC"). */
function isSignatureHead(text: string): boolean {
  return isSignatureLine(text) || (text.length <= 60 && isMostlyUpper(text));
}

/** A line of the signature block proper: "TM. …", "KT. …", "T/M …". */
export function isSignatureLine(text: string): boolean {
  return signatureStarts().some((start) => text.startsWith(start));
}

/** What a signature line starts with: a prefix and a space ("TM. ỦY BAN"), or a prefix ending in a dot ("KT.CHỦ TỊCH"). */
const signatureStarts = onFirstUse((): string[] => {
  const v = vocabulary();
  return [...v.statePrefixes, ...v.partyPrefixes].map((p) => (p.endsWith('.') ? p : p + ' '));
});

/** Whether a line of the left column runs into the right one: a word in capitals starts right where that column does, a space before it. */
function meetsRightColumn(line: Line, rightStart: number): boolean {
  const at = rightStart - line.start;
  if (at <= 0 || at >= line.text.length || line.text[at - 1] !== ' ' || line.text[at] === ' ') return false;
  return isTitleInCapitals(line.text.slice(at));
}

/**
 * Separates the left column (closing sentence, recipients, or a joint plan's
 * other signature) from the right (signature) where PDF text put them side
 * by side; otherwise all is left.
 */
function splitColumns(lines: Line[]): [Piece[], Piece[]] {
  const left: Piece[] = [];
  const right: Piece[] = [];
  const split = lines.find((l) => l.columns && isRecipientsHeading(l.columns[0]!.text))
    ?? lines.find((l) => l.columns?.length === 2 && l.columns.every((c) => isSignatureHead(c.text)));
  // In a closing laid out in cells, a line indented past where the first cells start ("\tLê Văn Minh") is the right column's.
  let leftEdge = Infinity;
  for (const l of lines) if (l.cells && l.cells.length >= 2 && l.cells[0]!.text) leftEdge = Math.min(leftEdge, l.cells[0]!.start);
  const tabbed = leftEdge < Infinity;
  const rightStart = split?.columns?.[1]?.start ?? Infinity;
  /** The entries of a list laid out in two columns of a table ("- Sở Y tế (b/c); | - Các đơn vị cấp nước …"): the right column's, read after the left's. */
  const secondColumn: Piece[] = [];
  for (const line of lines) {
    if (line.rule) continue;
    if (split && line.columns) {
      const [first, ...rest] = line.columns;
      if (first!.start >= rightStart - 8) {
        right.push({ text: line.columns.map((c) => c.text).join(' '), line, start: first!.start });
        continue;
      }
      left.push({ text: first!.text, line, start: first!.start });
      if (rest.length) right.push({ text: rest.map((c) => c.text).join(' '), line, start: rest[0]!.start });
      continue;
    }
    if (split && line.start >= rightStart - 8) right.push({ text: line.text, line, start: line.start });
    else if (split && meetsRightColumn(line, rightStart)) {
      // "- Ban Tuyên giáo và Dân vận Tỉnh ủy; PHÓ CHỦ TỊCH": the list's widest entry one space from the signature's column
      const at = rightStart - line.start;
      left.push({ text: line.text.slice(0, at).trimEnd(), line, start: line.start });
      right.push({ text: line.text.slice(at), line, start: rightStart });
    } else if (line.cells) {
      // the left cell's, and the right's; of a row that prints each line of its two cells as a cell (DokuWiki's "\\" breaks),
      // the cells up to the first that opens a signature ("KT. GIÁM ĐỐC") are the left's
      const signs = line.cells.length > 2 ? line.cells.findIndex((cell, i) => i > 0 && isSignatureHead(cell.text)) : -1;
      const firstRight = signs > 0 ? signs : 1;
      const listed = isListEntry(line.cells[0]!.text.trim());
      line.cells.forEach((cell, i) => {
        for (const piece of paragraphsOf(cell, line)) (i < firstRight ? left : listed && isListEntry(piece.text) ? secondColumn : right).push(piece);
      });
    }
    // (the recipients' heading is the left column's, wherever a converter's blanked marks indent it: "|| _*Nơi nhận:*_")
    else if (tabbed && line.start > leftEdge && !isRecipientsHeading(line.text)) right.push({ text: line.text, line, start: line.start });
    else {
      // "- Lưu: VT, NVY. | KT. GIÁM ĐỐC": a table's two cells as html2text leaves a row of a table without heading
      const bar = barredSignature(line.text);
      left.push({ text: bar > 0 ? line.text.slice(0, bar).trim() : line.text, line, start: line.start });
      if (bar > 0) right.push({ text: line.text.slice(bar + 1).trim(), line, start: line.start + bar + 1 });
    }
  }
  for (const piece of secondColumn) left.push(piece);
  return [left, right];
}

/**
 * The paragraphs of a table's cell, each a piece: on the line where it is
 * printed when the cell knows (a raw HTML cell's "- Sở Y tế (b/c);" four
 * lines below its row's first), else on the row's.
 */
function paragraphsOf(cell: Cell, row: Line): Piece[] {
  const out: Piece[] = [];
  if (cell.lines) {
    for (const p of cell.lines) {
      const text = p.text.trim();
      if (!text) continue;
      const line = p.index === undefined || p.index === row.index ? row : movedLine(row, { index: p.index, start: p.start, end: p.start + p.text.length, text: p.text, cells: null });
      out.push({ text, line, start: p.start });
    }
    return out;
  }
  for (const t of cell.text.split('\n')) if (t.trim()) out.push({ text: t.trim(), line: row, start: cell.start });
  return out;
}
