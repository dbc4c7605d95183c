/**
 * Spans for records. The lexers know where each line's content lies; a
 * fragment inside a line is found by searching the physical line, which is
 * exact for plain text and for markdown wherever the fragment carries no
 * markup of its own, and falls back to the whole line otherwise.
 */
import type { Span } from '../model/schema.js';
import type { Line } from '../lexer/line.js';
import type { SourceText } from '../reader/source.js';
import type { Block, HeaderCell } from '../parser/tree.js';

export class Locator {
  constructor(private readonly source: SourceText) {}

  /** The whole content of a line. */
  line(line: Line): Span {
    return this.source.spanInLine(line.index, line.start, line.end);
  }

  /** From the earliest line's start to the latest line's end. */
  lines(lines: readonly Line[]): Span {
    let first = lines[0]!;
    let last = first;
    for (const line of lines) {
      if (line.index < first.index) first = line;
      if (line.index > last.index) last = line;
    }
    const a = this.line(first);
    const b = this.line(last);
    return { line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
  }

  /**
   * A fragment of a line, searched from a column on; where the line prints
   * its words further apart than the fragment does ("Số:    58/KH-TTYT", a
   * text's collapsed spaces), the words in order with any blanks between.
   */
  fragment(line: Line, fragment: string, from = line.start): Span {
    const raw = this.source.lines[line.index] ?? '';
    const i = fragment ? raw.indexOf(fragment, Math.max(0, from)) : -1;
    if (i < 0) {
      const j = fragment ? raw.indexOf(fragment) : -1;
      if (j >= 0) return this.source.spanInLine(line.index, j, j + fragment.length);
      const spread = fragment.includes(' ') ? wordsApart(raw, fragment, Math.max(0, from)) ?? wordsApart(raw, fragment, 0) : null;
      return spread ? this.source.spanInLine(line.index, spread[0], spread[1]) : this.line(line);
    }
    return this.source.spanInLine(line.index, i, i + fragment.length);
  }

  cell(cell: HeaderCell, fragment: string): Span {
    return this.fragment(cell.line, fragment.trim(), cell.start);
  }

  /** A fragment of a block: on the line that holds it. */
  inBlock(block: Block, fragment: string): Span {
    const probe = fragment.slice(0, 24);
    for (const line of block.lines) if (line.text.includes(probe)) return this.fragment(line, fragment.length > 60 ? probe : fragment);
    return this.line(block.lines[0]!);
  }

  /**
   * A fragment at an offset of a block's joined text (its lines joined with
   * single spaces): found on the physical line that holds the offset, near it.
   */
  inBlockAt(block: Block, offset: number, fragment: string): Span {
    let consumed = 0;
    for (const line of block.lines) {
      const end = consumed + line.text.length;
      if (offset < end + 1 || line === block.lines[block.lines.length - 1]) {
        return this.fragment(line, fragment, line.start + Math.max(0, offset - consumed - 12));
      }
      consumed = end + 1;
    }
    return this.line(block.lines[0]!);
  }

  /** The first position of the document, for what is missing from it. */
  start(): Span {
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  /** The last line of the document. */
  end(): Span {
    const last = this.source.lineCount;
    const length = (this.source.lines[last - 1] ?? '').length;
    return this.source.spanInLine(last - 1, 0, length);
  }
}

/** How many places of a fragment's first word are tried before a fragment whose words stand apart is given up. */
const TRIES = 32;

/** Where the words of `fragment` stand in `raw` from `from` on, in order, one blank or more between each: [start, end). */
function wordsApart(raw: string, fragment: string, from: number): [number, number] | null {
  const words = fragment.split(' ').filter(Boolean);
  if (words.length === 0) return null;
  let tries = 0;
  for (let at = raw.indexOf(words[0]!, from); at >= 0 && tries < TRIES; at = raw.indexOf(words[0]!, at + 1), tries++) {
    let end = at + words[0]!.length;
    let k = 1;
    for (; k < words.length; k++) {
      let next = end;
      while (next < raw.length && (raw.charCodeAt(next) === 32 || raw.charCodeAt(next) === 9)) next++;
      if (next === end || !raw.startsWith(words[k]!, next)) break;
      end = next + words[k]!.length;
    }
    if (k === words.length) return [at, end];
  }
  return null;
}
