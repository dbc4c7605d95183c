/**
 * Decimals written two ways in one plan (KH504): "13,7%" with the comma
 * Vietnamese writes, and "24.4%" with the point of English. Each target's
 * value is noted as it is read; once all are, the first value written the
 * way the plan uses less is reported, beside the first written the other way.
 * "1,500" (a comma before three figures) is KH501's, and a point before three
 * figures groups thousands: neither is noted here.
 */
import type { Diagnostics } from '../../diagnostics/collector.js';
import type { Span } from '../../model/schema.js';
import { Ways } from '../habits.js';

const COMMA = /^\d+,(?:\d{1,2}|\d{4,})$/;
const POINT = /^\d+\.\d{1,2}$/;

export class DecimalStyles {
  private readonly ways = new Ways<{ readonly text: string; readonly span: Span }>();

  /** A value as printed ("19,5", "24.4") and where. */
  note(printed: string, span: Span): void {
    const way = COMMA.test(printed) ? 'comma' : POINT.test(printed) ? 'point' : null;
    if (way) this.ways.note(way, { text: printed, span }, span.line);
  }

  report(diagnostics: Diagnostics): void {
    const chosen = this.ways.chosen();
    if (!chosen) return;
    const { kept, slip } = chosen;
    diagnostics.report('KH504', slip.first.span, { text: slip.first.text, other: kept.first.text, line: kept.first.span.line });
  }
}
