import type { Trial } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { yamlPath } from '../rule-support/arms-paths.js';
import { contactEntries } from '../rule-support/contacts-list.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { isPlaceholder } from '../rule-support/placeholder-text.js';

type Visit = (value: string | undefined, pointer: () => string) => void;

/** Visits the required free-text values of a trial; pointers are built only for values that need one. */
function forEachRequiredText(trial: Trial, visit: Visit): void {
  const at = (pointer: string) => () => pointer;
  visit(trial.identificationModule?.orgStudyIdInfo?.id, at('/identificationModule/orgStudyIdInfo/id'));
  visit(trial.identificationModule?.briefTitle, at('/identificationModule/briefTitle'));
  visit(trial.identificationModule?.officialTitle, at('/identificationModule/officialTitle'));
  visit(
    trial.sponsorCollaboratorsModule?.leadSponsor?.name,
    at('/sponsorCollaboratorsModule/leadSponsor/name'),
  );
  visit(trial.descriptionModule?.briefSummary, at('/descriptionModule/briefSummary'));
  (trial.conditionsModule?.conditions ?? []).forEach((condition, i) =>
    visit(condition, () => `/conditionsModule/conditions/${i}`),
  );
  (trial.armsInterventionsModule?.armGroups ?? []).forEach((arm, i) => {
    visit(arm.label, () => `/armsInterventionsModule/armGroups/${i}/label`);
    visit(arm.description, () => `/armsInterventionsModule/armGroups/${i}/description`);
  });
  (trial.armsInterventionsModule?.interventions ?? []).forEach((intervention, i) => {
    visit(intervention.name, () => `/armsInterventionsModule/interventions/${i}/name`);
    visit(intervention.description, () => `/armsInterventionsModule/interventions/${i}/description`);
  });
  for (const entry of outcomeEntries(trial)) {
    visit(entry.outcome.measure, () => `${entry.pointer}/measure`);
    visit(entry.outcome.timeFrame, () => `${entry.pointer}/timeFrame`);
  }
  visit(trial.eligibilityModule?.eligibilityCriteria, at('/eligibilityModule/eligibilityCriteria'));
  (trial.contactsLocationsModule?.overallOfficials ?? []).forEach((official, i) =>
    visit(official.name, () => `/contactsLocationsModule/overallOfficials/${i}/name`),
  );
  for (const entry of contactEntries(trial)) visit(entry.contact.name, () => `${entry.pointer}/name`);
  (trial.contactsLocationsModule?.locations ?? []).forEach((location, i) => {
    visit(location.facility, () => `/contactsLocationsModule/locations/${i}/facility`);
    visit(location.city, () => `/contactsLocationsModule/locations/${i}/city`);
  });
}

export default defineRule(
  {
    id: 'no-placeholder-text',
    defaultSeverity: 'warning',
    category: 'text',
    description: 'Disallow placeholder values such as "TBD" or "N/A" in required text fields',
    registry: 'tool',
    source: 'TrialYAML',
    fixable: false,
  },
  ({ trial, report }) => {
    forEachRequiredText(trial, (value, pointerOf) => {
      if (value === undefined || !isPlaceholder(value, pointerOf)) return;
      const pointer = pointerOf();
      report({
        pointer,
        message: `${yamlPath(pointer)} holds the placeholder "${value.trim()}": write the real content before the record is submitted (the registry publishes it as written).`,
      });
    });
  },
);
