/**
 * Clauses: the stretches of a paragraph that each state one or more targets,
 * cut at ";" and at sentence ends. Offsets stay those of the paragraph.
 */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence the clause belongs to (clauses of one sentence share it). */
  readonly sentence: number;
}

const BOUNDARY = /;|\.(?=\s+\p{Lu})|\n/gu;

export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let sentence = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); ; m = BOUNDARY.exec(text)) {
    const to = m ? m.index : text.length;
    if (to > from) out.push({ start: from, end: to, text: text.slice(from, to), sentence });
    if (!m) break;
    if (m[0] !== ';') sentence++;
    from = m.index + m[0].length;
  }
  return out;
}

/** The longest a target's source may be: a clause longer (a table run into a paragraph, a list with no stop) is cut around the value. */
const MAX_SOURCE = 1000;
/** Of an excerpt, the part before the value: the words that name it come first. */
const BEFORE_VALUE = 600;

/**
 * The words of a clause a target was read from: the whole clause, or, where
 * it is longer than MAX_SOURCE, the words around the value with "…" where
 * they were cut. A source as long as its clause would give every one of a
 * long clause's targets all of it, and the output would grow with the
 * square of the clause.
 */
export function sourceOf(clause: Clause, valueStart: number, valueEnd: number): string {
  const text = clause.text;
  if (text.length <= MAX_SOURCE) return text.trim();
  let from = Math.max(0, valueStart - BEFORE_VALUE);
  let to = Math.min(text.length, Math.max(valueEnd, from + MAX_SOURCE));
  // whole words: cut at the blank nearest inside each end
  if (from > 0) from = Math.min(valueStart, nextBlank(text, from));
  if (to < text.length) to = Math.max(valueEnd, lastBlank(text, to));
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

function nextBlank(text: string, at: number): number {
  const blank = text.indexOf(' ', at);
  return blank < 0 ? at : blank + 1;
}

function lastBlank(text: string, at: number): number {
  const blank = text.lastIndexOf(' ', at);
  return blank < 0 ? at : blank;
}
