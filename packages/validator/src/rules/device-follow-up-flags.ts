import { defineRule } from '../engine/rule.js';
import { wordList } from '../rule-support/presence.js';
import { fieldName } from '../rule-support/registry-words.js';
import { isDraft } from '../rule-support/status-effective.js';
import { mayBeInterventional } from '../rule-support/study-type.js';

export default defineRule(
  {
    id: 'device-follow-up-flags',
    defaultSeverity: 'error',
    category: 'required',
    description: 'Require the device follow-up questions when the study has a U.S. FDA-regulated device',
    registry: 'error',
    source: 'REQ-DEVICE-FOLLOWUPS',
    fixable: false,
  },
  ({ trial, report }) => {
    const oversight = trial.oversightModule;
    // The device questions belong to interventional studies: an observational study's form does not ask them.
    if (oversight?.isFdaRegulatedDevice !== true || !mayBeInterventional(trial)) return;
    const missing: string[] = [];
    if (oversight.isUnapprovedDevice === undefined) {
      missing.push(fieldName('/oversightModule/isUnapprovedDevice'));
    }
    // A pediatric postmarket surveillance concerns a device already on the market: the question does not arise
    // for an unapproved device (registry records with isUnapprovedDevice: true omit it).
    if (oversight.isPpsd === undefined && oversight.isUnapprovedDevice !== true) {
      missing.push(fieldName('/oversightModule/isPpsd'));
    }
    if (!missing.length) return;
    report({
      pointer: '/oversightModule/isFdaRegulatedDevice',
      // The registry asks both questions before it releases a record, yet posted records do not always carry the
      // answers (NCT05602779 shows neither, NCT04207047 no isPpsd): on a posted record the gap is the public
      // data's, not the registrant's. Drafts are where the answers are written.
      ...(isDraft(trial) ? {} : { atMost: 'info' as const }),
      message: `${fieldName('/oversightModule/isFdaRegulatedDevice')} is true: also answer ${wordList(missing)} with true or false.`,
    });
  },
);
