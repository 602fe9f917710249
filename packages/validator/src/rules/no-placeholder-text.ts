import type { Trial } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { contactEntries } from '../rule-support/contacts-list.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';
import { isPlaceholder } from '../rule-support/placeholder-text.js';
import { fieldName } from '../rule-support/registry-words.js';

/**
 * Where the value being visited is: a fixed pointer, or a list item (its parent's pointer, its index) and a field.
 * One instance per rule run is updated before each visit, so no pointer or closure is made per value; the pointer
 * is built only for values that need one.
 */
class TextPlace {
  private parent: string | { readonly pointer: string } = '';
  private index = -1;
  private field = '';

  at(pointer: string): this {
    this.parent = pointer;
    this.index = -1;
    this.field = '';
    return this;
  }

  /** `field` of the `index`th item of the list at `list` (or of `entry`, whose pointer is built on demand). */
  item(list: string | { readonly pointer: string }, index: number, field: string): this {
    this.parent = list;
    this.index = index;
    this.field = field;
    return this;
  }

  /** The pointer of the value visited now (an arrow function: it is handed on as a callback). */
  readonly pointer = (): string => {
    const parent = typeof this.parent === 'string' ? this.parent : this.parent.pointer;
    const item = this.index === -1 ? parent : `${parent}/${this.index}`;
    return this.field ? `${item}/${this.field}` : item;
  };
}

type Visit = (value: string | undefined, place: TextPlace) => void;

/** Visits the required free-text values of a trial. */
function forEachRequiredText(trial: Trial, visit: Visit): void {
  const place = new TextPlace();
  const identification = trial.identificationModule;
  visit(identification?.orgStudyIdInfo?.id, place.at('/identificationModule/orgStudyIdInfo/id'));
  visit(identification?.briefTitle, place.at('/identificationModule/briefTitle'));
  visit(identification?.officialTitle, place.at('/identificationModule/officialTitle'));
  visit(
    trial.sponsorCollaboratorsModule?.leadSponsor?.name,
    place.at('/sponsorCollaboratorsModule/leadSponsor/name'),
  );
  visit(trial.descriptionModule?.briefSummary, place.at('/descriptionModule/briefSummary'));
  const conditions = trial.conditionsModule?.conditions ?? [];
  for (let i = 0; i < conditions.length; i++)
    visit(conditions[i], place.item('/conditionsModule/conditions', i, ''));
  const arms = trial.armsInterventionsModule?.armGroups ?? [];
  for (let i = 0; i < arms.length; i++) {
    const arm = arms[i] as (typeof arms)[number];
    visit(arm.label, place.item('/armsInterventionsModule/armGroups', i, 'label'));
    visit(arm.description, place.item('/armsInterventionsModule/armGroups', i, 'description'));
  }
  const interventions = trial.armsInterventionsModule?.interventions ?? [];
  for (let i = 0; i < interventions.length; i++) {
    const intervention = interventions[i] as (typeof interventions)[number];
    visit(intervention.name, place.item('/armsInterventionsModule/interventions', i, 'name'));
    visit(intervention.description, place.item('/armsInterventionsModule/interventions', i, 'description'));
  }
  for (const entry of outcomeEntries(trial)) {
    visit(entry.outcome.measure, place.item(entry, -1, 'measure'));
    visit(entry.outcome.timeFrame, place.item(entry, -1, 'timeFrame'));
  }
  visit(trial.eligibilityModule?.eligibilityCriteria, place.at('/eligibilityModule/eligibilityCriteria'));
  const officials = trial.contactsLocationsModule?.overallOfficials ?? [];
  for (let i = 0; i < officials.length; i++)
    visit(officials[i]?.name, place.item('/contactsLocationsModule/overallOfficials', i, 'name'));
  for (const entry of contactEntries(trial)) visit(entry.contact.name, place.item(entry, -1, 'name'));
  const locations = trial.contactsLocationsModule?.locations ?? [];
  for (let i = 0; i < locations.length; i++) {
    const location = locations[i] as (typeof locations)[number];
    visit(location.facility, place.item('/contactsLocationsModule/locations', i, 'facility'));
    visit(location.city, place.item('/contactsLocationsModule/locations', i, 'city'));
  }
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
    forEachRequiredText(trial, (value, place) => {
      if (value === undefined || !isPlaceholder(value, place.pointer)) return;
      const pointer = place.pointer();
      report({
        pointer,
        message: `${fieldName(pointer)} holds the placeholder "${value.trim()}": write the real content before the record is submitted (the registry publishes it as written).`,
      });
    });
  },
);
