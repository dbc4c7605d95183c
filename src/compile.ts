/**
 * compile(): one document, from bytes or text to the Plan record.
 *
 *   reader (decode, NFC, lines) → lexer (text scanner or remark) → parser
 *   (syntax tree) → normaliser (records) → Plan with diagnostics.
 *
 * Problems in the document are diagnostics; compile() throws only for bugs.
 * Bytes that are not text give an empty plan with diagnostic KH004.
 */
import type { Diagnostic, Plan } from './model/schema.js';
import { Diagnostics } from './diagnostics/collector.js';
import type { Language } from './diagnostics/language.js';
import { decode, type DecodeResult, type Encoding } from './reader/decode.js';
import { SourceText } from './reader/source.js';
import { fromLegacy, legacyLines } from './reader/legacy.js';
import { scanText } from './lexer/text.js';
import { unquoted } from './lexer/quoted.js';
import { unblocked } from './lexer/line-blocks.js';
import { asciidocPage, looksLikeAsciidoc, regroupAsciidocTables } from './lexer/asciidoc.js';
import { looksLikeOrg, orgLines } from './lexer/org.js';
import { looksLikeMuse, museLines } from './lexer/muse.js';
import { looksLikeTextile, textileLines } from './lexer/textile.js';
import { wikiMarkupLines, wikiMarkupOf, type WikiMarkup } from './lexer/wiki-markup.js';
import { LineOpenings } from './lexer/markup-lines.js';
import { joinWrappedRows } from './lexer/wrapped-rows.js';
import { regroupHtmlTables } from './lexer/html-tables.js';
import { withGluedHeadingsCut } from './lexer/glued-headings.js';
import type { Line } from './lexer/line.js';
import { regroupCellTables, unreadTables } from './lexer/cell-tables.js';
import { withoutSigningStamps } from './lexer/signing-stamps.js';
import { withoutWatermarks } from './lexer/watermarks.js';
import { regroupSpacedTables } from './lexer/spaced-tables.js';
import { regroupPandocTables } from './lexer/pandoc-tables.js';
import { regroupPipeTables } from './lexer/pipe-tables.js';
import { regroupAlignedTables } from './lexer/aligned-tables.js';
import { regroupRunOnTables } from './lexer/run-on-tables.js';
import { scanMarkdown, withoutEmphasisMarks } from './markdown/lexer.js';
import { looksLikeWikitext, scanWiki } from './lexer/wiki.js';
import { hasRunawayEmphasis, looksLikeMarkdown } from './markdown/sniff.js';
import { parseDocument } from './parser/document.js';
import { normalize } from './normalize/plan.js';

export type Syntax = 'auto' | 'text' | 'markdown' | 'mediawiki';

/** The encodings worth telling the user about: the text was converted from them. */
const ENCODING_NAMES: Partial<Record<Encoding, string>> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows', 'windows-1258': 'Windows-1258' };

export interface CompileOptions {
  /** The file name recorded in the output (`plan.file`); also decides the syntax of `.md` files. */
  readonly file?: string | null;
  /** Plain text, markdown or MediaWiki's wikitext; `auto` (the default) sniffs the content. */
  readonly syntax?: Syntax;
  /** The language of diagnostic messages. */
  readonly lang?: Language;
  /** What the text was decoded from, when the caller decoded it (a legacy encoding is reported). */
  readonly encoding?: Encoding;
}

export interface CompileResult {
  readonly plan: Plan;
  readonly diagnostics: Diagnostic[];
}

/** Decodes bytes to text, or returns why they are not text. */
export function decodeInput(bytes: Uint8Array): DecodeResult {
  return decode(bytes);
}

export function compile(input: string | Uint8Array, options: CompileOptions = {}): CompileResult {
  const diagnostics = new Diagnostics(options.lang ?? 'en');
  const top = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let text = '';
  let encoding = options.encoding ?? 'utf-8';
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    // Text a caller decoded itself may still be a legacy font encoding mangled into Windows-1252 characters.
    const legacy = options.encoding === undefined ? fromLegacy(text) : null;
    if (legacy) ({ text, encoding } = legacy);
  } else {
    const decoded = decode(input);
    if (decoded.ok) {
      text = decoded.text;
      encoding = decoded.encoding;
    } else diagnostics.report('KH004', top, { reason: decoded.reason, offset: decoded.offset });
  }
  if (encoding in ENCODING_NAMES) diagnostics.report('KH005', top, { encoding: ENCODING_NAMES[encoding]! });
  const source = new SourceText(text);
  // a paragraph pasted from an old file in its font's encoding, inside Unicode text (KH009)
  for (const index of encoding in ENCODING_NAMES ? [] : legacyLines(source.lines, source.text)) {
    const line = source.lines[index]!;
    diagnostics.report('KH009', source.spanInLine(index, 0, line.length), { text: line.trim().slice(0, 24) });
  }
  // AsciiDoc, Org mode, Muse and Textile are text marked up in their own ways: looked for once, both to choose the syntax and to read it,
  // and not in a file named as markdown or wikitext
  const named = namedSyntax(options);
  const dialect = named === null || named === 'text' ? markupDialect(source) : null;
  let syntax = named ?? chooseSyntax(source.text, dialect);
  if (syntax === 'markdown' && hasRunawayEmphasis(source.text)) {
    syntax = 'text';
    diagnostics.report('KH006', top);
  }
  // the stamps of a digital signature are the signing system's, not the plan's; a watermark's pieces the PDF's
  const scanned = syntax === 'markdown' ? regroupRunOnTables(scanMarkdown(source), () => withoutEmphasisMarks(source.lines)) : syntax === 'mediawiki' ? scanWiki(source) : scanPlainText(source, dialect);
  // a heading glued to the paragraph before it (a section's, a table's first cell) cut off it, before the tables of a cell a line are read
  const lines = withoutWatermarks(withoutSigningStamps(regroupCellTables(withGluedHeadingsCut(scanned, source.lines))));
  if (lines.length === 0 && diagnostics.count() === 0) diagnostics.report('KH001', top);
  for (const heading of unreadTables(lines)) diagnostics.report('KH008', source.spanInLine(heading.index, heading.start, heading.end));
  const tree = parseDocument(lines);
  // A document with no text (KH001), or bytes that are none (KH004), is said to be so once: that every part of a
  // plan is then missing from it says nothing more.
  const lints = lines.length === 0 ? new Diagnostics(options.lang ?? 'en') : diagnostics;
  const record = normalize({ tree, source, file: options.file ?? null, syntax, diagnostics: lints });
  const list = diagnostics.sorted();
  // The record is the normaliser's own: the diagnostics go on it last (as the schema orders them), not on a copy.
  const plan: Plan = Object.assign(record, { diagnostics: list });
  return { plan, diagnostics: list };
}

/**
 * Plain text: the line scanner, then the table readers; a plan quoted in an e-mail ("> …") is read as the text it
 * quotes, an rst line block ("| …") as the lines it holds, and AsciiDoc, Org mode, Muse and Textile (pandoc's `-t asciidoc`,
 * `-t org`, `-t muse`, `-t textile`, calibre's `--txt-output-formatting=textile`) as the text they mark up, AsciiDoc's tables cell
 * by cell, raw HTML tables (pandoc's Textile prints its harder tables so) row by row.
 */
function scanPlainText(source: SourceText, dialect: Dialect): Line[] {
  const asciidoc = dialect === 'asciidoc' ? asciidocPage(source.lines) : null;
  const raw = asciidoc ? asciidoc.raw : dialect === 'org' ? orgLines(source.lines) : dialect === 'muse' ? museLines(source.lines) : dialect === 'textile' ? textileLines(source.lines) : dialect === 'dokuwiki' || dialect === 'jira' || dialect === 'xwiki' ? wikiMarkupLines(source.lines, dialect) : unblocked(unquoted(source.lines));
  const lines = regroupHtmlTables(joinWrappedRows(scanText(source, raw)), raw);
  return scanTables(asciidoc ? regroupAsciidocTables(lines, source.lines, asciidoc.tables) : lines, raw);
}

/**
 * The table readers of plain text, each regrouping the table-row lines it
 * recognises: pandoc's, antiword's pipes, pdftotext's spaces, lynx's columns
 * one space apart, OCR's rows read from their right end.
 */
function scanTables(lines: Line[], raw: readonly string[]): Line[] {
  return regroupRunOnTables(regroupAlignedTables(regroupSpacedTables(regroupPipeTables(regroupPandocTables(lines, raw), raw), raw), raw), raw);
}

/** A markup read as plain text: pandoc's AsciiDoc, Org mode, Muse, Textile, DokuWiki, Jira or XWiki. */
type Dialect = 'asciidoc' | 'org' | 'muse' | 'textile' | WikiMarkup | null;

function markupDialect(source: SourceText): Dialect {
  if (looksLikeAsciidoc(source.text)) return 'asciidoc';
  if (looksLikeOrg(source.text)) return 'org';
  // one pass over the first lines, by the mark each opens with, for the dialects told by their lines' marks
  const openings = new LineOpenings(source.lines);
  return looksLikeMuse(openings, source.lines) ? 'muse' : wikiMarkupOf(openings) ?? (looksLikeTextile(openings) ? 'textile' : null);
}

/** The syntax the caller asks for, or a file's name gives (.md, .wiki); null where the content decides. */
function namedSyntax(options: CompileOptions): Plan['syntax'] | null {
  if (options.syntax && options.syntax !== 'auto') return options.syntax;
  if (options.file && /\.(md|markdown)$/i.test(options.file)) return 'markdown';
  if (options.file && /\.(wiki|mediawiki)$/i.test(options.file)) return 'mediawiki';
  return null;
}

/** The syntax of a text its name does not give. */
function chooseSyntax(text: string, dialect: Dialect): Plan['syntax'] {
  // DokuWiki's, Jira's and XWiki's headings would pass for MediaWiki's and Textile's, their bold for markdown's
  if (dialect === 'dokuwiki' || dialect === 'jira' || dialect === 'xwiki') return 'text';
  // Wikitext first: its bullets and rules would pass for markdown; AsciiDoc's and Org's bold too.
  if (looksLikeWikitext(text)) return 'mediawiki';
  if (dialect !== null) return 'text';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}
