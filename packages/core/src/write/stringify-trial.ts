import { Document, Scalar, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { SchemaNode } from '../schema/schema-node.js';
import { resolveSchema } from '../schema/schema-navigator.js';
import { trialSchema } from '../schema/trial-schema.js';
import { childSchema, orderLikeSchema } from './canonical-order.js';
import { wantsBlockScalar } from './scalar-style.js';
import { TRIAL_TO_STRING_OPTIONS } from './stringify-options.js';

export interface StringifyTrialOptions {
  /** Comment lines written before the data (without the leading `#`), e.g. a modeline and a source note. */
  headerComments?: readonly string[];
  /** Line ending of the output. Default `\n`. */
  lineEnding?: '\n' | '\r\n';
}

/** Sets block-literal style on long and multi-line strings, following the schema alongside the nodes. */
export function applyScalarStyles(node: Node | null | undefined, schema: SchemaNode | undefined): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      applyScalarStyles(pair.value as Node | null, childSchema(schema, key));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => applyScalarStyles(item as Node, childSchema(schema, index)));
  } else if (isScalar(node) && typeof node.value === 'string') {
    // Blank text with line breaks has no faithful block form (a block keeps no trailing spaces): quote it.
    if (/^[ \t\n]*$/.test(node.value) && node.value.includes('\n')) node.type = Scalar.QUOTE_DOUBLE;
    else if (wantsBlockScalar(node.value, schema)) node.type = Scalar.BLOCK_LITERAL;
  }
}

/**
 * Writes trial data as a new YAML text in canonical form: registry module and field order, literal blocks for
 * long and multi-line text, no folding of long lines.
 */
export function stringifyTrial(data: unknown, options: StringifyTrialOptions = {}): string {
  const root = resolveSchema(trialSchema);
  const document = new Document(orderLikeSchema(data, root));
  applyScalarStyles(document.contents, root);
  if (options.headerComments?.length) {
    document.commentBefore = options.headerComments.map((line) => (line ? ` ${line}` : '')).join('\n');
  }
  const text = document.toString(TRIAL_TO_STRING_OPTIONS);
  return options.lineEnding === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}
