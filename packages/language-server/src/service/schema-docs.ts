import { schemaAtPath, type PathSegment, type SchemaNode } from '@trialyaml/core';
import { stringify } from 'yaml';

/** The field's documentation as Markdown: its description and, when not already linked, its registry definition. */
export function fieldMarkdown(schema: SchemaNode): string {
  const description = schema.markdownDescription ?? escapeMarkdown(schema.description ?? '');
  const parts = [description];
  const registry = schema['x-registry'];
  if (registry && !description.includes(registry.url))
    parts.push(`[Registry definition: ${registry.label}](${registry.url})`);
  return parts.filter(Boolean).join('\n\n');
}

/** The same as plain text, for clients without Markdown. */
export function fieldPlainText(schema: SchemaNode): string {
  return schema.description ?? '';
}

/** The index of an enum code in the schema node, or -1. */
export function enumIndex(schema: SchemaNode, code: string): number {
  return schema.enum?.indexOf(code) ?? -1;
}

/** What an enum code means: `**Label** — description` in Markdown. */
export function enumMarkdown(schema: SchemaNode, index: number): string {
  const markdown = schema.markdownEnumDescriptions?.[index];
  if (markdown) return markdown;
  const label = schema['x-enumLabels']?.[index];
  const description = schema.enumDescriptions?.[index] ?? '';
  return label
    ? `**${escapeMarkdown(label)}** — ${escapeMarkdown(description)}`
    : escapeMarkdown(description);
}

/** Plain-text version of {@link enumMarkdown}. */
export function enumPlainText(schema: SchemaNode, index: number): string {
  const label = schema['x-enumLabels']?.[index];
  const description = schema.enumDescriptions?.[index] ?? '';
  return label ? `${label} — ${description}` : description;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

/** The schema of a path, or undefined outside the schema (unknown keys). Never throws. */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  try {
    return schemaAtPath(path);
  } catch {
    return undefined;
  }
}

/** A value written as YAML inline text: plain when YAML reads it back the same, quoted otherwise. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return stringify(value, { lineWidth: 0, defaultStringType: 'PLAIN' }).replace(/\n$/, '');
}

/** Number of characters as the registry counts them (code points). */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
