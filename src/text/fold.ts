/**
 * Folding for comparison: Vietnamese text is matched on a key with case,
 * diacritics and tone placement removed ("Hòa" = "Hoà" = "HOA"), and đ
 * mapped to d by hand since it has no Unicode decomposition. The folded key
 * keeps the length of its NFC input, so an index found in the key is an
 * index in the text.
 *
 * Folding runs on every line several times over, so it works on code units:
 * a table gives the folded unit of each character below U+2000 (Latin,
 * Vietnamese, punctuation), the units go into a reused buffer, and the key
 * is made from the buffer in one call. Vietnamese folds to ASCII, so the
 * buffer is one of bytes, read back as Latin-1 (the cheapest way to a
 * string); a key with a wider unit (a dash, a fullwidth letter) takes a
 * buffer of 16-bit units. The table learns each unit the first time it is
 * seen: a document uses a few hundred of its 8,192 entries, and working
 * them all out at start-up took longer than compiling a small plan.
 */
import { Buffer } from 'node:buffer';
import { isBlank, tidySpaces } from './spaces.js';

const MARKS = /[\u0300-\u036f]/g;
const TABLE_SIZE = 0x2000;
/** An entry of the table not yet worked out (no unit below U+2000 folds to it). */
const UNKNOWN = 0xffff;
/** The folded code unit of each character below U+2000, each learnt when first seen. */
const table = new Uint16Array(TABLE_SIZE).fill(UNKNOWN);
/** The folded units of the key being made (no call folds inside another, so one buffer of each width serves). */
let buffer = new Uint16Array(1024);
let bytes = Buffer.alloc(1024);
const utf16 = new TextDecoder('utf-16le');

export function fold(text: string): string {
  const n = text.length;
  // Text with nothing to fold (digits, punctuation, small ASCII letters) is its own key.
  let i = 0;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (foldUnit(code) !== code) break;
  }
  if (i === n) return text;
  const narrow = bytesFor(n);
  for (let k = 0; k < n; k++) {
    const folded = foldUnit(text.charCodeAt(k));
    if (folded > 0xff) return foldWide(text);
    narrow[k] = folded;
  }
  return narrow.toString('latin1', 0, n);
}

/** The folded unit of a code unit: what a key made from a text starting with it starts with (unless it folds to a blank). */
export function foldUnit(code: number): number {
  if (code >= TABLE_SIZE) return foldAbove(code);
  const folded = table[code]!;
  return folded !== UNKNOWN ? folded : learn(code);
}

function learn(code: number): number {
  const folded = foldChar(String.fromCharCode(code)).charCodeAt(0);
  table[code] = folded;
  return folded;
}

/** fold() for a text with a unit that stays above a byte once folded. */
function foldWide(text: string): string {
  const n = text.length;
  const units = bufferFor(n);
  let surrogates = false;
  for (let k = 0; k < n; k++) {
    const folded = foldUnit(text.charCodeAt(k));
    units[k] = folded;
    if (folded >= 0xd800 && folded < 0xe000) surrogates = true;
  }
  // The decoder would turn a lone surrogate (in the text, or folded from a unit that decomposes beyond the BMP, as
  // U+FAD6 does) into U+FFFD: such a key is put together unit by unit.
  return surrogates ? fromUnits(units, n) : utf16.decode(units.subarray(0, n));
}

/** The string of the first `n` units, whatever they are. */
function fromUnits(units: Uint16Array, n: number): string {
  let out = '';
  for (let at = 0; at < n; at += 4096) out += String.fromCharCode(...units.subarray(at, Math.min(n, at + 4096)));
  return out;
}

function bufferFor(length: number): Uint16Array {
  if (buffer.length < length) buffer = new Uint16Array(Math.max(length, buffer.length * 2));
  return buffer;
}

function bytesFor(length: number): Buffer {
  if (bytes.length < length) bytes = Buffer.alloc(Math.max(length, bytes.length * 2));
  return bytes;
}

/** Units above the table (fullwidth letters, Roman numerals, surrogates) are rare: folded one by one and remembered. */
const above = new Map<number, number>();

function foldAbove(code: number): number {
  if (code >= 0xd800 && code < 0xe000) return code;
  let folded = above.get(code);
  if (folded === undefined) {
    folded = foldChar(String.fromCharCode(code)).charCodeAt(0);
    above.set(code, folded);
  }
  return folded;
}

function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ' || ch === 'Ð' || ch === 'ð') return 'd';
  const folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded.length === 1 ? folded : folded.length === 0 ? ' ' : folded[0]!;
}

/** The folded key of a text's beginning: enough to test what it starts with. */
export function foldStart(text: string, length = 48): string {
  return keyOf(text, Math.min(length, text.length));
}

/**
 * Folds and collapses white space: the key for comparing phrases. One pass
 * does both (each run of blanks becomes one space, none at the ends), as
 * tidying the folded text after would scan it twice more.
 */
export function foldKey(text: string): string {
  return keyOf(text, text.length);
}

/** The key of the text's first `end` units (no slice of the text is made for it). */
function keyOf(text: string, end: number): string {
  const narrow = bytesFor(end);
  let n = 0;
  let pendingSpace = false;
  for (let k = 0; k < end; k++) {
    const folded = foldUnit(text.charCodeAt(k));
    if (isBlank(folded)) {
      pendingSpace = n > 0;
      continue;
    }
    // a unit wider than a byte (≥, ‰) is rare: the folded text, its blanks collapsed
    if (folded > 0xff) return tidySpaces(fold(end < text.length ? text.slice(0, end) : text));
    if (pendingSpace) {
      narrow[n++] = 32;
      pendingSpace = false;
    }
    narrow[n++] = folded;
  }
  return narrow.toString('latin1', 0, n);
}

/**
 * The folded letters of a text: its folded key without any blank and without
 * the marks `*`, `_`, `:` and `.` ("K Ế  H O Ạ C H", "**KẾ HOẠCH:**" →
 * "kehoach"), in one pass: how a kind line is recognised.
 */
export function foldLetters(text: string): string {
  const narrow = bytesFor(text.length);
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (isBlank(code) || isLetterMark(code)) continue;
    const folded = foldUnit(code);
    if (isBlank(folded)) continue;
    // a unit wider than a byte is rare: the same letters, the slow way
    if (folded > 0xff) return fold(text.replace(/[*_:.]/g, ' ')).replace(/\s+/g, '');
    narrow[n++] = folded;
  }
  return narrow.toString('latin1', 0, n);
}

/** `*`, `_`, `:`, `.`: emphasis around a word, and the marks after one, which foldLetters() drops. */
export function isLetterMark(code: number): boolean {
  return code === 0x2a || code === 0x5f || code === 0x3a || code === 0x2e;
}

const UPPER = 1;
const LOWER = 2;
/** An entry of the case table not yet worked out. */
const UNASKED = 3;
/** The case of each character below U+2000 (Latin and Vietnamese letters among them), each learnt when first asked. */
const cases = new Uint8Array(TABLE_SIZE).fill(UNASKED);

/** The case of a code unit: upper, lower or none (0). */
function caseOfUnit(code: number): number {
  if (code >= TABLE_SIZE) return askCase(String.fromCharCode(code));
  const known = cases[code]!;
  if (known !== UNASKED) return known;
  const kind = askCase(String.fromCharCode(code));
  cases[code] = kind;
  return kind;
}

function askCase(ch: string): number {
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) return UPPER;
  if (ch !== ch.toUpperCase() && ch === ch.toLowerCase()) return LOWER;
  return 0;
}

/** The case of a character; one beyond a code unit (a surrogate pair) is asked each time. */
function caseOf(ch: string): number {
  return ch.length === 1 ? caseOfUnit(ch.charCodeAt(0)) : askCase(ch);
}

/** Whether a character is a lower-case letter (Vietnamese included). */
export function isLower(ch: string): boolean {
  return caseOf(ch) === LOWER;
}

/** Whether a character is an upper-case letter (Vietnamese included). */
export function isUpper(ch: string): boolean {
  return caseOf(ch) === UPPER;
}

/** Whether the letters of a text are (almost) all capitals: headings, bodies, kinds. */
export function isMostlyUpper(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = caseOfUnit(text.charCodeAt(i));
    if (kind === UPPER) upper++;
    else if (kind === LOWER) lower++;
  }
  return upper > 0 && lower <= Math.max(1, upper * 0.1);
}
