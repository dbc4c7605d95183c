/**
 * Item labels: the rungs of the numbering ladder I → 1. → 1.1. → a) → - → + → *.
 * A label is read from the start of a line by its style alone, never from
 * markdown heading depth. Each pattern is anchored and linear.
 */
import type { LabelStyle } from '../model/schema.js';
import type { Line } from '../lexer/line.js';

export type ItemStyle = LabelStyle | 'roman';

export interface Label {
  readonly style: ItemStyle;
  /** The bare label: "II", "2", "2.1", "a"; null for bullets. */
  readonly value: string | null;
  /** The marker as printed: "II.", "2.1", "a)", "-". */
  readonly marker: string;
  /** Where the text after the marker starts. */
  readonly rest: number;
}

const ROMAN = /^(?:(?:PHẦN|Phần)\s+)?(X{0,2}(?:IX|IV|V?I{0,3}))\s*([.\-–:)])\s*(?=\S)/u;
const DECIMAL = /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:\.(?!\d)|(?=[\s\p{L}(]))\s*/u;
const ARABIC = /^(\d{1,2})\s?([.)\-–])(?!\d)\s*(?=\S)/u;
const LETTER = /^([a-zđ])\)\s*(?=\S)|^([a-zđ])[.-]\s+(?=\p{Lu})/u;
const BULLET = /^([-–—•·+*])(?![-–—*+])\s*(?=\S)/u;

/** The label of a line, read once (kept in the line's memo): the regions, the body and the continuation rule all ask. */
export function labelOf(line: Line): Label | null {
  if (line.memo === undefined) line.memo = readLabel(line.text);
  return line.memo as Label | null;
}

export function readLabel(text: string): Label | null {
  let m = ROMAN.exec(text);
  if (m && m[1]) return { style: 'roman', value: m[1], marker: m[1] + m[2], rest: m[0].length };
  m = DECIMAL.exec(text);
  if (m) return { style: 'decimal', value: m[1]!, marker: m[0].trim(), rest: m[0].length };
  m = ARABIC.exec(text);
  if (m) return { style: 'arabic', value: String(Number(m[1])), marker: m[1]! + m[2], rest: m[0].length };
  m = LETTER.exec(text);
  if (m) {
    const letter = (m[1] ?? m[2])!;
    return { style: 'letter', value: letter, marker: m[0].trim(), rest: m[0].length };
  }
  m = BULLET.exec(text);
  if (m) {
    const ch = m[1]!;
    const style: ItemStyle = ch === '+' ? 'plus' : ch === '*' ? 'star' : 'dash';
    return { style, value: null, marker: ch, rest: m[0].length };
  }
  return null;
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
