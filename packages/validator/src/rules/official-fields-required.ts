import { defineRule } from '../engine/rule.js';
import { isBlank, missingFieldsAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const OFFICIALS = '/contactsLocationsModule/overallOfficials';

const HINTS: Record<string, string> = {
  name: 'the full name with degree in name',
  affiliation: 'the organization in affiliation',
  role: `the official's role in role (${wordList(
    ['PRINCIPAL_INVESTIGATOR', 'STUDY_DIRECTOR', 'STUDY_CHAIR', 'SUB_INVESTIGATOR'].map((code) =>
      valueName(`${OFFICIALS}/0/role`, code),
    ),
    'or',
  )})`,
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
      const item = `${OFFICIALS}/${index}`;
      const name = isBlank(official.name) ? fieldName(item) : `Official "${official.name}"`;
      report({
        ...missingFieldsAt(trial, item, missing),
        message: `${name} has no ${wordList(
          missing.map((field) => fieldLabelOf(`${item}/${field}`)),
          'or',
        )}: give ${wordList(missing.map((field) => HINTS[field] ?? field))}.`,
      });
    });
  },
);
