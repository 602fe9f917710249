import { enumLabel, type EnumName } from '@trialyaml/core';
import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { renderMarkup } from './markup.js';
import { previewValue, type Field } from './read.js';

/** Shared building blocks of the section renderers. All text from the trial goes through these. */

/** A marker for an absent value the registry expects. It carries the absent field's pointer. */
export function missing(ctx: RenderContext, field: Field, text = 'Not provided'): string {
  return `<span class="ty-missing" data-missing${ctx.attr(field.pointer)}>${escapeHtml(text)}${ctx.slot(field.pointer)}</span>`;
}

/** A marker for a value of the wrong type, showing what is there. */
export function invalid(ctx: RenderContext, field: Field, expected: string): string {
  return (
    `<span class="ty-invalid"${ctx.attr(field.pointer)}>` +
    `Invalid value (expected ${escapeHtml(expected)}): <code>${escapeHtml(previewValue(field.value))}</code>` +
    `${ctx.slot(field.pointer)}</span>`
  );
}

/** Escaped text of a scalar, or an "invalid" marker. The caller checks presence first. */
export function textOf(ctx: RenderContext, field: Field): string {
  const text = field.text();
  return text === undefined ? invalid(ctx, field, 'text') : escapeHtml(text);
}

/** The display label of an enum code, or the code itself marked as unknown, or an "invalid" marker. */
export function enumOf(ctx: RenderContext, field: Field, name: EnumName): string {
  const code = field.string();
  if (code === undefined) return invalid(ctx, field, 'a code');
  const label = enumLabel(name, code);
  return label === undefined
    ? `<span class="ty-unknown-code" title="Not a ${escapeHtml(name)} code">${escapeHtml(code)}</span>`
    : escapeHtml(label);
}

/** The plain-text label of an enum code (or the code), for places where HTML is built around it. */
export function enumText(field: Field, name: EnumName): string | undefined {
  const code = field.string();
  if (code === undefined) return undefined;
  return enumLabel(name, code) ?? code;
}

/** "Yes" / "No" for a boolean, or an "invalid" marker. */
export function yesNo(ctx: RenderContext, field: Field): string {
  const value = field.boolean();
  return value === undefined ? invalid(ctx, field, 'true or false') : value ? 'Yes' : 'No';
}

/** A markup field rendered as CommonMark (a `<div>` carrying the pointer), or an "invalid" marker. */
export function markupOf(ctx: RenderContext, field: Field): string {
  const text = field.text();
  if (text === undefined) return invalid(ctx, field, 'text');
  return `<div class="ty-markup"${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}${renderMarkup(text)}</div>`;
}

/** An element with the pointer of `field`, its problem slot first and `inner` after. */
export function pointed(
  ctx: RenderContext,
  tag: string,
  field: Field,
  inner: string,
  className?: string,
): string {
  const cls = className ? ` class="${className}"` : '';
  return `<${tag}${cls}${ctx.attr(field.pointer)}>${inner}${ctx.slot(field.pointer)}</${tag}>`;
}

export interface FactOptions {
  /** Mark the fact as missing when absent (otherwise it is left out). */
  required?: boolean;
  /** Text of the missing marker. */
  missingText?: string;
}

/**
 * One `<dt>`/`<dd>` pair in a `<dl class="ty-facts">`, grouped in a `<div>` carrying the pointer.
 * `render` is called only for a present value.
 */
export function fact(
  ctx: RenderContext,
  label: string,
  field: Field,
  render: (field: Field) => string,
  options: FactOptions = {},
): string {
  if (field.isEmpty) {
    if (!options.required) return '';
    return `<div class="ty-fact"><dt>${escapeHtml(label)}</dt><dd>${missing(ctx, field, options.missingText)}</dd></div>`;
  }
  return (
    `<div class="ty-fact"${ctx.attr(field.pointer)}><dt>${escapeHtml(label)}</dt>` +
    `<dd>${ctx.slot(field.pointer)}${render(field)}</dd></div>`
  );
}

/** A `<dl>` of facts, or nothing when all were left out. */
export function facts(rows: string[], className = 'ty-facts'): string {
  const inner = rows.join('');
  return inner ? `<dl class="${className}">${inner}</dl>` : '';
}

/** A list of scalars (conditions, keywords, other names) as `<li>` items with pointers. */
export function textList(ctx: RenderContext, field: Field, className = 'ty-list'): string {
  if (!field.isList) return invalid(ctx, field, 'a list');
  let html = `<ul class="${className}"${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}`;
  for (const item of field.items()) {
    html += `<li${ctx.attr(item.pointer)}>${ctx.slot(item.pointer)}${item.isEmpty ? missing(ctx, item, 'Empty') : textOf(ctx, item)}</li>`;
  }
  return `${html}</ul>`;
}

/** A sub-heading inside a section. */
export function subheading(text: string): string {
  return `<h3>${escapeHtml(text)}</h3>`;
}

/** One row of a two-column `<table class="ty-kv">` (label, value), like `fact`. */
export function kvRow(
  ctx: RenderContext,
  label: string,
  field: Field,
  render: (field: Field) => string,
  options: FactOptions = {},
): string {
  if (field.isEmpty) {
    if (!options.required) return '';
    return `<tr><th scope="row">${escapeHtml(label)}</th><td>${missing(ctx, field, options.missingText)}</td></tr>`;
  }
  return (
    `<tr${ctx.attr(field.pointer)}><th scope="row">${escapeHtml(label)}</th>` +
    `<td>${ctx.slot(field.pointer)}${render(field)}</td></tr>`
  );
}

/** A two-column table of rows, or nothing when all rows were left out. */
export function kvTable(rows: string[]): string {
  const inner = rows.join('');
  return inner ? `<table class="ty-kv"><tbody>${inner}</tbody></table>` : '';
}

/** An inline `<span>` for `field`: its content, then the slot for problems about it. */
export function inline(ctx: RenderContext, field: Field, content: string, className?: string): string {
  const cls = className ? ` class="${className}"` : '';
  return `<span${cls}${ctx.attr(field.pointer)}>${content}${ctx.slot(field.pointer)}</span>`;
}
