import type { RenderContext } from '../context.js';
import { escapeHtml } from '../escape.js';
import {
  enumOf,
  enumText,
  inline,
  invalid,
  markupOf,
  missing,
  subheading,
  textList,
  textOf,
} from '../html.js';
import type { Field } from '../read.js';
import { moduleSection } from './section.js';

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Exact lookup first, then ignoring case and spacing. */
class NameIndex {
  private readonly exact = new Map<string, number>();
  private readonly loose = new Map<string, number>();

  add(name: string, index: number): void {
    if (!this.exact.has(name)) this.exact.set(name, index);
    const key = normalize(name);
    if (!this.loose.has(key)) this.loose.set(key, index);
  }

  find(name: string): number | undefined {
    return this.exact.get(name) ?? this.loose.get(normalize(name));
  }
}

/** How arms name an intervention: "<type label>: <name>" (e.g. "Drug: Placebo"). */
function interventionKey(intervention: Field): string | undefined {
  const name = intervention.at('name').text();
  if (name === undefined) return undefined;
  const type = enumText(intervention.at('type'), 'InterventionType');
  return type === undefined ? name : `${type}: ${name}`;
}

interface Link {
  arm: number;
  intervention: number;
}

/** The cross-reference both ways: arm → intervention (`interventionNames`) and back (`armGroupLabels`). */
interface CrossReferences {
  /** For each arm, its `interventionNames` entries resolved to intervention indexes. */
  fromArms: Array<Array<{ field: Field; target: number | undefined }>>;
  /** For each intervention, its `armGroupLabels` entries resolved to arm indexes. */
  fromInterventions: Array<Array<{ field: Field; target: number | undefined }>>;
  armSide: Set<string>;
  interventionSide: Set<string>;
}

const pairKey = (link: Link): string => `${link.arm}:${link.intervention}`;

function crossReference(arms: Field[], interventions: Field[]): CrossReferences {
  const armIndex = new NameIndex();
  arms.forEach((arm, index) => {
    const label = arm.at('label').text();
    if (label !== undefined) armIndex.add(label, index);
  });
  const interventionIndex = new NameIndex();
  interventions.forEach((intervention, index) => {
    const key = interventionKey(intervention);
    if (key !== undefined) interventionIndex.add(key, index);
  });
  const armSide = new Set<string>();
  const interventionSide = new Set<string>();
  const fromArms = arms.map((arm, armNumber) =>
    arm
      .at('interventionNames')
      .items()
      .map((field) => {
        const text = field.text();
        const target = text === undefined ? undefined : interventionIndex.find(text);
        if (target !== undefined) armSide.add(pairKey({ arm: armNumber, intervention: target }));
        return { field, target };
      }),
  );
  const fromInterventions = interventions.map((intervention, interventionNumber) =>
    intervention
      .at('armGroupLabels')
      .items()
      .map((field) => {
        const text = field.text();
        const target = text === undefined ? undefined : armIndex.find(text);
        if (target !== undefined)
          interventionSide.add(pairKey({ arm: target, intervention: interventionNumber }));
        return { field, target };
      }),
  );
  return { fromArms, fromInterventions, armSide, interventionSide };
}

function note(text: string): string {
  return ` <span class="ty-xref-note">(${escapeHtml(text)})</span>`;
}

function interventionTitle(ctx: RenderContext, intervention: Field): string {
  const type = intervention.at('type');
  const name = intervention.at('name');
  const typeHtml = type.isEmpty
    ? missing(ctx, type, 'Type not provided')
    : inline(ctx, type, enumOf(ctx, type, 'InterventionType'));
  const nameHtml = name.isEmpty
    ? missing(ctx, name, 'Name not provided')
    : inline(ctx, name, textOf(ctx, name));
  return `${typeHtml}: ${nameHtml}`;
}

function armTitle(ctx: RenderContext, arm: Field): string {
  const type = arm.at('type');
  const label = arm.at('label');
  const labelHtml = label.isEmpty
    ? missing(ctx, label, 'Label not provided')
    : inline(ctx, label, textOf(ctx, label));
  if (type.isEmpty) return labelHtml;
  return `${inline(ctx, type, enumOf(ctx, type, 'ArmGroupType'))}: ${labelHtml}`;
}

function plainTitle(field: Field, kind: 'arm' | 'intervention'): string {
  const text = kind === 'arm' ? field.at('label').text() : interventionKey(field);
  return escapeHtml(text ?? `(unnamed ${kind})`);
}

function renderArms(
  ctx: RenderContext,
  arms: Field[],
  interventions: Field[],
  refs: CrossReferences,
): string {
  let html =
    '<table class="ty-table ty-stack ty-arms"><thead><tr><th scope="col">Participant group/arm</th>' +
    '<th scope="col">Intervention/treatment</th></tr></thead><tbody>';
  arms.forEach((arm, armNumber) => {
    if (!arm.isRecord) {
      html += `<tr id="arm-${armNumber}"${ctx.attr(arm.pointer)}><td colspan="2">${invalid(ctx, arm, 'a mapping')}</td></tr>`;
      return;
    }
    const description = arm.at('description');
    const names = arm.at('interventionNames');
    let cell = '';
    const items: string[] = [];
    for (const { field, target } of refs.fromArms[armNumber] ?? []) {
      const text = field.text();
      let item: string;
      if (text === undefined) item = invalid(ctx, field, 'text');
      else if (target === undefined) {
        item = `<span class="ty-unresolved">${escapeHtml(text)}</span>${note('no intervention has this type and name')}`;
      } else {
        item = `<a href="#intervention-${target}">${escapeHtml(text)}</a>`;
        if (!refs.interventionSide.has(pairKey({ arm: armNumber, intervention: target }))) {
          item += note('the intervention does not list this arm');
        }
      }
      items.push(`<li${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}${item}</li>`);
    }
    // Interventions that name this arm although the arm does not name them.
    refs.fromInterventions.forEach((list, interventionNumber) => {
      for (const { field, target } of list) {
        if (
          target !== armNumber ||
          refs.armSide.has(pairKey({ arm: armNumber, intervention: interventionNumber }))
        )
          continue;
        const intervention = interventions[interventionNumber];
        const title = intervention ? plainTitle(intervention, 'intervention') : '';
        items.push(
          `<li${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}<a href="#intervention-${interventionNumber}">${title}</a>` +
            `${note('listed only by the intervention')}</li>`,
        );
      }
    });
    if (names.isPresent && !names.isList) cell += invalid(ctx, names, 'a list');
    if (items.length > 0) {
      cell += `<ul class="ty-plain-list"${names.isList ? ctx.attr(names.pointer) : ''}>${names.isList ? ctx.slot(names.pointer) : ''}${items.join('')}</ul>`;
    } else if (cell === '') {
      cell =
        arm.at('type').string() === 'NO_INTERVENTION'
          ? '<span class="ty-muted">No intervention</span>'
          : '<span class="ty-muted">None listed</span>';
    }
    html +=
      `<tr id="arm-${armNumber}"${ctx.attr(arm.pointer)}>` +
      `<td data-label="Participant group/arm">${ctx.slot(arm.pointer)}<strong>${armTitle(ctx, arm)}</strong>` +
      `${description.isPresent ? markupOf(ctx, description) : ''}</td>` +
      `<td data-label="Intervention/treatment">${cell}</td></tr>`;
  });
  return `${html}</tbody></table>`;
}

function renderInterventions(
  ctx: RenderContext,
  arms: Field[],
  interventions: Field[],
  refs: CrossReferences,
): string {
  let html = '<div class="ty-cards">';
  interventions.forEach((intervention, interventionNumber) => {
    if (!intervention.isRecord) {
      html += `<article id="intervention-${interventionNumber}" class="ty-card"${ctx.attr(intervention.pointer)}>${invalid(ctx, intervention, 'a mapping')}</article>`;
      return;
    }
    const description = intervention.at('description');
    const otherNames = intervention.at('otherNames');
    const labels = intervention.at('armGroupLabels');
    html +=
      `<article id="intervention-${interventionNumber}" class="ty-card"${ctx.attr(intervention.pointer)}>` +
      `<h4>${interventionTitle(ctx, intervention)}</h4>${ctx.slot(intervention.pointer)}`;
    if (description.isPresent) html += markupOf(ctx, description);
    if (otherNames.isPresent)
      html += `<p class="ty-label">Other names</p>${textList(ctx, otherNames, 'ty-chips')}`;

    const items: string[] = [];
    for (const { field, target } of refs.fromInterventions[interventionNumber] ?? []) {
      const text = field.text();
      let item: string;
      if (text === undefined) item = invalid(ctx, field, 'text');
      else if (target === undefined) {
        item = `<span class="ty-unresolved">${escapeHtml(text)}</span>${note('no arm has this label')}`;
      } else {
        item = `<a href="#arm-${target}">${escapeHtml(text)}</a>`;
        if (!refs.armSide.has(pairKey({ arm: target, intervention: interventionNumber }))) {
          item += note('the arm does not list this intervention');
        }
      }
      items.push(`<li${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}${item}</li>`);
    }
    refs.fromArms.forEach((list, armNumber) => {
      for (const { field, target } of list) {
        if (
          target !== interventionNumber ||
          refs.interventionSide.has(pairKey({ arm: armNumber, intervention: target }))
        ) {
          continue;
        }
        const arm = arms[armNumber];
        items.push(
          `<li${ctx.attr(field.pointer)}>${ctx.slot(field.pointer)}<a href="#arm-${armNumber}">${arm ? plainTitle(arm, 'arm') : ''}</a>` +
            `${note('listed only by the arm')}</li>`,
        );
      }
    });
    if (labels.isPresent && !labels.isList) html += invalid(ctx, labels, 'a list');
    if (items.length > 0) {
      html +=
        `<p class="ty-label">Arms</p><ul class="ty-plain-list"${labels.isList ? ctx.attr(labels.pointer) : ''}>` +
        `${labels.isList ? ctx.slot(labels.pointer) : ''}${items.join('')}</ul>`;
    }
    html += '</article>';
  });
  return `${html}</div>`;
}

/** Arms (groups) with the interventions they receive, then the interventions with their arms. */
export function renderArmsInterventions(ctx: RenderContext, trial: Field): string {
  const interventional = trial.path('designModule', 'studyType').string() === 'INTERVENTIONAL';
  return moduleSection(
    ctx,
    { id: 'arms-interventions', title: 'Arms and interventions' },
    trial.at('armsInterventionsModule'),
    (module) => {
      const armsField = module.at('armGroups');
      const interventionsField = module.at('interventions');
      const arms = armsField.items();
      const interventions = interventionsField.items();
      const refs = crossReference(arms, interventions);
      let html = subheading(interventional ? 'Arms' : 'Groups and cohorts');
      if (armsField.isPresent && !armsField.isList) html += `<p>${invalid(ctx, armsField, 'a list')}</p>`;
      else if (arms.length === 0)
        html += interventional ? `<p>${missing(ctx, armsField)}</p>` : '<p class="ty-muted">None given</p>';
      else
        html += `<div${ctx.attr(armsField.pointer)}>${ctx.slot(armsField.pointer)}${renderArms(ctx, arms, interventions, refs)}</div>`;

      html += subheading('Interventions');
      if (interventionsField.isPresent && !interventionsField.isList)
        html += `<p>${invalid(ctx, interventionsField, 'a list')}</p>`;
      else if (interventions.length === 0) {
        html += interventional
          ? `<p>${missing(ctx, interventionsField)}</p>`
          : '<p class="ty-muted">None given</p>';
      } else {
        html +=
          `<div${ctx.attr(interventionsField.pointer)}>${ctx.slot(interventionsField.pointer)}` +
          `${renderInterventions(ctx, arms, interventions, refs)}</div>`;
      }
      return html;
    },
    { required: interventional },
  );
}
