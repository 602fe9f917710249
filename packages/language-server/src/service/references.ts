import type { Location, Position } from 'vscode-languageserver';
import { occurrencesOf } from './cross-references.js';
import { linkAt, valueRange } from './definition.js';
import type { CachedDocument } from './document-cache.js';

/**
 * Find references: every place that names the arm (its label, and interventions' `armGroupLabels`) or the
 * intervention (its name, and arms' `interventionNames`) under the cursor.
 */
export function findReferences(
  cached: CachedDocument,
  position: Position,
  context: { includeDeclaration: boolean },
): Location[] {
  try {
    const link = linkAt(cached, position);
    if (!link) return [];
    return occurrencesOf(link.refs, link.target)
      .filter((occurrence) => context.includeDeclaration || occurrence.role === 'reference')
      .map((occurrence) => ({ uri: cached.uri, range: valueRange(cached, occurrence.pointer) }));
  } catch {
    return [];
  }
}
