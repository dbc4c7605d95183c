/**
 * What real exports do to a plan without changing what it says: line ends,
 * byte-order marks, decomposed letters, no-break and odd spaces, invisible
 * characters, bullets from Word's own lists, fullwidth signs, Roman numerals
 * that only look Latin, a letter-spaced kind. Each fixture written as
 * typed and as such an export would give it compiles to the same records, at
 * the same lines; only columns may move, and text is compared with its blanks
 * collapsed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');

const inputs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => ['input.txt', 'input.md'].map((f) => path.join(root, d.name, f)))
  .filter(existsSync);

/** A change an export makes, and whether it applies to markdown too (a bullet there is markup), or to markdown alone (an HTML reference). */
interface Export {
  readonly change: (text: string) => string;
  readonly markdown: boolean;
  readonly markdownOnly?: boolean;
}

let counter = 0;
/** Every third one: exports scatter these characters, they do not replace every occurrence. */
const someOf = (replacement: string) => (match: string) => (counter++ % 3 === 0 ? replacement : match);

const EXPORTS: Record<string, Export> = {
  'CRLF line ends': { change: (t) => t.replace(/\r?\n/g, '\r\n'), markdown: true },
  'a byte-order mark': { change: (t) => '\ufeff' + t, markdown: true },
  'decomposed letters (NFD)': { change: (t) => t.normalize('NFD'), markdown: true },
  'no-break spaces': { change: (t) => t.replace(/(?<=\S) (?=\S)/g, someOf('\u00a0')), markdown: true },
  'narrow and thin spaces': { change: (t) => t.replace(/(?<=\S) (?=\S)/g, someOf('\u2009')), markdown: true },
  'spaces at the ends of lines': { change: (t) => t.replace(/(?<=\S)\n/g, '  \t\n'), markdown: false },
  'zero-width spaces after a label': { change: (t) => t.replace(/^([IVX]+|\d+)\. /gm, '$1.\u200b '), markdown: true },
  'soft hyphens inside words': { change: (t) => t.replace(/(\p{Ll}{3})(\p{Ll}{2,})/gu, (_, a: string, b: string) => (counter++ % 4 === 0 ? `${a}\u00ad${b}` : a + b)), markdown: true },
  // (a page number printed "- 4 -" is no bullet, and stays as it is)
  "Word's Symbol-font bullets": { change: (t) => t.replace(/^- (?=\p{L})/gmu, '\uf0b7 '), markdown: false },
  "Word's second-level bullet": { change: (t) => t.replace(/^\+ (?=\p{L})/gmu, 'o '), markdown: false },
  'fullwidth colons and stops': { change: (t) => t.replace(/^(Số|Nơi nhận):/gm, '$1：').replace(/^([IVX]+)\. /gm, '$1． '), markdown: true },
  'Cyrillic capitals for Roman numerals': { change: (t) => t.replace(/^(I{1,3})\. /gm, (_, r: string) => r.replace(/I/g, '\u0406') + '. '), markdown: false },
  'a letter-spaced kind': { change: (t) => t.replace(/^KẾ HOẠCH$/m, 'K Ế  H O Ạ C H'), markdown: false },
  'HTML no-break spaces (&nbsp;) between words': {
    // in running text: a table laid out in columns (pandoc's, in pipes or runs of spaces) is written with the character itself
    change: (t) => t.split('\n').map((line) => (/^\s*[|+]|\S {2,}\S|^ {2,}/.test(line) ? line : line.replace(/(?<=[\p{L}\p{N},.:;)]) (?=[\p{L}\p{N}(])/gu, someOf('&nbsp;')))).join('\n'),
    markdown: true,
    markdownOnly: true,
  },
};

/** The records, without the columns an export moves and with the blanks of text collapsed. */
function comparable(text: string, file: string): unknown {
  const { plan } = compile(text, { file });
  return JSON.parse(JSON.stringify(plan, (key, value: unknown) => {
    if (key === 'column' || key === 'endColumn' || key === 'diagnostics') return undefined;
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value;
  }));
}

describe.each(Object.entries(EXPORTS))('a plan exported with %s', (_, { change, markdown, markdownOnly }) => {
  const cases = inputs.filter((f) => (markdown || f.endsWith('.txt')) && (!markdownOnly || f.endsWith('.md')));
  it.each(cases.map((f) => [path.relative(root, f), f]))('%s reads as typed', (name, file) => {
    const typed = readFileSync(file, 'utf8');
    counter = 0;
    const exported = change(typed);
    const plain = comparable(typed, name);
    expect(comparable(exported, name)).toEqual(plain);
  });
});
