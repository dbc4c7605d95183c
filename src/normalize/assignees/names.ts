/**
 * Names of bodies: whether a phrase names one, how a phrase that names
 * several splits ("Phòng Văn hóa và Thông tin, Trung tâm Truyền thông - Văn
 * hóa - Thể thao" is two; "Các khoa, phòng, bộ phận" and "Sở Nông nghiệp và
 * Phát triển nông thôn" are one), where the subject of a duty sentence ends,
 * and the canonical key that matches a body across documents.
 */
import { fold, foldKey, foldStart } from '../../text/fold.js';
import { stripEmphasis, tidySpaces } from '../../text/spaces.js';
import { wordsBefore } from '../../text/words.js';
import { startsWithPhrase } from '../../grammar/vocabulary.js';
import { agencyVocabulary, hasCapitalPair } from './vocabulary.js';

/** Whether a phrase starts with the head of a body's name. */
export function isBodyName(text: string): boolean {
  const name = stripRequest(text).name;
  return name.length > 1 && name.length <= 160 && startsWithPhrase(foldStart(name), agencyVocabulary().heads) !== null;
}

/** "Đề nghị UBMTTQ…": a body the issuer cannot command, only ask; "Đồng chí Trưởng ban": an office, named without the honorific. */
export function stripRequest(text: string): { name: string; requested: boolean } {
  const plain = text.replace(/[*_]/g, '').trim();
  // Only a name that starts with an honorific's letter is folded to look for one.
  const honorific = agencyVocabulary().honorificInitials.has(plain[0] ?? '') ? startsWithPhrase(foldStart(plain), agencyVocabulary().honorifics) : null;
  const trimmed = honorific ? plain.slice(honorific.length).trim() : plain;
  if (!agencyVocabulary().requestInitials.has(trimmed[0] ?? '')) return { name: trimmed, requested: false };
  const word = startsWithPhrase(foldStart(trimmed), agencyVocabulary().requestWords);
  if (!word) return { name: trimmed, requested: false };
  return { name: trimmed.slice(word.length).trim(), requested: true };
}

/**
 * Splits a list of bodies. A separator splits only where a new body's name
 * starts: an upper-case head ("…, Trung tâm …", "… và Hội …"), or, in the
 * subject of a sentence, a collective such as "và các tổ chức chính trị - xã hội";
 * never inside brackets ("Các khoa có máy X-quang di động (Khoa Hồi sức, Khoa
 * Cấp cứu)": the parts of one body, its note).
 */
export function splitBodies(text: string, inSentence: boolean): string[] {
  const parts: string[] = [];
  let from = 0;
  const separator = agencyVocabulary().listSeparator;
  separator.lastIndex = 0;
  // how deep in brackets the text is where the search has reached: a list in brackets names a body's parts, as a note
  let depth = 0;
  let scanned = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    for (; scanned < m.index; scanned++) depth += text[scanned] === '(' ? 1 : text[scanned] === ')' && depth > 0 ? -1 : 0;
    if (depth > 0) continue;
    const next = text.slice(m.index + m[0].length);
    if (startsBody(next, inSentence, m[0]) && !isJointOffice(text.slice(from, m.index), m[0])) {
      parts.push(text.slice(from, m.index));
      from = m.index + m[0].length;
    }
  }
  parts.push(text.slice(from));
  return parts.map((part) => tidyName(withoutNote(part))).filter(Boolean);
}

/** "Trung tâm Y tế huyện (cơ quan thường trực)", "Phó Trưởng ban (Giám đốc …)": a note after a name is not part of it. */
function withoutNote(name: string): string {
  return name.trimEnd().endsWith(')') ? name.replace(/\s*\([^()]*\)\s*$/, '') : name;
}

/** "Văn phòng HĐND | và UBND xã": the office of both councils, one body. */
function isJointOffice(before: string, separator: string): boolean {
  const { jointOffices, collectiveJoiner } = agencyVocabulary();
  return collectiveJoiner.test(separator) && jointOffices.includes(foldKey(before));
}

function startsBody(next: string, inSentence: boolean, separator: string): boolean {
  if (/^\p{Lu}/u.test(next) && isBodyName(next)) return true;
  // "Các bệnh viện tuyến tỉnh, các Trung tâm Y tế khu vực": a plural body's name after a comma
  const plural = separator.trim() === ',' ? agencyVocabulary().pluralName.exec(next) : null;
  if (plural && isBodyName(next.slice(plural[0].length))) return true;
  if (!inSentence || !agencyVocabulary().collectiveJoiner.test(separator)) return false;
  return startsWithPhrase(foldStart(next), agencyVocabulary().collectiveNouns) !== null;
}

export function tidyName(name: string): string {
  return tidySpaces(stripEmphasis(name)).replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '').trim();
}

/**
 * The subject of a duty sentence: the words before its first duty verb
 * ("Ủy ban nhân dân huyện | chỉ đạo rà soát…"). A verb is matched as printed
 * in lower case, and not where a noun use precedes it ("các tổ chức").
 */
export function subjectOf(text: string): string | null {
  const v = agencyVocabulary();
  // The subject starts the sentence: a sentence that does not start with a body's name has none worth looking for.
  if (startsWithPhrase(foldStart(tidyName(text.slice(0, SUBJECT_LOOK))), v.heads) === null) return null;
  // The first verb after the first character, as a word of its own, that no noun prefix turns into a noun.
  let best = -1;
  const verb = v.dutyVerb;
  verb.lastIndex = 1;
  for (let m = verb.exec(text); m; m = verb.exec(text)) {
    if (!v.nounPrefixes.includes(wordsBefore(text, m.index).last)) {
      best = m.index;
      break;
    }
    verb.lastIndex = m.index + 1;
  }
  if (best <= 0) return null;
  const subject = tidyName(text.slice(0, best));
  return subject && isBodyName(subject) ? subject : null;
}

/** Enough of a sentence to read the head of its subject. */
const SUBJECT_LOOK = 200;

/** The canonical key of a body: abbreviations expanded, case, diacritics and tone placement folded. */
export function canonicalKey(name: string): string {
  const expanded = mayAbbreviate(name) ? expandAbbreviations(name) : name;
  // Every run of what is neither letter nor digit (white space included) becomes one hyphen, none at the ends.
  const folded = fold(expanded);
  return NOT_ASCII.test(folded) ? folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') : asciiKey(folded);
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** The key of a folded name in ASCII (as Vietnamese folds): small letters and digits, runs of anything else one hyphen. */
function asciiKey(folded: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && out) out += '-';
      gap = false;
      out += folded[i];
    } else gap = true;
  }
  return out;
}

/** "UBND huyện" → "Ủy ban nhân dân huyện": each word the vocabulary abbreviates, written out. */
function expandAbbreviations(name: string): string {
  const abbreviations = agencyVocabulary().abbreviations;
  return name
    .split(/(\s+)/)
    .map((token) => abbreviations.get(token.replace(/[,.;:]$/, '')) ?? token)
    .join('');
}

/**
 * The abbreviations of the vocabulary are written in capitals, two in a row
 * at least ("UBND", "CT-XH"): a name without two capitals in a row holds none.
 * Should the vocabulary ever hold another, every name is looked at.
 */
function mayAbbreviate(name: string): boolean {
  return !agencyVocabulary().abbreviationsCapitalised || hasCapitalPair(name);
}

