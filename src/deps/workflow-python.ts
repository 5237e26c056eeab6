// The Python versions a GitHub workflow names: `python-version:` values (setup-python inputs, matrix
// axes), read with the YAML parser, which is loaded only when a workflow is among the files to read.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { PythonClaim } from './python-declarations.js';

/** `python-version:` values anywhere in a workflow (setup-python inputs, matrix axes); expressions are skipped. */
export function workflowClaims(path: string, text: string): PythonClaim[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) return [];
  const claims: PythonClaim[] = [];
  const add = (node: Node | null | undefined) => {
    if (!isScalar(node) || node.value === null || node.value === undefined) return;
    const value = String(node.value);
    if (value.includes('${{') || !/^\d+\.\d+/.test(value) || !node.range) return;
    const a = lines.linePos(node.range[0]);
    const b = lines.linePos(node.range[1]);
    claims.push({
      path,
      region: { line: a.line, column: a.col, endLine: b.line, endColumn: b.col },
      version: value,
      source: 'python-version in a workflow'
    });
  };
  visit(doc, {
    Pair(_, pair) {
      if (
        !isPair(pair) ||
        !isScalar(pair.key) ||
        !/^python(-version|_version)?$/.test(String(pair.key.value))
      )
        return;
      if (isSeq(pair.value)) pair.value.items.forEach((item) => add(item as Node));
      else if (!isMap(pair.value)) add(pair.value as Node);
    }
  });
  return claims;
}
