import { isCollection, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { nodeAtPointer, parentPointer, type LoadedTrial } from '@trialyaml/core';
import { blockHeaderTail, fitsLiteralBlock, literalBlockText } from './block-scalar-text.js';
import type { FixOperation, TextEdit } from './fix-operation.js';
import { trialLineEnding } from './line-ending.js';
import { doubleQuotedScalar, inlineScalar } from './scalar-text.js';
import { applyWholeFixes } from './whole-fixes.js';

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

function lineEndAfter(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Characters that end a plain scalar inside `[...]` or `{...}` (YAML flow indicators). */
const FLOW_INDICATOR = /[,[\]{}]/;

/** A scalar for a flow collection: quoted when its plain form would hold a flow indicator. */
function flowScalar(value: string | number | boolean): string {
  const text = inlineScalar(value);
  return typeof value === 'string' && FLOW_INDICATOR.test(text) && !/^["']/.test(text)
    ? doubleQuotedScalar(value)
    : text;
}

/** Whether the node at `pointer` sits inside a flow collection (`[...]`, `{...}`), where plain text ends at `,]}`. */
function inFlowContext(document: Document, pointer: string): boolean {
  if (pointer === '') return false;
  const parent = nodeAtPointer(document, parentPointer(pointer)).node;
  return isCollection(parent) && parent.flow === true;
}

/** Where the text of a flow collection's last entry ends (before any `,`, comment or closing bracket). */
function lastFlowEntryEnd(collection: Node & { items: unknown[] }): number | undefined {
  const last = collection.items[collection.items.length - 1];
  if (isScalar(last) || isCollection(last)) return last.range?.[1];
  const pair = last as Pair<Node | null, Node | null> | undefined;
  // An empty value (`{a: }`) has a range of no text where the value would be; `{a}` has none: its key ends it.
  return pair?.value?.range?.[1] ?? pair?.key?.range?.[1];
}

/**
 * An entry added to a flow collection: right after the last entry (`[a, b,]` → `[a, b, c,]`, a closing bracket
 * on its own line stays there), or right after the opening bracket of an empty one. Never before the closing
 * bracket, where a trailing comma would make `,,`.
 */
function flowInsertion(
  text: string,
  collection: Node & { items: unknown[] },
  entry: string,
): TextEdit | undefined {
  const range = collection.range;
  if (!range) return undefined;
  let at: number | undefined;
  let inserted = entry;
  if (!collection.items.length) {
    if (text[range[0]] !== '[' && text[range[0]] !== '{') return undefined;
    at = range[0] + 1;
  } else {
    at = lastFlowEntryEnd(collection);
    if (at === undefined || at <= range[0] || at > range[1]) return undefined;
    inserted = `, ${entry}`;
  }
  // A comment right after (`{a: # note`) needs a blank before it, or it would become part of the new value.
  if (text[at] === '#') inserted += ' ';
  return { offset: at, endOffset: at, text: inserted };
}

/** The new text of a scalar node (`original` is its text as written, with a block's header and body). */
function replacementText(
  trial: LoadedTrial,
  node: Node,
  pair: Pair | undefined,
  original: string,
  value: string | number | boolean,
  inFlow: boolean,
  lineEnding: string,
): string {
  const { text } = trial;
  const start = node.range?.[0] ?? 0;
  const isBlock = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
  if (isBlock) {
    const headerTail = blockHeaderTail(original);
    if (typeof value === 'string' && fitsLiteralBlock(value)) {
      // Keep block style (and its indentation) for text that is written as a block.
      const contentIndent = /\n( *)\S/.exec(original)?.[1]?.length;
      const keyColumn =
        isScalar(pair?.key) && pair.key.range ? columnOf(text, pair.key.range[0]) : columnOf(text, start);
      const indent = contentIndent !== undefined && contentIndent > keyColumn ? contentIndent : keyColumn + 2;
      return literalBlockText(value, indent, lineEnding, headerTail);
    }
    // Not writable as a block: one quoted line, and the header's comment after it.
    const inline = typeof value === 'string' ? doubleQuotedScalar(value) : inlineScalar(value);
    return `${inline}${headerTail}`;
  }
  // Multi-line text on an inline line stays inline (double-quoted) so a trailing comment stays a comment.
  if (typeof value === 'string' && /[\n\r]/.test(value)) return doubleQuotedScalar(value);
  return inFlow ? flowScalar(value) : inlineScalar(value);
}

/**
 * Turns a structural fix into the smallest text edit on the author's file: nothing outside the changed value
 * moves, so comments, blank lines and key order stay. Undefined when the document does not have the shape
 * the operation needs (it then is not applied). New lines end with the file's dominant line break.
 */
export function toTextEdit(trial: LoadedTrial, operation: FixOperation): TextEdit | undefined {
  const document = trial.document;
  if (!document) return undefined;
  const { text } = trial;
  const location = nodeAtPointer(document, operation.pointer);
  if (!location.exact) return undefined;
  const node = location.node;

  switch (operation.op) {
    case 'replace': {
      if (!isScalar(node) || !node.range) return undefined;
      const [start, end] = node.range;
      const lineEnding = trialLineEnding(trial);
      const original = text.slice(start, end);
      const inFlow = inFlowContext(document, operation.pointer);
      let replacement = replacementText(
        trial,
        node,
        location.pair,
        original,
        operation.value,
        inFlow,
        lineEnding,
      );
      if (/\n$/.test(original)) replacement += lineEnding;
      return { offset: start, endOffset: end, text: replacement };
    }
    case 'rename-key': {
      const key = location.pair?.key;
      if (!isScalar(key) || !key.range) return undefined;
      const inFlow = inFlowContext(document, operation.pointer);
      return {
        offset: key.range[0],
        endOffset: key.range[1],
        text: inFlow ? flowScalar(operation.key) : inlineScalar(operation.key),
      };
    }
    case 'append': {
      if (!isSeq(node) || !node.range) return undefined;
      if (node.flow) return flowInsertion(text, node, flowScalar(operation.value));
      const last = node.items[node.items.length - 1] as Node | undefined;
      if (!last?.range) return undefined;
      const lineEnding = trialLineEnding(trial);
      const at = lineEndAfter(text, last.range[1] - 1);
      const indent = ' '.repeat(columnOf(text, node.range[0]));
      return { offset: at, endOffset: at, text: `${lineEnding}${indent}- ${inlineScalar(operation.value)}` };
    }
    case 'add-key': {
      if (!isMap(node) || !node.range) return undefined;
      if (node.items.some((pair) => isScalar(pair.key) && String(pair.key.value) === operation.key))
        return undefined;
      const value = operation.value;
      if (node.flow) {
        const listText = isStringList(value) ? `[${value.map(flowScalar).join(', ')}]` : flowScalar(value);
        return flowInsertion(text, node, `${flowScalar(operation.key)}: ${listText}`);
      }
      const last = node.items[node.items.length - 1];
      const lastEnd =
        (last?.value as Node | null)?.range?.[1] ?? (isScalar(last?.key) ? last.key.range?.[1] : undefined);
      if (lastEnd === undefined) return undefined;
      const lineEnding = trialLineEnding(trial);
      const at = lineEndAfter(text, lastEnd - 1);
      const indent = ' '.repeat(columnOf(text, node.range[0]));
      const entry = isStringList(value)
        ? `${inlineScalar(operation.key)}:${value.map((item) => `${lineEnding}${indent}  - ${inlineScalar(item)}`).join('')}`
        : `${inlineScalar(operation.key)}: ${inlineScalar(value)}`;
      return { offset: at, endOffset: at, text: `${lineEnding}${indent}${entry}` };
    }
  }
}

/** The pointer whose node an operation changes (for overlap checks and messages). */
export function operationTarget(operation: FixOperation): string {
  return operation.op === 'rename-key' ? parentPointer(operation.pointer) : operation.pointer;
}

/**
 * Applies independent edits to a text in one pass, O(text + edits log edits): each edit is its own fix (see
 * `applyWholeFixes`), taken in order of position, so an edit that overlaps one already taken is skipped (as is a
 * second insertion at the same offset). Returns the new text and how many edits were applied.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const result = applyWholeFixes(
    text,
    sorted.map((edit) => [edit]),
  );
  return { text: result.text, applied: result.applied.length };
}
