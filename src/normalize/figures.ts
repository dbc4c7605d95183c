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
 */

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
