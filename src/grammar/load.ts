/**
 * Reads the vocabulary in grammar/ (beside src/ and dist/) once, on first use.
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

export function grammar<T>(name: string): T {
  let data = cache.get(name);
  if (data === undefined) {
    const url = new URL(`../../grammar/${name}.json`, import.meta.url);
    data = JSON.parse(readFileSync(url, 'utf8')) as unknown;
    cache.set(name, data);
  }
  return data as T;
}

/** A value made from the grammar on first use and kept: a vocabulary, or the patterns built from one. */
export function onFirstUse<T extends object>(build: () => T): () => T {
  let value: T | null = null;
  return () => (value ??= build());
}
