import { defineRule } from '../engine/rule.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { mayBeObservational } from '../rule-support/study-type.js';

const RETENTION = '/designModule/bioSpec/retention';
const DESCRIPTION = '/designModule/bioSpec/description';

export default defineRule(
  {
    id: 'biospecimen-description',
    defaultSeverity: 'error',
    category: 'design',
    description: 'Require a biospecimen description exactly when biospecimens are retained',
    registry: 'error',
    source: 'DES-BIOSPEC-DESC',
    fixable: false,
  },
  ({ trial, report }) => {
    // In an interventional record the whole bioSpec block is observational-only-fields' finding.
    if (!mayBeObservational(trial)) return;
    const bioSpec = trial.designModule?.bioSpec;
    const retention = bioSpec?.retention;
    const described = (bioSpec?.description ?? '').trim() !== '';
    if ((retention === 'SAMPLES_WITH_DNA' || retention === 'SAMPLES_WITHOUT_DNA') && !described) {
      report({
        pointer: RETENTION,
        message: `${fieldName(RETENTION)} is ${valueName(RETENTION, retention)}: say which specimens are kept (e.g. "Whole blood, serum and tissue samples") in ${fieldName(DESCRIPTION)}.`,
      });
    }
    if (retention === 'NONE_RETAINED' && described) {
      report({
        pointer: DESCRIPTION,
        target: 'key',
        message: `${fieldName(RETENTION)} is ${valueName(RETENTION, 'NONE_RETAINED')}, so there are no specimens to describe: remove ${fieldName(DESCRIPTION)}, or correct the ${fieldLabelOf(RETENTION)} to ${valueName(RETENTION, 'SAMPLES_WITH_DNA')} or ${valueName(RETENTION, 'SAMPLES_WITHOUT_DNA')}.`,
      });
    }
  },
);
