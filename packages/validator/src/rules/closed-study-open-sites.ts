import { defineRule } from '../engine/rule.js';
import { siteName, siteStatuses } from '../rule-support/status-effective.js';
import { isOneOf } from '../rule-support/status.js';

/** Overall statuses after which no site can still be (about to start) recruiting. */
const CLOSED = ['COMPLETED', 'TERMINATED', 'WITHDRAWN', 'ACTIVE_NOT_RECRUITING'] as const;

export default defineRule(
  {
    id: 'closed-study-open-sites',
    defaultSeverity: 'warning',
    category: 'status-dates',
    description:
      'Disallow sites that are recruiting or not yet recruiting in a study whose recruitment is over',
    registry: 'warning',
    source: 'STA-CLOSED-SITES',
    fixable: false,
  },
  ({ trial, report }) => {
    const status = trial.statusModule?.overallStatus;
    if (!isOneOf(status, CLOSED)) return;
    for (const site of siteStatuses(trial)) {
      // A RECRUITING site is reported at the overall status by site-recruiting-needs-overall-recruiting.
      if (site.status !== 'NOT_YET_RECRUITING') continue;
      report({
        pointer: `/contactsLocationsModule/locations/${site.index}/status`,
        message: `Site ${siteName(site)} is NOT_YET_RECRUITING, but statusModule.overallStatus is ${status}; update the site's status (WITHDRAWN if it never enrolled anyone), or correct the overall status.`,
      });
    }
  },
);
