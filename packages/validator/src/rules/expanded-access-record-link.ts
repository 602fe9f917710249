import { defineRule } from '../engine/rule.js';
import { isBlank } from '../rule-support/presence.js';
import { fieldName } from '../rule-support/registry-words.js';
import { isExpandedAccess } from '../rule-support/study-type.js';

const AVAILABLE = '/statusModule/expandedAccessInfo/hasExpandedAccess';

export default defineRule(
  {
    id: 'expanded-access-record-link',
    defaultSeverity: 'warning',
    category: 'required',
    description: 'Require a linked expanded-access record when expanded access is available',
    registry: 'warning',
    source: 'REQ-EA-LINK',
    fixable: false,
  },
  ({ trial, report }) => {
    const info = trial.statusModule?.expandedAccessInfo;
    if (info?.hasExpandedAccess !== true || !isBlank(info.nctId) || isExpandedAccess(trial)) return;
    report({
      pointer: AVAILABLE,
      message: `${fieldName(AVAILABLE)} is true, but no expanded-access record is linked: create an expanded-access record for it in the registry and link it, then copy its NCT number into ${fieldName('/statusModule/expandedAccessInfo/nctId')}, where the registry shows it.`,
    });
  },
);
