/**
 * Recipients, the archive entry and the signature from the closing node.
 */
import type { Plan, Recipient, Signature, Span } from '../model/schema.js';
import type { Diagnostics } from '../diagnostics/collector.js';
import { startsWithPhrase, vocabulary } from '../grammar/vocabulary.js';
import { foldKey, isMostlyUpper } from '../text/fold.js';
import { stripEmphasis, tidySpaces } from '../text/spaces.js';
import { looksLikeName } from '../text/names.js';
import type { ClosingNode } from '../parser/tree.js';
import { withoutBullet } from '../parser/labels.js';
import { isSignerTitle, opensWithArchiveWord } from '../parser/closing.js';
import type { Locator } from './locate.js';
import type { Ids } from './ids.js';

type Piece = ClosingNode['recipients'][number];

const NOTE = /\s*\(([^()]{1,60})\)\s*$/u;

export function normalizeRecipients(
  closing: ClosingNode,
  at: Locator,
  ids: Ids,
  diagnostics: Diagnostics,
  unmarked = false,
): { recipients: Recipient[]; archive: string[]; archiveSpan: Span | null } {
  const recipients: Recipient[] = [];
  let archive: string[] = [];
  let archiveSpan: Span | null = null;
  const heading = closing.recipientsHeading;
  if (!heading) {
    diagnostics.report('KH301', closing.signature[0] ? at.line(closing.signature[0].line) : at.end());
    return { recipients, archive, archiveSpan };
  }
  const headingText = heading.text.replace(/[*_#]/g, '').replace(/\s*:.*$/, '').trim();
  // a plan typed without diacritics ("Noi nhan:") spells the heading as it spells every word
  if (headingText.toLowerCase() !== vocabulary().recipientsHeadingPrinted.toLowerCase() && !(unmarked && foldKey(headingText) === vocabulary().recipientsHeading)) {
    diagnostics.report('KH302', at.fragment(heading.line, headingText, heading.start), { text: headingText });
  }
  for (const piece of closing.recipients) {
    // "**- Trung ương Hội …": the bold of a heading that closed on the entry's line (pandoc's rst line block)
    const text = withoutBullet(stripEmphasis(piece.text)).trim();
    const span = at.fragment(piece.line, text.slice(0, 40), piece.start);
    if (opensWithArchiveWord(text)) {
      archive = text.slice(vocabulary().archiveWord.length).replace(/^[\s:.]+/, '').replace(/[.;,\s]+$/, '')
        .split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean);
      archiveSpan = span;
      continue;
    }
    let name = text.replace(/[;,.\s]+$/, '');
    let note: string | null = null;
    const m = NOTE.exec(name);
    if (m && m.index > 0) {
      note = m[1]!.trim();
      name = name.slice(0, m.index).replace(/[;,.\s]+$/, '');
    }
    if (!name) continue;
    recipients.push({ id: ids.next('rcp', span.line), name, note, ...span });
  }
  // where the archive entry should have followed: the last recipient, or the heading of an empty list
  const last = recipients[recipients.length - 1];
  if (!archiveSpan) diagnostics.report('KH303', last ? { line: last.line, column: last.column, endLine: last.endLine, endColumn: last.endColumn } : at.line(heading.line));
  return { recipients, archive, archiveSpan };
}

/**
 * The signature block: "TM." the body signing as a collective, "KT."/"TL."
 * the capacity, then the signer's title and name. The name is the first line
 * after the upper-case lines that is not itself upper case.
 */
export function normalizeSignature(closing: ClosingNode, at: Locator, diagnostics: Diagnostics, family: Family = null): Signature | null {
  const signature = readSignature(closing.signature, at, diagnostics, family);
  if (!signature) diagnostics.report('KH304', at.end());
  return signature;
}

/**
 * A joint plan's blocks with the lead body's as the signature: the block
 * whose first line names the plan's issuer ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
 * over "KT. GIÁM ĐỐC"), wherever a converter printed it; the closing as it is
 * where no other block names it.
 */
export function withLeadSignature(closing: ClosingNode, issuer: string | null): ClosingNode {
  if (!issuer || closing.cosignatures.length === 0) return closing;
  // a joint plan's issuers are the header's bodies joined, the lead first ("SỞ … - HỘI NÔNG DÂN TỈNH …")
  const body = issuer.split(' - ')[0]!;
  if (namesBody(closing.signature, body)) return closing;
  const lead = closing.cosignatures.findIndex((block) => namesBody(block, body));
  if (lead < 0) return closing;
  const cosignatures = closing.cosignatures.map((block, i) => (i === lead ? closing.signature : block));
  return { ...closing, signature: closing.cosignatures[lead]!, cosignatures };
}

/** Whether a block's first line is a body's name the issuer's is (or holds, or is held in), no signer's title or prefixed line. */
function namesBody(block: ClosingNode['signature'], issuer: string): boolean {
  const first = block[0]?.text.trim() ?? '';
  if (!first || !isMostlyUpper(first) || isSignerTitle(first)) return false;
  const a = foldKey(first);
  const b = foldKey(issuer);
  return a === b || a.includes(b) || b.includes(a);
}

/** The other blocks of a joint plan's signature, each read as the signature is. */
export function normalizeCosignatures(closing: ClosingNode, at: Locator, diagnostics: Diagnostics, family: Family = null): Signature[] {
  return closing.cosignatures.map((pieces) => readSignature(pieces, at, diagnostics, family)).filter((s): s is Signature => s !== null);
}

/** The family of the document a signature closes: a state body's (the Quốc hiệu) or the Party's, when its header says. */
type Family = Plan['document']['family'];

/**
 * "DUYỆT CỦA GIÁM ĐỐC   TRƯỞNG KHOA": a head's approval printed beside a
 * department's signature, closer than two columns stand: the title is what
 * follows the approval's word and the head's title.
 */
function withoutApproval(piece: Piece, text: string): Piece {
  const v = vocabulary();
  const key = foldKey(text);
  const approval = startsWithPhrase(key, v.approvalWords);
  if (!approval) return piece;
  const after = key.slice(approval.length).trimStart();
  const head = v.signerTitles.find((t) => after.startsWith(`${t} `));
  if (!head) return piece;
  const at = key.length - after.length + head.length + 1;
  const rest = text.slice(at).trim();
  return rest ? { text: rest, line: piece.line, start: piece.start + text.indexOf(rest, at) } : piece;
}

function readSignature(pieces: ClosingNode['signature'], at: Locator, diagnostics: Diagnostics, family: Family): Signature | null {
  const v = vocabulary();
  let authority: Piece | null = null;
  let capacity: Piece | null = null;
  let title: Piece | null = null;
  let name: Piece | null = null;
  const used: Piece[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const text = piece.text.trim();
    if (!text || v.signedMark.test(text)) continue;
    // "BS.CKII Nông Văn Thắng": the name without the academic titles printed before it (KH306)
    const titles = v.academicTitles.exec(text)?.[0] ?? '';
    if (titles && looksLikeName(text.slice(titles.length))) {
      diagnostics.report('KH306', at.fragment(piece.line, titles.trim(), piece.start), { title: titles.trim() });
      name = { text: text.slice(titles.length), line: piece.line, start: piece.start };
      used.push(piece);
      break;
    }
    // "SỞ Y TẾ" over "KT. GIÁM ĐỐC": a body's name over its block of a joint plan's signatures labels it, no title
    const labelled = title !== null && !authority && !capacity && used.length === 1 && used[0] === title;
    const prefixed = hasPrefix(text, v.authorityPrefixes) ? 'authority' : hasPrefix(text, v.capacityPrefixes) ? 'capacity' : null;
    if (labelled && prefixed) {
      title = null;
      used.pop();
    }
    // "TRUNG TÂM Y TẾ HUYỆN" over "GIÁM ĐỐC": a body's name over a block labels it, the signer's title under it
    if (title && title === used[used.length - 1] && !authority && !capacity && !name && !prefixed && isMostlyUpper(text) && isSignerTitle(text) && !isSignerTitle(title.text)) {
      title = piece;
      used.pop();
    } else if (prefixed === 'authority' && !authority && !capacity && !title) authority = piece;
    // "TM. ỦY BAN" over "NHÂN DÂN": an authority its column wrapped goes on on the line under it, where no title stands
    else if (authority && !capacity && !title && !prefixed && piece.line.index === authority.line.index + 1 && isMostlyUpper(text) && !isSignerTitle(text)) {
      authority = { text: `${authority.text.trim()} ${text}`, line: authority.line, start: authority.start };
    }
    else if (prefixed === 'capacity' && !capacity && !title) capacity = piece;
    else if (isMostlyUpper(text) && text.length <= 60 && !title && !name) title = withoutApproval(piece, text);
    else if (looksLikeName(text)) {
      name = piece;
      used.push(piece);
      // "Lò Văn" over "Thành": a name a narrow column wrapped goes on on the line right under it
      const rest = pieces[k + 1];
      if (rest && isNameRest(name, rest)) {
        name = { ...name, text: `${text} ${rest.text.trim()}` };
        used.push(rest);
      }
      break;
    } else continue;
    used.push(piece);
  }
  if (!name && !title && !authority) return null;
  const prefixes = [authority, capacity].filter((p): p is Piece => p !== null).map((p) => p.text);
  const statePrefix = prefixes.some((t) => hasPrefix(t, v.statePrefixes));
  const partyPrefix = prefixes.some((t) => hasPrefix(t, v.partyPrefixes));
  const span = at.lines(used.map((p) => p.line));
  if (statePrefix && partyPrefix) diagnostics.report('KH305', span, { text: prefixes.join(' / ') });
  // the Party's prefix alone ("T/M HỘI ĐỒNG") under a state body's Quốc hiệu
  else if (partyPrefix && family === 'state') diagnostics.report('KH307', span, { text: prefixes.join(' / ') });
  return {
    authority: authority ? withSpacedPrefix(tidy(authority.text), v.authorityPrefixes) : null,
    capacity: capacity ? withSpacedPrefix(tidy(capacity.text), v.capacityPrefixes) : null,
    title: title ? tidy(title.text) : null,
    name: name ? tidy(name.text) : null,
    ...span,
  };
}

function hasPrefix(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => text.startsWith(p) && (p.endsWith('.') || p.endsWith('/') || /[\s.]/.test(text[p.length] ?? ' ')));
}

/** The end of a name cut by a wrap: a word or two, capitalised, on the line right under it, the whole still a name. */
function isNameRest(name: Piece, rest: Piece): boolean {
  const text = rest.text.trim();
  if (rest.line.index !== name.line.index + 1 || rest.line.blankBefore) return false;
  const words = text.split(/\s+/);
  return words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) && looksLikeName(`${name.text.trim()} ${text}`) && name.text.trim().split(/\s+/).length + words.length <= 5;
}

function tidy(text: string): string {
  return tidySpaces(stripEmphasis(text));
}

/** "TM.ỦY BAN NHÂN DÂN" → "TM. ỦY BAN NHÂN DÂN": a prefix that ends in a dot is followed by one space, as NĐ 30 prints it. */
function withSpacedPrefix(text: string, prefixes: readonly string[]): string {
  const prefix = prefixes.find((p) => p.endsWith('.') && text.startsWith(p) && text.length > p.length && text[p.length] !== ' ');
  return prefix ? `${prefix} ${text.slice(prefix.length)}` : text;
}
