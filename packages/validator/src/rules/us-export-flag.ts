import { defineRule } from '../engine/rule.js';
import { hasText } from '../rule-support/presence.js';
import { isInterventional } from '../rule-support/study-type.js';
import { fieldName } from '../rule-support/registry-words.js';

/** Country names (as the registry writes them) that count as the United States: the states and its territories. */
const US_COUNTRIES = new Set(
  [
    'United States',
    'Puerto Rico',
    'Guam',
    'Virgin Islands (U.S.)',
    'American Samoa',
    'Northern Mariana Islands',
  ].map((name) => name.toLowerCase()),
);

export default defineRule(
  {
    id: 'us-export-flag',
    defaultSeverity: 'info',
    category: 'required',
    description:
      'Require an FDA-regulated interventional study without U.S. sites to say whether its product is exported from the United States',
    registry: 'note',
    source: 'REQ-US-EXPORT',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isInterventional(trial)) return;
    const oversight = trial.oversightModule;
    if (!oversight || oversight.isUsExport !== undefined) return;
    const flag =
      oversight.isFdaRegulatedDrug === true
        ? 'isFdaRegulatedDrug'
        : oversight.isFdaRegulatedDevice === true
          ? 'isFdaRegulatedDevice'
          : undefined;
    if (!flag) return;
    // Until sites are listed nothing is known about where the study runs.
    const countries = (trial.contactsLocationsModule?.locations ?? [])
      .map((location) => location?.country)
      .filter(hasText)
      .map((country) => country.trim().toLowerCase());
    if (!countries.length || countries.some((country) => US_COUNTRIES.has(country))) return;
    report({
      pointer: `/oversightModule/${flag}`,
      message: `The study has a U.S. FDA-regulated ${flag === 'isFdaRegulatedDrug' ? 'drug' : 'device'} but no site in the United States: unless it runs under a U.S. IND or IDE, answer ${fieldName('/oversightModule/isUsExport')}, true if the product is made in the U.S. and exported for this study, else false.`,
    });
  },
);
