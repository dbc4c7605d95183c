/**
 * A period's label as a plan prints it before its value ("Quý II: 60%",
 * "Năm 2027:", "6 tháng:"): a period word of grammar/quantities.json's
 * periodColumns, perhaps its number. A pattern for folded text, unanchored:
 * each reader anchors its source as it needs.
 */
import { grammar, onFirstUse } from './load.js';
import { alternation } from './pattern.js';
import { foldKey } from '../text/fold.js';

export const periodLabel = onFirstUse((): RegExp => {
  const periods = grammar<{ periodColumns: string[] }>('quantities').periodColumns.map(foldKey);
  return new RegExp(String.raw`(?:${alternation(periods)})(?: (?:[ivx]{1,4}|\d{1,2}|(?:19|20)\d{2}))?`);
});
