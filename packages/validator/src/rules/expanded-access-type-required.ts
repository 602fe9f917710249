import { defineRule } from '../engine/rule.js';
import { missingAt, wordList } from '../rule-support/presence.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';
import { isExpandedAccess } from '../rule-support/study-type.js';

const TYPES = '/designModule/expandedAccessTypes';

export default defineRule(
  {
    id: 'expanded-access-type-required',
    defaultSeverity: 'error',
    category: 'design',
    description: 'Require an expanded-access record to say which types of expanded access it offers',
    registry: 'error',
    source: 'REQ-EA-TYPES',
    fixable: false,
  },
  ({ trial, report }) => {
    if (!isExpandedAccess(trial)) return;
    const types = trial.designModule?.expandedAccessTypes;
    if (types?.individual === true || types?.intermediate === true || types?.treatment === true) return;
    report({
      ...(types ? { pointer: TYPES, target: 'key' as const } : missingAt(trial, TYPES)),
      message: `An expanded-access record must say which ${fieldName(TYPES)} it offers: set at least one of ${wordList(
        ['individual', 'intermediate', 'treatment'].map(
          (key) => `${fieldLabelOf(`${TYPES}/${key}`)} (${key})`,
        ),
        'or',
      )} to true.`,
    });
  },
);
