import type { RenderContext } from '../context.js';
import { dateFact, typedLabel } from '../dates.js';
import { escapeHtml } from '../escape.js';
import { enumOf, fact, facts, inline, invalid, missing, textOf, yesNo } from '../html.js';
import type { Field } from '../read.js';
import { errorMessage } from './section.js';

/** Phases as "Phase 1, Phase 2", each phase carrying its pointer. */
export function phasesOf(ctx: RenderContext, phases: Field): string {
  if (!phases.isList) return invalid(ctx, phases, 'a list of phases');
  return phases
    .items()
    .map((phase) => inline(ctx, phase, enumOf(ctx, phase, 'Phase')))
    .join(', ');
}

/** Enrollment: "24 participants" with its type in the label ("Enrollment (Actual)"). */
function enrollmentFact(ctx: RenderContext, design: Field): string {
  const info = design.at('enrollmentInfo');
  const count = info.at('count');
  const label = typedLabel('Enrollment', info.at('type'));
  if (info.isPresent && !info.isRecord) {
    return fact(ctx, 'Enrollment', info, (field) => invalid(ctx, field, 'a mapping with count and type'));
  }
  if (count.isEmpty) {
    const expected = design.at('studyType').string() !== 'EXPANDED_ACCESS';
    return fact(ctx, label, count, () => '', { required: expected });
  }
  const number = count.number();
  const value =
    number === undefined
      ? invalid(ctx, count, 'a number')
      : `${inline(ctx, count, escapeHtml(number.toLocaleString('en-US')))} participant${number === 1 ? '' : 's'}`;
  return (
    `<div class="ty-fact"${ctx.attr(info.pointer)}><dt>${escapeHtml(label)}</dt>` +
    `<dd>${ctx.slot(info.pointer)}${value}</dd></div>`
  );
}

/** Secondary identifiers: "id (type label, domain)". */
function secondaryIds(ctx: RenderContext, identification: Field): string {
  const list = identification.at('secondaryIdInfos');
  return fact(ctx, 'Other study IDs', list, (field) => {
    if (!field.isList) return invalid(ctx, field, 'a list');
    const items = field.items().map((info) => {
      const id = info.at('id');
      const type = info.at('type');
      const domain = info.at('domain');
      const extra = [
        type.isPresent ? enumOf(ctx, type, 'SecondaryIdType') : '',
        domain.isPresent ? textOf(ctx, domain) : '',
      ]
        .filter((part) => part !== '')
        .join(', ');
      const idHtml = id.isEmpty ? missing(ctx, id) : textOf(ctx, id);
      return `<li${ctx.attr(info.pointer)}>${ctx.slot(info.pointer)}${idHtml}${extra ? ` <span class="ty-muted">(${extra})</span>` : ''}</li>`;
    });
    return `<ul class="ty-plain-list">${items.join('')}</ul>`;
  });
}

/**
 * Key facts, as in the registry's "Study Overview" side panel: study type, phases, enrollment, the three
 * dates with their type, identifiers, verification and registry dates.
 */
export function renderFacts(ctx: RenderContext, trial: Field): string {
  const identification = trial.at('identificationModule');
  const status = trial.at('statusModule');
  const design = trial.at('designModule');
  const studyType = design.at('studyType');
  const isInterventional = studyType.string() === 'INTERVENTIONAL';
  const isExpandedAccess = studyType.string() === 'EXPANDED_ACCESS';

  let rows: string[];
  try {
    rows = [
      fact(ctx, 'Study type', studyType, (field) => enumOf(ctx, field, 'StudyType'), { required: true }),
      fact(ctx, 'Phases', design.at('phases'), (field) => phasesOf(ctx, field), {
        required: isInterventional,
      }),
      enrollmentFact(ctx, design),
      dateFact(ctx, 'Study Start', status.at('startDateStruct'), { required: !isExpandedAccess }),
      dateFact(ctx, 'Primary Completion', status.at('primaryCompletionDateStruct'), {
        required: !isExpandedAccess,
      }),
      dateFact(ctx, 'Study Completion', status.at('completionDateStruct'), { required: !isExpandedAccess }),
      fact(
        ctx,
        'Organization study ID',
        identification.path('orgStudyIdInfo', 'id'),
        (field) => textOf(ctx, field),
        {
          required: true,
        },
      ),
      fact(ctx, 'Organization ID type', identification.path('orgStudyIdInfo', 'type'), (field) =>
        enumOf(ctx, field, 'OrgStudyIdType'),
      ),
      secondaryIds(ctx, identification),
      fact(ctx, 'Organization', identification.path('organization', 'fullName'), (field) =>
        textOf(ctx, field),
      ),
      fact(
        ctx,
        'Expanded access available',
        status.path('expandedAccessInfo', 'hasExpandedAccess'),
        (field) => yesNo(ctx, field),
      ),
      fact(ctx, 'Record verified', status.at('statusVerifiedDate'), (field) => textOf(ctx, field), {
        required: true,
      }),
      fact(ctx, 'First submitted', status.at('studyFirstSubmitDate'), (field) => textOf(ctx, field)),
      dateFact(ctx, 'First posted', status.at('studyFirstPostDateStruct')),
      dateFact(ctx, 'Last update posted', status.at('lastUpdatePostDateStruct')),
    ];
  } catch (error) {
    rows = [`<div class="ty-fact"><dt>Error</dt><dd>${escapeHtml(errorMessage(error))}</dd></div>`];
  }
  return (
    `<section id="overview" class="ty-section"${status.isRecord ? '' : ' data-missing'}${ctx.attr(status.pointer)}>` +
    '<h2>Study overview</h2>' +
    `${ctx.slot(status.pointer)}${facts(rows)}</section>`
  );
}
