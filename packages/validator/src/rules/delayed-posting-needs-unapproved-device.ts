import { defineRule } from '../engine/rule.js';

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
      pointer: '/statusModule/delayedPosting',
      message:
        unapproved === false
          ? 'statusModule.delayedPosting only applies to a device not yet approved or cleared by the FDA, and oversightModule.isUnapprovedDevice is false: remove delayedPosting.'
          : 'statusModule.delayedPosting only applies to a device not yet approved or cleared by the FDA: set oversightModule.isUnapprovedDevice to true if the study has one, else remove delayedPosting.',
    });
  },
);
