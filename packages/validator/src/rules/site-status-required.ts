import type { Status } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank, wordList } from '../rule-support/presence.js';
import { isDraft } from '../rule-support/status-effective.js';
import { isOneOf } from '../rule-support/status.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';

const LOCATIONS = '/contactsLocationsModule/locations';

/** Overall statuses during which every site must say where it stands. */
const SITE_STATUS_STATUSES: readonly Status[] = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
];

export default defineRule(
  {
    id: 'site-status-required',
    defaultSeverity: 'error',
    category: 'contacts-locations',
    description: 'Require a recruitment status for every site while the study is ongoing',
    registry: 'error',
    source: 'REQ-SITE-STATUS',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    if (!isOneOf(status, SITE_STATUS_STATUSES)) return;
    // The public record shows site statuses only while a study recruits: records imported from the registry lack
    // them in every other state (ENROLLING_BY_INVITATION included), so only drafts are held to them there.
    if (!isDraft(trial) && status !== 'RECRUITING') return;
    (trial.contactsLocationsModule?.locations ?? []).forEach((location, index) => {
      if (location.status !== undefined) return;
      const pointer = `${LOCATIONS}/${index}`;
      const name = isBlank(location.facility) ? fieldName(pointer) : `Site "${location.facility}"`;
      const siteStatus = `${pointer}/status`;
      report({
        pointer,
        message: `${name} has no ${fieldLabelOf(siteStatus)}: while the study is ${valueName('/statusModule/overallStatus', status)}, give each site's own recruitment status in status (e.g. ${wordList(
          ['RECRUITING', 'NOT_YET_RECRUITING', 'COMPLETED'].map((code) => valueName(siteStatus, code)),
          'or',
        )}).`,
        suggestions: [
          {
            title: `Set the site's status to ${status}`,
            fix: [{ op: 'add-key', pointer, key: 'status', value: status }],
          },
        ],
      });
    });
  },
);
