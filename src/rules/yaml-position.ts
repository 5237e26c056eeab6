// Maps a path inside a YAML document (['rules', 3, 'pattern']) to a line and column, so that every
// configuration error can point at the exact place in the rule file.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type YamlPath = ReadonlyArray<string | number>;

/**
 * The 1-based position of the value at `path` (or of its key when `key` is true). When the path goes
 * further than the document (a missing key), the position of the deepest existing node is returned.
 */
export function positionOf(
  doc: Document,
  lines: LineCounter,
  path: YamlPath,
  key = false
): { line: number; column: number } {
  let node: Node | null | undefined = doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && key) {
        offset = keyNode.range?.[0] ?? offset;
        break;
      }
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment] as Node | undefined;
      offset = node?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
