import type { RenderContext } from './context.js';
import { escapeHtml } from './escape.js';
import { enumText, fact, inline, invalid, textOf } from './html.js';
import type { Field } from './read.js';

/** "Study Start (Actual)": the label with the date's type, as the registry shows it. */
export function typedLabel(label: string, type: Field): string {
  const text = type.isPresent ? enumText(type, 'DateType') : undefined;
  return text ? `${label} (${text})` : label;
}

/**
 * A `{ date, type }` struct as a fact row (`startDateStruct`, `completionDateStruct`, …): the row points
 * at the struct, the date inside it at the date.
 */
export function dateFact(
  ctx: RenderContext,
  label: string,
  struct: Field,
  options: { required?: boolean } = {},
): string {
  const required = options.required ?? false;
  if (struct.isPresent && !struct.isRecord) {
    return fact(ctx, label, struct, (field) => invalid(ctx, field, 'a mapping with date and type'), {
      required,
    });
  }
  const date = struct.at('date');
  const text = typedLabel(label, struct.at('type'));
  if (date.isEmpty) return fact(ctx, text, date, () => '', { required });
  return (
    `<div class="ty-fact"${ctx.attr(struct.pointer)}><dt>${escapeHtml(text)}</dt><dd>${ctx.slot(struct.pointer)}` +
    `${inline(ctx, date, textOf(ctx, date))}</dd></div>`
  );
}

/** Escaped "2021-11 (Estimated)" of a date struct (for the index), or undefined when it has no date. */
export function dateHtml(struct: Field): string | undefined {
  const date = struct.at('date').text();
  if (date === undefined || date.trim() === '') return undefined;
  const type = enumText(struct.at('type'), 'DateType');
  return escapeHtml(type ? `${date} (${type})` : date);
}
