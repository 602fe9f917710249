import { isScalar, visit, type Document } from 'yaml';

/**
 * Whether any mapping of the document repeats a key, as the `yaml` parser's `uniqueKeys` check decides it (the
 * same node, or scalars with the same value). That check compares each key with every earlier key of its
 * mapping: a mapping of 50,000 keys took minutes. Parse with `uniqueKeys: false` and ask this, in one pass.
 */
export function hasRepeatedKey(document: Document): boolean {
  let repeated = false;
  visit(document, {
    Map(_key, map) {
      const values = new Set<unknown>();
      const nodes = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (isScalar(key)) {
          // NaN is never equal to itself (the parser compares with ===); +0 and -0 are equal, as in a Set.
          if (Number.isNaN(key.value)) continue;
          if (values.has(key.value)) repeated = true;
          values.add(key.value);
        } else {
          if (nodes.has(key)) repeated = true;
          nodes.add(key);
        }
        if (repeated) return visit.BREAK;
      }
      return undefined;
    },
  });
  return repeated;
}
