/**
 * Item labels: the rungs of the numbering ladder I → 1. → 1.1. → a) → - → + → *.
 * A label is read from the start of a line by its style alone, never from
 * markdown heading depth. Each pattern is anchored and linear.
 */
import type { LabelStyle } from '../model/schema.js';
import type { Line } from '../lexer/line.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { alternation } from '../grammar/pattern.js';

export type ItemStyle = LabelStyle | 'roman';

export interface Label {
  readonly style: ItemStyle;
  /** The bare label: "II", "2", "2.1", "a"; null for bullets. */
  readonly value: string | null;
  /** The marker as printed: "II.", "2.1", "a)", "-". */
  readonly marker: string;
  /** Where the text after the marker starts. */
  readonly rest: number;
  /** A Roman label read after the part word ("PHẦN II."): where parts hold sections of their own, a part is above them. */
  readonly part?: boolean;
  /**
   * A label after an opening quote ("“đ) Tổ chức …", "“4. Xây dựng …"): an
   * amending plan quotes the points it adds to another plan, under the item
   * that introduces them, whatever their numbering.
   */
  readonly quoted?: boolean;
}

/** A Roman label, after the part word of grammar/sections.json or not ("II.", "Phần III –"), and the part word's first letter. */
const romanLabel = onFirstUse(() => {
  const word = grammar<{ partWord: string }>('sections').partWord;
  const pattern = new RegExp(`^(?:(?:${word.toUpperCase()}|${word})\\s+)?(X{0,2}(?:IX|IV|V?I{0,3}))\\s*([.\\-–:)])\\s*(?=\\S)`, 'u');
  const lookalikes = new Map(Object.entries(grammar<{ romanLookalikes: Record<string, string> }>('alphabet').romanLookalikes));
  const anyLookalike = new RegExp(`[${[...lookalikes.keys()].join('')}]`, 'u');
  return { pattern, partInitial: word.charCodeAt(0), lookalikes, anyLookalike };
});

/** How far into a line a label is looked for: the part word, a numeral, its mark and the spaces after them. */
const LABEL_REACH = 24;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:[.\-–](?![\d.])|(?=[\s\p{L}(]))\s*/u;
/** "2.", "2)", "2-": not "25 - 26/11/2024", a range of figures. */
const ARABIC = /^(\d{1,2})\s?([.)]|[-–](?!\s*\d))(?!\d)\s*(?=\S)/u;
const LETTER = /^([a-zđ])\)\s*(?=\S)|^([a-zđ])[.-]\s+(?=\p{Lu})/u;
const BRACKETED = /^\((\d{1,2}|[a-zđ])\)\s+(?=\S)/u;

/**
 * The bullets of grammar/alphabet.json, by the style each gives: a mark may
 * touch its text ("-Sở Y tế"), a letter ("o") must stand apart from it. A
 * run of marks ("---", "**", "●●●") is a rule or markup, not a bullet.
 */
const bullets = onFirstUse(() => {
  const byStyle = grammar<{ bullets: Record<'dash' | 'plus' | 'star', string[]> }>('alphabet').bullets;
  const styles = new Map<string, ItemStyle>();
  for (const [style, marks] of Object.entries(byStyle)) for (const mark of marks) styles.set(mark, style as ItemStyle);
  const marks = [...styles.keys()];
  const symbols = marks.filter((m) => !/\p{L}/u.test(m));
  const letters = marks.filter((m) => /\p{L}/u.test(m));
  const pattern = new RegExp(`^(?:(${alternation(symbols)})(?![-–—*+])(?!\\1)\\s*|(${alternation(letters)})\\s+)(?=\\S)`, 'u');
  return { styles, pattern };
});

/** The label of a line, read once (kept in the line's memo): the regions, the body and the continuation rule all ask. */
export function labelOf(line: Line): Label | null {
  if (line.memo === undefined) line.memo = readLabel(line.text);
  return line.memo as Label | null;
}

/** Reads a label. Its first character says which patterns can match, so each line tries one or two. */
export function readLabel(text: string): Label | null {
  const first = text.charCodeAt(0);
  if (first === 0x201c || first === 0x22) return readQuoted(text);
  if (first >= 0x30 && first <= 0x39) return readNumbered(text);
  const roman = romanLabel();
  if (first === 0x49 || first === 0x56 || first === 0x58 || first === roman.partInitial || roman.lookalikes.has(text[0]!)) return readRoman(text);
  // "o Nội dung": Word's second-level bullet is a letter too.
  if ((first >= 0x61 && first <= 0x7a) || first === 0x111) return readLetter(text) ?? readBullet(text);
  if (first === 0x28) return readBracketed(text);
  if (wordLabel().initials.has(text.charAt(0).toLowerCase())) return readWordNumbered(text) ?? readBullet(text);
  return readBullet(text);
}

/** A word and a number before an item's text (grammar/sections.json's item words), and the words' first letters. */
const wordLabel = onFirstUse(() => {
  const words = grammar<{ itemWords: string[] }>('sections').itemWords;
  return {
    pattern: new RegExp(`^(?:${alternation(words)})\\s+(\\d{1,2})\\s*([.:)\\-–])\\s*(?=\\S)`, 'iu'),
    initials: new Set(words.map((w) => w.charAt(0).toLowerCase())),
  };
});

/** "Hoạt động 1: Truyền thông, vận động": the number after an item word, a rung as "1." is. */
function readWordNumbered(text: string): Label | null {
  const m = wordLabel().pattern.exec(text);
  return m ? { style: 'arabic', value: String(Number(m[1]!)), marker: m[0].trim(), rest: m[0].length } : null;
}

/** "“đ) Tổ chức …", "“4. Xây dựng …": a number or a letter after an opening quote, read as it would be without it. */
function readQuoted(text: string): Label | null {
  const next = text.charCodeAt(1);
  const inner = next >= 0x30 && next <= 0x39 ? readNumbered(text.slice(1)) : (next >= 0x61 && next <= 0x7a) || next === 0x111 ? readLetter(text.slice(1)) : null;
  return inner && { ...inner, marker: text[0] + inner.marker, rest: inner.rest + 1, quoted: true };
}

/** "(1)", "(2)", "(a)": a number or a letter in brackets, a rung as "1)" and "a)" are. */
function readBracketed(text: string): Label | null {
  const m = BRACKETED.exec(text);
  if (!m) return null;
  const value = m[1]!;
  return { style: /\d/.test(value) ? 'arabic' : 'letter', value: /\d/.test(value) ? String(Number(value)) : value, marker: `(${value})`, rest: m[0].length };
}

/** "II.", "Phần III –", "Ⅱ.": Roman numerals start with I, V or X, a character that prints as one, or the word Phần. */
function readRoman(text: string): Label | null {
  const { pattern, lookalikes, anyLookalike } = romanLabel();
  const latin = anyLookalike.test(text.slice(0, LABEL_REACH)) ? withLatinNumerals(text, lookalikes) : null;
  const m = pattern.exec(latin?.head ?? text);
  if (!m || !m[1]) return null;
  const rest = latin ? latin.origin(m[0].length) : m[0].length;
  const head = (latin?.head ?? text).charAt(0);
  return head.toLowerCase() === String.fromCharCode(romanLabel().partInitial).toLowerCase()
    ? { style: 'roman', value: m[1], marker: m[1] + m[2], rest, part: true }
    : { style: 'roman', value: m[1], marker: m[1] + m[2], rest };
}

/**
 * The beginning of a line with each character that prints as a Roman numeral
 * written as the Latin letters it shows ("Ⅳ" → "IV", Cyrillic "І" → "I"),
 * and where each position of the result stands in the line.
 */
function withLatinNumerals(text: string, lookalikes: ReadonlyMap<string, string>): { head: string; origin: (at: number) => number } {
  const reach = Math.min(text.length, LABEL_REACH);
  let head = '';
  const origins: number[] = [];
  for (let i = 0; i < reach; i++) {
    const part = lookalikes.get(text[i]!) ?? text[i]!;
    for (let k = 0; k < part.length; k++) origins.push(i);
    head += part;
  }
  // past the part rewritten, positions keep their distance from its end
  const origin = (at: number): number => (at < head.length ? origins[at]! : reach + at - head.length);
  return { head: head + text.slice(reach), origin };
}

/** "2.1.", "2)", "2-": decimals first, as "2.1" also starts like "2.". */
function readNumbered(text: string): Label | null {
  let m = DECIMAL.exec(text);
  if (m) return { style: 'decimal', value: m[1]!, marker: m[0].trim(), rest: m[0].length };
  m = ARABIC.exec(text);
  return m ? { style: 'arabic', value: String(Number(m[1])), marker: m[1]! + m[2], rest: m[0].length } : null;
}

/** "a)", "b." before a capital. */
function readLetter(text: string): Label | null {
  const m = LETTER.exec(text);
  return m ? { style: 'letter', value: (m[1] ?? m[2])!, marker: m[0].trim(), rest: m[0].length } : null;
}

/** "-", "•", "", "+", "o", "*", "▪"…: a bullet of the grammar. */
function readBullet(text: string): Label | null {
  const { styles, pattern } = bullets();
  const m = pattern.exec(text);
  if (!m) return null;
  const mark = (m[1] ?? m[2])!;
  return { style: styles.get(mark)!, value: null, marker: mark, rest: m[0].length };
}

/** A line's text without the bullet it starts with, if it starts with one. */
export function withoutBullet(text: string): string {
  const label = readBullet(text);
  return label ? text.slice(label.rest) : text;
}

/** Ladder rank: an item is the child of the nearest open item of lower rank. */
export function rank(label: Label): number {
  switch (label.style) {
    case 'roman': return 0;
    case 'arabic': return 10;
    case 'decimal': return 10 + (label.value ?? '').split('.').length;
    case 'letter': return 20;
    case 'dash': return 30;
    case 'plus': return 40;
    case 'star': return 45;
    case 'paragraph': return 50;
  }
}
