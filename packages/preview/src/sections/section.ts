import type { RenderContext } from '../context.js';
import { escapeHtml } from '../escape.js';
import { invalid, missing } from '../html.js';
import type { Field } from '../read.js';

/** A section of the page as listed in the table of contents. */
export interface SectionSpec {
  id: string;
  title: string;
  render: (ctx: RenderContext, trial: Field) => string;
}

/** Message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The note shown instead of a part that could not be rendered. */
export function renderError(error: unknown): string {
  return `<p class="ty-render-error" role="note">This part could not be rendered: ${escapeHtml(errorMessage(error))}</p>`;
}

/**
 * A `<section>` for one module: heading, problem slot, body. A missing module is marked (or, when not
 * `required`, the section says so plainly); a module that is not a mapping is marked invalid. A body that
 * throws is replaced by a note, so one bad part never blanks the page.
 */
export function moduleSection(
  ctx: RenderContext,
  spec: { id: string; title: string },
  module: Field,
  body: (module: Field) => string,
  options: { required?: boolean; absentText?: string } = {},
): string {
  const open = `<section id="${spec.id}" class="ty-section"`;
  const heading = `<h2>${escapeHtml(spec.title)}</h2>`;
  if (module.value === undefined || module.value === null) {
    const note = options.required
      ? missing(ctx, module, options.absentText ?? 'Not provided')
      : `<span class="ty-absent" data-missing${ctx.attr(module.pointer)}>${escapeHtml(options.absentText ?? 'None given')}${ctx.slot(module.pointer)}</span>`;
    return `${open} data-missing${ctx.attr(module.pointer)}>${heading}<p>${note}</p></section>`;
  }
  let inner: string;
  if (!module.isRecord) inner = `<p>${invalid(ctx, module, 'a mapping')}</p>`;
  else {
    try {
      inner = body(module);
    } catch (error) {
      inner = renderError(error);
    }
  }
  return `${open}${ctx.attr(module.pointer)}>${heading}${ctx.slot(module.pointer)}${inner}</section>`;
}
