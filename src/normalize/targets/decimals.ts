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
import { keptAndSlip, type Way } from '../habits.js';

const COMMA = /^\d+,(?:\d{1,2}|\d{4,})$/;
const POINT = /^\d+\.\d{1,2}$/;

/** A way of writing decimals: its first value and where it stands. */
type Decimals = Way<{ readonly text: string; readonly span: Span }>;

export class DecimalStyles {
  private comma: Decimals | null = null;
  private point: Decimals | null = null;

  /** A value as printed ("19,5", "24.4") and where. */
  note(printed: string, span: Span): void {
    if (COMMA.test(printed)) this.comma = seen(this.comma, printed, span);
    else if (POINT.test(printed)) this.point = seen(this.point, printed, span);
  }

  report(diagnostics: Diagnostics): void {
    const chosen = keptAndSlip([this.comma, this.point].filter((w): w is Decimals => w !== null));
    if (!chosen) return;
    const { kept, slip } = chosen;
    diagnostics.report('KH504', slip.first.span, { text: slip.first.text, other: kept.first.text, line: kept.first.span.line });
  }
}

function seen(way: Decimals | null, text: string, span: Span): Decimals {
  if (way) {
    way.count++;
    return way;
  }
  return { first: { text, span }, at: span.line, count: 1 };
}
