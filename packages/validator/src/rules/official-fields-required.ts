import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';

const OFFICIALS = '/contactsLocationsModule/overallOfficials';

const HINTS: Record<string, string> = {
  name: 'the full name with degree in name',
  affiliation: 'the organization in affiliation',
  role: 'role (PRINCIPAL_INVESTIGATOR, STUDY_DIRECTOR, STUDY_CHAIR or SUB_INVESTIGATOR)',
};

export default defineRule(
  {
    id: 'official-fields-required',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description: 'Require a name, affiliation and role for every overall study official',
    registry: 'error',
    source: 'REQ-OFFICIAL-FIELDS',
    fixable: false,
  },
  ({ trial, report }) => {
    (trial.contactsLocationsModule?.overallOfficials ?? []).forEach((official, index) => {
      const missing = (['name', 'affiliation', 'role'] as const).filter((field) => isBlank(official[field]));
      if (!missing.length) return;
      const name = isBlank(official.name)
        ? `contactsLocationsModule.overallOfficials[${index}]`
        : `Official "${official.name}"`;
      report({
        ...missingFieldsAt(trial, `${OFFICIALS}/${index}`, missing),
        message: `${name} has no ${wordList(missing, 'or')}: give ${wordList(missing.map((field) => HINTS[field] ?? field))}.`,
      });
    });
  },
);
