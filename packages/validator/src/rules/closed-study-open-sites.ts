import { defineRule } from '../engine/rule.js';
import { fieldLabelOf, fieldName, valueName } from '../rule-support/registry-words.js';
import { siteName } from '../rule-support/site-name.js';
import { siteStatuses } from '../rule-support/status-effective.js';
import { isOneOf } from '../rule-support/status.js';

/** Overall statuses after which no site can still be (about to start) recruiting. */
const CLOSED = ['COMPLETED', 'TERMINATED', 'WITHDRAWN', 'ACTIVE_NOT_RECRUITING'] as const;

const OVERALL = '/statusModule/overallStatus';

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
      const pointer = `/contactsLocationsModule/locations/${site.index}/status`;
      const name = siteName(site, site.index);
      report({
        pointer,
        message: `${name} is ${valueName(pointer, 'NOT_YET_RECRUITING')}, but ${fieldName(OVERALL)} is ${valueName(OVERALL, status)}: update the site's ${fieldLabelOf(pointer)}, to ${valueName(pointer, 'WITHDRAWN')} if it never enrolled anyone, or correct the ${fieldLabelOf(OVERALL)}.`,
      });
    }
  },
);
