/**
 * Bytes to text. Recognises the byte-order marks of UTF-8 and UTF-16 (LE,
 * BE) and decodes UTF-8 strictly. Bytes that are not UTF-8 are read as the
 * legacy font encodings TCVN3 and VNI when they carry their signature, else
 * as Windows-1258 (the platform's WHATWG decoder; NFC follows), and refused
 * when even that gives control characters rather than text. Text already
 * decoded that shows a legacy encoding's signature ("Uû ban nh©n d©n") is
 * converted too. A failure is a value, not an exception.
 */
import { convertLegacy, detectLegacy, fromLegacy, vietnameseFitness } from './legacy.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: 'binary' | 'invalid-utf8'; offset: number };

const SNIFF_BYTES = 8192;
/** C1 control characters: what bytes that are no text decode to in Windows-1258. */
const C1 = /[\u0080-\u009f]/g;
/** Decoders hold no state between whole-buffer calls: one of each serves every file. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array): DecodeResult {
  const utf16 = utf16ByMark(bytes);
  if (utf16) return { ok: true, text: utf16.text, encoding: utf16.encoding, bom: true };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = firstNul(body);
  if (nul >= 0) return { ok: false, reason: 'binary', offset: nul };
  let utf8: string | null = null;
  try {
    utf8 = strictUtf8.decode(body);
  } catch {
    utf8 = null;
  }
  if (utf8 !== null) {
    const legacy = fromLegacy(utf8);
    return legacy ? { ok: true, ...legacy, bom } : { ok: true, text: utf8, encoding: 'utf-8', bom };
  }
  const western = new TextDecoder('windows-1252').decode(body);
  const legacy = detectLegacy(western);
  const vietnamese = new TextDecoder('windows-1258').decode(body).normalize('NFC');
  // a legacy font encoding's signature, unless the text reads better as Windows-1258 (whose pairs can look like VNI's)
  if (legacy) {
    const converted = convertLegacy(western, legacy);
    if (vietnameseFitness(converted) >= vietnameseFitness(vietnamese)) return { ok: true, text: converted, encoding: legacy, bom: false };
  }
  const controls = (vietnamese.match(C1) ?? []).length;
  if (controls > Math.max(2, vietnamese.length / 1000)) return { ok: false, reason: 'invalid-utf8', offset: firstInvalidUtf8(body) };
  return { ok: true, text: vietnamese, encoding: 'windows-1258', bom: false };
}

/**
 * Text in UTF-16 that says so with its byte-order mark, decoded without the
 * mark; null for bytes without one. Windows writes UTF-16 this way: Notepad's
 * "Unicode", and PowerShell 5's `>` (a list of files for --files-from).
 */
export function utf16ByMark(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length < 2) return null;
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return encoding ? { text: new TextDecoder(encoding).decode(bytes.subarray(2)), encoding } : null;
}

/**
 * UTF-16 without its mark, as some Windows tools write a list of paths: paths
 * are mostly ASCII, so in most pairs of bytes one is zero, always on the same
 * side (the second in little-endian, the first in big-endian). Null when the
 * zeros fall otherwise; documents are never read this way (a NUL in them
 * marks a binary file).
 */
export function utf16ByZeros(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n === 0 || bytes.length % 2 !== 0) return null;
  let first = 0;
  let second = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) first++;
    if (bytes[i + 1] === 0) second++;
  }
  const pairs = n / 2;
  const encoding = second * 2 >= pairs && first === 0 ? 'utf-16le' : first * 2 >= pairs && second === 0 ? 'utf-16be' : null;
  return encoding ? { text: new TextDecoder(encoding).decode(bytes), encoding } : null;
}

/** A NUL byte among the first bytes marks a binary file (text never holds one). */
function firstNul(bytes: Uint8Array): number {
  // the typed array's own search, not a loop: a tenth of the time on a plan
  return bytes.subarray(0, SNIFF_BYTES).indexOf(0);
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
