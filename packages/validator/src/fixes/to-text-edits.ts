import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { nodeAtPointer, parentPointer, type LoadedTrial } from '@trialyaml/core';
import type { FixOperation, TextEdit } from './fix-operation.js';
import { inlineScalar } from './scalar-text.js';

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

function blockScalarText(value: string, indent: number, lineEnding: string): string {
  const pad = ' '.repeat(indent);
  const chomp = value.endsWith('\n') ? '' : '-';
  const body = value
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? pad + line : ''));
  return `|${chomp}${lineEnding}${body.join(lineEnding)}`;
}

/**
 * Turns a structural fix into the smallest text edit on the author's file: nothing outside the changed value
 * moves, so comments, blank lines and key order stay. Undefined when the document does not have the shape
 * the operation needs (it then is not applied).
 */
export function toTextEdit(trial: LoadedTrial, operation: FixOperation): TextEdit | undefined {
  const document = trial.document;
  if (!document) return undefined;
  const { text, lineEnding } = trial;
  const location = nodeAtPointer(document, operation.pointer);
  if (!location.exact) return undefined;
  const node = location.node;

  switch (operation.op) {
    case 'replace': {
      if (!isScalar(node) || !node.range) return undefined;
      const [start, end] = node.range;
      const value = operation.value;
      const original = text.slice(start, end);
      const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      let replacement: string;
      if (typeof value === 'string' && isBlock) {
        // Keep block style (and its indentation) for text that is or was written as a block.
        const contentIndent = isBlock ? /\n( *)\S/.exec(original)?.[1]?.length : undefined;
        const keyColumn =
          isScalar(location.pair?.key) && location.pair.key.range
            ? columnOf(text, location.pair.key.range[0])
            : columnOf(text, start);
        replacement = blockScalarText(value, contentIndent ?? keyColumn + 2, lineEnding);
      } else {
        // Multi-line text on an inline line stays inline (double-quoted) so a trailing comment stays a comment.
        replacement =
          typeof value === 'string' && value.includes('\n') ? JSON.stringify(value) : inlineScalar(value);
      }
      if (/\n$/.test(original)) replacement += lineEnding;
      return { offset: start, endOffset: end, text: replacement };
    }
    case 'rename-key': {
      const key = location.pair?.key;
      if (!isScalar(key) || !key.range) return undefined;
      return { offset: key.range[0], endOffset: key.range[1], text: inlineScalar(operation.key) };
    }
    case 'append': {
      if (!isSeq(node) || !node.range) return undefined;
      const item = inlineScalar(operation.value);
      if (node.flow) {
        const close = text.lastIndexOf(']', node.range[1]);
        if (close === -1) return undefined;
        return { offset: close, endOffset: close, text: node.items.length ? `, ${item}` : item };
      }
      const last = node.items[node.items.length - 1] as Node | undefined;
      if (!last?.range) return undefined;
      const at = lineEndAfter(text, last.range[1] - 1);
      const indent = ' '.repeat(columnOf(text, node.range[0]));
      return { offset: at, endOffset: at, text: `${lineEnding}${indent}- ${item}` };
    }
    case 'add-key': {
      if (!isMap(node) || !node.range) return undefined;
      if (node.items.some((pair) => isScalar(pair.key) && String(pair.key.value) === operation.key))
        return undefined;
      const value = operation.value;
      const flowEntry = `${inlineScalar(operation.key)}: ${isStringList(value) ? `[${value.map(inlineScalar).join(', ')}]` : inlineScalar(value)}`;
      if (node.flow) {
        const close = text.lastIndexOf('}', node.range[1]);
        if (close === -1) return undefined;
        return { offset: close, endOffset: close, text: node.items.length ? `, ${flowEntry}` : flowEntry };
      }
      const last = node.items[node.items.length - 1];
      const lastEnd =
        (last?.value as Node | null)?.range?.[1] ?? (isScalar(last?.key) ? last.key.range?.[1] : undefined);
      if (lastEnd === undefined) return undefined;
      const at = lineEndAfter(text, lastEnd - 1);
      const indent = ' '.repeat(columnOf(text, node.range[0]));
      const entry = isStringList(value)
        ? `${inlineScalar(operation.key)}:${value.map((item) => `${lineEnding}${indent}  - ${inlineScalar(item)}`).join('')}`
        : flowEntry;
      return { offset: at, endOffset: at, text: `${lineEnding}${indent}${entry}` };
    }
  }
}

/** The pointer whose node an operation changes (for overlap checks and messages). */
export function operationTarget(operation: FixOperation): string {
  return operation.op === 'rename-key' ? parentPointer(operation.pointer) : operation.pointer;
}

/**
 * Applies edits to a text. Edits that overlap one already taken are skipped (the next lint pass will offer
 * them again); returns the new text and how many edits were applied.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const taken: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (
      edit.offset < lastEnd ||
      (edit.offset === lastEnd && edit.offset === edit.endOffset && taken.at(-1)?.offset === edit.offset)
    )
      continue;
    taken.push(edit);
    lastEnd = Math.max(lastEnd, edit.endOffset);
  }
  let out = text;
  for (const edit of [...taken].reverse())
    out = out.slice(0, edit.offset) + edit.text + out.slice(edit.endOffset);
  return { text: out, applied: taken.length };
}
