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
