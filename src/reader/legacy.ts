/**
 * The legacy Vietnamese font encodings of twenty years of office files:
 * TCVN3 (ABC) gives each lower-case Vietnamese letter one byte; VNI Windows
 * writes a base letter followed by a mark. Both reach a Unicode tool as
 * Windows-1252 characters ("Uû ban nh©n d©n", "Xin chaøo caùc baïn"). They
 * are recognised by their signature characters and converted with the tables
 * in grammar/legacy-encodings.json; no well-kept library does this.
 */
import { grammar, onFirstUse } from '../grammar/load.js';

export type Legacy = 'tcvn3' | 'vni';

interface LegacyFile {
  tcvn3: Record<string, string>;
  tcvn3Signature: string[];
  vni: { letters: Record<string, string>; marks: Record<string, string>; bases: string };
}

/** Vietnamese letters as Unicode writes them: a text with a few of these is already Unicode. */
const UNICODE_VIETNAMESE = /[\u1EA0-\u1EF9\u0103\u0111\u01A1\u01B0]/gu;
const VNI_PAIR = /[aeiouyAEIOUY][øùûõïâáàåãäêéèúüëØÙÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/g;

export function detectLegacy(text: string): Legacy | null {
  if (isPlainlyUnicode(text)) return null;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const unicode = (sample.match(UNICODE_VIETNAMESE) ?? []).length;
  const signature = new Set(grammar<LegacyFile>('legacy-encodings').tcvn3Signature);
  let tcvn = 0;
  for (const ch of sample) if (signature.has(ch)) tcvn++;
  const vni = (sample.match(VNI_PAIR) ?? []).length;
  const best = Math.max(tcvn, vni);
  // Real Unicode Vietnamese outweighs a stray "©"; with none at all, two signature characters decide.
  if (best < (unicode === 0 ? 2 : 3) || best <= unicode) return null;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

/**
 * The lines of a Unicode text that are in TCVN3 all the same, as a paragraph
 * pasted from an old file keeps its font's bytes ("Toµn x· cã 2.150 hé
 * thiÕu n­íc ngät"): four of the encoding's signature characters that no
 * Vietnamese word writes (µ · ¸ ¹ ® …) at least, on a line of some length.
 * Their indices; none for most texts, which hold none of those characters.
 */
export function legacyLines(lines: readonly string[], text: string): number[] {
  const { marks, any } = tcvn3Marks();
  if (!any.test(text)) return [];
  const out: number[] = [];
  lines.forEach((line, index) => {
    if (line.length < MIN_LEGACY_LINE || !any.test(line)) return;
    let count = 0;
    for (const ch of line) if (marks.has(ch) && ++count >= MIN_LEGACY_MARKS) break;
    if (count >= MIN_LEGACY_MARKS) out.push(index);
  });
  return out;
}

const MIN_LEGACY_LINE = 20;
const MIN_LEGACY_MARKS = 4;

/** TCVN3's signature characters that are no Vietnamese letter ("è" and "Ê" are both), as a set and a pattern. */
const tcvn3Marks = onFirstUse((): { marks: ReadonlySet<string>; any: RegExp } => {
  const marks = grammar<LegacyFile>('legacy-encodings').tcvn3Signature.filter((ch) => !VIETNAMESE_LATIN.has(ch.charCodeAt(0)));
  return { marks: new Set(marks), any: new RegExp(`[${marks.join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'u') };
});

/** A quick look: twenty letters that only Unicode Vietnamese writes settle it, usually within the first lines. */
function isPlainlyUnicode(text: string): boolean {
  let found = 0;
  const end = Math.min(text.length, 50_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x0103 || c === 0x0111 || c === 0x01a1 || c === 0x01b0) {
      if (++found >= 20) return true;
    }
  }
  return false;
}

/**
 * Unicode text that carries a legacy encoding's signature, converted from
 * it, when the conversion reads better as Vietnamese than the text as it is;
 * null otherwise. OCR without Vietnamese prints Latin-1 look-alikes ("Chiên
 * d_ch", "CÔNG HÒA") whose pairs VNI writes too: read as VNI they become
 * letters Vietnamese never writes ("Chĭn", "CƠNG HỊA"), and the text stays.
 */
export function fromLegacy(text: string): { text: string; encoding: Legacy } | null {
  const legacy = detectLegacy(text);
  if (!legacy) return null;
  const converted = convertLegacy(text, legacy);
  return vietnameseFitness(converted) >= vietnameseFitness(text) ? { text: converted, encoding: legacy } : null;
}

/**
 * How much a decoding reads as Vietnamese: its Vietnamese letters beyond
 * ASCII, less three for each character Vietnamese never writes (ø, ©, ¬, a
 * combining mark left over). A Windows-1258 file seen through Windows-1252
 * shows pairs that look like VNI's ("iê", "uâ"); read as VNI it keeps such
 * characters (Ð, Þ), read as Windows-1258 none: this decides between them.
 */
export function vietnameseFitness(text: string): number {
  let letters = 0;
  let foreign = 0;
  const end = Math.min(text.length, 200_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (VIETNAMESE_LATIN.has(c) || (c >= 0x1ea0 && c <= 0x1ef9)) letters++;
    else if (c < 0x250 || (c >= 0x300 && c < 0x370)) foreign++;
  }
  return letters - 3 * foreign;
}

/** The Vietnamese letters below U+0250: those of Latin-1 and ă, đ, ĩ, ũ, ơ, ư in both cases. */
const VIETNAMESE_LATIN = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư'].map((ch) => ch.charCodeAt(0)));

export function convertLegacy(text: string, kind: Legacy): string {
  const table = grammar<LegacyFile>('legacy-encodings');
  if (kind === 'tcvn3') {
    let out = '';
    for (const ch of text) out += table.tcvn3[ch] ?? ch;
    return out.normalize('NFC');
  }
  const { letters, marks, bases } = table.vni;
  let out = '';
  let previous = '';
  for (const ch of text) {
    const letter = letters[ch];
    if (letter !== undefined) {
      out += letter;
      previous = letter;
      continue;
    }
    const mark = marks[ch];
    if (mark !== undefined && previous !== '' && bases.includes(previous)) {
      out += mark;
      previous = '';
      continue;
    }
    out += ch;
    previous = ch;
  }
  return out.normalize('NFC');
}
