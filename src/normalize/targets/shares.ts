/**
 * A count out of a whole printed with its share ("146/152 (96%)") that
 * disagrees with it (KH503): in a target, and in the text no target is read
 * from, the preamble's account of the year before or a situation section
 * ("tại 11/14 ấp (85,7%)", which is 78,6%).
 */
import type { Span } from '../../model/schema.js';
import type { Diagnostics } from '../../diagnostics/collector.js';
import type { Block } from '../../parser/tree.js';
import type { Locator } from '../locate.js';
import { scanQuantities, type Quantity } from './quantity.js';

/** Reports a share a fraction printed beside it gives otherwise (by a point or more). */
export function checkShare(q: Quantity, span: Span, diagnostics: Diagnostics): void {
  if (!q.fraction || q.unit !== '%' || q.fraction.den <= 0) return;
  const computed = (100 * q.fraction.num) / q.fraction.den;
  if (Math.abs(computed - q.value) >= 1) {
    diagnostics.report('KH503', span, { num: q.fraction.num, den: q.fraction.den, computed: computed.toFixed(1).replace('.', ','), value: q.value });
  }
}

/** The shares of blocks no target is read from. Most hold no "%" at all, and are left at once. */
export function checkSharesIn(blocks: readonly Block[], at: Locator, diagnostics: Diagnostics): void {
  for (const block of blocks) {
    if (!block.text.includes('%') || !block.text.includes('/')) continue;
    for (const q of scanQuantities(block.text)) {
      if (q.fraction) checkShare(q, at.inBlockAt(block, q.valueStart, block.text.slice(q.valueStart, q.valueEnd)), diagnostics);
    }
  }
}
