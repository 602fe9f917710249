import type { RenderContext } from '../context.js';
import { enumOf, inline, invalid, kvRow, kvTable, markupOf, textOf, yesNo } from '../html.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

/** "Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)" and the masking description. */
function masking(ctx: RenderContext, maskingInfo: Field): string {
  if (!maskingInfo.isRecord) return invalid(ctx, maskingInfo, 'a mapping');
  const level = maskingInfo.at('masking');
  const who = maskingInfo.at('whoMasked');
  const description = maskingInfo.at('maskingDescription');
  let html = level.isPresent ? inline(ctx, level, enumOf(ctx, level, 'DesignMasking')) : '';
  if (who.isPresent) {
    const roles = who.isList
      ? who
          .items()
          .map((role) => inline(ctx, role, enumOf(ctx, role, 'WhoMasked')))
          .join(', ')
      : invalid(ctx, who, 'a list of roles');
    html += ` <span class="ty-masked-roles"${ctx.attr(who.pointer)}>(${roles})${ctx.slot(who.pointer)}</span>`;
  }
  if (description.isPresent) html += markupOf(ctx, description);
  return html;
}

/** Design table: allocation, model, masking with roles, purpose (or the observational design). */
export function renderDesign(ctx: RenderContext, trial: Field): string {
  return moduleSection(
    ctx,
    { id: 'design', title: 'Study design' },
    trial.at('designModule'),
    (module) => {
      const type = module.at('studyType').string();
      const interventional = type === 'INTERVENTIONAL';
      const observational = type === 'OBSERVATIONAL';
      const info = module.at('designInfo');
      const bioSpec = module.at('bioSpec');
      const eaTypes = module.at('expandedAccessTypes');
      const modelDescription = info.at('interventionModelDescription');

      const rows = [
        kvRow(ctx, 'Study type', module.at('studyType'), (f) => enumOf(ctx, f, 'StudyType'), {
          required: true,
        }),
        kvRow(ctx, 'Allocation', info.at('allocation'), (f) => enumOf(ctx, f, 'DesignAllocation'), {
          required: interventional,
        }),
        kvRow(
          ctx,
          'Intervention model',
          info.at('interventionModel'),
          (f) =>
            enumOf(ctx, f, 'InterventionalAssignment') +
            (modelDescription.isPresent ? markupOf(ctx, modelDescription) : ''),
          { required: interventional },
        ),
        kvRow(ctx, 'Masking', info.at('maskingInfo'), (f) => masking(ctx, f), {
          required: interventional,
        }),
        kvRow(ctx, 'Primary purpose', info.at('primaryPurpose'), (f) => enumOf(ctx, f, 'PrimaryPurpose'), {
          required: interventional,
        }),
        kvRow(
          ctx,
          'Observational model',
          info.at('observationalModel'),
          (f) => enumOf(ctx, f, 'ObservationalModel'),
          {
            required: observational,
          },
        ),
        kvRow(
          ctx,
          'Time perspective',
          info.at('timePerspective'),
          (f) => enumOf(ctx, f, 'DesignTimePerspective'),
          {
            required: observational,
          },
        ),
        kvRow(ctx, 'Biospecimen retention', bioSpec.at('retention'), (f) =>
          enumOf(ctx, f, 'BioSpecRetention'),
        ),
        kvRow(ctx, 'Biospecimen description', bioSpec.at('description'), (f) => markupOf(ctx, f)),
        kvRow(ctx, 'Patient registry', module.at('patientRegistry'), (f) => yesNo(ctx, f)),
        kvRow(ctx, 'Target follow-up duration', module.at('targetDuration'), (f) => textOf(ctx, f)),
        kvRow(ctx, 'Individual patients', eaTypes.at('individual'), (f) => yesNo(ctx, f)),
        kvRow(ctx, 'Intermediate-size population', eaTypes.at('intermediate'), (f) => yesNo(ctx, f)),
        kvRow(ctx, 'Treatment IND/protocol', eaTypes.at('treatment'), (f) => yesNo(ctx, f)),
      ];
      // An intervention model description without a model still shows.
      if (module.path('designInfo', 'interventionModel').isEmpty && modelDescription.isPresent) {
        rows.push(kvRow(ctx, 'Model description', modelDescription, (f) => markupOf(ctx, f)));
      }
      return kvTable(rows);
    },
    { required: true },
  );
}
