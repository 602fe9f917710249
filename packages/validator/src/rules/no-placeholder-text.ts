import type { Trial } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { yamlPath } from '../rule-support/arms-paths.js';
import { contactEntries } from '../rule-support/contacts-list.js';
import { outcomeEntries } from '../rule-support/outcomes-list.js';

/** Values that stand for text still to be written (compared without case, brackets and final dots). */
const PLACEHOLDERS = new Set([
  'tbd',
  'tbc',
  'tba',
  't.b.d',
  'n/a',
  'n.a',
  'na',
  'none',
  'nil',
  'null',
  'unknown',
  'unk',
  'test',
  'pending',
  'placeholder',
  'todo',
  'to do',
  'fill in',
  'to be determined',
  'to be confirmed',
  'to be announced',
  'to be decided',
  'to be defined',
  'not applicable',
  'not available',
]);

/**
 * Arms and interventions of bioequivalence studies are commonly called "Test" and "Reference"; there "test" is
 * a name, not a placeholder.
 */
const TEST_IS_A_NAME = /^\/armsInterventionsModule\/(?:armGroups\/\d+\/label|interventions\/\d+\/name)$/;

/** Longer than any placeholder (with decoration around it): real text, no need for the checks below. */
const MAX_PLACEHOLDER_LENGTH = 40;

function isPlaceholder(value: string, pointer: string): boolean {
  if (value.length > MAX_PLACEHOLDER_LENGTH && !/^\s*lorem ipsum/i.test(value)) return false;
  const text = value.replace(/\\(?=[^\sA-Za-z0-9])/g, '').trim();
  if (!text) return false;
  if (/^[-–—?.…_*/\s]+$/.test(text)) return true;
  const core = text
    .replace(/^[[<({"'*_\s]+|[\]>)}"'*_\s]+$/g, '')
    .replace(/\.+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (/^x{2,}$/.test(core) || core.startsWith('lorem ipsum')) return true;
  if (core === 'test' && TEST_IS_A_NAME.test(pointer)) return false;
  return PLACEHOLDERS.has(core);
}

/** The required free-text values of a trial, with their pointers. */
function requiredTexts(trial: Trial): Array<[string, string | undefined]> {
  const arms = trial.armsInterventionsModule?.armGroups ?? [];
  const interventions = trial.armsInterventionsModule?.interventions ?? [];
  const locations = trial.contactsLocationsModule?.locations ?? [];
  return [
    ['/identificationModule/orgStudyIdInfo/id', trial.identificationModule?.orgStudyIdInfo?.id],
    ['/identificationModule/briefTitle', trial.identificationModule?.briefTitle],
    ['/identificationModule/officialTitle', trial.identificationModule?.officialTitle],
    ['/sponsorCollaboratorsModule/leadSponsor/name', trial.sponsorCollaboratorsModule?.leadSponsor?.name],
    ['/descriptionModule/briefSummary', trial.descriptionModule?.briefSummary],
    ...(trial.conditionsModule?.conditions ?? []).map((condition, i): [string, string] => [
      `/conditionsModule/conditions/${i}`,
      condition,
    ]),
    ...arms.flatMap((arm, i): Array<[string, string | undefined]> => [
      [`/armsInterventionsModule/armGroups/${i}/label`, arm.label],
      [`/armsInterventionsModule/armGroups/${i}/description`, arm.description],
    ]),
    ...interventions.flatMap((intervention, i): Array<[string, string | undefined]> => [
      [`/armsInterventionsModule/interventions/${i}/name`, intervention.name],
      [`/armsInterventionsModule/interventions/${i}/description`, intervention.description],
    ]),
    ...outcomeEntries(trial).flatMap(({ outcome, pointer }): Array<[string, string | undefined]> => [
      [`${pointer}/measure`, outcome.measure],
      [`${pointer}/timeFrame`, outcome.timeFrame],
    ]),
    ['/eligibilityModule/eligibilityCriteria', trial.eligibilityModule?.eligibilityCriteria],
    ...(trial.contactsLocationsModule?.overallOfficials ?? []).map(
      (official, i): [string, string | undefined] => [
        `/contactsLocationsModule/overallOfficials/${i}/name`,
        official.name,
      ],
    ),
    ...contactEntries(trial).map(({ contact, pointer }): [string, string | undefined] => [
      `${pointer}/name`,
      contact.name,
    ]),
    ...locations.flatMap((location, i): Array<[string, string | undefined]> => [
      [`/contactsLocationsModule/locations/${i}/facility`, location.facility],
      [`/contactsLocationsModule/locations/${i}/city`, location.city],
    ]),
  ];
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
    for (const [pointer, value] of requiredTexts(trial)) {
      if (value === undefined || !isPlaceholder(value, pointer)) continue;
      report({
        pointer,
        message: `${yamlPath(pointer)} holds the placeholder "${value.trim()}": write the real content before the record is submitted (the registry publishes it as written).`,
      });
    }
  },
);
