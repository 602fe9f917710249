import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { SchemaNode } from '../schema/schema-node.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import { trialSchema } from '../schema/trial-schema.js';
import { childSchema, keyRank } from './canonical-order.js';
import { applyScalarStyles } from './stringify-trial.js';
import { hasRepeatedKey } from '../yaml/repeated-keys.js';
import { TRIAL_TO_STRING_OPTIONS } from './stringify-options.js';

function sortMaps(node: Node | null | undefined, schema: SchemaNode | undefined): void {
  if (isMap(node)) {
    const ranked = node.items.map((pair, index) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      return { pair, index, rank: keyRank(schema, key), key };
    });
    ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
    const formerFirst = node.items[0];
    node.items = ranked.map(({ pair }) => pair);
    const newFirst = node.items[0];
    if (formerFirst && newFirst && formerFirst !== newFirst) {
      // A comment above the first entry is stored on the mapping; it belongs to the entry it was written above.
      if (node.commentBefore && isNode(formerFirst.key)) {
        formerFirst.key.commentBefore = [node.commentBefore, formerFirst.key.commentBefore]
          .filter(Boolean)
          .join('\n');
        node.commentBefore = undefined;
      }
      // The entry that moved to the top should not open the mapping with a blank line.
      if (isNode(newFirst.key)) newFirst.key.spaceBefore = false;
    }
    for (const { pair, key } of ranked) sortMaps(pair.value as Node | null, childSchema(schema, key));
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => sortMaps(item as Node, childSchema(schema, index)));
  }
}

/** Puts a parsed document into canonical key order and scalar style, in place. Comments travel with their keys. */
export function canonicalizeDocument(document: Document): void {
  const root = resolveSchema(trialSchema);
  // Comments above the first module (a schema modeline, a file header) stay at the top of the file.
  const contents = document.contents;
  const first = isMap(contents) ? contents.items[0] : undefined;
  if (isMap(contents) && isNode(first?.key) && first.key.commentBefore) {
    document.commentBefore = [document.commentBefore, contents.commentBefore, first.key.commentBefore]
      .filter(Boolean)
      .join('\n');
    contents.commentBefore = undefined;
    first.key.commentBefore = undefined;
  }
  sortMaps(document.contents, root);
  applyScalarStyles(document.contents, root);
}

/**
 * Rewrites a trial file's text in canonical order and style while keeping its comments, blank lines and line
 * endings. Returns undefined when the text is not valid YAML (nothing is rewritten then).
 */
export function formatTrialText(text: string): string | undefined {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  const source = hadBom ? text.slice(1) : text;
  // Repeated keys are looked for in one pass: the parser's own check costs the square of a mapping's keys.
  const document = parseDocument(source, {
    version: '1.2',
    merge: false,
    prettyErrors: false,
    uniqueKeys: false,
  });
  if (document.errors.length || hasRepeatedKey(document)) return undefined;
  canonicalizeDocument(document);
  let out = document.toString(TRIAL_TO_STRING_OPTIONS);
  if (/\r\n/.test(source)) out = out.replace(/\r?\n/g, '\r\n');
  return (hadBom ? '\uFEFF' : '') + out;
}
