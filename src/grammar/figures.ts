/**
 * Figures as plans print them, shared by the passes that read values (the
 * quantities of sentences, the cells of indicator tables, amounts of money):
 *
 *   figure = 7.000 | 1.246,5    points between thousands, a decimal comma
 *          | 45.7               a decimal point (one or two figures after it), as some exports print it
 *          | 45 | 45,7 | 08
 *
 * "7.000" is seven thousand, so a decimal point is a reading each context
 * must allow: the pattern takes a guard, the lookaround that allows it there.
 *
 * A value a table's cell prints may stand after a sign (">= 95", "≤ 13‰"):
 * the signs are the comparators of grammar/quantities.json written without a
 * letter, shared by the lexers that see a value cell and the normaliser that
 * reads its comparison.
 */
import type { Target } from '../model/schema.js';
import { grammar, onFirstUse } from './load.js';
import { literalAlternation } from './pattern.js';

const GROUPED = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?`;
const POINT = String.raw`\d+\.\d{1,2}`;
const PLAIN = String.raw`\d+(?:,\d+)?`;

/** The alternatives of a figure, for a pattern's group; `pointGuard` follows the decimal point's. */
export function figure(pointGuard: string): string {
  return `${GROUPED}|${POINT}${pointGuard}|${PLAIN}`;
}

const GROUPED_ONLY = new RegExp(`^(?:${GROUPED})$`);

/** "7.000" → 7000, "19,5" → 19.5, "08" → 8, "18.4" → 18.4. */
export function parseFigure(text: string): number {
  if (!text.includes('.') && !text.includes(',')) return Number(text);
  if (GROUPED_ONLY.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  return Number(text.replace(',', '.'));
}

/** What a lexer takes for a figure before the normaliser reads it: digits, with the points and commas between. */
export const FIGURE_LIKE = String.raw`\d[\d.,]*`;

/** The comparators printed as signs: an alternation of them (longest first), and the comparison of each. */
export const comparatorSigns = onFirstUse((): { pattern: string; cmpOf: ReadonlyMap<string, Target['cmp']> } => {
  const { comparators } = grammar<{ comparators: { phrase: string; cmp: Target['cmp'] }[] }>('quantities');
  const signs = comparators.filter((c) => !/\p{L}/u.test(c.phrase));
  return { pattern: literalAlternation(signs.map((c) => c.phrase)), cmpOf: new Map(signs.map((c) => [c.phrase, c.cmp])) };
});

/** A cell or a word that is a figure alone, perhaps after a comparator's sign: "464", "≥ 95", "<5", "12,5%". */
export const figureAlone = onFirstUse((): RegExp => new RegExp(`^(?:${comparatorSigns().pattern})?\\s*${FIGURE_LIKE}\\s*[%‰]?$`, 'u'));
