/**
 * The grammar/ data in the shapes the parser uses: folded keys, sets and
 * longest-first lists, built once.
 */
import type { SectionKind } from '../model/schema.js';
import { fold, foldKey } from '../text/fold.js';
import { grammar, onFirstUse } from './load.js';
import { alternation, looseWord } from './pattern.js';

export interface DocumentKind {
  readonly name: string;
  readonly key: string;
  /** The key without its spaces: PDF text prints a kind letter-spaced ("K Ế  H O Ạ C H") or run together. */
  readonly letters: string;
  readonly code: string | null;
  readonly plan: boolean;
}

/** The words of a date as printed: "ngày", "tháng", "năm". */
export interface DateWords {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

interface KindsFile { kinds: { name: string; code: string | null; plan: boolean }[]; letterMarkers: string[] }
interface TypeCodesFile { codes: Record<string, string>; legislature: string; kindWords: string[] }
interface SectionsFile { phrases: { phrase: string; kind: SectionKind }[] }
interface HeaderFile {
  nationalName: string[]; motto: string[]; partyHeading: string[]; numberWord: string;
  dateWords: DateWords;
  adminLevels: string[]; bodyJoiners: string[]; citationStarts: string[]; preambleStarts: string[]; issuerVerbs: string[]; planWords: string[];
  attachedMarkers: string[]; partyBodies: string[];
}
interface ClosingFile {
  closingSentences: string[]; endMarkers: string[]; recipientsHeading: string; archiveWord: string; signedMarks: string[];
  signaturePrefixes: { state: string[]; party: string[] };
  authorityPrefixes: string[]; capacityPrefixes: string[]; deputyWord: string; signerTitles: string[]; approvalWords: string[]; appendixWords: string[]; academicTitles: string[];
}

export interface Vocabulary {
  readonly kinds: readonly DocumentKind[];
  /** Each kind by its letters ("kehoach"), and how many letters the kinds have: a line with another count is no kind. */
  readonly kindByLetters: ReadonlyMap<string, DocumentKind>;
  readonly kindLetterCounts: ReadonlySet<number>;
  readonly letterMarkers: readonly string[];
  readonly typeCodes: ReadonlyMap<string, string>;
  readonly kindWords: readonly string[];
  readonly sectionPhrases: readonly { key: string; kind: SectionKind }[];
  readonly dateWords: DateWords;
  /** The number word folded ("so"). */
  readonly numberKey: string;
  /** "Số: 496/KH-TTYT" in a header cell: group 1 the number as printed. */
  readonly numberCell: RegExp;
  /** A header part that stops on a word whose value is left blank in drafts ("Số:", "ngày", "tháng", "năm"). */
  readonly openPhrase: RegExp;
  /** "Giang Thành, ngày 25 tháng 3 năm 2025", parts blank in drafts: groups place (after a comma, or without one), day, month, year. */
  readonly dateLine: RegExp;
  /** The day word anywhere: a cell without it is no date line (a quick look before the anchored patterns). */
  readonly dayWord: RegExp;
  /** "Giang Thành, ngày 25/3/2025", the date in figures: groups place (two, as above), day, separator, month, year. */
  readonly numericDateLine: RegExp;
  readonly nationalName: readonly string[];
  readonly motto: readonly string[];
  readonly partyHeading: readonly string[];
  readonly adminLevels: readonly string[];
  /** A word that joins two parts of a body's name ("SỞ NÔNG NGHIỆP / VÀ PHÁT TRIỂN NÔNG THÔN"): a header line it starts or ends carries on across the break. */
  readonly bodyJoiners: readonly string[];
  readonly partyBodies: readonly string[];
  /** Preamble starts that cite a document ("Căn cứ …"): a line starting so is never a title. */
  readonly citationStarts: readonly string[];
  readonly preambleStarts: readonly string[];
  readonly issuerVerbs: readonly string[];
  readonly planWords: readonly string[];
  readonly attachedMarkers: readonly string[];
  readonly closingSentences: readonly string[];
  /** Folded. */
  readonly recipientsHeading: string;
  /** As printed, for the spelling check: "Nơi nhận". */
  readonly recipientsHeadingPrinted: string;
  readonly archiveWord: string;
  /** What ends a document's closing sentence: "./.", "/.". */
  readonly endMarkers: readonly string[];
  /** A line that only says the document was signed: "(Đã ký)", "(ký, ghi rõ họ tên)". */
  readonly signedMark: RegExp;
  readonly statePrefixes: readonly string[];
  readonly partyPrefixes: readonly string[];
  readonly authorityPrefixes: readonly string[];
  readonly capacityPrefixes: readonly string[];
  /** "PHÓ" of "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC": what a deputy's title puts before the head's. */
  readonly deputyWord: string;
  /** The titles a signer prints above the name ("CHỦ TỊCH"), folded, each also after the deputy word; longest first. */
  readonly signerTitles: readonly string[];
  /** The words of a head's approval beside a signature ("duyệt của"), folded, longest first. */
  readonly approvalWords: readonly string[];
  readonly appendixWords: readonly string[];
  /** Academic titles before a signer's name ("BS.CKII ", "PGS.TS. "), a run of them at the start of a line. */
  readonly academicTitles: RegExp;
  readonly continuationWords: ReadonlySet<string>;
  readonly pointLetters: readonly string[];
}

/** Phrases folded for matching, longest first, so that the longest match wins. */
export function foldedKeys(list: readonly string[]): string[] {
  return list.map(foldKey).sort((a, b) => b.length - a.length);
}

/** The first letters of phrases as printed, in either case: a cheap look before folding a text to match them. */
export function phraseInitials(phrases: readonly string[]): Set<string> {
  // with and without its marks: "Đề nghị" is also typed "De nghi"
  return new Set(phrases.flatMap((w) => [w[0]!, fold(w[0]!)].flatMap((c) => [c.toLowerCase(), c.toUpperCase()])));
}

/** The last letters of phrases, in either case: a text that ends otherwise ends in none of them. */
export function phraseFinals(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((w) => [w[w.length - 1]!.toLowerCase(), w[w.length - 1]!.toUpperCase()]));
}

const keys = foldedKeys;

export const vocabulary = onFirstUse((): Vocabulary => {
  const kinds = grammar<KindsFile>('document-kinds');
  const codes = grammar<TypeCodesFile>('type-codes');
  const sections = grammar<SectionsFile>('sections');
  const header = grammar<HeaderFile>('header');
  const closing = grammar<ClosingFile>('closing');
  const kindList = kinds.kinds
    .map((k) => ({ ...k, key: foldKey(k.name), letters: foldKey(k.name).replaceAll(' ', '') }))
    .sort((a, b) => b.key.length - a.key.length);
  return {
    kinds: kindList,
    kindByLetters: new Map(kindList.map((k) => [k.letters, k])),
    kindLetterCounts: new Set(kindList.map((k) => k.letters.length)),
    letterMarkers: keys(kinds.letterMarkers),
    typeCodes: new Map(Object.entries(codes.codes)),
    kindWords: [...codes.kindWords].sort((a, b) => b.length - a.length),
    sectionPhrases: sections.phrases.map((p) => ({ key: foldKey(p.phrase), kind: p.kind })),
    nationalName: keys(header.nationalName),
    motto: keys(header.motto),
    partyHeading: keys(header.partyHeading),
    adminLevels: keys(header.adminLevels),
    bodyJoiners: keys(header.bodyJoiners),
    partyBodies: keys(header.partyBodies),
    citationStarts: keys(header.citationStarts),
    preambleStarts: keys(header.preambleStarts),
    issuerVerbs: keys(header.issuerVerbs),
    planWords: keys(header.planWords),
    attachedMarkers: keys(header.attachedMarkers),
    closingSentences: keys(closing.closingSentences),
    dateWords: header.dateWords,
    numberKey: foldKey(header.numberWord),
    ...headerPatterns(header),
    recipientsHeading: foldKey(closing.recipientsHeading),
    recipientsHeadingPrinted: closing.recipientsHeading,
    archiveWord: foldKey(closing.archiveWord),
    endMarkers: closing.endMarkers,
    signedMark: new RegExp(`^\\(?\\s*(?:${alternation(closing.signedMarks)})[^)]*\\)?$`, 'iu'),
    statePrefixes: closing.signaturePrefixes.state,
    partyPrefixes: closing.signaturePrefixes.party,
    authorityPrefixes: closing.authorityPrefixes,
    capacityPrefixes: closing.capacityPrefixes,
    deputyWord: closing.deputyWord,
    signerTitles: keys([...closing.signerTitles, ...closing.signerTitles.map((t) => `${closing.deputyWord} ${t}`)]),
    approvalWords: keys(closing.approvalWords),
    appendixWords: keys(closing.appendixWords),
    academicTitles: new RegExp(`^(?:(?:${alternation(closing.academicTitles)})(?:\\.\\s*|\\s+))+(?=\\p{Lu})`, 'u'),
    continuationWords: new Set(grammar<{ words: string[] }>('continuation').words),
    pointLetters: grammar<{ pointLetters: string[] }>('alphabet').pointLetters,
  };
});

/** The entries of a list by the first character of their key, in list order: a key is compared with the few that can match. */
export function groupByInitial<T>(list: readonly T[], keyOf: (entry: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of list) {
    const key = keyOf(entry);
    if (key === '') throw new Error('an empty phrase in the vocabulary');
    const group = groups.get(key[0]!) ?? [];
    group.push(entry);
    groups.set(key[0]!, group);
  }
  return groups;
}

/** The phrase lists of the vocabularies, grouped on first use. */
const initials = new WeakMap<readonly string[], Map<string, string[]>>();

function byInitial(phrases: readonly string[]): Map<string, string[]> {
  let groups = initials.get(phrases);
  if (!groups) {
    groups = groupByInitial(phrases, (p) => p);
    initials.set(phrases, groups);
  }
  return groups;
}

/** Whether a folded key starts with one of the folded phrases, at a word boundary. */
export function startsWithPhrase(key: string, phrases: readonly string[]): string | null {
  for (const p of byInitial(phrases).get(key[0] ?? '') ?? []) {
    if (key.startsWith(p) && (key.length === p.length || !/[a-z0-9]/.test(key[p.length]!))) return p;
  }
  return null;
}

/** The patterns of the header's fixed words: the number word and the date words. */
function headerPatterns(header: HeaderFile): Pick<Vocabulary, 'numberCell' | 'openPhrase' | 'dateLine' | 'dayWord' | 'numericDateLine'> {
  const number = looseWord(header.numberWord);
  const { day, month, year } = header.dateWords;
  // Drafts leave dots, ellipses or underscores where the figures go.
  const blank = '[\\s.…_]*';
  // The date words as typed, with or without their marks ("ngay 25 thang 3 nam 2025" from a keyboard without them).
  const dayWord = looseWord(day);
  const monthWord = looseWord(month);
  const yearWord = looseWord(year);
  // The place: before a comma, or, without one, a name (no figures) right before the day word.
  const place = `(?:([^,]{1,60}),\\s*|([^,\\d]{1,40}?)\\s+(?=${dayWord}))?`;
  return {
    // "Số người mắc…", "Số lượng…": the word as a noun, followed by a word in lower case, starts no document number.
    numberCell: new RegExp(`^${number}(?!\\s+\\p{Ll})\\s*(?:[:.]\\s*)?(?=[\\d/\\s])(.*)$`, 'u'),
    openPhrase: new RegExp(`(?:^${number}\\s*:?|\\b${day}|\\b${month}|\\b${year})$`, 'u'),
    dateLine: new RegExp(
      `^${place}${dayWord}${blank}(?:(\\d{1,2})${blank})?${monthWord}${blank}(?:(\\d{1,2})${blank})?${yearWord}${blank}(\\d{4})?`,
      'iu',
    ),
    dayWord: new RegExp(dayWord, 'iu'),
    numericDateLine: new RegExp(`^${place}${dayWord}\\s*(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\4\\s*(\\d{4})(?!\\d)`, 'iu'),
  };
}
