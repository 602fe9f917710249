import { defineRule } from '../engine/rule.js';
import { missingAt } from '../rule-support/presence.js';
import { isExpandedAccess } from '../rule-support/study-type.js';

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
      ...(types
        ? { pointer: '/designModule/expandedAccessTypes', target: 'key' as const }
        : missingAt(trial, '/designModule/expandedAccessTypes')),
      message:
        'An expanded-access record must say which access it offers: set at least one of designModule.expandedAccessTypes.individual, intermediate (intermediate-size population) or treatment (treatment IND or protocol) to true.',
    });
  },
);
