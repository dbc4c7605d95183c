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

const COMMA = /^\d+,(?:\d{1,2}|\d{4,})$/;
const POINT = /^\d+\.\d{1,2}$/;

interface Way {
  readonly first: { readonly text: string; readonly span: Span };
  count: number;
}

export class DecimalStyles {
  private comma: Way | null = null;
  private point: Way | null = null;

  /** A value as printed ("19,5", "24.4") and where. */
  note(printed: string, span: Span): void {
    if (COMMA.test(printed)) this.comma = seen(this.comma, printed, span);
    else if (POINT.test(printed)) this.point = seen(this.point, printed, span);
  }

  report(diagnostics: Diagnostics): void {
    const { comma, point } = this;
    if (!comma || !point) return;
    // the way used less is the slip; of two used as often, the one that comes later
    const later = (a: Way, b: Way): boolean => a.first.span.line > b.first.span.line;
    const slip = comma.count < point.count || (comma.count === point.count && later(comma, point)) ? comma : point;
    const kept = slip === comma ? point : comma;
    diagnostics.report('KH504', slip.first.span, { text: slip.first.text, other: kept.first.text, line: kept.first.span.line });
  }
}

function seen(way: Way | null, text: string, span: Span): Way {
  if (way) {
    way.count++;
    return way;
  }
  return { first: { text, span }, count: 1 };
}
