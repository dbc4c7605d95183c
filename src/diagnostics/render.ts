/**
 * Renders a diagnostic the way compilers do, for a terminal or a log:
 *
 *   plans/x.txt:6:14: warning KH113 write the day as 05 (…)
 *       6 | Giang Thành, ngày 5 tháng 3 năm 2024
 *         |              ^~~~~~~~~~~~~~~~~~~~~~~
 *
 * The first line is `file:line:col: severity CODE message`, the shape editors
 * and CI problem matchers recognise; the severity and code stay in English
 * whatever the message language, so those matchers keep working. Then the
 * source line as stored in the file, and a caret line under the span, clipped
 * to that first line.
 *
 * Positions count UTF-16 units of the stored line, so the excerpt must be the
 * stored line too (not its NFC form): pass the decoded text split with
 * `splitLines`. Both lines are laid out in terminal cells: tabs expand to the
 * same tab stops in both, combining marks take no cell (decomposed Vietnamese
 * keeps the caret in place), wide characters take two, and control characters
 * show as U+FFFD so a document cannot send escape sequences to the terminal.
 * A line wider than `maxWidth` is cut to a window around the span, marked "…".
 *
 * Colour is the caller's decision (TTY, NO_COLOR, FORCE_COLOR): `color: true`
 * uses a chalk instance of its own, never chalk's global detection. chalk is
 * loaded on the first coloured render only (synchronously, through require),
 * so plain output does not pay for it.
 */
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Severity } from '../model/schema.js';

export interface RenderOptions {
  /** The name before the position: the path as the user typed it, or `<stdin>`. */
  readonly file: string;
  /** The lines of the source as stored (see `splitLines`); without them, no excerpt. */
  readonly lines?: readonly string[];
  /** ANSI colours; off unless asked for. */
  readonly color?: boolean;
  /** Tab stops every this many cells; 8 unless told. */
  readonly tabWidth?: number;
  /** The widest excerpt in cells before it is cut around the span; 100 unless told. */
  readonly maxWidth?: number;
}

/** One diagnostic: the message line, then the excerpt when the line is known. Ends with "\n". */
export function renderDiagnostic(diagnostic: Diagnostic, options: RenderOptions): string {
  const style = styles(options.color ?? false);
  const location = `${clean(options.file)}:${diagnostic.line}:${diagnostic.column}:`;
  const severity = style.severity[diagnostic.severity](diagnostic.severity);
  let out = `${style.location(location)} ${severity} ${style.code(diagnostic.code)} ${clean(diagnostic.message)}\n`;
  const line = options.lines?.[diagnostic.line - 1];
  if (line === undefined || line.trim() === '') return out;

  const excerpt = layOut(line, diagnostic, options.tabWidth ?? 8, options.maxWidth ?? 100);
  const number = String(diagnostic.line).padStart(5);
  const blank = ' '.repeat(number.length);
  out += `${style.gutter(`${number} |`)} ${excerpt.text}\n`;
  out += `${style.gutter(`${blank} |`)} ${' '.repeat(excerpt.caretAt)}${style.caret('^' + '~'.repeat(excerpt.caretWidth - 1))}\n`;
  return out;
}

/** Several diagnostics of one file, in the order given. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: RenderOptions): string {
  return diagnostics.map((diagnostic) => renderDiagnostic(diagnostic, options)).join('');
}

// ---------------------------------------------------------------------------
// Laying the line out in terminal cells

/** A piece of the line as displayed: its text and how many cells it takes. */
interface Cell {
  readonly text: string;
  readonly width: number;
  /** The first cell it occupies. */
  readonly at: number;
}

interface Excerpt {
  readonly text: string;
  /** The cell the caret goes under. */
  readonly caretAt: number;
  /** Cells to underline, caret included: at least 1. */
  readonly caretWidth: number;
}

function layOut(line: string, diagnostic: Diagnostic, tabWidth: number, maxWidth: number): Excerpt {
  const start = clamp(diagnostic.column - 1, 0, line.length);
  const lineEnd = line.trimEnd().length;
  const end = diagnostic.endLine === diagnostic.line
    ? clamp(diagnostic.endColumn - 1, start, line.length)
    : Math.max(start, lineEnd);

  const cells: Cell[] = [];
  let at = 0;
  let startAt = -1;
  let endAt = -1;
  for (let i = 0; i < line.length; ) {
    if (i >= start && startAt < 0) startAt = at;
    if (i >= end && endAt < 0) endAt = at;
    const codePoint = line.codePointAt(i)!;
    const units = codePoint > 0xffff ? 2 : 1;
    const cell = cellOf(line.slice(i, i + units), codePoint, at, tabWidth);
    cells.push(cell);
    at += cell.width;
    i += units;
  }
  if (startAt < 0) startAt = at;
  if (endAt < 0) endAt = at;
  const total = at;

  if (total <= maxWidth) {
    return { text: cells.map((cell) => cell.text).join(''), caretAt: startAt, caretWidth: Math.max(1, endAt - startAt) };
  }
  // Cut a window of maxWidth cells that starts a little before the span.
  const from = clamp(startAt - Math.floor(maxWidth / 6), 0, Math.max(0, total - maxWidth));
  const to = from + maxWidth;
  const shown = cells.filter((cell) => cell.at >= from && cell.at + cell.width <= to);
  const pad = ' '.repeat(shown.length > 0 ? shown[0]!.at - from : 0); // a wide character cut in half
  const before = from > 0 ? '…' : '';
  const after = to < total ? '…' : '';
  const caretEnd = Math.min(Math.max(endAt, startAt + 1), to);
  return {
    text: before + pad + shown.map((cell) => cell.text).join('') + after,
    caretAt: before.length + startAt - from,
    caretWidth: Math.max(1, caretEnd - startAt),
  };
}

function cellOf(text: string, codePoint: number, at: number, tabWidth: number): Cell {
  if (codePoint === 0x09) {
    const width = tabWidth - (at % tabWidth);
    return { text: ' '.repeat(width), width, at };
  }
  if (isControl(codePoint)) return { text: '\uFFFD', width: 1, at };
  if (ZERO_WIDTH.test(text)) return { text, width: 0, at };
  return { text, width: isWide(codePoint) ? 2 : 1, at };
}

/** Combining marks and format characters (U+200B–U+200F, U+2060, U+FEFF …); the soft hyphen shows. */
const ZERO_WIDTH = /^(?!\u00ad)[\p{M}\p{Cf}]$/u;

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
}

/** East Asian wide and fullwidth ranges, and the emoji planes: two cells in a terminal. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Text from the document or the command line, with control characters made harmless. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

// ---------------------------------------------------------------------------
// Colours

type Paint = (text: string) => string;

interface Styles {
  readonly location: Paint;
  readonly severity: Record<Severity, Paint>;
  readonly code: Paint;
  readonly gutter: Paint;
  readonly caret: Paint;
}

const plain: Paint = (text) => text;

const PLAIN: Styles = {
  location: plain,
  severity: { error: plain, warning: plain, info: plain },
  code: plain,
  gutter: plain,
  caret: plain,
};

let colored: Styles | null = null;

function styles(color: boolean): Styles {
  if (!color) return PLAIN;
  if (!colored) {
    const { Chalk } = createRequire(import.meta.url)('chalk') as typeof import('chalk');
    colored = paletteOf(new Chalk({ level: 1 }));
  }
  return colored;
}

/** The colours gcc and clang use: bold location, red errors, magenta warnings, green carets. */
function paletteOf(chalk: ChalkInstance): Styles {
  return {
    location: chalk.bold,
    severity: { error: chalk.bold.red, warning: chalk.bold.magenta, info: chalk.bold.cyan },
    code: chalk.bold,
    gutter: chalk.blue,
    caret: chalk.bold.green,
  };
}
