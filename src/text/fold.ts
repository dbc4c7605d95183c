/**
 * Folding for comparison: Vietnamese text is matched on a key with case,
 * diacritics and tone placement removed ("Hòa" = "Hoà" = "HOA"), and đ
 * mapped to d by hand since it has no Unicode decomposition. The folded key
 * keeps the length of its NFC input, so an index found in the key is an
 * index in the text.
 */
const MARKS = /[\u0300-\u036f]/g;
const cache = new Map<string, string>();

export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = ch === 'đ' || ch === 'Đ' || ch === 'Ð' || ch === 'ð' ? 'd' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (folded.length !== ch.length) folded = folded.slice(0, ch.length).padEnd(ch.length, ' ');
    cache.set(ch, folded);
  }
  return folded;
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
