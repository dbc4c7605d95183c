/**
 * grammar/agencies.json in the shapes the assignee reader uses.
 */
import { grammar, onFirstUse } from '../../grammar/load.js';
import { alternation, literalAlternation } from '../../grammar/pattern.js';
import { foldedKeys, phraseInitials } from '../../grammar/vocabulary.js';
import { isUpper } from '../../text/fold.js';

interface AgenciesFile {
  heads: string[];
  requestWords: string[];
  honorifics: string[];
  collectiveNouns: string[];
  dutyVerbs: string[];
  nounPrefixes: string[];
  lead: string[];
  support: string[];
  partnerLeads: string[];
  partnerEnds: string[];
  listJoiners: string[];
  collectiveJoiners: string[];
  pluralMarkers: string[];
  jointOffices: string[];
  abbreviations: Record<string, string>;
}

export interface AgencyVocabulary {
  readonly heads: readonly string[];
  readonly requestWords: readonly string[];
  /** "Đồng chí" before an office given duties ("Đồng chí Trưởng ban: …"), folded: not part of its name. */
  readonly honorifics: readonly string[];
  /** The first letters of the honorifics as printed, in either case. */
  readonly honorificInitials: ReadonlySet<string>;
  /** The letters request words begin with, in both cases: a cheap first look. */
  readonly requestInitials: ReadonlySet<string>;
  /** The letters the lead and support words begin with, as printed in either case. */
  readonly roleInitials: ReadonlySet<string>;
  readonly collectiveNouns: readonly string[];
  /**
   * Any duty verb (in lower case with diacritics: matched as printed, mid-sentence) as a word of its own, neither
   * letter nor digit on either side: one scan finds the first.
   */
  readonly dutyVerb: RegExp;
  readonly nounPrefixes: readonly string[];
  readonly lead: readonly string[];
  readonly support: readonly string[];
  readonly partnerLeads: readonly string[];
  /** Cheap first looks on the text as printed: a lead word, a partner lead anywhere in it. */
  readonly leadHint: RegExp;
  readonly partnerHint: RegExp;
  /** Where the list of partners after a lead ends: punctuation, or a verb or linking word between blanks. */
  readonly partnerEnd: RegExp;
  /** A separator between the bodies of a list: a comma, a semicolon, or a joining word between blanks. */
  readonly listSeparator: RegExp;
  /** The joining words after which a subject may go on with a collective ("và các tổ chức …"). */
  readonly collectiveJoiner: RegExp;
  /** A plural word before a name in capitals, as printed: "các Trung tâm Y tế khu vực" (its length in group 0). */
  readonly pluralName: RegExp;
  /** Offices of two bodies at once, folded ("Văn phòng HĐND"): "và" after one goes on with its name ("… và UBND xã"). */
  readonly jointOffices: readonly string[];
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Every abbreviation has two capitals in a row ("UBND", "CT-XH"): a name without such a pair holds none. */
  readonly abbreviationsCapitalised: boolean;
}

const keys = foldedKeys;

export const agencyVocabulary = onFirstUse((): AgencyVocabulary => {
  const a = grammar<AgenciesFile>('agencies');
  return {
    heads: keys(a.heads),
    requestWords: keys(a.requestWords),
    honorifics: keys(a.honorifics),
    honorificInitials: phraseInitials(a.honorifics),
    requestInitials: phraseInitials(a.requestWords),
    roleInitials: phraseInitials([...a.lead, ...a.support]),
    collectiveNouns: keys(a.collectiveNouns),
    dutyVerb: new RegExp(`(?<![\\p{L}\\p{N}])(?:${literalAlternation(a.dutyVerbs)})(?![\\p{L}\\p{N}])`, 'gu'),
    nounPrefixes: a.nounPrefixes,
    lead: keys(a.lead),
    support: keys(a.support),
    partnerLeads: keys(a.partnerLeads),
    leadHint: new RegExp(alternation(a.lead), 'iu'),
    partnerHint: new RegExp(alternation(a.partnerLeads), 'iu'),
    partnerEnd: new RegExp(`[.;:(]|\\s(?:${alternation(a.partnerEnds)})\\s`, 'u'),
    listSeparator: new RegExp(`,\\s+|;\\s+|\\s+(?:${alternation(a.listJoiners)})\\s+`, 'gu'),
    collectiveJoiner: new RegExp(`(?:^|\\s)(?:${alternation(a.collectiveJoiners)})(?:\\s|$)`, 'u'),
    pluralName: new RegExp(`^(?:${alternation(a.pluralMarkers)})\\s+(?=\\p{Lu})`, 'u'),
    jointOffices: keys(a.jointOffices),
    abbreviations: new Map(Object.entries(a.abbreviations)),
    abbreviationsCapitalised: Object.keys(a.abbreviations).every(hasCapitalPair),
  };
});

/** Two capitals in a row: "UBND", "CT-XH". */
export function hasCapitalPair(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (isUpper(text[i]!) && isUpper(text[i - 1]!)) return true;
  return false;
}
