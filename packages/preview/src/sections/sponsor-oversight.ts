import type { RenderContext } from '../context.js';
import { enumOf, fact, facts, inline, invalid, missing, textOf, yesNo } from '../html.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

function sponsorName(ctx: RenderContext, sponsor: Field): string {
  const name = sponsor.at('name');
  const cls = sponsor.at('class');
  const nameHtml = name.isEmpty ? missing(ctx, name) : inline(ctx, name, textOf(ctx, name));
  const classHtml = cls.isPresent
    ? ` <span class="ty-muted"${ctx.attr(cls.pointer)}>(${enumOf(ctx, cls, 'AgencyClass')})${ctx.slot(cls.pointer)}</span>`
    : '';
  return nameHtml + classHtml;
}

/** Responsible party: its type and, for an investigator, name, title and affiliation. */
function responsibleParty(ctx: RenderContext, party: Field): string {
  if (!party.isRecord) return invalid(ctx, party, 'a mapping');
  const parts: string[] = [];
  const type = party.at('type');
  parts.push(
    type.isPresent
      ? inline(ctx, type, enumOf(ctx, type, 'ResponsiblePartyType'))
      : missing(ctx, type, 'Type not provided'),
  );
  for (const key of [
    'investigatorFullName',
    'investigatorTitle',
    'investigatorAffiliation',
    'oldNameTitle',
    'oldOrganization',
  ]) {
    const field = party.at(key);
    if (field.isPresent) parts.push(inline(ctx, field, textOf(ctx, field)));
  }
  return parts.join(', ');
}

/** Lead sponsor, collaborators, responsible party, and the oversight answers. */
export function renderSponsorOversight(ctx: RenderContext, trial: Field): string {
  const oversight = trial.at('oversightModule');
  return moduleSection(
    ctx,
    { id: 'sponsor', title: 'Sponsor, collaborators and oversight' },
    trial.at('sponsorCollaboratorsModule'),
    (module) => {
      const collaborators = module.at('collaborators');
      let html = facts([
        fact(
          ctx,
          'Lead sponsor',
          module.at('leadSponsor'),
          (f) => (f.isRecord ? sponsorName(ctx, f) : invalid(ctx, f, 'a mapping')),
          {
            required: true,
          },
        ),
        fact(ctx, 'Collaborators', collaborators, (f) =>
          f.isList
            ? `<ul class="ty-plain-list">${f
                .items()
                .map(
                  (item) =>
                    `<li${ctx.attr(item.pointer)}>${ctx.slot(item.pointer)}${item.isRecord ? sponsorName(ctx, item) : invalid(ctx, item, 'a mapping')}</li>`,
                )
                .join('')}</ul>`
            : invalid(ctx, f, 'a list'),
        ),
        fact(ctx, 'Responsible party', module.at('responsibleParty'), (f) => responsibleParty(ctx, f), {
          required: true,
        }),
      ]);
      if (oversight.isPresent) {
        const rows = oversight.isRecord
          ? facts([
              fact(ctx, 'Data monitoring committee', oversight.at('oversightHasDmc'), (f) => yesNo(ctx, f)),
              fact(
                ctx,
                'Studies a U.S. FDA-regulated drug product',
                oversight.at('isFdaRegulatedDrug'),
                (f) => yesNo(ctx, f),
              ),
              fact(
                ctx,
                'Studies a U.S. FDA-regulated device product',
                oversight.at('isFdaRegulatedDevice'),
                (f) => yesNo(ctx, f),
              ),
              fact(
                ctx,
                'Device not approved or cleared by the FDA',
                oversight.at('isUnapprovedDevice'),
                (f) => yesNo(ctx, f),
              ),
              fact(ctx, 'Pediatric postmarket surveillance of a device', oversight.at('isPpsd'), (f) =>
                yesNo(ctx, f),
              ),
              fact(
                ctx,
                'Product manufactured in and exported from the U.S.',
                oversight.at('isUsExport'),
                (f) => yesNo(ctx, f),
              ),
              fact(ctx, 'FDAAA 801 violation', oversight.at('fdaaa801Violation'), (f) => yesNo(ctx, f)),
            ])
          : `<p>${invalid(ctx, oversight, 'a mapping')}</p>`;
        html += `<div class="ty-oversight"${ctx.attr(oversight.pointer)}><h3>Oversight</h3>${ctx.slot(oversight.pointer)}${rows}</div>`;
      }
      return html;
    },
    { required: true },
  );
}
