import { encodePointer } from '@trialyaml/core';
import { toTextEdit } from '@trialyaml/validator';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { occurrencesOf } from './cross-references.js';
import { linkAt, valueRange } from './definition.js';
import type { CachedDocument } from './document-cache.js';
import { rangeFromOffsets } from './position.js';

/** What can be renamed at the cursor: an arm label or an intervention name (also from a reference to them). */
export function prepareRename(
  cached: CachedDocument,
  position: Position,
): { range: Range; placeholder: string } | null {
  try {
    const link = linkAt(cached, position);
    if (!link) return null;
    const pointer = encodePointer(link.path);
    const placeholder = link.target.kind === 'arm' ? link.target.label : link.target.name;
    return { range: valueRange(cached, pointer), placeholder };
  } catch {
    return null;
  }
}

/**
 * Renames an arm label or an intervention name and updates every cross-reference: an arm's label in every
 * intervention's `armGroupLabels`; an intervention's name in every arm's `interventionNames` ("Drug: X" →
 * "Drug: Y", keeping the type prefix as written). Null when nothing renameable is under the cursor.
 */
export function doRename(cached: CachedDocument, position: Position, newName: string): WorkspaceEdit | null {
  try {
    const link = linkAt(cached, position);
    const name = newName.trim();
    if (!link || !name) return null;
    const oldName = link.target.kind === 'arm' ? link.target.label : link.target.name;
    const trial = cached.loaded;
    const edits: TextEdit[] = [];
    for (const occurrence of occurrencesOf(link.refs, link.target)) {
      const value =
        link.target.kind === 'intervention' && occurrence.role === 'reference'
          ? occurrence.value.slice(0, occurrence.value.length - oldName.length) + name
          : name;
      const edit = toTextEdit(trial, { op: 'replace', pointer: occurrence.pointer, value });
      if (!edit) continue;
      edits.push({
        range: rangeFromOffsets(cached.document, edit.offset, edit.endOffset, cached.bom),
        newText: edit.text,
      });
    }
    return edits.length ? { changes: { [cached.uri]: edits } } : null;
  } catch {
    return null;
  }
}
