/**
 * The common currency of both front ends: one logical line of the document.
 *
 * The plain-text scanner makes one per non-blank physical line; the markdown
 * front end makes one per physical line of each block, with inline markup
 * removed and list markers kept as text ("- …", "2. …"), so that the parser
 * reads labels the same way whatever the source syntax.
 */

export interface Cell {
  readonly text: string;
  /** NFC column in the physical line where the cell's text starts, or -1 when unknown. */
  readonly start: number;
  /** The 0-based physical line of the cell, where it is not the row's own (one cell per line). */
  readonly index?: number;
  /** The paragraphs of a cell printed on lines of their own (a raw HTML cell), each where it stands. */
  readonly lines?: readonly Cell[];
}

export interface Line {
  /** 0-based physical line. */
  readonly index: number;
  /** The content: trimmed, markup removed, runs of spaces kept as printed. */
  readonly text: string;
  /** NFC columns of the content in the physical line: [start, end). */
  readonly start: number;
  readonly end: number;
  /** A blank line (or a block boundary) comes before this line. */
  readonly blankBefore: boolean;
  /** Markdown heading depth, 0 for none. */
  readonly heading: number;
  /** How much of the text is bold: none, all of it, or a leading part. */
  readonly bold: 'none' | 'all' | 'prefix';
  /** Length of the bold leading part of `text` (whole length when bold is 'all'). */
  readonly boldPrefix: number;
  /** A table row: the cells, at least one. */
  readonly cells: readonly Cell[] | null;
  /** A horizontal rule ("-----", "***"). */
  readonly rule: boolean;
  /**
   * The source's syntax says the line goes on with the one above it, as
   * markdown does for a list item's line after a hard break (Word's
   * Shift+Enter, a `<br>` in an `<li>`), or for a paragraph's line that opens
   * on a count ("02 đợt trong năm."): no sentence end above parts them.
   */
  readonly carriesOn: boolean;
  /**
   * Side-by-side columns, as PDF text puts the header or the recipients beside
   * the signature: the parts of the line split at long runs of spaces.
   */
  readonly columns: readonly Cell[] | null;
  /**
   * A block cut out of a run-on line (markdown/run-on.ts), past the line's
   * first: its start is a place in the line, no indentation.
   */
  readonly cut: boolean;
  /**
   * Room for the parser to remember what it read of the line (its label), so
   * that it is read once. Present from the start, so that filling it does not
   * change the line's shape.
   */
  memo: unknown;
}

/**
 * A line with the defaults filled in. Every line is built here, field by
 * field in one order, so that all lines share one shape and the passes that
 * read them thousands of times stay fast.
 */
export function makeLine(fields: Partial<Omit<Line, 'memo'>> & Pick<Line, 'index' | 'text' | 'start' | 'end'>): Line {
  return {
    index: fields.index,
    text: fields.text,
    start: fields.start,
    end: fields.end,
    blankBefore: fields.blankBefore ?? false,
    heading: fields.heading ?? 0,
    bold: fields.bold ?? 'none',
    boldPrefix: fields.boldPrefix ?? 0,
    cells: fields.cells ?? null,
    rule: fields.rule ?? false,
    carriesOn: fields.carriesOn ?? false,
    columns: fields.columns ?? null,
    cut: fields.cut ?? false,
    memo: undefined,
  };
}

/**
 * The same line placed elsewhere (a cell's own physical line, the part of it
 * a fragment takes), in the one shape of every line: a copy made by
 * spreading an object gets a shape of its own, and every pass that reads
 * lines would then meet two. What it remembered is kept only when its text
 * is the same.
 */
export function movedLine(line: Line, place: { readonly index: number; readonly start: number; readonly end: number; readonly text?: string; readonly cells?: Line['cells'] }): Line {
  const text = place.text ?? line.text;
  return {
    index: place.index,
    text,
    start: place.start,
    end: place.end,
    blankBefore: line.blankBefore,
    heading: line.heading,
    bold: line.bold,
    boldPrefix: line.boldPrefix,
    cells: place.cells === undefined ? line.cells : place.cells,
    rule: line.rule,
    carriesOn: line.carriesOn,
    columns: line.columns,
    cut: line.cut,
    memo: text === line.text ? line.memo : undefined,
  };
}

/** A cell, built in one shape like lines are (the paragraphs of a raw HTML cell, each on its line, where it has several). */
export function makeCell(text: string, start: number, index?: number, lines?: readonly Cell[]): Cell {
  return { text, start, index, lines };
}
