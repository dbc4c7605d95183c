/**
 * YAML output: one document per plan, keys in schema order, documents
 * separated by a `---` line when there are several.
 *
 * The `yaml` package is loaded with a dynamic import, so the YAML stack costs
 * nothing at start-up unless YAML output is asked for.
 *
 * Quoting. The yaml package writes YAML 1.2 and already quotes any string a
 * YAML 1.2 reader would take for something else ("08", "1.500", "- Xây
 * dựng", "Số: 15/KH-UBND", "null"…). Many readers still speak YAML 1.1
 * (PyYAML, the usual choice of the analysts reading this output), where
 * `yes`, `on`, `n`, `2024-03-25` or `12:30` are booleans, dates and numbers.
 * So every string that the YAML 1.1 schema would resolve to a non-string is
 * double-quoted as well: the output reads back the same under 1.1 and 1.2.
 * Long strings are never folded (lineWidth 0): one line per value diffs well.
 */
import type { Plan } from '../model/schema.js';

export async function emitYaml(plans: Plan[]): Promise<string> {
  const YAML = await import('yaml');
  const implicitYaml11 = implicitScalarPatterns(new YAML.Schema({ schema: 'yaml-1.1' }));
  const readsAsNonStringIn11 = (text: string) => implicitYaml11.some((pattern) => pattern.test(text));

  const documents = plans.map((plan) => {
    const document = new YAML.Document(plan);
    YAML.visit(document, {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && readsAsNonStringIn11(node.value)) {
          node.type = 'QUOTE_DOUBLE';
        }
      },
    });
    return document.toString({ lineWidth: 0 });
  });
  return documents.join('---\n');
}

/** The patterns by which a schema reads an untagged plain scalar as something other than a string. */
function implicitScalarPatterns(schema: import('yaml').Schema): RegExp[] {
  const patterns: RegExp[] = [];
  for (const tag of schema.tags) {
    if (tag.default && tag.test instanceof RegExp) patterns.push(tag.test);
  }
  return patterns;
}
