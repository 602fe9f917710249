import type { RenderContext } from '../context.js';
import { splitCriteria } from '@trialyaml/core';
import { escapeHtml } from '../escape.js';
import { enumOf, fact, facts, inline, invalid, markupOf, missing, textOf, yesNo } from '../html.js';
import { renderMarkup } from '../markup.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

/** "18 Years to 65 Years", "18 Years and older", "Up to 17 Years", or "No age limits given". */
function ages(ctx: RenderContext, module: Field): string {
  const min = module.at('minimumAge');
  const max = module.at('maximumAge');
  const stdAges = module.at('stdAges');
  const part = (field: Field): string => inline(ctx, field, textOf(ctx, field));
  let html: string;
  if (min.isPresent && max.isPresent) html = `${part(min)} to ${part(max)}`;
  else if (min.isPresent) html = `${part(min)} and older`;
  else if (max.isPresent) html = `Up to ${part(max)}`;
  else html = 'No age limits given';
  if (stdAges.isPresent) {
    const groups = stdAges.isList
      ? stdAges
          .items()
          .map((age) => inline(ctx, age, enumOf(ctx, age, 'StandardAge')))
          .join(', ')
      : invalid(ctx, stdAges, 'a list');
    html += ` <span class="ty-muted"${ctx.attr(stdAges.pointer)}>(${groups})${ctx.slot(stdAges.pointer)}</span>`;
  }
  return html;
}

/** The criteria as inclusion and exclusion lists when the text has those headings, else as markup. */
function criteria(ctx: RenderContext, field: Field): string {
  const text = field.text();
  if (text === undefined) return invalid(ctx, field, 'text');
  const parts = splitCriteria(text);
  if (!parts) return markupOf(ctx, field);
  let html = `<div class="ty-criteria"${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}`;
  for (const part of parts) {
    const body = part.text === '' ? '<p class="ty-muted">None listed</p>' : renderMarkup(part.text);
    html +=
      `<div class="ty-criteria-part ty-criteria-${part.kind}"${ctx.attr(field.pointer)}>` +
      (part.heading ? `<h4>${escapeHtml(part.heading)}</h4>` : '') +
      `<div class="ty-markup">${body}</div></div>`;
  }
  return `${html}</div>`;
}

/** Ages, sex, healthy volunteers, the study population, and the criteria. */
export function renderEligibility(ctx: RenderContext, trial: Field): string {
  const observational = trial.path('designModule', 'studyType').string() === 'OBSERVATIONAL';
  return moduleSection(
    ctx,
    { id: 'eligibility', title: 'Eligibility' },
    trial.at('eligibilityModule'),
    (module) => {
      const criteriaField = module.at('eligibilityCriteria');
      const genderBased = module.at('genderBased');
      const rows = [
        `<div class="ty-fact"><dt>Ages eligible for study</dt><dd>${ages(ctx, module)}</dd></div>`,
        fact(ctx, 'Sexes eligible for study', module.at('sex'), (f) => enumOf(ctx, f, 'Sex'), {
          required: true,
        }),
        fact(ctx, 'Gender based', genderBased, (f) => yesNo(ctx, f)),
        fact(ctx, 'Gender eligibility description', module.at('genderDescription'), (f) => markupOf(ctx, f)),
        fact(ctx, 'Accepts healthy volunteers', module.at('healthyVolunteers'), (f) => yesNo(ctx, f), {
          required: !observational,
        }),
        fact(ctx, 'Sampling method', module.at('samplingMethod'), (f) => enumOf(ctx, f, 'SamplingMethod'), {
          required: observational,
        }),
        fact(ctx, 'Study population', module.at('studyPopulation'), (f) => markupOf(ctx, f), {
          required: observational,
        }),
      ];
      let html = facts(rows);
      html += '<h3>Criteria</h3>';
      html += criteriaField.isEmpty ? `<p>${missing(ctx, criteriaField)}</p>` : criteria(ctx, criteriaField);
      return html;
    },
    { required: true },
  );
}
