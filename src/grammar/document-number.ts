/**
 * The số ký hiệu grammar (NĐ 30/2020 and the Party's guidance):
 *   state, administrative   496/KH-TTYT      /KH-UBND (blank sequence)   3954/UBND-VX (công văn)
 *   state, legal            13/2023/TT-BYT   60/2021/NĐ-CP               43/2022/QH15
 *   Party                   141-KH/HU        -KH/HU (blank sequence)     53-CTr/TU   08-QĐi/TW
 *
 * Read whole in a header ("Số: 496/KH-TTYT"), found in running text where
 * plans cite other documents, and put together again where a line break cut
 * one ("… Quyết định số 1300/QĐ-" over "BYT ngày …").
 */
import type { DocumentNumber } from '../model/schema.js';
import { vocabulary } from './vocabulary.js';
import { grammar, onFirstUse } from './load.js';

const CODE = "[A-ZĐ][A-Za-zĐđ]{0,4}";
const ISSUER = "[A-ZĐ][A-ZĐa-zđ0-9]{0,11}(?:-[A-ZĐ0-9][A-ZĐa-zđ0-9]{0,11}){0,3}";
const STATE = new RegExp(`^(\\d{1,6})?/(?:(\\d{4})/)?(${CODE})-(${ISSUER})$`, 'u');
const LEGISLATURE = new RegExp(`^(\\d{1,6})/(\\d{4})/(QH\\d{1,2})$`, 'u');
const PARTY = new RegExp(`^(\\d{1,6})?-(${CODE})/(${ISSUER})$`, 'u');

/**
 * The look-alikes of grammar/references.json: a class of them, and each
 * with the letter it shows.
 */
export const lookalikes = onFirstUse(() => {
  const map = new Map(Object.entries(grammar<{ lookalikes: Record<string, string> }>('references').lookalikes));
  const chars = [...map.keys()].join('');
  return { map, any: new RegExp(`[${chars}]`, 'u'), all: new RegExp(`[${chars}]`, 'gu'), chars };
});

/**
 * A number cited in running text: state numbers (with an optional year),
 * laws' and Party numbers, allowing the stray spaces real text has and the
 * look-alike letters a slip puts in them. Global: reset `lastIndex` before
 * each search.
 */
export const citation = onFirstUse((): RegExp => {
  // the letters of a code and an issuer, each class with the look-alikes of its letters
  const { chars } = lookalikes();
  const code = `[A-ZĐ${chars}][A-Za-zĐđ${chars}]{0,4}`;
  const issuer = `[A-ZĐ${chars}][A-ZĐa-zđ0-9${chars}]{0,11}(?:-[A-ZĐ0-9${chars}][A-ZĐa-zđ0-9${chars}]{0,11}){0,3}`;
  return new RegExp(
    `(?<![\\p{L}\\d/\\-])(?:` +
      `(\\d{1,6}) ?(?:/ ?\\d{4} ?)?/ ?(?:${code}) ?- ?(?:${issuer})` +
      `|\\d{1,6}/\\d{4}/QH\\d{1,2}` +
      `|\\d{1,6} ?- ?(?:${code}) ?/ ?(?:${issuer})` +
    `)(?![\\p{L}\\d])`,
    'gu',
  );
});

export interface ParsedNumber {
  readonly number: string;
  readonly parts: DocumentNumber;
}

/** Parses a số ký hiệu with its spaces already removed; null when it is none. */
export function parseNumber(compact: string): ParsedNumber | null {
  const { map, any, all } = lookalikes();
  const text = any.test(compact) ? compact.replace(all, (ch) => map.get(ch)!) : compact;
  let m = LEGISLATURE.exec(text);
  if (m) return { number: text, parts: { seq: m[1]!, year: Number(m[2]), type: null, issuerCode: m[3]!, style: 'state' } };
  m = STATE.exec(text);
  if (m) {
    const [, seq, year, code, issuer] = m;
    const known = vocabulary().typeCodes.has(code!);
    return {
      number: text,
      parts: {
        seq: seq ?? null,
        year: year ? Number(year) : null,
        type: known ? code! : null,
        issuerCode: known ? issuer! : `${code}-${issuer}`,
        style: 'state',
      },
    };
  }
  m = PARTY.exec(text);
  if (m) return { number: text, parts: { seq: m[1] ?? null, year: null, type: m[2]!, issuerCode: m[3]!, style: 'party' } };
  return null;
}

/**
 * Reads the number printed after "Số" in a header, repairing the garbling
 * real exports show ("/141 -KH/HU", "05 /KH- SYT"). `malformed` says the
 * printed form breaks the rules (spaces inside, stray separators).
 */
export function readHeaderNumber(printed: string): { parsed: ParsedNumber; malformed: boolean } | null {
  const raw = printed.replace(/[.;,]+$/, '').trim();
  const compact = raw.replace(/\s+/g, '');
  const direct = parseNumber(compact);
  if (direct) return { parsed: direct, malformed: /\S\s+\S/.test(raw) };
  for (const repaired of repairs(compact)) {
    const parsed = parseNumber(repaired);
    if (parsed) return { parsed, malformed: true };
  }
  return null;
}

function* repairs(compact: string): Generator<string> {
  yield compact.replace(/^[/\-]+/, '');
  yield compact.replace(/^[/\-]+/, '').replace(/-+/g, '-').replace(/\/+/g, '/');
  yield compact.replace(/-{2,}/g, '-').replace(/\/{2,}/g, '/');
}

/**
 * A number a line break cut after its slash or hyphen, as Word's and PDF's
 * wraps do ("Quyết định số 1300/QĐ-" over "BYT ngày …"): the part at the end
 * of the line and the part that starts the next, when together they are one
 * whole số ký hiệu; null otherwise.
 */
export function cutNumber(text: string, nextText: string): { tail: string; head: string } | null {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2f && last !== 0x2d) return null;
  const tail = CUT_TAIL.exec(text)?.[1];
  const head = tail ? CUT_HEAD.exec(nextText)?.[0] : undefined;
  if (!tail || !head) return null;
  const joined = tail + head;
  const pattern = citation();
  pattern.lastIndex = 0;
  const m = pattern.exec(joined);
  return m && m.index === 0 && m[0].length === joined.length ? { tail, head } : null;
}

/** The start of a number at the end of a line, cut after "/" or "-": "1300/QĐ-", "35/", "141-KH/". */
const CUT_TAIL = /(?:^|[\s(])(\d{1,6}[/-][\p{L}\d/-]*)$/u;
/** Its rest at the start of the next line: "BYT", "QĐ-UBND", "HU". */
const CUT_HEAD = /^[\p{L}\d][\p{L}\d/-]*/u;
