/**
 * Loads the markdown stack (unified, remark-parse) on first use, so that
 * plain-text documents, `--version` and `--help` never pay for it. Node ≥
 * 20.19 loads these ES modules through require() synchronously, which keeps
 * `compile()` synchronous. Pipe tables, the one GFM construct plans use, are
 * read from the source lines (pipe-table.ts).
 */
import { createRequire } from 'node:module';
import type { Root } from 'mdast';

type Parse = (text: string) => Root;

let parser: Parse | null = null;

export function markdownParser(): Parse {
  if (parser) return parser;
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const processor = unified().use(remarkParse);
  parser = (text) => processor.parse(text) as Root;
  return parser;
}
