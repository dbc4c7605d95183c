/**
 * The stamp an e-office system prints where a plan is signed digitally
 * (Nghị định 30/2020, Phụ lục I): "Ký bởi: Sở Y tế tỉnh Ninh Bình" /
 * "Email: …" / "Cơ quan: Tỉnh Ninh Bình" / "Thời gian ký: 14.04.2026
 * 08:31:52 +07:00" over the header, and "Ký bởi: <signer>" / "Thời gian ký:
 * …" over the signature. A PDF's text puts its lines wherever the frame
 * stood: above the header, among the targets at a page's end, between the
 * recipients. They are the signing system's, not the plan's: dropped, as
 * furniture, before the parser sees the lines.
 */
import type { Line } from './line.js';
import { grammar, onFirstUse } from '../grammar/load.js';
import { foldedKeys, phraseInitials, startsWithPhrase } from '../grammar/vocabulary.js';
import { foldStart } from '../text/fold.js';

interface PagesFile {
  signingStamp: { opens: string[]; fields: string[] };
}

/** A wrapped rest of a field ("huyện Yên Thủy" under "Ký bởi: Ủy ban nhân dân") is short. */
const REST_LENGTH = 48;
/** The time of signing cut from its field: "15:42:10 +07:00". */
const TIME_REST = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?$/;

const stampWords = onFirstUse(() => {
  const { opens, fields } = grammar<PagesFile>('pages').signingStamp;
  return { opens: foldedKeys(opens), fields: foldedKeys(fields), initials: phraseInitials([...opens, ...fields]) };
});

/** The lines without the signing stamps' lines; the same array when it holds none. */
export function withoutSigningStamps(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const end = stampEnd(lines, i);
    if (end === i) {
      out?.push(lines[i]!);
      continue;
    }
    out ??= lines.slice(0, i);
    i = end - 1;
  }
  return out ?? lines;
}

/**
 * Where a stamp that starts at a line ends (the line after its last); the
 * line itself when none starts there. A stamp opens on its first field
 * ("Ký bởi:"), or is the time of signing alone; its other fields follow, and
 * the rests a narrow frame wrapped them to.
 */
function stampEnd(lines: readonly Line[], start: number): number {
  const kind = fieldOf(lines[start]!);
  if (kind === null) return start;
  let end = start + 1;
  while (end < lines.length) {
    if (fieldOf(lines[end]!) === 'field') end++;
    else if (isRest(lines[end]!) && (TIME_REST.test(lines[end]!.text) || (end + 1 < lines.length && fieldOf(lines[end + 1]!) === 'field'))) end++;
    else break;
  }
  // "Email: …" alone is a contact's line in the text, not a stamp
  return kind === 'field' && end === start + 1 && !isTimeField(lines[start]!) ? start : end;
}

/** Whether a line is a stamp's field: one that opens a stamp, another of its fields, or neither. */
function fieldOf(line: Line): 'opens' | 'field' | null {
  if (line.cells || !stampWords().initials.has(line.text[0] ?? '')) return null;
  const colon = line.text.indexOf(':');
  if (colon < 0 || colon > 16) return null;
  const key = foldStart(line.text.slice(0, colon));
  const { opens, fields } = stampWords();
  if (startsWithPhrase(key, opens) === key) return 'opens';
  return startsWithPhrase(key, fields) === key ? 'field' : null;
}

/** "Thời gian ký: 14.04.2026 08:31:52 +07:00": the one field that is a stamp alone. */
function isTimeField(line: Line): boolean {
  return /\d{1,2}:\d{2}/.test(line.text) && /\d{4}/.test(line.text);
}

function isRest(line: Line): boolean {
  return !line.cells && line.text.length <= REST_LENGTH;
}
