import { defineRule } from '../engine/rule.js';
import { missingAt } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { isDraft } from '../rule-support/status-effective.js';
import { isObservational } from '../rule-support/study-type.js';

const RETENTION = '/designModule/bioSpec/retention';

export default defineRule(
  {
    id: 'biospecimen-retention-required',
    defaultSeverity: 'warning',
    category: 'design',
    description: 'Require an observational study to say whether it retains biospecimens',
    registry: 'error',
    source: 'REQ-OBS-BIOSPEC',
    fixable: false,
    since: '2017-01-18',
  },
  ({ trial, report }) => {
    if (!isObservational(trial) || trial.designModule?.bioSpec?.retention !== undefined) return;
    report({
      ...missingAt(trial, RETENTION),
      // A posted record without bioSpec is what the public record shows when nothing is retained (the registry
      // accepted it): worth a look, not a warning. Drafts are where the answer is written.
      ...(isDraft(trial) ? {} : { atMost: 'info' as const }),
      message: `An observational study needs ${fieldName(RETENTION)}: ${valueName(RETENTION, 'NONE_RETAINED')}, ${valueName(RETENTION, 'SAMPLES_WITH_DNA')} or ${valueName(RETENTION, 'SAMPLES_WITHOUT_DNA')} ; describe kept samples in ${fieldLabelOf('/designModule/bioSpec/description')}.`,
    });
  },
);
