import type { Status } from '@trialyaml/core';
import { defineRule } from '../engine/rule.js';
import { isBlank } from '../rule-support/presence.js';
import { isOneOf } from '../rule-support/status.js';

const LOCATIONS = '/contactsLocationsModule/locations';

/** Overall statuses during which every site must say where it stands. */
const SITE_STATUS_STATUSES: readonly Status[] = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
];

/**
 * The public record shows site statuses only while a study recruits: records imported from the registry lack
 * them in these states (all such samples do), so only drafts are held to them.
 */
const HIDDEN_IN_PUBLIC_RECORDS: readonly Status[] = [
  'NOT_YET_RECRUITING',
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
    if (trial.identificationModule?.nctId !== undefined && isOneOf(status, HIDDEN_IN_PUBLIC_RECORDS)) return;
    (trial.contactsLocationsModule?.locations ?? []).forEach((location, index) => {
      if (location.status !== undefined) return;
      const pointer = `${LOCATIONS}/${index}`;
      const name = isBlank(location.facility)
        ? `contactsLocationsModule.locations[${index}]`
        : `Site "${location.facility}"`;
      report({
        pointer,
        message: `${name} has no status: while the study is ${status}, give each site's own recruitment status in status (e.g. RECRUITING, NOT_YET_RECRUITING or COMPLETED).`,
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
