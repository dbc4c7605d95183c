/**
 * Pipe tables, read from the source lines. Plans use this one construct of
 * GitHub-flavoured markdown (Word exports put the header block and the
 * indicator tables in it); reading it here, line by line, spares remark the
 * GFM extensions, which would more than double its parsing time.
 *
 *   | **ỦY BAN NHÂN DÂN**<br>**HUYỆN …** | **CỘNG HÒA …** |    header row
 *   |:---:|:---:|                                             delimiter row
 *   | Số: 15/KH-UBND | *Krông Pắc, ngày 05 tháng 3 năm 2024* |  body rows
 */
import { makeCell, type Cell } from '../lexer/line.js';
import { decodeReferences } from './references.js';

/** A GFM delimiter row: cells of dashes with optional alignment colons. */
const DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

export function isDelimiterRow(line: string): boolean {
  return line.includes('-') && line.includes('|') && DELIMITER.test(line);
}

/** Whether a line can be a row of a pipe table. */
export function isPipeRow(line: string): boolean {
  return line.includes('|');
}

/** The `<col />` tags html-to-md prints before a table's first row ("<col /><col />|<font>TT</font>|…"). */
const COLUMN_TAGS = /^(?:<col\b[^<>]*>\s*)+(?=\|)/i;

/**
 * A line with the column tags before a row turned to blanks, a blank for
 * each character so that columns stay: remark reads the row as the table's
 * (a line opening on `<col` would start an HTML block). The line itself when
 * it has none.
 */
export function withoutColumnTags(line: string): string {
  if (line.charCodeAt(0) !== 0x3c) return line;
  const tags = COLUMN_TAGS.exec(line);
  return tags ? ' '.repeat(tags[0].length) + line.slice(tags[0].length) : line;
}

/** The cells of a row: split at unescaped pipes, inline markup removed, <br> as line breaks. */
export function rowCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  let i = 0;
  const trimmedStart = line.length - line.trimStart().length;
  if (line[trimmedStart] === '|') start = i = trimmedStart + 1;
  for (; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '|' || i === line.length) {
      const raw = line.slice(start, i);
      if (i < line.length || raw.trim() !== '') {
        const lead = raw.length - raw.trimStart().length;
        cells.push(makeCell(cellText(raw), start + lead));
      }
      start = i + 1;
    }
  }
  return cells;
}

/**
 * Where a bold run opens in a cell right after a run of capitals or after
 * another bold run (one blank between): where a header cell's lines met.
 * Bold inside a sentence ("Tỷ lệ **trẻ em** …") follows a small letter.
 */
const BOLD_AFTER_LINE = /(?<=\p{Lu}|\*\*)[ \t]+(?=\*\*\p{Lu})/gu;

/**
 * Emphasis marks glued between a word and a capital ("ỦY BAN NHÂN
 * DÂN**XÃ THẠNH PHÚ**Số: 18/KH-UBND", "VIỆT NAM****Độc lập", "phúc**_Thạnh
 * Phú"): a converter (rehype-remark) that joins a cell's paragraphs with
 * nothing; each a line break.
 */
const GLUED_MARKS = /(?<=[^\s*_])(?:\*{2,4}_?|_\*{2}|__)(?=\p{Lu})/gu;
/** Where one of a cell's paragraphs ends and the next begins, each in its tag: "</font><font>", "</p><p>". */
const PARAGRAPH_JOIN = /<\/(?:font|p|span|div)>\s*<(?:font|p|span|div)\b[^<>]*>/gi;
/** An HTML tag, opening or closing ("<font>", "</u>", "<span style=…>"); "< 5%" and "<19‰" are no tags. */
const INLINE_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;

/** Emphasis marks left alone at a line's ends. */
const STRAY_MARKS = /^[*_]+(?=\S)|(?<=\S)[*_]+$/g;

/** What cell text may hold that is no text: emphasis, code, escapes, spans, tags and character references. */
const MARKUP = /[*_`\\[\]{}<&]/;

/**
 * Cell text without markup: bold and emphasis markers, code ticks, pandoc's
 * spans ("[text]{.underline}", wrapped over a cell's lines), escapes and
 * hard breaks, character references; <br> becomes a line break.
 */
export function cellText(raw: string): string {
  // most cells hold no markup at all ("1", "%", "≥ 95", "Tỷ lệ …"): their blanks tidied, and nothing more to do
  if (!MARKUP.test(raw)) return raw.replace(/\s+/g, ' ').trim();
  return decodeReferences(raw)
    .replace(/<br\s*\/?>/gi, '\n')
    // "<font>ỦY BAN NHÂN DÂN</font><font>**PHƯỜNG …**</font>": html-to-md keeps a cell's paragraphs in their tags, one after
    // the other; each a line, the tags themselves no text ("≥ <font>30</font>", "<u>Độc lập …</u>")
    .replace(PARAGRAPH_JOIN, '\n')
    .replace(INLINE_TAG, '')
    // "SỞ Y TẾ … **BỆNH VIỆN UNG BƯỚU**", "**CỘNG HÒA …** **Độc lập - …**": a converter that prints a cell's line breaks as
    // nothing leaves the lines of a header's cell apart by their bold alone, each a line of its own
    .replace(BOLD_AFTER_LINE, '\n')
    .replace(GLUED_MARKS, '\n')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\\\w])[*_](?=\S)(.+?)(?<=\S)[*_](?!\w)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    // a span whole ("[a]{.underline}"), or cut by the cell's wrap ("[a" … "b]{.underline}"), and bold markers cut so
    .replace(/(?<!\\)\[([^\]]*)\]\{[^}]*\}/g, '$1')
    .replace(/\]\{[^}]*\}|(?<!\\)\[(?![^\]]*\])|\*\*|__/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    // a backslash that ends a line is pandoc's hard break
    .replace(/\\$/gm, '')
    .split('\n')
    // and a mark its line's break left without its pair ("_Thạnh Phú, ngày … 2026_" cut from the "**" before it)
    .map((l) => l.replace(/\s+/g, ' ').trim().replace(STRAY_MARKS, ''))
    .filter(Boolean)
    .join('\n');
}
