import { defineRule } from '../engine/rule.js';
import { mayBeObservational } from '../rule-support/study-type.js';

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
        pointer: '/designModule/bioSpec/retention',
        message: `designModule.bioSpec.retention is ${retention}: say which specimens are kept (e.g. "Whole blood, serum and tissue samples") in designModule.bioSpec.description.`,
      });
    }
    if (retention === 'NONE_RETAINED' && described) {
      report({
        pointer: '/designModule/bioSpec/description',
        target: 'key',
        message:
          'designModule.bioSpec.retention is NONE_RETAINED, so there are no specimens to describe: remove designModule.bioSpec.description, or correct the retention to SAMPLES_WITH_DNA or SAMPLES_WITHOUT_DNA.',
      });
    }
  },
);
