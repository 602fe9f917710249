import { encodePointer, getAtPointer, type SchemaNode } from '@trialyaml/core';
import type { Hover, Position } from 'vscode-languageserver';
import type { ClientFeatures } from './client-features.js';
import type { CachedDocument } from './document-cache.js';
import { cursorContextAt } from './path-at-offset.js';
import { rangeFromOffsets } from './position.js';
import {
  characterCount,
  enumIndex,
  enumMarkdown,
  enumPlainText,
  fieldMarkdown,
  fieldPlainText,
  schemaAt,
} from './schema-docs.js';
import { unquote } from './yaml-lines.js';

/** Hover help: the field's documentation, its registry limit and current length, an enum value's meaning. */
export function doHover(cached: CachedDocument, position: Position, features: ClientFeatures): Hover | null {
  try {
    const offset = Math.max(0, cached.document.offsetAt(position) - cached.bom);
    const context = cursorContextAt(cached.body, offset);
    if (context.position === 'none' || context.path.length === 0) return null;
    const schema = schemaAt(context.path);
    if (!schema) return null;
    const markdown = features.markdown;
    const title = schema.title ?? String(context.path[context.path.length - 1]);
    const sections: string[] = [markdown ? `**${title}**` : title];

    // The value under the cursor, when it is an enum code: what it means.
    const onValue = context.position === 'value' || context.position === 'item';
    if (onValue && schema.enum && !context.continuation) {
      const raw = cached.body.slice(context.replace.start, context.replace.end);
      const code = unquote(raw.trim());
      const index = enumIndex(schema, code);
      if (index !== -1)
        sections.push(
          markdown
            ? `\`${code}\`: ${enumMarkdown(schema, index)}`
            : `${code}: ${enumPlainText(schema, index)}`,
        );
    }

    const docs = markdown ? fieldMarkdown(schema) : fieldPlainText(schema);
    if (docs) sections.push(docs);
    const limit = limitLine(cached, context.path, schema);
    if (limit) sections.push(limit);

    const range = rangeFromOffsets(
      cached.document,
      context.continuation ? offset : context.replace.start,
      context.continuation ? offset : context.replace.end,
      cached.bom,
    );
    return {
      contents: markdown
        ? { kind: 'markdown', value: sections.join('\n\n') }
        : { kind: 'plaintext', value: sections.join('\n\n') },
      ...(context.continuation ? {} : { range }),
    };
  } catch {
    return null;
  }
}

/** "Limit: 300 characters (this value: 287)" for fields with a registry limit. */
function limitLine(
  cached: CachedDocument,
  path: readonly (string | number)[],
  schema: SchemaNode,
): string | undefined {
  if (schema.maxLength === undefined) return undefined;
  const value = getAtPointer(cached.loaded.data, encodePointer(path));
  const length = typeof value === 'string' ? characterCount(value) : undefined;
  const over =
    length !== undefined && length > schema.maxLength ? ` — ${length - schema.maxLength} over the limit` : '';
  return `Limit: ${schema.maxLength} characters${length === undefined ? '' : ` (this value: ${length}${over})`}`;
}
