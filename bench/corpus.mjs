/**
 * The benchmark's corpus, made from the project's own fixtures: thousands of
 * plans varied from them (numbers, places and bodies changed, sections
 * repeated, deterministic from a seed), plus one plan of 5 MB. Written to
 * bench/.corpus (ignored by git) and reused while the fixtures are unchanged.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const fixtures = path.join(here, '..', 'fixtures');
export const corpusDir = path.join(here, '.corpus');

const PLACES = ['Sơn La', 'Điện Biên', 'Lào Cai', 'Quảng Trị', 'Kon Tum', 'Bạc Liêu', 'Hà Giang', 'Tây Ninh', 'Phú Yên', 'Cà Mau'];

/** A small deterministic generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources() {
  const out = [];
  for (const name of readdirSync(fixtures).sort()) {
    for (const file of ['input.txt', 'input.md']) {
      const p = path.join(fixtures, name, file);
      if (existsSync(p)) out.push({ text: readFileSync(p, 'utf8'), ext: path.extname(file) });
    }
  }
  const holdout = path.join(fixtures, 'holdout', 'docs');
  for (const f of readdirSync(holdout).sort()) out.push({ text: readFileSync(path.join(holdout, f), 'utf8'), ext: path.extname(f) });
  return out;
}

/** A variant of a plan: other numbers (same number of digits), another place name. */
function vary(text, next) {
  const place = PLACES[Math.floor(next() * PLACES.length)];
  return text
    .replace(/\d+/g, (d) => (d.length >= 4 || next() < 0.5 ? d : String(Math.floor(next() * 10 ** d.length)).padStart(d.length, '0')))
    .replace(/(tỉnh|huyện) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/gu, (_, level) => `${level} ${place}`);
}

/** One plan of about `bytes`: a real plan whose task section is repeated. */
function large(base, bytes) {
  const start = base.indexOf('II. NHIỆM VỤ');
  const end = base.indexOf('III. TỔ CHỨC THỰC HIỆN');
  const body = base.slice(start, end);
  const parts = [base.slice(0, end)];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < bytes; i++) {
    const copy = body.replace(/^II\./m, `II.`).replace(/^(\d+)\./gm, (_, n) => `${Number(n) + 10 * (i + 1)}.`);
    parts.push(copy);
    size += Buffer.byteLength(copy);
  }
  parts.push(base.slice(end));
  return parts.join('');
}

export function buildCorpus(count) {
  const base = sources();
  const key = createHash('sha256').update(String(count)).update(base.map((b) => b.text).join('\u0000')).digest('hex').slice(0, 16);
  const stamp = path.join(corpusDir, 'stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return manifest();
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(path.join(corpusDir, 'docs'), { recursive: true });
  const next = random(20261123);
  for (let i = 0; i < count; i++) {
    const source = base[i % base.length];
    const dir = path.join(corpusDir, 'docs', String(Math.floor(i / 1000)).padStart(2, '0'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `plan-${String(i).padStart(5, '0')}${source.ext}`), vary(source.text, next));
  }
  const seed = readFileSync(path.join(fixtures, 'running-footer', 'input.txt'), 'utf8');
  writeFileSync(path.join(corpusDir, 'large.txt'), large(seed, 5 * 1024 * 1024));
  writeFileSync(stamp, key);
  return manifest();
}

function manifest() {
  const docs = path.join(corpusDir, 'docs');
  const files = readdirSync(docs, { recursive: true }).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join(docs, f));
  return { docs, files, large: path.join(corpusDir, 'large.txt') };
}
