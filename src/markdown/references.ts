/**
 * Character references in the source lines this front end reads itself
 * (pipe and tab table cells, stray lines of a table paragraph): "&nbsp;",
 * "&amp;", "&#160;", "&#xA0;", decoded as remark decodes them in the rest of
 * the document, with the tables micromark itself uses. A reference that names
 * nothing stays as printed. The tables are loaded the first time a line holds
 * a reference (require() of these ES modules is synchronous from Node 20.19),
 * so a plain-text document never pays for them.
 */
import { createRequire } from 'node:module';

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g;

interface Decoders {
  readonly named: (name: string) => string | false;
  readonly numeric: (value: string, base: number) => string;
}

let decoders: Decoders | null = null;

function loadDecoders(): Decoders {
  const require = createRequire(import.meta.url);
  const { decodeNamedCharacterReference } = require('decode-named-character-reference') as typeof import('decode-named-character-reference');
  const numeric = require('micromark-util-decode-numeric-character-reference') as typeof import('micromark-util-decode-numeric-character-reference');
  return { named: decodeNamedCharacterReference, numeric: numeric.decodeNumericCharacterReference };
}

export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (printed, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    const { named, numeric } = (decoders ??= loadDecoders());
    if (decimal !== undefined) return numeric(decimal, 10);
    if (hex !== undefined) return numeric(hex, 16);
    return named(name!) || printed;
  });
}
