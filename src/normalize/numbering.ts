/**
 * Lint of the numbering: a label used twice, a label skipped, a point letter
 * outside the Vietnamese alphabet, labels of one level printed two ways ("1."
 * and "2)"). Siblings are compared within one parent and one label style;
 * Roman sections across the document.
 */
import type { Diagnostics } from '../diagnostics/collector.js';
import type { Span } from '../model/schema.js';
import { vocabulary } from '../grammar/vocabulary.js';
import type { ItemNode, SectionNode } from '../parser/tree.js';
import type { Line } from '../lexer/line.js';
import type { Locator } from './locate.js';
import { keptAndSlip, type Way } from './habits.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

export function romanValue(label: string): number {
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = ROMAN[label[i]!] ?? 0;
    const next = ROMAN[label[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

interface Labelled {
  readonly value: string;
  /** How the label is printed around its value: "." in "1.", ")" in "a)", "()" in "(2)", "" in "2.1". */
  readonly mark: string;
  readonly ordinal: number | null;
  readonly display: (ordinal: number) => string;
  /** The line the label is printed on, and the label as printed: its span is worked out only for a label reported. */
  readonly printedOn: Line;
  readonly marker: string;
  /** The 1-based line number, which messages quote. */
  readonly line: number;
}

function spanOf(item: Labelled, at: Locator): Span {
  return at.fragment(item.printedOn, item.marker);
}

/** Checks one run of siblings of one style, in order. */
function checkRun(run: Labelled[], what: string, at: Locator, diagnostics: Diagnostics): void {
  // one label alone repeats none, skips none and is printed one way
  if (run.length < 2) return;
  const seen = new Map<string, number>();
  let previous: Labelled | null = null;
  checkMarks(run, what, at, diagnostics);
  for (const item of run) {
    const first = seen.get(item.value);
    if (first !== undefined) {
      diagnostics.report('KH201', spanOf(item, at), { what, label: item.value, first });
    } else if (previous && previous.ordinal !== null && item.ordinal !== null && item.ordinal > previous.ordinal + 1) {
      const missing = item.ordinal - previous.ordinal - 1;
      const expected = missing === 1 ? item.display(previous.ordinal + 1) : `${item.display(previous.ordinal + 1)}–${item.display(item.ordinal - 1)}`;
      diagnostics.report('KH202', spanOf(item, at), { what, expected, previous: previous.value, label: item.value });
    }
    if (first === undefined) seen.set(item.value, item.line);
    previous = item;
  }
}

/**
 * "5.1." beside "5.2" and "5.3": labels of one level printed two ways. The
 * first label of the way printed less is reported (of two ways printed as
 * often, the later), beside the first of the other; once a run.
 */
function checkMarks(run: Labelled[], what: string, at: Locator, diagnostics: Diagnostics): void {
  // most runs print every label one way: one look, and no grouping
  if (run.every((item) => item.mark === run[0]!.mark)) return;
  const ways = new Map<string, Way<Labelled>>();
  for (const item of run) {
    const way = ways.get(item.mark);
    if (way) way.count++;
    else ways.set(item.mark, { first: item, at: item.line, count: 1 });
  }
  const chosen = keptAndSlip([...ways.values()]);
  if (!chosen) return;
  const { kept: { first: kept }, slip: { first: slip } } = chosen;
  diagnostics.report('KH205', spanOf(slip, at), { what, label: slip.marker, first: kept.marker, line: kept.line });
}

export function checkSectionNumbering(sections: SectionNode[], at: Locator, diagnostics: Diagnostics): void {
  // Each part of a plan numbers its sections afresh: one run per part.
  const runs = new Map<number, Labelled[]>();
  for (const s of sections) {
    // Sections numbered as items ("2. MỤC TIÊU", see parser/numbered-sections.ts) count in Arabic numerals.
    const arabic = /^\d+$/.test(s.label.value!);
    const labelled: Labelled = {
      value: s.label.value!,
      mark: s.label.marker.slice(s.label.value!.length),
      ordinal: arabic ? Number(s.label.value) : romanValue(s.label.value!),
      display: arabic ? String : toRoman,
      printedOn: s.line,
      marker: s.label.marker,
      line: s.line.index + 1,
    };
    const run = runs.get(s.part);
    if (run) run.push(labelled);
    else runs.set(s.part, [labelled]);
  }
  for (const run of runs.values()) checkRun(run, diagnostics.term('section'), at, diagnostics);
}

export function checkItemNumbering(siblings: ItemNode[], at: Locator, diagnostics: Diagnostics): void {
  const letters = vocabulary().pointLetters;
  const byStyle = new Map<string, Labelled[]>();
  for (const item of siblings) {
    const label = item.label;
    if (!label || label.value === null) continue;
    const printedOn = item.block.lines[0]!;
    let key: string = item.style;
    let ordinal: number | null = null;
    let display = (n: number): string => String(n);
    if (item.style === 'arabic') ordinal = Number(label.value);
    else if (item.style === 'decimal') {
      const parts = label.value.split('.');
      const prefix = parts.slice(0, -1).join('.');
      key = `decimal:${prefix}`;
      ordinal = Number(parts[parts.length - 1]);
      display = (n) => `${prefix}.${n}`;
    } else if (item.style === 'letter') {
      const index = letters.indexOf(label.value);
      if (index < 0) diagnostics.report('KH203', at.fragment(printedOn, label.marker), { label: label.value });
      ordinal = index < 0 ? null : index + 1;
      display = (n) => letters[n - 1] ?? '?';
    }
    const run = byStyle.get(key) ?? [];
    // the marks around the value, "." of "2.", ")" of "2)", "()" of "(2)": one way of numbering
    const at0 = label.marker.indexOf(label.value);
    const mark = at0 < 0 ? label.marker : label.marker.slice(0, at0) + label.marker.slice(at0 + label.value.length);
    run.push({ value: label.value, mark, ordinal, display, printedOn, marker: label.marker, line: printedOn.index + 1 });
    byStyle.set(key, run);
  }
  const what = diagnostics.term('item');
  for (const run of byStyle.values()) checkRun(run, what, at, diagnostics);
  for (const item of siblings) if (item.children.length) checkItemNumbering(item.children, at, diagnostics);
}
