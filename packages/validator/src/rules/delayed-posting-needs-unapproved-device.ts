import { defineRule } from '../engine/rule.js';
import { fieldLabelOf, fieldName } from '../rule-support/registry-words.js';

const DELAYED = '/statusModule/delayedPosting';
const UNAPPROVED = '/oversightModule/isUnapprovedDevice';

export default defineRule(
  {
    id: 'delayed-posting-needs-unapproved-device',
    defaultSeverity: 'warning',
    category: 'required',
    description:
      'Disallow statusModule.delayedPosting unless the study has a device not approved or cleared by the FDA',
    registry: 'warning',
    source: 'REQ-DEVICE-FOLLOWUPS',
    fixable: false,
    // Before 2017-01-18 the registry had no isUnapprovedDevice question: older records carry delayedPosting alone.
    since: '2017-01-18',
  },
  ({ trial, report }) => {
    const delayed = trial.statusModule?.delayedPosting;
    if (typeof delayed !== 'boolean') return;
    const unapproved = trial.oversightModule?.isUnapprovedDevice;
    if (unapproved === true || unapproved === null) return;
    report({
      pointer: DELAYED,
      message:
        unapproved === false
          ? `${fieldName(DELAYED)} only applies to a device not yet approved or cleared by the FDA, and ${fieldName(UNAPPROVED)} is false: remove ${fieldLabelOf(DELAYED)} (delayedPosting).`
          : `${fieldName(DELAYED)} only applies to a device not yet approved or cleared by the FDA: set ${fieldName(UNAPPROVED)} to true if the study has one, else remove ${fieldLabelOf(DELAYED)} (delayedPosting).`,
    });
  },
);
