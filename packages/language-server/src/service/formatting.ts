import { formatTrialText } from '@trialyaml/core';
import type { TextEdit } from 'vscode-languageserver';
import type { CachedDocument } from './document-cache.js';
import { minimalEdit } from './position.js';

/**
 * Formatting: the registry's canonical key order and TrialYAML's scalar styles, keeping comments and blank lines
 * (core's `formatTrialText`), as one minimal edit. Nothing when the text does not parse or is already formatted.
 */
export function formatDocument(cached: CachedDocument): TextEdit[] {
  try {
    const formatted = formatTrialText(cached.text);
    if (formatted === undefined) return [];
    const edit = minimalEdit(cached.text, formatted);
    if (!edit) return [];
    return [
      {
        range: {
          start: cached.document.positionAt(edit.offset),
          end: cached.document.positionAt(edit.endOffset),
        },
        newText: edit.text,
      },
    ];
  } catch {
    return [];
  }
}
