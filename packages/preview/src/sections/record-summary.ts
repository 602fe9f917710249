import { describeSection, sectionState, summarizeSections } from '@trialyaml/core';
import { escapeHtml } from '../escape.js';
import type { Problem } from '../types.js';

/** The page section (see SECTIONS in render-trial.ts) where each module of the trial is shown. */
const PAGE_SECTION_OF: Readonly<Record<string, string>> = {
  identificationModule: 'overview',
  statusModule: 'overview',
  sponsorCollaboratorsModule: 'sponsor',
  oversightModule: 'sponsor',
  descriptionModule: 'description',
  conditionsModule: 'conditions',
  designModule: 'design',
  armsInterventionsModule: 'arms-interventions',
  outcomesModule: 'outcomes',
  eligibilityModule: 'eligibility',
  contactsLocationsModule: 'contacts-locations',
  referencesModule: 'references',
  ipdSharingStatementModule: 'ipd-sharing',
};

/**
 * The record summary, like the one the registry's entry system shows: every form section in the registry's order,
 * with its form name and "Complete", "Not started" or its error and warning counts. Each entry links to the section
 * on the page; `data-reveal` names the place in the file to show (its first error, else first warning, else the
 * module), for hosts that can reveal it (the editor's preview). Not `data-pointer`: the editor's cursor must keep
 * syncing to the section itself, not to this list.
 */
export function renderRecordSummary(trial: unknown, problems: readonly Problem[]): string {
  const { sections } = summarizeSections(trial, problems);
  const items = sections.map((section) => {
    const state = sectionState(section);
    const page = PAGE_SECTION_OF[section.module];
    const name = escapeHtml(section.label);
    const link = page
      ? `<a href="#${page}" data-reveal="${escapeHtml(section.pointer)}">${name}</a>`
      : `<span data-reveal="${escapeHtml(section.pointer)}">${name}</span>`;
    return (
      `<li class="ty-rs ty-rs-${state}${section.errors ? ' ty-rs-errors' : ''}" data-section="${escapeHtml(section.module)}">${link}` +
      ` <span class="ty-rs-state">${escapeHtml(describeSection(section))}</span></li>`
    );
  });
  return (
    '<details class="ty-record-summary" open><summary>Record summary</summary>' +
    `<ol class="ty-rs-list">${items.join('')}</ol></details>`
  );
}
