/**
 * Character references in the source lines this front end reads itself
 * (pipe-table cells, stray lines of a table paragraph): "&nbsp;", "&amp;",
 * "&#160;", "&#xA0;", decoded as remark decodes them in the rest of the
 * document, with the tables micromark itself uses. A reference that names
 * nothing stays as printed.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g;

export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (printed, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return decodeNumericCharacterReference(decimal, 10);
    if (hex !== undefined) return decodeNumericCharacterReference(hex, 16);
    return decodeNamedCharacterReference(name!) || printed;
  });
}
