import type { RenderContext } from '../context.js';
import { escapeHtml } from '../escape.js';
import { inline, invalid, markupOf, missing, subheading, textOf } from '../html.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

const KINDS = [
  { key: 'primaryOutcomes', title: 'Primary outcome measures', required: true },
  { key: 'secondaryOutcomes', title: 'Secondary outcome measures', required: false },
  { key: 'otherOutcomes', title: 'Other pre-specified outcome measures', required: false },
] as const;

function cell(
  ctx: RenderContext,
  label: string,
  field: Field,
  render: (field: Field) => string,
  options: { required: boolean; prefix?: string },
): string {
  const prefix = options.prefix ?? '';
  const inner = field.isEmpty ? (options.required ? missing(ctx, field) : '') : render(field);
  return `<td data-label="${escapeHtml(label)}">${prefix}${inner}</td>`;
}

function outcomeTable(ctx: RenderContext, list: Field): string {
  let html =
    '<table class="ty-table ty-stack ty-outcomes"><thead><tr><th scope="col">Outcome measure</th>' +
    '<th scope="col">Measure description</th><th scope="col">Time frame</th></tr></thead><tbody>';
  for (const outcome of list.items()) {
    if (!outcome.isRecord) {
      html += `<tr${ctx.attr(outcome.pointer)}><td colspan="3">${invalid(ctx, outcome, 'a mapping')}</td></tr>`;
      continue;
    }
    html +=
      `<tr${ctx.attr(outcome.pointer)}>` +
      cell(ctx, 'Outcome measure', outcome.at('measure'), (f) => inline(ctx, f, textOf(ctx, f)), {
        required: true,
        prefix: ctx.slot(outcome.pointer),
      }) +
      cell(ctx, 'Measure description', outcome.at('description'), (f) => markupOf(ctx, f), {
        required: false,
      }) +
      cell(ctx, 'Time frame', outcome.at('timeFrame'), (f) => inline(ctx, f, textOf(ctx, f)), {
        required: true,
      }) +
      '</tr>';
  }
  return `${html}</tbody></table>`;
}

/** Primary (required), secondary and other outcome measures with their time frames. */
export function renderOutcomes(ctx: RenderContext, trial: Field): string {
  const expanded = trial.path('designModule', 'studyType').string() === 'EXPANDED_ACCESS';
  return moduleSection(
    ctx,
    { id: 'outcomes', title: 'Outcome measures' },
    trial.at('outcomesModule'),
    (module) => {
      let html = '';
      for (const kind of KINDS) {
        const list = module.at(kind.key);
        if (list.isEmpty) {
          if (kind.required && !expanded) html += subheading(kind.title) + `<p>${missing(ctx, list)}</p>`;
          continue;
        }
        html += subheading(kind.title);
        html += list.isList
          ? `<div${ctx.attr(list.pointer)}>${ctx.slot(list.pointer)}${outcomeTable(ctx, list)}</div>`
          : `<p>${invalid(ctx, list, 'a list')}</p>`;
      }
      return html;
    },
    { required: !expanded },
  );
}
