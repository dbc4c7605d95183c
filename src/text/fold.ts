/**
 * Folding for comparison: Vietnamese text is matched on a key with case,
 * diacritics and tone placement removed ("Hòa" = "Hoà" = "HOA"), and đ
 * mapped to d by hand since it has no Unicode decomposition. The folded key
 * keeps the length of its NFC input, so an index found in the key is an
 * index in the text.
 */
const MARKS = /[\u0300-\u036f]/g;
/** Folded forms of the characters below U+2000 (Latin, Vietnamese, punctuation), built on first use. */
let table: string[] | null = null;

export function fold(text: string): string {
  const map = table ?? buildTable();
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x41 || (code > 0x5a && code < 0x80)) continue;
    if (i > run) out += text.slice(run, i);
    out += code < 0x2000 ? map[code]! : foldChar(text[i]!);
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

function buildTable(): string[] {
  table = new Array<string>(0x2000);
  for (let code = 0; code < 0x2000; code++) table[code] = foldChar(String.fromCharCode(code));
  return table;
}

function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ' || ch === 'Ð' || ch === 'ð') return 'd';
  const folded = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded.length === ch.length ? folded : folded.slice(0, ch.length).padEnd(ch.length, ' ');
}

/** The folded key of a text's beginning: enough to test what it starts with. */
export function foldStart(text: string, length = 48): string {
  return foldKey(text.length > length ? text.slice(0, length) : text);
}

/** Folds and collapses white space: the key for comparing phrases. */
export function foldKey(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** Whether a character is a lower-case letter (Vietnamese included). */
export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Whether a character is an upper-case letter (Vietnamese included). */
export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether the letters of a text are (almost) all capitals: headings, bodies, kinds. */
export function isMostlyUpper(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (isUpper(ch)) upper++;
    else if (isLower(ch)) lower++;
  }
  return upper > 0 && lower <= Math.max(1, upper * 0.1);
}
