/**
 * Partial deep matching for fixture expectations: an expected object lists
 * only the keys it asserts; an expected array must have the same length and
 * match element by element. Returns readable mismatches instead of a boolean.
 */
export function mismatches(actual: unknown, expected: unknown, path = ''): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    const out: string[] = [];
    if (actual.length !== expected.length) {
      out.push(`${path}: expected ${expected.length} entries, got ${actual.length}`);
    }
    const n = Math.min(actual.length, expected.length);
    for (let i = 0; i < n; i++) out.push(...mismatches(actual[i], expected[i], `${path}[${i}]`));
    return out;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${show(actual)}`];
    }
    const out: string[] = [];
    for (const [key, value] of Object.entries(expected)) {
      out.push(...mismatches((actual as Record<string, unknown>)[key], value, path ? `${path}.${key}` : key));
    }
    return out;
  }
  const a = typeof actual === 'string' ? actual.normalize('NFC') : actual;
  const e = typeof expected === 'string' ? expected.normalize('NFC') : expected;
  return Object.is(a, e) ? [] : [`${path}: expected ${show(e)}, got ${show(a)}`];
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'undefined' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
