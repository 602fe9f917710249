import type { PathSegment } from '@trialyaml/core';
import type { Location, Position, Range } from 'vscode-languageserver';
import {
  crossReferences,
  occurrencesOf,
  targetAtPath,
  type CrossReferences,
  type LinkTarget,
} from './cross-references.js';
import type { CachedDocument } from './document-cache.js';
import { cursorContextAt } from './path-at-offset.js';
import { rangeFromSpan } from './position.js';

/** The arm/intervention link under the cursor, if any. */
export interface LinkAtCursor {
  refs: CrossReferences;
  target: LinkTarget;
  path: PathSegment[];
}

/** Finds the arm label, intervention name or cross-reference under the cursor. */
export function linkAt(cached: CachedDocument, position: Position): LinkAtCursor | undefined {
  const offset = Math.max(0, cached.document.offsetAt(position) - cached.bom);
  const context = cursorContextAt(cached.body, offset);
  if (context.position !== 'value' && context.position !== 'item') return undefined;
  if (context.path[0] !== 'armsInterventionsModule') return undefined;
  const refs = crossReferences(cached.loaded.data);
  const target = targetAtPath(refs, context.path);
  return target ? { refs, target, path: context.path } : undefined;
}

/** The LSP range of the value at a pointer. */
export function valueRange(cached: CachedDocument, pointer: string): Range {
  return rangeFromSpan(cached.loaded.rangeOf(pointer, 'value'), cached.bom);
}

/**
 * Go to definition: from an arm's `interventionNames` entry to the intervention's name, from an intervention's
 * `armGroupLabels` entry to the arm's label (and from a definition to itself).
 */
export function findDefinition(cached: CachedDocument, position: Position): Location[] {
  try {
    const link = linkAt(cached, position);
    if (!link) return [];
    return occurrencesOf(link.refs, link.target)
      .filter((occurrence) => occurrence.role === 'definition')
      .map((occurrence) => ({ uri: cached.uri, range: valueRange(cached, occurrence.pointer) }));
  } catch {
    return [];
  }
}
